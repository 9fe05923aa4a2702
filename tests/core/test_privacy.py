"""No network code in the package, and no typed number, note or code in the logs."""

import ast
import io
import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest
from keyring import errors

import kraken_guard
from kraken_guard.cli import main
from kraken_guard.core.call.incidents import IncidentDraft, IncidentLog
from kraken_guard.core.phone.check import check_number
from kraken_guard.core.store import Store
from tests.fakes import MemoryKeyring

NETWORK_MODULES = (
    "socket",
    "ssl",
    "urllib.request",
    "http.client",
    "http.server",
    "requests",
    "httpx",
    "aiohttp",
    "urllib3",
    "ftplib",
    "smtplib",
    "telnetlib",
    "xmlrpc",
    "websocket",
    "websockets",
)
# QtNetwork is allowed only for the local single-instance pipe, never for sockets to hosts.
QT_NETWORK_ALLOWED = {"QLocalServer", "QLocalSocket", "QAbstractSocket"}


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.module, [alias.name for alias in node.names]))
    return found


def test_no_module_imports_network_code() -> None:
    package = Path(kraken_guard.__file__).parent
    offending = []
    for path in sorted(package.rglob("*.py")):
        for module, names in _imports(path):
            if any(module == bad or module.startswith(bad + ".") for bad in NETWORK_MODULES):
                offending.append(f"{path.name}: {module}")
            if module.endswith("QtNetwork") and not set(names) <= QT_NETWORK_ALLOWED:
                offending.append(f"{path.name}: {module} {names}")
    assert offending == []


def test_the_network_check_would_catch_an_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import urllib.request\nfrom http.client import HTTPSConnection\n")
    assert [m for m, _ in _imports(sample)] == ["urllib.request", "http.client"]


TYPED = "+1 202 555 0147"
DIGITS = ("2025550147", "202 555 0147", "555 0147", "5550147")
NOTE = "my-secret-note-text"
CODE = "493817"


def test_logs_hold_no_number_note_or_code(
    caplog: pytest.LogCaptureFixture, store: Store, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.fail_with = errors.NoKeyringError()  # also log the keychain fallback
    caplog.set_level(logging.DEBUG)
    check_number(TYPED, region="US", official=("+18005550100",))
    check_number(f"{TYPED} and 555 0199", region="US", official=())
    IncidentLog(store, lambda: datetime(2026, 1, 1, tzinfo=UTC)).save(
        IncidentDraft(datetime(2026, 1, 1, tzinfo=UTC), number_input=TYPED, notes=NOTE)
    )
    out, err = io.StringIO(), io.StringIO()
    for argv in (
        ["verify", TYPED],
        ["numbers", "add", TYPED, "--yes", "--note", NOTE],
        ["numbers", "list"],
        ["numbers", "remove", TYPED, "--yes"],
        ["setup", "mark", "api-keys", "not-applicable", "--reason", NOTE],
        ["incidents", "list"],
    ):
        assert main(argv, stdout=out, stderr=err, stdin=io.StringIO("")) == 0, err.getvalue()
    refused = ["setup", "mark", "api-keys", "not-applicable", "--reason", f"{NOTE} {CODE}"]
    assert main(refused, stdout=out, stderr=err, stdin=io.StringIO("")) == 1
    assert "looks like seed words or a code" in err.getvalue()
    logged = "\n".join(record.getMessage() + (record.exc_text or "") for record in caplog.records)
    assert logged, "the commands above do log something (the keychain fallback)"
    for secret in (*DIGITS, NOTE, CODE):
        assert secret not in logged
