import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from keyring import errors

from kraken_guard.cli import main
from kraken_guard.core.paths import AppPaths
from tests.fakes import MemoryKeyring


def run(*argv: str, typed: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err, stdin=io.StringIO(typed))
    return code, out.getvalue(), err.getvalue()


def test_check_url_prints_json_lines_from_the_installed_command(isolated_home: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kraken_guard.cli",
            "check-url",
            "--json",
            "https://support.kraken.com",
            "https://support.kraken.com@evil.example",
            "https://en.wikipedia.org/wiki/Kraken",
            "javascript:alert(1)",
        ],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["verdict"], r["host"]) for r in lines] == [
        ("official", "support.kraken.com"),
        ("lookalike", "evil.example"),
        ("unrelated", "en.wikipedia.org"),
        ("invalid", None),
    ]
    assert lines[1]["input"] == "https://support.kraken.com@evil.example"
    assert all(set(r) == {"input", "verdict", "host", "reasons"} and r["reasons"] for r in lines)


def test_check_url_in_words_warns_about_search_engines() -> None:
    code, out, _ = run("check-url", "kr4ken.com")
    assert code == 0
    assert "LOOKALIKE" in out and "numbers in place of letters" in out
    assert "Never use a search engine" in out


def test_check_url_without_a_link_is_a_usage_error() -> None:
    assert run("check-url")[0] == 2


def test_bookmark_add_needs_the_typed_word_and_is_kept(paths: AppPaths) -> None:
    code, _, err = run("bookmarks", "add", "https://www.kraken.com/sign-in", typed="ok\n")
    assert code == 1 and "Nothing was changed" in err
    code, out, err = run(
        "bookmarks", "add", "https://www.kraken.com/sign-in", "--title", "Sign in", typed="myself\n"
    )
    assert code == 0, err
    assert "hang up" in err
    code, out, _ = run("bookmarks", "list", "--json")
    listing = json.loads(out)
    assert [b["url"] for b in listing["bookmarks"]] == [
        "https://support.kraken.com",
        "https://www.kraken.com/sign-in",
    ]
    assert listing["protection"] == "keychain"


def test_another_host_is_refused_before_any_change() -> None:
    code, _, err = run("bookmarks", "add", "https://kraken-support.com", "--yes")
    assert code == 1 and "kraken.com" in err
    code, _, err = run("bookmarks", "remove", "https://support.kraken.com", "--yes")
    assert code == 1 and "built in" in err


def test_tampered_bookmarks_are_reported_with_exit_1(paths: AppPaths) -> None:
    assert run("bookmarks", "add", "https://www.kraken.com/fees", "--yes")[0] == 0
    outside = sqlite3.connect(paths.database)
    outside.execute("UPDATE trusted_items SET value = 'https://evil.example/'")
    outside.commit()
    outside.close()
    code, out, err = run("bookmarks", "list")
    assert code == 1
    assert "evil.example" not in out
    assert "Changed outside Kraken Guard, not used: https://evil.example/" in err


def test_without_a_keychain_the_status_says_weaker(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.fail_with = errors.NoKeyringError()
    code, _, err = run("bookmarks", "list")
    assert code == 0
    assert "weaker" in err and "No system keychain" in err


def test_export_writes_files(tmp_path: Path) -> None:
    code, out, _ = run("bookmarks", "export", str(tmp_path / "export"))
    assert code == 0
    names = sorted(Path(line).name for line in out.splitlines())
    assert names == ["Kraken Support.desktop", "kraken-guard-bookmarks.html"]


def test_export_to_a_folder_that_cannot_be_written_says_what_to_do(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = run("bookmarks", "export", str(blocker / "sub"))
    assert code == 1 and "Choose a folder" in err
