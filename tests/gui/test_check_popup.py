"""The tray's "Check a number, link or message" popup and the reusable check box."""

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QListWidget, QPlainTextEdit, QWidget

from kraken_guard.app.check_controller import CheckController
from kraken_guard.app.controller import AppController
from kraken_guard.core.messages.summary import Verdict
from kraken_guard.views.quick_verify_popup import QuickCheckPopup
from tests.fakes import RecordingBrowser, RecordingDialogs

OFFICIAL = "+1 800 555 0100"
SCAM = (
    "Kraken Support: we saw a withdrawal of 1.2 BTC. If this was not you, call +1 888 555 0142, "
    "DM @KrakenHelpDesk or visit kraken-help.com, and read us the 2FA code we sent."
)


def add_official(controller: AppController, dialogs: RecordingDialogs) -> None:
    dialogs.answers.append(True)
    assert controller.verify.add(OFFICIAL, "bottom of support.kraken.com")


def open_popup(check: CheckController, qtbot, text: str = "") -> QuickCheckPopup:  # type: ignore[no-untyped-def]
    popup = check.open_popup(text)
    qtbot.addWidget(popup)
    qtbot.waitExposed(popup)
    return popup


def test_type_enter_shows_the_summary_first_with_what_to_do_now(
    controller: AppController, dialogs: RecordingDialogs, qtbot
) -> None:
    add_official(controller, dialogs)
    popup = open_popup(controller.check, qtbot)
    assert popup.focusWidget() is popup.box.field
    assert popup.windowTitle() == "Check a number, link or message"
    popup.box.field.setPlainText(SCAM)
    with qtbot.waitSignal(popup.box.checked) as signal:
        qtbot.keyClick(popup.box.field, Qt.Key.Key_Return)
    assert signal.args[0].summary.verdict is Verdict.SCAM
    summary = popup.box.summary
    assert summary.isVisible() and summary.kind == "danger"
    assert summary.headline.text() == "This is a scam"
    assert summary.detail.text().startswith("Do now: Stop now.")
    assert "They ask for a code" in summary.reasons.text()
    assert not summary.icon.pixmap().isNull()


def test_a_long_text_lists_each_item_with_its_verdict(
    controller: AppController, dialogs: RecordingDialogs, qtbot
) -> None:
    add_official(controller, dialogs)
    popup = open_popup(controller.check, qtbot, SCAM)
    items = popup.box.items
    assert items.isVisible()
    rows = [items.item(i).text() for i in range(items.count())]  # type: ignore[union-attr]
    assert rows == [
        "Phone number: +1 888 555 0142 — Not Kraken's number",
        "Account: @KrakenHelpDesk — Pretends to be Kraken",
        "Link: kraken-help.com — Pretends to be Kraken",
    ]
    items.setCurrentRow(1)
    assert "not on Kraken's list" in popup.box.item_reasons.text()


def test_shift_enter_starts_a_new_line_and_does_not_check(controller: AppController, qtbot) -> None:
    popup = open_popup(controller.check, qtbot)
    qtbot.keyClicks(popup.box.field, "first line")
    qtbot.keyClick(popup.box.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(popup.box.field, "second")
    assert popup.box.text() == "first line\nsecond"
    assert popup.box.last is None


def test_an_official_number_gets_no_warning_signs_with_the_caller_id_reminder(
    controller: AppController, dialogs: RecordingDialogs, qtbot
) -> None:
    add_official(controller, dialogs)
    popup = open_popup(controller.check, qtbot)
    popup.box.field.setPlainText("(800) 555-0100")
    qtbot.keyClick(popup.box.field, Qt.Key.Key_Enter)
    assert popup.box.summary.headline.text().startswith("No warning signs found")
    assert "caller ID can be faked" in popup.box.summary.detail.text()
    assert "On your official list" in popup.box.items.item(0).text()  # type: ignore[union-attr]


def test_nothing_typed_says_what_to_paste(controller: AppController, qtbot) -> None:
    popup = open_popup(controller.check, qtbot)
    qtbot.keyClick(popup.box.field, Qt.Key.Key_Return)
    assert popup.box.summary.headline.text() == "Nothing to check"
    assert not popup.box.items.isVisible()


def test_with_nothing_saved_a_kraken_number_says_it_cannot_compare(
    controller: AppController, qtbot, browser: RecordingBrowser
) -> None:
    popup = open_popup(controller.check, qtbot, "Kraken support number: +1 888 555 0142")
    assert "Cannot compare yet" in popup.box.items.item(0).text()  # type: ignore[union-attr]
    assert "support.kraken.com" in popup.box.summary.reasons.text()
    qtbot.mouseClick(popup.buttons[0], Qt.MouseButton.LeftButton)
    assert browser.opened == ["https://support.kraken.com"]


def test_clipboard_with_something_to_check_is_prefilled_and_other_text_is_not(
    controller: AppController, qtbot, qapp: QApplication
) -> None:
    clipboard = qapp.clipboard()
    clipboard.setText("tel:+18005550100")
    popup = open_popup(controller.check, qtbot)
    assert popup.box.text() == "tel:+18005550100"
    assert popup.box.field.textCursor().selectedText() == "tel:+18005550100"  # typing replaces
    popup.close()
    popup.box.field.clear()
    clipboard.setText("my secret note, not a number")
    controller.check.open_popup()
    assert popup.box.text() == ""
    popup.close()
    clipboard.setText("Call Kraken at +1 888 555 0142 and read them the code")
    controller.check.open_popup()
    assert popup.box.text().startswith("Call Kraken")


def test_escape_closes_the_popup(controller: AppController, qtbot) -> None:
    popup = open_popup(controller.check, qtbot)
    qtbot.keyClick(popup.box.field, Qt.Key.Key_Escape)
    assert not popup.isVisible()


def test_editing_the_text_hides_the_old_verdict(controller: AppController, qtbot) -> None:
    popup = open_popup(controller.check, qtbot)
    popup.box.field.setPlainText("https://kraken-help.com")
    qtbot.keyClick(popup.box.field, Qt.Key.Key_Return)
    assert popup.box.summary.isVisible() and popup.box.items.isVisible()
    qtbot.keyClicks(popup.box.field, "x")
    assert not popup.box.summary.isVisible()
    assert not popup.box.items.isVisible()


def test_manage_numbers_opens_the_page(controller: AppController, qtbot) -> None:
    controller.start()
    popup = open_popup(controller.check, qtbot)
    qtbot.mouseClick(popup.more, Qt.MouseButton.LeftButton)
    assert not popup.isVisible()
    assert controller.window.current_key() == "verify"


def test_the_tray_menu_item_opens_the_popup_and_the_window_button_the_page(
    controller: AppController, qtbot
) -> None:
    controller.start()
    controller.actions.verify.trigger()
    assert controller.window.current_key() == "verify"
    assert controller.check.popup is None
    controller.check.tray_action.trigger()
    assert controller.check.popup is not None
    qtbot.addWidget(controller.check.popup)
    assert controller.check.popup.isVisible()


def test_open_popup_with_text_checks_it_at_once_for_the_call_window(
    controller: AppController, qtbot
) -> None:
    popup = open_popup(
        controller.check, qtbot, "Install AnyDesk so I can help you with your account"
    )
    assert popup.box.last is not None
    assert popup.box.last.summary.verdict is Verdict.SCAM


def test_a_new_box_for_home_uses_the_same_check(controller: AppController, qtbot) -> None:
    box = controller.check.new_box()
    qtbot.addWidget(box)
    box.set_text("Move your funds to a safe wallet")
    assert box.run_check().summary.verdict is Verdict.SCAM


def test_a_huge_paste_answers_quickly_and_says_only_the_start_was_checked(
    controller: AppController, qtbot
) -> None:
    popup = open_popup(controller.check, qtbot)
    popup.box.run_check()  # loads the libraries once
    popup.box.field.setPlainText("kraken support call +1 888 555 0142 " * 30_000)
    start = time.perf_counter()
    popup.box.run_check()
    assert time.perf_counter() - start < 0.5  # the check itself is held to 200 ms in core tests
    assert "only its first 10,000 characters" in popup.box.summary.reasons.text()
    assert popup.box.items.count() == 1


def test_every_control_in_the_popup_is_named_and_focusable(
    controller: AppController, qtbot
) -> None:
    popup = open_popup(controller.check, qtbot, SCAM)
    kinds = (QAbstractButton, QPlainTextEdit, QListWidget)
    for widget in popup.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisibleTo(popup):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface.text(QAccessible.Text.Name), widget.objectName()
        assert widget.focusPolicy() != Qt.FocusPolicy.NoFocus, widget.objectName()
