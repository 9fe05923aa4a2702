"""The command line says when trust is lost, with its own exit code, and re-keys only on MYSELF."""

from __future__ import annotations

import io
from pathlib import Path

from kraken_guard.cli import main
from kraken_guard.core.paths import resolve_paths
from kraken_guard.core.trust.signed_items import KEYRING_SERVICE, KEYRING_USER
from tests.fakes import MemoryKeyring

REAL = "+18005550100"


def run(*argv: str, typed: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err, stdin=io.StringIO(typed))
    return code, out.getvalue(), err.getvalue()


def test_a_lost_keychain_key_is_exit_3_and_never_not_official(
    memory_keyring: MemoryKeyring,
) -> None:
    assert run("numbers", "add", REAL, "--yes")[0] == 0
    memory_keyring.secrets.pop((KEYRING_SERVICE, KEYRING_USER))
    code, out, _ = run("verify", REAL)
    assert code == 3
    assert "CAN'T CHECK" in out and "NOT KRAKEN" not in out and "missing" in out
    code, _, err = run("numbers", "add", "+18005550111", "--yes")
    assert code == 3 and "Nothing was changed" in err
    assert (KEYRING_SERVICE, KEYRING_USER) not in memory_keyring.secrets


def test_a_deleted_store_is_exit_4_not_nothing_saved() -> None:
    assert run("numbers", "add", REAL, "--yes")[0] == 0
    database = resolve_paths().database
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    code, out, _ = run("numbers", "list")
    assert code == 4 and "No official number saved" not in out and "missing" in out
    code, out, _ = run("verify", REAL)
    assert code == 4 and "CAN'T CHECK" in out


def test_reset_key_needs_the_typed_word_then_starts_again(memory_keyring: MemoryKeyring) -> None:
    assert run("numbers", "add", REAL, "--yes")[0] == 0
    memory_keyring.secrets.pop((KEYRING_SERVICE, KEYRING_USER))
    code, _, err = run("trust", "reset-key", typed="yes\n")
    assert code == 1 and "Nothing was changed" in err
    assert (KEYRING_SERVICE, KEYRING_USER) not in memory_keyring.secrets
    code, out, err = run("trust", "reset-key", typed="MYSELF\n")
    assert code == 0 and REAL in err and "1 saved items were removed" in out
    assert run("numbers", "add", REAL, "--yes")[0] == 0
    code, out, _ = run("verify", REAL)
    assert code == 0 and "ON YOUR LIST — BUT CALLER ID CAN BE FAKED" in out


def test_trust_status_names_the_problem() -> None:
    assert run("numbers", "add", REAL, "--yes")[0] == 0
    code, out, _ = run("trust", "status")
    assert code == 0 and "system keychain" in out and "check out: 1" in out
    key_file = resolve_paths().key_file
    key_file.write_text("ab" * 32, encoding="ascii")
    code, out, _ = run("trust", "status")
    assert code == 3 and "key file appeared" in out
