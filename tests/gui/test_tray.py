import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSystemTrayIcon

from kraken_guard.app.controller import AppController
from kraken_guard.app.services import Services
from tests.gui.conftest import build_controller

MENU = [
    "Someone is calling me",
    "Check a number, link or message…",
    "Check a link…",
    "Security setup",
    "Open Kraken Support",
    "",
    "Show Kraken Guard",
    "",
    "Quit",
]


def menu_texts(controller: AppController) -> list[str]:
    controller.tray.menu.aboutToShow.emit()
    return [a.text().replace("&", "") for a in controller.tray.menu.actions()]


def test_tray_menu_offers_every_feature(controller: AppController) -> None:
    assert menu_texts(controller) == MENU


def test_with_a_tray_closing_the_window_keeps_the_app(qtbot, qapp, services: Services) -> None:
    services.tray_available = lambda: True
    controller = build_controller(qtbot, services)
    controller.start()
    assert controller.tray.icon is not None
    assert not controller.window.notice.isVisible()
    assert not qapp.quitOnLastWindowClosed()
    with qtbot.waitSignal(controller.window.closedToTray):
        controller.window.close()
    assert not controller.window.isVisible()
    controller.actions.show_window.trigger()
    assert controller.window.isVisible()


def test_quit_hides_the_tray_and_quits(controller: AppController, monkeypatch) -> None:
    quits = record_quits(monkeypatch)
    controller.start()
    controller.actions.quit.trigger()
    assert quits == [1]


def test_left_click_on_the_tray_opens_the_quick_check_popup(qtbot, services: Services) -> None:
    services.tray_available = lambda: True
    controller = build_controller(qtbot, services)
    controller.start()
    controller.tray._on_activated(QSystemTrayIcon.ActivationReason.Trigger)
    popup = controller.check.popup
    assert popup is not None
    qtbot.addWidget(popup)
    assert popup.isVisible()
    assert controller.window.current_key() == "home"
    popup.close()
    controller.tray.stop()
    controller.window.hide_on_close = False


@pytest.mark.realtray
def test_real_tray_host_shows_the_icon(qtbot, qapp, services: Services) -> None:
    """Runs in .ci/run under Xvfb with trayer: the icon really lands in a tray."""
    assert QSystemTrayIcon.isSystemTrayAvailable()
    services.tray_available = QSystemTrayIcon.isSystemTrayAvailable
    controller = build_controller(qtbot, services)
    controller.start()
    icon = controller.tray.icon
    assert icon is not None
    qtbot.waitUntil(lambda: icon.isVisible() and not icon.geometry().isEmpty(), timeout=5000)
    assert menu_texts(controller) == MENU


def record_quits(monkeypatch) -> list[int]:  # type: ignore[no-untyped-def]
    quits: list[int] = []
    monkeypatch.setattr(QCoreApplication, "quit", lambda: quits.append(1))
    return quits


def start_a_call(controller: AppController):  # type: ignore[no-untyped-def]
    """Open the call window and answer No to 'did you ask for this call?'."""
    controller.start()
    window = controller.calls.open_window()
    window.asked_for_call.no.setChecked(True)
    return window


def test_quit_asks_first_when_a_call_is_not_saved(
    controller: AppController, monkeypatch, dialogs
) -> None:
    quits = record_quits(monkeypatch)
    window = start_a_call(controller)
    dialogs.answers = [False]
    controller.actions.quit.trigger()
    assert quits == []
    assert dialogs.shown[-1][1] == "Quit Kraken Guard?"
    assert window.isVisible() and window.asked_for_call.no.isChecked()
    dialogs.answers = [True]
    controller.actions.quit.trigger()
    assert quits == [1]


def test_quit_does_not_ask_after_the_call_was_saved(
    controller: AppController, monkeypatch, dialogs
) -> None:
    quits = record_quits(monkeypatch)
    start_a_call(controller)
    assert controller.calls.save_call() is not None
    controller.actions.quit.trigger()
    assert quits == [1]
    assert not any(title == "Quit Kraken Guard?" for _, title, _ in dialogs.shown)
