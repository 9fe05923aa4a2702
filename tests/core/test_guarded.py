import io

import pytest

from kraken_guard.cli.context import CliContext, CliError
from kraken_guard.core.paths import AppPaths
from kraken_guard.core.trust.guarded_change import confirms


@pytest.mark.parametrize(
    "typed, ok",
    [("MYSELF", True), (" myself\n", True), ("yes", False), ("", False), ("MY SELF", False)],
)
def test_only_the_word_confirms(typed: str, ok: bool) -> None:
    assert confirms(typed) is ok


def context(paths: AppPaths, typed: str) -> tuple[CliContext, io.StringIO]:
    err = io.StringIO()
    return CliContext(paths=paths, out=io.StringIO(), err=err, inp=io.StringIO(typed)), err


def test_cli_prompt_warns_and_accepts_the_word(paths: AppPaths) -> None:
    ctx, err = context(paths, "myself\n")
    ctx.confirm_guarded("Add +1 800 555 0100 as official", assume_yes=False)
    assert "Kraken will never ask you" in err.getvalue()
    assert "+1 800 555 0100" in err.getvalue()


def test_cli_prompt_refuses_anything_else_and_no_input(paths: AppPaths) -> None:
    for typed in ("yes\n", ""):
        ctx, _ = context(paths, typed)
        with pytest.raises(CliError, match="Nothing was changed"):
            ctx.confirm_guarded("Add a number", assume_yes=False)


def test_yes_flag_skips_the_prompt_but_still_warns(paths: AppPaths) -> None:
    ctx, err = context(paths, "")
    ctx.confirm_guarded("Add a number", assume_yes=True)
    assert "hang up" in err.getvalue()
