from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from kraken_guard.app.controller import AppController
from kraken_guard.core.store import Store
from tests.fakes import RecordingBrowser, RecordingDialogs


def interactive_widgets(root: QWidget) -> list[QWidget]:
    kinds = (
        QAbstractButton,
        QLineEdit,
        QAbstractItemView,
        QComboBox,
        QAbstractSpinBox,
        QPlainTextEdit,
    )
    return [w for w in root.findChildren(QWidget) if isinstance(w, kinds) and w.isVisibleTo(root)]


def test_window_shows_status_entries_and_review_date(controller: AppController, qtbot) -> None:
    controller.start()
    qtbot.waitExposed(controller.window)
    app = QApplication.instance()
    assert app.applicationName() == "kraken-guard"
    assert app.desktopFileName() == "io.github.kraken_guard.KrakenGuard"
    assert controller.home.headline.text()
    names = [b.accessibleName() for b in controller.home.buttons]
    assert names == [
        "Someone is calling me now",
        "Verify a phone number",
        "Check a link",
        "Security setup",
        "Open Kraken Support",
    ]
    assert "24 November 2026" in controller.window.footer.text()


def test_each_entry_opens_its_page(controller: AppController, qtbot) -> None:
    controller.start()
    qtbot.mouseClick(controller.home.buttons[0], Qt.MouseButton.LeftButton)
    assert controller.calls.window is not None and controller.calls.window.isVisible()
    for button, key in zip(controller.home.buttons[1:4], ["verify", "link", "setup"], strict=True):
        controller.window.show_page("home")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert controller.window.current_key() == key


def test_open_kraken_support_opens_only_the_official_page(
    controller: AppController, qtbot, browser: RecordingBrowser
) -> None:
    controller.start()
    qtbot.mouseClick(controller.home.buttons[-1], Qt.MouseButton.LeftButton)
    assert browser.opened == ["https://support.kraken.com"]


def test_refused_link_says_why(
    controller: AppController, dialogs: RecordingDialogs, browser: RecordingBrowser
) -> None:
    assert not controller.opener.open("https://kraken-support.example/help")
    assert browser.opened == []
    assert "only opens links to kraken.com" in dialogs.texts()


def test_without_a_tray_the_window_says_so_once_and_closing_quits(
    controller: AppController, store: Store, qtbot
) -> None:
    controller.start()
    assert controller.window.notice.isVisible()
    assert "no system tray" in controller.window.notice.text.text()
    assert controller.window.hide_on_close is False
    assert QApplication.instance().quitOnLastWindowClosed()
    controller.window.notice.hide()
    controller.start()
    assert not controller.window.notice.isVisible()


def test_call_message_from_a_second_launch_opens_the_call_window(
    controller: AppController,
) -> None:
    controller.start()
    controller.window.hide()
    controller.handle_message("call")
    window = controller.calls.window
    assert window is not None and window.isVisible()
    assert window.keeps_on_top()


def test_every_interactive_widget_has_a_name_and_takes_focus(
    controller: AppController, qtbot
) -> None:
    controller.start()
    seen = []
    for row in range(controller.window.nav.count()):
        controller.window.nav.setCurrentRow(row)
        key = controller.window.current_key()
        seen.append(key)
        widgets = interactive_widgets(controller.window)
        assert len(widgets) > 1, key
        for widget in widgets:
            iface = QAccessible.queryAccessibleInterface(widget)
            where = f"{key}: {type(widget).__name__} {widget.objectName()}"
            assert iface.text(QAccessible.Text.Name).strip(), where
            assert widget.focusPolicy() != Qt.FocusPolicy.NoFocus, where
    assert seen == ["home", "call", "verify", "link", "bookmarks", "email", "setup"]


def test_keyboard_shortcuts_reach_every_page(controller: AppController, qtbot) -> None:
    controller.start()
    with qtbot.waitActive(controller.window):
        controller.window.activateWindow()
    qtbot.keyClick(controller.window.nav, "2", Qt.KeyboardModifier.ControlModifier)
    assert controller.calls.window is not None and controller.calls.window.isVisible()
    controller.calls.window.close()
    for keys, page in (("3", "verify"), ("4", "link"), ("1", "setup")):
        qtbot.keyClick(controller.window.nav, keys, Qt.KeyboardModifier.ControlModifier)
        assert controller.window.current_key() == page
