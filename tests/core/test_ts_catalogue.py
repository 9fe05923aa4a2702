"""The command line reads the Qt translations without Qt: finished messages only."""

from pathlib import Path

import pytest

from kraken_guard.core import ts_catalogue
from kraken_guard.core.ts_catalogue import fill, translator_for

FIXTURES = Path(__file__).parent / "fixtures"


def test_finished_messages_are_translated_in_their_context() -> None:
    tr = translator_for("es", FIXTURES)
    assert (
        tr("cli", "Kraken Support will never ask you for:")
        == "El soporte de Kraken nunca le pedirá:"
    )
    # the same source in another context is another message
    assert tr("links", "Kraken Support will never ask you for:") == (
        "Kraken Support will never ask you for:"
    )


def test_unfinished_and_vanished_messages_stay_english() -> None:
    tr = translator_for("es", FIXTURES)
    footer = "If a caller asks for any of these, hang up. It is a scam."
    assert tr("cli", footer) == footer
    reason = "The link goes to a site that is not kraken.com."
    assert tr("links", reason) == reason


def test_a_language_without_a_file_or_a_broken_file_reads_english(tmp_path: Path) -> None:
    assert translator_for("it", FIXTURES)("cli", "Hello") == "Hello"
    (tmp_path / "kraken_guard_de.ts").write_text("<TS><context><name>cli", encoding="utf-8")
    assert translator_for("de", tmp_path)("cli", "Hello") == "Hello"


def test_english_never_reads_a_file(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(_source: object) -> dict[tuple[str, str], str]:
        raise AssertionError("English must not parse any .ts file")

    monkeypatch.setattr(ts_catalogue, "_messages", fail)
    assert translator_for("en")("cli", "Hello") == "Hello"


def test_the_file_is_parsed_once_and_only_on_first_use(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    real = ts_catalogue._messages

    def counting(source: object) -> dict[tuple[str, str], str]:
        calls.append(source)
        return real(source)  # type: ignore[arg-type]

    monkeypatch.setattr(ts_catalogue, "_messages", counting)
    tr = translator_for("es", FIXTURES)
    assert calls == []
    tr("cli", "a")
    tr("cli", "b")
    assert len(calls) == 1


def test_a_translation_that_broke_a_placeholder_falls_back_to_english() -> None:
    tr = translator_for("es", FIXTURES)
    assert fill(tr, "cli", "address: {host}", host="kr4ken.com") == "address: kr4ken.com"
    assert fill(tr, "cli", "(Content last reviewed {date}.)", date="hoy") == (
        "(Contenido revisado el hoy.)"
    )
