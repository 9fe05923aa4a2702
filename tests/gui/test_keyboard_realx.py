"""Keyboard only, in a real X server with a window manager: every screen, Tab, Enter, Esc.

Offscreen fakes window activation, so these run only under `.ci/with-tray.sh` (Xvfb + openbox):
`bash .ci/with-tray.sh uv run pytest -m "realtray or realx"`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QRadioButton,
    QWidget,
)

from kraken_guard.app.application import configure_application
from kraken_guard.app.controller import AppController
from kraken_guard.app.services import Services
from kraken_guard.core.links.check import SUPPORT_URL
from kraken_guard.core.trust.guarded_change import CONFIRM_WORD
from kraken_guard.views.guarded_dialog import GuardedChangeDialog
from tests.fakes import RecordingBrowser
from tests.gui.conftest import build_controller

pytestmark = pytest.mark.realx

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
MAX_STOPS = 120  # more Tab stops than any screen has: a longer walk means focus is stuck


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "keyboard focus was lost (no widget has it)"
    return widget


def press(key: Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> QWidget:
    """Press a key where the keyboard focus is, as a person would; return the new focus."""
    QTest.keyClick(focused(), key, modifier)
    QApplication.processEvents()
    return focused()


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName()!r}, {widget.accessibleName()!r})"


def walk(key: Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> list[QWidget]:
    """Press Tab (or Shift+Tab) until focus is back where it started; every stop in order."""
    start = focused()
    stops = [start]
    for _ in range(MAX_STOPS):
        widget = press(key, modifier)
        if widget is start:
            return stops
        assert widget is not stops[-1], f"Tab is stuck on {describe(widget)}"
        stops.append(widget)
    raise AssertionError(
        f"focus never came back to {describe(start)}: {list(map(describe, stops))}"
    )


def tab_to(target: QWidget, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Reach `target` with Tab alone (fails if Tab never gets there)."""
    for _ in range(MAX_STOPS):
        if focused() is target:
            return
        press(Key.Key_Tab, modifier)
    raise AssertionError(f"Tab never reached {describe(target)}")


def tab_stops_expected(window: QWidget) -> set[QWidget]:
    """What Tab must reach: every shown, enabled widget that takes Tab focus.

    Of an exclusive group of radio buttons, Tab reaches one button and arrows the others, as on
    every desktop; so only the checked one (or, with none checked, any one) is expected.
    """
    found = set()
    for widget in window.findChildren(QWidget):
        if widget.focusProxy() is not None or not widget.isEnabled():
            continue
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.add(widget)
    return found


def radio_groups_reached(expected: set[QWidget], stops: list[QWidget]) -> set[QWidget]:
    """The radio buttons a person reaches with the arrow keys from the radios Tab reached."""
    reached = set()
    for widget in stops:
        if isinstance(widget, QRadioButton):
            group = widget.group()
            siblings = group.buttons() if group is not None else []
            reached.update(b for b in siblings if b in expected)
    return reached


def check_tab_cycle(window: QWidget, where: str) -> list[QWidget]:
    forward = walk(Key.Key_Tab)
    backward = walk(Key.Key_Backtab)
    assert backward == [forward[0], *reversed(forward[1:])], f"{where}: Shift+Tab is not Tab back"
    expected = tab_stops_expected(window)
    reached = set(forward) | radio_groups_reached(expected, forward)
    missing = expected - reached
    assert not missing, f"{where}: Tab never reaches {sorted(map(describe, missing))}"
    for widget in forward:
        # A stop must be something a person can use and a screen reader can name; a bare
        # scroll area or page catches the focus and shows nothing.
        assert widget.accessibleName().strip(), f"{where}: Tab stops on unnamed {describe(widget)}"
        assert not (type(widget) in (QWidget,) or type(widget).__name__ in ("QScrollArea",)), (
            f"{where}: Tab stops on a container {describe(widget)}"
        )
    return forward


@pytest.fixture
def app(qtbot, qapp: QApplication, services: Services) -> Iterator[AppController]:  # type: ignore[no-untyped-def]
    assert QGuiApplication.platformName() == "xcb", "realx tests need a real X server"
    configure_application(qapp)
    controller = build_controller(qtbot, services)
    controller.start()
    qtbot.waitUntil(controller.window.isActiveWindow, timeout=5000)
    yield controller


def page_keys(controller: AppController) -> list[str]:
    window = controller.window
    return [window._keys[row] for row in range(window.nav.count())]


def test_tab_reaches_every_control_of_every_page_and_comes_back(app: AppController) -> None:
    window = app.window
    assert window.current_key() == "home"
    keys = page_keys(app)
    assert keys[0] == "home" and len(keys) >= 6
    for row, key in enumerate(keys):
        tab_to(window.nav)
        if row:
            press(Key.Key_Down)
        assert window.current_key() == key, "the arrow keys in the list move between pages"
        stops = check_tab_cycle(window, key)
        page = window.page(key)
        on_page = [w for w in stops if page.isAncestorOf(w)]
        assert on_page, f"{key}: Tab reaches nothing on the page"
        assert window.nav in stops


def test_ctrl_digits_switch_pages_and_put_focus_on_the_page(
    app: AppController, browser: RecordingBrowser, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = app.window
    for digit, key in ((Key.Key_1, "setup"), (Key.Key_3, "verify"), (Key.Key_4, "link")):
        press(digit, CTRL)
        assert window.current_key() == key
        assert window.page(key).isAncestorOf(focused()), f"Ctrl+digit for {key}: focus stays off it"
        press(Key.Key_0, CTRL)
        assert window.current_key() == "home"
    press(Key.Key_4, CTRL)
    QTest.keyClicks(focused(), "https://kraken.com.evil.example/login")
    press(Key.Key_Return)
    assert app.links.link_page.result.isVisible(), "Enter in the link field checks the link"
    press(Key.Key_0, CTRL)
    press(Key.Key_5, CTRL)
    assert browser.opened == [SUPPORT_URL]
    press(Key.Key_2, CTRL)
    call = app.calls.window
    assert call is not None
    qtbot.waitUntil(call.isActiveWindow, timeout=5000)
    assert call.isAncestorOf(focused())


def test_a_whole_call_with_the_keyboard_alone(
    app: AppController, browser: RecordingBrowser, qtbot
) -> None:  # type: ignore[no-untyped-def]
    press(Key.Key_2, CTRL)
    call = app.calls.window
    assert call is not None
    qtbot.waitUntil(call.isActiveWindow, timeout=5000)
    stops = check_tab_cycle(call, "call window")
    assert stops[0] is call.keep_on_top or call.keep_on_top in stops

    tab_to(call.asked_for_call.yes)
    press(Key.Key_Space)
    assert call.asked_for_call.answer() is True
    assert "your answer" in call.asked_for_call.yes.accessibleName()
    press(Key.Key_Tab)  # Yes and No are two real buttons: Tab reaches No
    assert focused() is call.asked_for_call.no
    assert call.asked_for_call.answer() is True, "moving the focus never changes the answer"
    press(Key.Key_Space)
    assert call.asked_for_call.answer() is False
    assert "your answer" not in call.asked_for_call.yes.accessibleName()
    tab_to(call.got_email.yes)
    press(Key.Key_Space)
    assert call.got_email.answer() is True
    box = next(iter(call.asked_for.boxes.values()))
    tab_to(box)
    press(Key.Key_Space)
    assert box.isChecked()
    tab_to(call.number.field)
    QTest.keyClicks(call.number.field, "+1 800 555 0100")
    assert call.number.verdict.isVisible()
    assert call.verdict.isVisible()

    tab_to(call.verdict.hung_up)
    press(Key.Key_Return)
    assert browser.opened == [SUPPORT_URL], "Enter on the focused “I hung up” presses it"
    qtbot.waitUntil(call.isActiveWindow, timeout=5000)
    tab_to(call.notes)
    QTest.keyClicks(call.notes, "Said he was from Kraken")
    tab_to(call.save)
    press(Key.Key_Return)
    saved = app.calls.log.list()
    assert len(saved) == 1 and saved[0].is_scam
    assert call.saved.isVisible()


def test_escape_hides_the_call_window_and_keeps_the_unsaved_answers(
    app: AppController, qtbot
) -> None:  # type: ignore[no-untyped-def]
    press(Key.Key_2, CTRL)
    call = app.calls.window
    assert call is not None
    qtbot.waitUntil(call.isActiveWindow, timeout=5000)
    tab_to(call.asked_for_call.yes)
    press(Key.Key_Space)
    answered = call.asked_for_call.answer()
    assert answered is not None
    QTest.keyClick(focused(), Key.Key_Escape)
    qtbot.waitUntil(lambda: not call.isVisible(), timeout=5000)
    assert app.calls.log.list() == []
    qtbot.waitUntil(app.window.isActiveWindow, timeout=5000)
    press(Key.Key_2, CTRL)
    assert app.calls.window is call
    qtbot.waitUntil(call.isActiveWindow, timeout=5000)
    assert call.asked_for_call.answer() is answered, "the unsaved call is still there"
    assert call.unsaved_note.isVisible(), "the window says the call is not saved yet"


def test_tray_popup_field_focused_enter_checks_escape_closes(app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    popup = app.check.open_popup()
    qtbot.addWidget(popup)
    qtbot.waitUntil(popup.isActiveWindow, timeout=5000)
    assert focused() is popup.box.field
    check_tab_cycle(popup, "tray popup")
    tab_to(popup.box.field)
    QTest.keyClicks(popup.box.field, "+1 800 555 0100")
    press(Key.Key_Return)
    assert popup.box.last is not None
    assert popup.box.summary.isVisible()
    QTest.keyClick(focused(), Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=5000)


def test_setup_wizard_with_arrows_mnemonics_and_enter(app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = app.setup.wizard
    press(Key.Key_1, CTRL)
    assert app.window.current_key() == "setup"
    first = wizard.current_key()
    page = wizard.step_pages[first]
    qtbot.waitUntil(lambda: focused() is page.first_control(), timeout=2000)
    press(Key.Key_Return)  # the focused "Open this on kraken.com": opens, never skips the step
    press(Key.Key_Return)
    assert wizard.current_key() == first, "Enter never skips a step that has no answer"
    press(Key.Key_D, ALT)  # "&Done" (a mnemonic clicks after a short animation)
    qtbot.waitUntil(lambda: page.chosen_status() == "done", timeout=2000)
    tab_to(page.radios["not_yet"])  # each answer is its own Tab stop
    press(Key.Key_Space)
    assert page.chosen_status() == "not_yet"
    assert "your answer" in page.radios["not_yet"].accessibleName()
    press(Key.Key_N, ALT)  # "&Next >"
    qtbot.waitUntil(lambda: wizard.current_key() != first, timeout=2000)
    second = wizard.current_key()
    # After Next the focus is on the new step's first control, not on the list of places.
    qtbot.waitUntil(lambda: focused() is wizard.step_pages[second].first_control(), timeout=2000)
    press(Key.Key_B, ALT)  # "< &Back"
    qtbot.waitUntil(lambda: wizard.current_key() == first, timeout=2000)
    assert page.chosen_status() == "not_yet"
    tab_to(page.radios["not_yet"])
    press(Key.Key_Return)  # Enter goes on, like the Next button
    assert wizard.current_key() == second
    page = wizard.step_pages[second]
    press(Key.Key_P, ALT)  # "Doesn't a&pply to me": its reason field appears
    qtbot.waitUntil(page.reason.isVisible, timeout=2000)
    tab_to(page.reason)
    press(Key.Key_Return)
    assert wizard.current_key() == second, "Not applicable without a reason does not move on"
    QTest.keyClicks(page.reason, "I do not use it")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.reason, timeout=2000)
    press(Key.Key_Return)
    assert wizard.current_key() != second
    check_tab_cycle(app.window, "wizard step")


def test_guarded_dialog_enter_confirms_the_typed_word_escape_cancels(qtbot) -> None:  # type: ignore[no-untyped-def]
    for keys, confirm in ((CONFIRM_WORD, True), ("", False)):
        dialog = GuardedChangeDialog("Add a number", "Add +1 800 555 0100")
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
        assert focused() is dialog.word
        press(Key.Key_Return)
        assert dialog.isVisible(), "Enter before the word is typed neither confirms nor cancels"
        if confirm:
            QTest.keyClicks(dialog.word, keys.lower())
            with qtbot.waitSignal(dialog.accepted):
                QTest.keyClick(dialog.word, Key.Key_Return)
        else:
            with qtbot.waitSignal(dialog.rejected):
                QTest.keyClick(focused(), Key.Key_Escape)
        assert dialog.result() == (
            QDialog.DialogCode.Accepted if confirm else QDialog.DialogCode.Rejected
        )


def mnemonic_owners(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter keys of the shown buttons and labels, each with the texts that claim it."""
    owners: dict[str, list[str]] = {}
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            found = re.search(r"&([^&\s])", widget.text().replace("&&", ""))
            if found:
                owners.setdefault(found.group(1).lower(), []).append(widget.text())
    return owners


def test_no_alt_key_is_claimed_twice_on_any_screen(app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    for key in page_keys(app):
        app.window.show_page(key)
        clashes = {k: v for k, v in mnemonic_owners(app.window).items() if len(v) > 1}
        assert not clashes, f"{key}: one Alt key, several controls: {clashes}"
    wizard = app.setup.wizard
    app.window.show_page("setup")
    for step in wizard.page_ids:
        wizard.show_step(step)
        clashes = {k: v for k, v in mnemonic_owners(app.window).items() if len(v) > 1}
        assert not clashes, f"setup {step}: one Alt key, several controls: {clashes}"
    call = app.calls.open_window()
    qtbot.waitUntil(call.isVisible, timeout=5000)
    clashes = {k: v for k, v in mnemonic_owners(call).items() if len(v) > 1}
    assert not clashes, f"call window: {clashes}"
