"""The window in the chosen language: content, dates as the locale writes them, the choice."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QWidget

from kraken_guard.app.controller import AppController
from kraken_guard.app.dates import date_and_time, long_date
from kraken_guard.app.language import start_language
from kraken_guard.app.services import Services
from kraken_guard.core.language_setting import save_language, saved_language
from tests.gui.conftest import build_controller

DAY = date(2026, 11, 24)


@pytest.fixture
def restore_locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    "name, expected",
    [
        ("es_ES", "24 de noviembre de 2026"),
        ("de_DE", "24. November 2026"),
        ("fr_FR", "24 novembre 2026"),
        ("en_GB", "24 November 2026"),
        ("en_US", "November 24, 2026"),
    ],
)
def test_dates_are_written_as_each_locale_writes_them(name: str, expected: str) -> None:
    assert long_date(DAY, QLocale(name)) == expected


def test_date_and_time_use_the_locale_too() -> None:
    shown = date_and_time(datetime(2026, 11, 24, 12, 0, tzinfo=UTC), QLocale("de_DE"))
    assert "November 2026" in shown and ":" in shown


def test_a_saved_language_sets_the_locale_for_dates(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, restore_locale: None
) -> None:
    monkeypatch.delenv("KRAKEN_GUARD_LANG", raising=False)
    installed: list[QTranslator] = []
    try:
        language, translators = start_language(qapp, "de", {})
        installed += translators
        assert language == "de"
        assert long_date(DAY) == "24. November 2026"
        language, translators = start_language(qapp, "fr", {"KRAKEN_GUARD_LANG": "es"})
        installed += translators
        assert language == "es"
        assert long_date(DAY) == "24 de noviembre de 2026"
    finally:
        # Qt's own German strings must not leak into later tests.
        for translator in installed:
            QApplication.removeTranslator(translator)


def texts(top: QWidget) -> list[str]:
    return [w.text() for w in top.findChildren(QLabel)] + [
        w.text() for w in top.findChildren(QCheckBox)
    ]


@pytest.fixture
def german(qtbot, services: Services, restore_locale: None) -> AppController:  # type: ignore[no-untyped-def]
    QLocale.setDefault(QLocale("de_DE"))
    return build_controller(qtbot, dataclasses.replace(services, language="de"))


def test_german_content_in_the_call_window_the_link_check_and_the_setup(
    german: AppController,
) -> None:
    german.start()
    call = texts(german.calls.open_window())
    assert any("Ihr Passwort" in t for t in call), call
    assert any("Bringen Sie Ihr Geld in eine sichere Wallet" in t for t in call)
    german.links.check("kr4ken.com")
    assert any("Nutzen Sie diesen Link nicht" in t for t in texts(german.links.link_page))
    german.window.show_page("setup")
    assert any("Kraken-Support als Lesezeichen speichern" in t for t in texts(german.window))
    assert "24. November 2026" in german.window.footer.text()


def test_the_call_verdict_names_what_was_asked_in_german(german: AppController) -> None:
    german.start()
    window = german.calls.open_window()
    box = next(b for b in window.findChildren(QCheckBox) if b.text().startswith("Ihr Passwort"))
    box.click()
    assert "Ihr Passwort" in window.verdict.reasons.text()


def test_choosing_a_language_saves_it_for_the_next_start(controller: AppController) -> None:
    controller.start()
    choice = controller.language_choice
    assert choice.combo.accessibleName() == "Language"
    assert choice.combo.currentData() == "system"
    choice.combo.activated.emit(choice.combo.findData("fr"))
    assert saved_language(controller.services.store) == "fr"
    assert "Français" in choice.note.text() and "next time it starts" in choice.note.text()
    choice.combo.activated.emit(choice.combo.findData("system"))
    assert saved_language(controller.services.store) is None


def test_the_saved_choice_is_preselected(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    save_language(services.store, "es")
    built = build_controller(qtbot, services)
    assert built.language_choice.combo.currentData() == "es"


def test_a_copied_call_stays_english_and_the_page_says_so(german: AppController) -> None:
    from kraken_guard.core.call.checklist import CallAnswers
    from kraken_guard.core.call.incidents import IncidentDraft

    german.start()
    answers = CallAnswers(False, None, frozenset({"password"}))
    started = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    saved = german.calls.log.save(IncidentDraft(started_at=started, answers=answers))
    copied: list[str] = []
    german.calls.copy_text = copied.append
    german.calls.copy_incident(saved.id)
    assert "Your password" in copied[0] and "Ihr Passwort" not in copied[0]
    assert "written in English" in german.calls.page.status.text()


def test_starting_in_spanish_needs_neither_babel_nor_the_ts_parser(isolated_home: Path) -> None:
    env = {
        **os.environ,
        "KRAKEN_GUARD_HOME": str(isolated_home),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "es_ES.UTF-8",
    }
    env.pop("KRAKEN_GUARD_LANG", None)
    result = subprocess.run(
        [sys.executable, "-m", "kraken_guard", "--smoke-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "window_visible=True" in result.stdout
    assert "babel" not in result.stdout and "xml" not in result.stdout
