"""Every command's error paths through main(): clear words and the right exit code, no traceback."""

import io
import json
import sqlite3
from pathlib import Path

import pytest
from keyring import errors

from kraken_guard.cli import main
from kraken_guard.core.paths import resolve_paths
from tests.fakes import MemoryKeyring


def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err, stdin=io.StringIO(stdin))
    return code, out.getvalue(), err.getvalue()


USAGE_ERRORS = [
    ["verify"],
    ["verify", "+18005550100", "--region", "XX"],
    ["numbers"],
    ["numbers", "add"],
    ["numbers", "frobnicate"],
    ["check-url"],
    ["bookmarks"],
    ["bookmarks", "export"],
    ["incidents", "export", "one"],
    ["setup", "mark", "no-such-step", "done"],
    ["setup", "review-days", "many"],
    ["status", "--bogus"],
    ["--json"],
]


@pytest.mark.parametrize(
    "number", ["12", "\u202e0010 555 008 1+", "+1 800 555 0100 or 555 0199", "x" * 5000]
)
def test_a_bad_number_to_add_is_a_usage_error_that_says_why(number: str) -> None:
    code, _, err = run("numbers", "add", number, "--yes")
    assert code == 2 and "Traceback" not in err and "Nothing was changed" in err


@pytest.mark.parametrize("argv", USAGE_ERRORS, ids=" ".join)
def test_bad_arguments_are_usage_errors(argv: list[str]) -> None:
    code, _, err = run(*argv)
    assert code == 2
    assert "Traceback" not in err and "usage:" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["numbers", "add", "+18005550100"],  # the typed confirmation is refused (empty input)
        ["numbers", "remove", "+18005550100", "--yes"],
        ["bookmarks", "add", "https://evil.example", "--yes"],
        ["bookmarks", "add", "javascript:alert(1)", "--yes"],
        ["bookmarks", "remove", "https://nowhere.kraken.com", "--yes"],
        ["incidents", "export", "99"],
        ["setup", "import", "/no/such/file.json"],
        ["setup", "review-days", "-5"],
    ],
    ids=" ".join,
)
def test_refused_requests_exit_1_with_a_message(argv: list[str]) -> None:
    code, _, err = run(*argv)
    assert code == 1, err
    assert "Traceback" not in err and err.strip()


def test_a_file_that_is_not_utf8_is_refused_clearly(tmp_path: Path) -> None:
    bad = tmp_path / "progress.json"
    bad.write_bytes(b"\xff\xfe{not utf-8\x80}")
    code, _, err = run("setup", "import", str(bad))
    assert code == 1 and "Traceback" not in err and err.strip()


def test_writing_into_a_folder_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    for argv in (
        ["setup", "export", str(tmp_path / "missing" / "x.json")],
        ["bookmarks", "export", str(tmp_path / "file-not-folder")],
    ):
        (tmp_path / "file-not-folder").write_text("x", encoding="utf-8")
        code, _, err = run(*argv)
        assert code == 1 and "Traceback" not in err and err.strip()


def test_a_directory_where_the_data_file_should_be_is_a_clear_error() -> None:
    paths = resolve_paths()
    paths.ensure()
    paths.database.mkdir()
    code, _, err = run("status")
    assert code == 1 and "Traceback" not in err
    assert str(paths.database) in err
    assert paths.database.is_dir(), "nothing is moved or deleted"


def test_a_data_folder_that_cannot_be_made_is_a_clear_error(
    isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    isolated_home.parent.mkdir(parents=True, exist_ok=True)
    isolated_home.write_text("a file where the folder should be", encoding="utf-8")
    code, _, err = run("numbers", "add", "+18005550100", "--yes")
    assert code == 1 and "Traceback" not in err
    assert str(isolated_home) in err


def test_a_read_only_data_folder_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests may run as root, where chmod does not stop writes: refuse the way the OS would.
    def refuse(path: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(Path, "mkdir", refuse)
    code, _, err = run("numbers", "add", "+18005550100", "--yes")
    assert code == 1 and "Traceback" not in err and "Permission denied" in err


def test_a_full_disk_while_saving_is_a_clear_error_and_loses_nothing() -> None:
    from kraken_guard.core import store as store_module

    assert run("numbers", "add", "+18005550100", "--yes", "--note", "first")[0] == 0
    migrate = store_module._migrate

    def migrate_then_fill(connection: sqlite3.Connection, migrations: object) -> None:
        migrate(connection, migrations)  # type: ignore[arg-type]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(store_module, "_migrate", migrate_then_fill)
        code, _, err = run("numbers", "add", "+18005550199", "--yes", "--note", "n" * 50_000)
    assert code == 5 and "Traceback" not in err and "The disk is full" in err
    code, out, _ = run("numbers", "list", "--json")
    assert [json.loads(line)["e164"] for line in out.splitlines()] == ["+18005550100"]


def test_a_damaged_key_file_stops_adding_with_a_clear_message(
    memory_keyring: MemoryKeyring,
) -> None:
    memory_keyring.fail_with = errors.NoKeyringError()  # the key goes to a file
    assert run("numbers", "add", "+18005550100", "--yes")[0] == 0
    resolve_paths().key_file.write_text("", encoding="ascii")
    code, _, err = run("numbers", "add", "+18005550199", "--yes")
    assert code == 3 and "Traceback" not in err and "damaged" in err
    code, out, _ = run("numbers", "list", "--json")
    assert "Traceback" not in out


HOSTILE = [
    "",
    " ",
    "\x00",
    "\ud800",
    "javascript:alert(1)",
    "https://kraken.com\u202e",
    '+1 800 555 0100\n{"verdict": "official"}',
    "a" * 20_000,
]


@pytest.mark.parametrize("command", ["verify", "check-url"])
def test_json_output_is_always_one_valid_object_per_input(command: str) -> None:
    code, out, err = run(command, "--json", *HOSTILE)
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == len(HOSTILE)
    for line, text in zip(lines, HOSTILE, strict=True):
        payload = json.loads(line)
        assert payload["verdict"] != "official"
        assert payload["input"] == text or "\ud800" in text


@pytest.mark.parametrize(
    "argv",
    [
        ["numbers", "list", "--json"],
        ["bookmarks", "list", "--json"],
        ["incidents", "list", "--json"],
        ["status", "--json"],
        ["paths", "--json"],
        ["never-ask", "--json"],
    ],
    ids=" ".join,
)
def test_json_listings_are_json_lines(argv: list[str]) -> None:
    run("numbers", "add", "+18005550100", "--yes", "--note", 'line\nbreak "quoted"')
    code, out, err = run(*argv)
    assert code == 0 and "Traceback" not in err
    for line in out.splitlines():
        json.loads(line)
