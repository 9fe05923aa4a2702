"""The command line speaks the language of LANG (or the saved choice), and stays fast in English."""

import io
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kraken_guard.cli import main
from kraken_guard.core import ts_catalogue
from kraken_guard.core.paths import resolve_paths

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def plain_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "KRAKEN_GUARD_LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture
def fixture_ts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Core strings come from the small fixture .ts instead of the shipped translations."""
    real = ts_catalogue.ts_file
    monkeypatch.setattr(ts_catalogue, "ts_file", lambda lang, _folder=None: real(lang, FIXTURES))


def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err, stdin=io.StringIO(stdin))
    return code, out.getvalue(), err.getvalue()


def test_never_ask_in_spanish_with_a_spanish_date(
    monkeypatch: pytest.MonkeyPatch, fixture_ts: None
) -> None:
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    code, out, _ = run("never-ask")
    assert code == 0
    assert "El soporte de Kraken nunca le pedirá:" in out
    assert "  - Su contraseña" in out
    assert "de noviembre de 2026" in out
    # an unfinished translation is not shown: that line stays English
    assert "If a caller asks for any of these, hang up." in out


@pytest.mark.parametrize(
    "lang, title, month",
    [
        ("de_DE.UTF-8", "Ihr Passwort", "24. November 2026"),
        ("fr_FR.UTF-8", "Votre mot de passe", "24 novembre 2026"),
    ],
)
def test_never_ask_in_german_and_french(
    monkeypatch: pytest.MonkeyPatch, lang: str, title: str, month: str
) -> None:
    monkeypatch.setenv("LANG", lang)
    _, out, _ = run("never-ask")
    assert f"  - {title}" in out
    assert month in out


def test_english_stays_english(monkeypatch: pytest.MonkeyPatch) -> None:
    _, out, _ = run("never-ask")
    assert "  - Your password" in out
    assert "(Content last reviewed 24 November 2026.)" in out


def test_json_is_data_and_stays_english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    _, out, _ = run("never-ask", "--json")
    assert '"title": "Your password"' in out


def test_check_url_speaks_the_core_strings_in_spanish(
    monkeypatch: pytest.MonkeyPatch, fixture_ts: None
) -> None:
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    code, out, _ = run("check-url", "kr4ken.com")
    assert code == 0
    assert "IMITACIÓN se hace pasar por Kraken: no lo use" in out
    assert "No use nunca un buscador para encontrar Kraken." in out
    # the fixture broke {host}: the line falls back to English rather than failing
    assert "address: kr4ken.com" in out


def test_the_language_command_saves_and_the_cli_uses_it(fixture_ts: None) -> None:
    code, out, _ = run("language")
    assert code == 0 and "(en)" in out and "from your computer's settings" in out
    assert not resolve_paths().database.exists(), "asking must not create the database"
    code, out, _ = run("language", "es")
    assert code == 0 and "Español (es)" in out and "next time it starts" in out
    _, out, _ = run("never-ask")
    assert "  - Su contraseña" in out
    _, out, _ = run("language")
    assert "(es), chosen by you" in out
    run("language", "system")
    _, out, _ = run("never-ask")
    assert "  - Your password" in out


def test_an_unknown_language_is_refused_with_the_choices() -> None:
    code, _, err = run("language", "tlh")
    assert code == 2
    assert "Choose one of en" in err and "system" in err


def test_an_exported_call_stays_english_with_a_note_in_the_persons_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from datetime import UTC, datetime

    from kraken_guard.core.call.checklist import CallAnswers
    from kraken_guard.core.call.incidents import IncidentDraft, IncidentLog
    from kraken_guard.core.store import open_store

    paths = resolve_paths()
    paths.ensure()
    store, _ = open_store(paths.database)
    log = IncidentLog(store, lambda: datetime(2026, 11, 24, 10, 0, tzinfo=UTC))
    started = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    answers = CallAnswers(False, None, frozenset({"password"}))
    incident = log.save(IncidentDraft(started_at=started, is_scam=True, answers=answers))
    store.close()
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    code, out, err = run("incidents", "export", str(incident.id))
    assert code == 0
    assert "Suspected phone scam" in out and "Your password" in out
    assert "en inglés" in err  # the note itself speaks the person's language


def test_verify_in_english_imports_neither_xml_nor_babel() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                """
                import io, sys
                from kraken_guard.cli import main
                out = io.StringIO()
                assert main(["verify", "+1 800 555 0100"], stdout=out) == 0, out.getvalue()
                print(sorted(m for m in sys.modules if m.startswith(("xml", "babel"))))
                """
            ),
        ],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "LANG": "C.UTF-8", "LANGUAGE": "", "LC_ALL": ""},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_real_command_honours_lang_es(tmp_path: Path) -> None:
    env = {**os.environ, "LANG": "es_ES.UTF-8", "LANGUAGE": "", "LC_ALL": ""}
    env.pop("KRAKEN_GUARD_LANG", None)
    result = subprocess.run(
        [sys.executable, "-m", "kraken_guard.cli", "never-ask"],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "  - Su contraseña" in result.stdout
    assert "24 de noviembre de 2026" in result.stdout
