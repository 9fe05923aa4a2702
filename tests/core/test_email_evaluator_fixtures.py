"""The evaluator's critical forgeries: a pass injected under the provider's own line, a
sender-written Gmail stack, and Kraken-signed parts wrapped with unsigned text or files."""

from __future__ import annotations

from pathlib import Path

import pytest

from kraken_guard.core.email.pgp_signature import KrakenKey, normalize_fingerprint
from kraken_guard.core.email.reading import read_email_file
from kraken_guard.core.email.verdict import EmailVerdict, check_email

HERE = Path(__file__).parent.parent / "email_corpus" / "evaluator"
STAND_IN = normalize_fingerprint("F644 A73C 8B69 381A A9A3 6CD1 78D9 26F5 A461 DF94")
FORGED = sorted(p for p in HERE.glob("*.eml") if not p.name.startswith("k01"))


def _key() -> tuple[KrakenKey, ...]:
    return (KrakenKey(STAND_IN, (HERE / "stand_in_kraken_key.asc").read_text()),)


@pytest.mark.parametrize("path", FORGED, ids=lambda p: p.stem)
def test_no_evaluator_forgery_is_ever_trusted(path: Path) -> None:
    for keys in ((), _key()):
        result = check_email(read_email_file(path), kraken_keys=keys, pinned=STAND_IN)
        assert not result.trusting, (path.name, result.reason_texts())


def test_the_genuine_style_signed_email_is_still_signed_by_kraken() -> None:
    result = check_email(
        read_email_file(HERE / "k01_good_sig_gmail_pass.eml"), kraken_keys=_key(), pinned=STAND_IN
    )
    assert result.verdict is EmailVerdict.SIGNED_BY_KRAKEN


def test_a_pass_injected_under_gmails_own_line_says_why_it_is_not_trusted() -> None:
    for name in ("p17", "p42"):
        path = next(HERE.glob(f"{name}_*.eml"))
        result = check_email(read_email_file(path))
        assert result.verdict is EmailVerdict.CANNOT_TELL
        assert any("claims to be from Gmail" in text for text in result.reason_texts()), name
