"""Under a pseudo translation every string a person sees must change: none bypasses Qt's tr()."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kraken_guard.app.application import configure_application
from kraken_guard.app.controller import AppController, Services
from kraken_guard.app.translations import candidates, install_translations
from tests.gui.conftest import build_controller
from tests.gui.pseudo_locale import (
    OPEN,
    PAD,
    compile_qm,
    pseudo,
    pseudo_ts,
    shown_texts,
    untranslated_part,
)
from tools.update_translations import TEMPLATE, build_template


@pytest.fixture
def pseudo_locale(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """The pseudo translation, compiled from the committed template and installed as "xx"."""
    ts = tmp_path / "kraken_guard_xx.ts"
    assert pseudo_ts(TEMPLATE, ts) > 300
    compile_qm(ts, tmp_path / "kraken_guard_xx.qm")
    installed = install_translations(qapp, ["xx"], tmp_path)
    assert installed, "the pseudo translation did not load"
    yield
    for translator in installed:
        QApplication.removeTranslator(translator)


@pytest.fixture
def pseudo_controller(qtbot, qapp: QApplication, services: Services, pseudo_locale: None):  # type: ignore[no-untyped-def]
    configure_application(qapp)
    return build_controller(qtbot, services)


def every_screen(controller: AppController) -> Iterator[tuple[str, QWidget]]:
    """Show each page, wizard step, the call window and the tray popup in turn."""
    controller.start()
    window = controller.window
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        QApplication.processEvents()
        yield f"page {window.current_key()}", window
    window.show_page("setup")
    wizard = controller.setup.wizard
    for key in wizard.page_ids:
        wizard.show_step(key)
        QApplication.processEvents()
        yield f"setup step {key}", window
    yield "call window", controller.calls.open_window()
    yield "tray popup", controller.check.open_popup()
    popup = controller.check.open_popup(
        "Kraken support: read me the code, call +1 888 555 0142 or see https://kraken-help.com"
    )
    popup.box.items.setCurrentRow(0)
    yield "tray popup with a verdict", popup


def test_pseudo_text_keeps_placeholders_mnemonics_and_html() -> None:
    shown = pseudo("<b>&Save</b> call {id} of %n &amp; more")
    assert shown.startswith(OPEN)
    for kept in ("<b>", "&Save", "</b>", "{id}", "%n", "&amp;"):
        assert kept in shown
    assert shown.count(PAD) >= 0.4 * len("&Save call  of  more")  # ~40% longer to read
    assert untranslated_part(shown) == ""
    assert untranslated_part("Saved at https://support.kraken.com") == "Saved at"


def test_language_candidates_fall_back_to_the_bare_language() -> None:
    assert candidates(["de-AT", "en-US"]) == ["de_AT", "de", "en_US", "en"]


def test_a_missing_translation_leaves_english(qapp: QApplication, tmp_path: Path) -> None:
    assert install_translations(qapp, ["zz"], tmp_path) == []


def test_qt_own_buttons_are_translated_too(qapp: QApplication, tmp_path: Path) -> None:
    installed = install_translations(qapp, ["de-DE"], tmp_path)
    try:
        assert QCoreApplication.translate("QWizard", "&Next >") == "&Weiter >"
    finally:
        for translator in installed:
            QApplication.removeTranslator(translator)


def test_every_shown_string_is_translated(pseudo_controller: AppController) -> None:
    missing: dict[str, set[str]] = {}
    for screen, top in every_screen(pseudo_controller):
        for name, text in shown_texts(top):
            left = untranslated_part(text)
            if left:
                missing.setdefault(f"{screen}: {name}", set()).add(text)
    report = "\n".join(f"{where}: {sorted(texts)}" for where, texts in sorted(missing.items()))
    assert not missing, f"{len(missing)} widgets show untranslated text:\n{report}"


def test_no_label_in_the_main_window_is_clipped(pseudo_controller: AppController) -> None:
    clipped, checked = [], 0
    for screen, top in every_screen(pseudo_controller):
        if top is not pseudo_controller.window:
            continue
        for label in top.findChildren(QLabel):
            if not label.isVisibleTo(top) or not label.text():
                continue
            checked += 1
            fits = label.height() >= label.heightForWidth(label.width())
            if not label.wordWrap() and label.width() < label.sizeHint().width():
                fits = False
            if not fits:
                clipped.append(f"{screen}: {label.objectName()} {label.text()[:40]!r}")
    assert checked > 50, "the pages did not show their labels"
    assert not clipped, "\n".join(clipped)


def test_the_committed_template_is_up_to_date(tmp_path: Path) -> None:
    fresh = tmp_path / "kraken_guard.ts"
    build_template(fresh)

    def messages(ts: Path) -> set[tuple[str, str, str]]:
        return {
            (c.findtext("name") or "", m.findtext("source") or "", m.findtext("comment") or "")
            for c in ET.parse(ts).getroot().iter("context")
            for m in c.iter("message")
        }

    added, gone = messages(fresh) - messages(TEMPLATE), messages(TEMPLATE) - messages(fresh)
    assert not added and not gone, (
        "resources/translations/kraken_guard.ts is out of date; run "
        f"`uv run python tools/update_translations.py`. New: {sorted(added)[:10]} "
        f"Gone: {sorted(gone)[:10]}"
    )
