"""`verify` only reads: with nothing saved it creates nothing; with anything saved, every trust
check still runs (a key without its data file is missing data, never "nothing saved")."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from kraken_guard.cli import main
from kraken_guard.cli.context import EXIT_DATA
from kraken_guard.core.paths import AppPaths, resolve_paths
from kraken_guard.core.trust.key_place import (
    KEYRING_MODE_USER,
    KEYRING_SERVICE,
    protection_marker,
)
from tests.fakes import MemoryKeyring


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err, stdin=io.StringIO())
    return code, out.getvalue(), err.getvalue()


def test_verify_with_nothing_saved_creates_no_folder_and_no_database(isolated_home: Path) -> None:
    code, out, err = run("verify", "--json", "+1 415 555 0100", "hello")
    assert code == 0 and err == ""
    verdicts = [json.loads(line)["verdict"] for line in out.splitlines()]
    assert verdicts == ["no_official_number", "invalid"]
    assert not isolated_home.exists(), "a check made folders or a database"
    code, out, _ = run("verify", "+1 415 555 0100")
    assert code == 0 and "CAN'T CHECK THIS NUMBER" in out
    assert not isolated_home.exists()


def test_verify_with_nothing_saved_works_where_no_folder_can_be_made(isolated_home: Path) -> None:
    isolated_home.parent.mkdir(parents=True, exist_ok=True)
    os.symlink(isolated_home.parent / "gone", isolated_home)  # a dangling link: mkdir fails
    assert run("numbers", "list")[0] == 1, "commands that use the store cannot start here"
    code, out, _ = run("verify", "--json", "+1 415 555 0100")
    assert code == 0 and json.loads(out)["verdict"] == "no_official_number"


def test_a_deleted_data_file_is_still_missing_data_for_verify(
    paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    """The key (and its marker) remain: the check goes through the keychain and says so."""
    assert run("numbers", "add", "+1 800 555 0100", "--yes")[0] == 0
    for suffix in ("", "-wal", "-shm"):
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    assert not paths.nothing_saved()
    code, out, _ = run("verify", "--json", "+1 800 555 0100")
    assert code == EXIT_DATA
    row = json.loads(out)
    assert row["verdict"] == "no_official_number"
    assert "missing" in row["message"] and row["message"].startswith("Can't check this number now")


def test_a_key_file_without_its_data_file_is_judged_by_the_keychain(
    paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    """A leftover or planted key file alone is no "nothing saved": the key place is judged."""
    paths.key_file.write_text("ab" * 32, encoding="ascii")
    assert not paths.nothing_saved()
    code, out, _ = run("verify", "--json", "+1 800 555 0100")
    assert code == 0 and json.loads(out)["verdict"] == "no_official_number"
    assert (KEYRING_SERVICE, KEYRING_MODE_USER) in memory_keyring.secrets, "keychain not asked"


@pytest.mark.parametrize("name", ["database", "wal", "shm", "key_file", "key_marker"])
def test_any_saved_file_means_something_was_saved(paths: AppPaths, name: str) -> None:
    assert paths.nothing_saved()
    target = {
        "database": paths.database,
        "wal": Path(f"{paths.database}-wal"),
        "shm": Path(f"{paths.database}-shm"),
        "key_file": paths.key_file,
        "key_marker": paths.key_marker,
    }[name]
    os.symlink(paths.data / "elsewhere", target)  # even a link to nothing counts
    assert not paths.nothing_saved()
    target.unlink()
    target.write_text("", encoding="utf-8")
    assert not paths.nothing_saved()


def test_a_data_path_that_is_a_file_is_not_taken_for_nothing_saved(isolated_home: Path) -> None:
    isolated_home.mkdir(parents=True)
    (isolated_home / "data").write_text("not a folder", encoding="utf-8")
    assert not resolve_paths().nothing_saved()


def test_the_key_marker_is_where_the_trust_layer_keeps_it(paths: AppPaths) -> None:
    assert paths.key_marker == protection_marker(paths.key_file)


def test_a_data_file_with_nothing_trusted_is_read_quickly_with_its_settings(
    paths: AppPaths,
) -> None:
    """The app ran (settings saved) but no number, record or call was ever saved: verify reads
    the region and language from the file without opening the store or the trust layer."""
    import subprocess
    import sys

    from kraken_guard.core.store import open_store

    store, _ = open_store(paths.database)
    store.set_setting("phone_region", "GB")
    store.set_setting("language", "de")
    store.close()
    before = sorted(p.name for p in paths.data.iterdir())
    code, out, _ = run("verify", "--json", "020 7946 0958")
    assert code == 0
    row = json.loads(out)
    assert row["e164"] == "+442079460958"  # read in the saved region
    code, text, _ = run("verify", "020 7946 0958")
    assert code == 0 and "+44 20 7946 0958" in text
    assert "CAN'T CHECK" not in text and "NUMMER" in text  # said in the saved language
    # SQLite may keep its own -wal/-shm beside the file it read; nothing else appears.
    after = {p.name for p in paths.data.iterdir()} - {
        f"{paths.database.name}-{x}" for x in ("wal", "shm")
    }
    assert sorted(after) == before, "a check changed the folder"
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import io, sys; from kraken_guard.cli import main; "
            "main(['verify', '020 7946 0958'], stdout=io.StringIO()); "
            "print(' '.join(sorted(sys.modules)))",
        ],
        capture_output=True,
        text=True,
        check=True,
        env=os.environ,
    ).stdout.split()
    assert "kraken_guard.core.store" not in loaded
    assert "kraken_guard.core.trust.signed_items" not in loaded


def test_a_data_file_with_trusted_rows_is_always_checked_with_the_key(
    paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    """Rows of trusted data, even with the key's note gone, send verify through the trust
    checks: the quick read never answers for a file that holds anything trusted."""
    assert run("numbers", "add", "+1 800 555 0100", "--yes")[0] == 0
    paths.key_marker.unlink(missing_ok=True)
    paths.key_file.unlink(missing_ok=True)
    code, out, _ = run("verify", "--json", "+1 800 555 0100")
    assert json.loads(out)["verdict"] != "no_official_number" or code != 0
    assert (KEYRING_SERVICE, "trusted-data-key") in memory_keyring.secrets


def test_a_damaged_data_file_is_left_to_the_store(paths: AppPaths) -> None:
    paths.database.write_bytes(b"this is not a database" * 100)
    code, _, err = run("verify", "+1 800 555 0100")
    assert "damaged" in err.lower() or code != 0
