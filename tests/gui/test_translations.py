"""Under a pseudo translation every string a person sees must change: none bypasses Qt's tr()."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from kraken_guard.app.application import configure_application
from kraken_guard.app.controller import AppController
from kraken_guard.app.services import Services
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
from tools.build_translations import build_translations
from tools.translation_catalog import apply, gaps
from tools.update_translations import TEMPLATE, build_template, language_file, update_language


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
    call = controller.calls.open_window()
    yield "call window", call
    call.verdict.gave.setChecked(True)
    QApplication.processEvents()
    yield "call window, after giving something", call
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


# What a German or Spanish user sees first, in each place they look.
SHOWN = {
    "de": {
        "window": "Jemand ruft mich an",
        "tray": "Nummer, Link oder Nachricht prüfen…",
        "popup": "Drücken Sie Enter zum Prüfen. Drücken Sie Esc zum Schließen.",
        "wizard": "Ihr Fortschritt",
    },
    "es": {
        "window": "Alguien me está llamando",
        "tray": "Comprobar un número, enlace o mensaje…",
        "popup": "Pulse Intro para comprobar. Pulse Esc para cerrar.",
        "wizard": "Su progreso",
    },
}


@pytest.fixture
def language_controller(  # type: ignore[no-untyped-def]
    request: pytest.FixtureRequest,
    qtbot,
    qapp: QApplication,
    services: Services,
    built_translations: Path,
    monkeypatch: pytest.MonkeyPatch,
):
    """The app started with KRAKEN_GUARD_LANG set to the parametrized language."""
    monkeypatch.setenv("KRAKEN_GUARD_LANG", request.param)
    installed = install_translations(qapp, folder=built_translations)
    assert installed, f"the {request.param} translation did not load"
    configure_application(qapp)
    yield request.param, build_controller(qtbot, services)
    for translator in installed:
        QApplication.removeTranslator(translator)


def english_only(language: str) -> set[str]:
    """Template texts whose translation differs from the English: showing one means it leaked."""
    found = set()
    for message in ET.parse(language_file(language)).getroot().iter("message"):
        source, text = message.findtext("source") or "", message.findtext("translation") or ""
        for shown in (source, source.replace("&", "")):
            if text.replace("&", "") != shown and len(shown.split()) > 1:
                found.add(shown)
    return found


@pytest.mark.parametrize("language_controller", ["de", "es"], indirect=True)
def test_starting_in_german_or_spanish_shows_that_language_everywhere(
    language_controller: tuple[str, AppController],
) -> None:
    language, controller = language_controller
    expected = SHOWN[language]
    english = english_only(language)
    leaked: dict[str, set[str]] = {}
    seen: dict[str, set[str]] = {"window": set(), "popup": set(), "wizard": set()}
    for screen, top in every_screen(controller):
        place = "popup" if screen == "tray popup" else "wizard" if "setup" in screen else "window"
        for name, text in shown_texts(top):
            seen[place].add(text.replace("&", ""))
            if text.replace("&", "") in english:
                leaked.setdefault(screen, set()).add(f"{name}: {text}")
    nav = {controller.window.nav.item(i).text() for i in range(controller.window.nav.count())}
    seen["window"] |= nav
    assert not leaked, f"English text shown in {language}: {leaked}"
    for place in ("window", "popup", "wizard"):
        assert expected[place] in seen[place], f"{place}: {sorted(seen[place])[:20]}"
    controller.tray.menu.aboutToShow.emit()
    tray = [a.text().replace("&", "") for a in controller.tray.menu.actions()]
    assert expected["tray"] in tray
    assert not set(tray) & english, tray


def mnemonic_clashes(texts: list[str]) -> list[str]:
    """Mnemonic letters used by more than one of `texts`, with who uses them."""
    by_key: dict[str, list[str]] = {}
    for text in texts:
        match = re.search(r"(?<!&)&([^\W_])", text.replace("&&", ""))
        if match:
            by_key.setdefault(match.group(1).lower(), []).append(text)
    return [f"{k}: {v}" for k, v in by_key.items() if len(v) > 1]


@pytest.mark.parametrize("language_controller", ["de", "es", "fr"], indirect=True)
def test_no_two_controls_on_a_screen_share_a_mnemonic(
    language_controller: tuple[str, AppController],
) -> None:
    language, controller = language_controller
    clashes = {}
    for screen, top in every_screen(controller):
        texts = [
            w.text()
            for w in top.findChildren(QAbstractButton) + top.findChildren(QLabel)
            if w.isVisibleTo(top) and (not isinstance(w, QLabel) or w.buddy() is not None)
        ]
        if mnemonic_clashes(texts):
            clashes[screen] = mnemonic_clashes(texts)
    controller.tray.menu.aboutToShow.emit()
    tray = mnemonic_clashes([a.text() for a in controller.tray.menu.actions()])
    if tray:
        clashes["tray menu"] = tray
    assert not clashes, f"{language}: {clashes}"


def layout_problems(top: QWidget) -> list[str]:
    """What a person would see cut off in `top`: labels, buttons, hints, or a too-wide page."""
    found = []
    for label in top.findChildren(QLabel):
        if not label.isVisibleTo(top) or not label.text():
            continue
        short = label.height() < label.heightForWidth(label.width())
        narrow = not label.wordWrap() and label.width() < label.sizeHint().width()
        if short or narrow:
            found.append(f"label {label.objectName()} {label.text()[:40]!r}")
    for button in top.findChildren(QAbstractButton):
        if button.isVisibleTo(top) and button.width() < button.minimumSizeHint().width():
            found.append(f"button {button.text()!r}")
    for field in top.findChildren(QLineEdit):
        hint = field.placeholderText()
        wide = field.fontMetrics().horizontalAdvance(hint) + 12 > field.width()
        if field.isVisibleTo(top) and hint and wide:
            found.append(f"placeholder {hint!r}")
    for scroll in top.findChildren(QScrollArea):
        inner = scroll.widget()
        if scroll.isVisibleTo(top) and inner and inner.width() > scroll.viewport().width() + 1:
            found.append(f"page wider than its window: {scroll.objectName()}")
    return found


@pytest.mark.parametrize("language_controller", ["de", "es", "fr"], indirect=True)
def test_translated_screens_show_every_word_whole(
    language_controller: tuple[str, AppController],
) -> None:
    language, controller = language_controller
    problems: dict[str, list[str]] = {}
    for screen, top in every_screen(controller):
        if top is not controller.window:
            top.show()
            QApplication.processEvents()
        found = layout_problems(top)
        if found:
            problems[screen] = found
    assert not problems, f"{language}: {problems}"


def test_plural_messages_go_out_and_back_with_one_form_per_plural(
    qapp: QApplication, tmp_path: Path
) -> None:
    code = tmp_path / "kraken_guard" / "steps.py"
    code.parent.mkdir()
    code.write_text(
        # lupdate (PySide6 6.11) marks plurals written as self.tr(text, "", n) in a QObject.
        "from PySide6.QtCore import QObject\n"
        "class PluralCheck(QObject):\n"
        "    def left(self, n):\n"
        '        return self.tr("%n step(s) left", "", n)\n',
        encoding="utf-8",
    )
    ts = update_language("fr", tmp_path, tmp_path)
    [todo] = gaps(ts)
    assert todo["numerus"] is True
    todo["translation"] = ["%n étape restante"]
    assert apply(ts, [todo], "fr")[0] == 0  # French needs two forms
    todo["translation"] = ["%n étape restante", "%n étapes restantes"]
    assert apply(ts, [todo], "fr") == (1, [])
    build_translations(tmp_path, tmp_path)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "kraken_guard_fr.qm"))
    QApplication.installTranslator(translator)
    try:
        shown = [
            QCoreApplication.translate("PluralCheck", "%n step(s) left", "", n) for n in (0, 1, 3)
        ]
    finally:
        QApplication.removeTranslator(translator)
    assert shown == ["0 étape restante", "1 étape restante", "3 étapes restantes"]
