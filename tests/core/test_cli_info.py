import io
import json
import subprocess
import sys
from pathlib import Path

from kraken_guard.cli import main


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_paths_json_points_into_the_home_folder(isolated_home: Path) -> None:
    code, out, _ = run("paths", "--json")
    assert code == 0
    places = json.loads(out)
    assert all(Path(p).is_relative_to(isolated_home) for p in places.values())


def test_never_ask_lists_every_item_and_says_hang_up() -> None:
    code, out, _ = run("never-ask")
    assert code == 0
    for words in ("password", "2FA code", "Master Key", "Remote access", "hang up"):
        assert words.lower() in out.lower()


def test_no_command_prints_help_and_exit_2() -> None:
    code, out, _ = run()
    assert code == 2
    assert "never-ask" in out


def test_unknown_command_is_a_usage_error() -> None:
    code, _, err = run("frobnicate")
    assert code == 2
    assert "invalid choice" in err or "frobnicate" in err


def test_installed_console_script_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kraken_guard.cli", "never-ask", "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["items"]) == 8
