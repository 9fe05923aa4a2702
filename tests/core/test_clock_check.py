import pyotp
import pytest

from kraken_guard.core.setup.clock_check import AHEAD, BEHIND, IN_STEP, ClockCheck, qr_png
from tests.fakes import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def phone_code(check: ClockCheck, clock: FakeClock, seconds_off: int) -> str:
    """The code an authenticator app shows when its clock is `seconds_off` from ours."""
    return pyotp.TOTP(check.secret).at(clock().timestamp() + seconds_off)


@pytest.mark.parametrize("offset", [-2, -1, 0, 1, 2])
def test_codes_at_each_step_from_two_behind_to_two_ahead_are_accepted(
    clock: FakeClock, offset: int
) -> None:
    check = ClockCheck(clock)
    result = check.check(phone_code(check, clock, offset * 30))
    assert result.matched
    assert result.offset_steps == offset
    assert result.seconds == abs(offset) * 30
    expected = IN_STEP if offset == 0 else (BEHIND if offset < 0 else AHEAD)
    assert result.message == expected


@pytest.mark.parametrize("seconds_off", [-120, -90, 90, 150, 3600])
def test_codes_further_off_are_rejected(clock: FakeClock, seconds_off: int) -> None:
    check = ClockCheck(clock)
    code = phone_code(check, clock, seconds_off)
    near = {phone_code(check, clock, k * 30) for k in range(-2, 3)}
    if code in near:  # a six-digit collision: the rule cannot tell, so the test has no case here
        clock.advance(seconds=30)
        code = phone_code(check, clock, seconds_off)
    assert not check.check(code).matched


def test_a_code_for_another_secret_and_non_codes_are_rejected(clock: FakeClock) -> None:
    check = ClockCheck(clock)
    other = pyotp.TOTP(pyotp.random_base32()).at(clock().timestamp())
    if other != phone_code(check, clock, 0):
        assert not check.check(other).matched
    for typed in ("", "12345", "1234567", "abcdef", "١٢٣٤٥٦"):
        result = check.check(typed)
        assert not result.matched and "6 digits" in result.message


def test_spaces_in_a_typed_code_are_ignored(clock: FakeClock) -> None:
    check = ClockCheck(clock)
    code = phone_code(check, clock, 0)
    assert check.check(f" {code[:3]} {code[3:]} ").matched


def test_each_check_has_its_own_random_secret_that_is_forgotten_on_close(
    clock: FakeClock,
) -> None:
    first, second = ClockCheck(clock), ClockCheck(clock)
    assert first.secret != second.secret
    assert first.secret not in repr(first)
    uri = first.provisioning_uri()
    assert uri.startswith("otpauth://totp/") and first.secret in uri
    first.close()
    assert not first.is_open
    with pytest.raises(RuntimeError):
        first.check("123456")


def test_qr_png_is_made_in_memory(clock: FakeClock) -> None:
    png = qr_png(ClockCheck(clock).provisioning_uri())
    assert png.startswith(b"\x89PNG")
