"""Start at login is offered at the end of the setup, off until the person turns it on."""

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QWizard

from kraken_guard.app.controller import AppController
from kraken_guard.app.services import Services
from kraken_guard.core.autostart import APP_ID, RecordingRegistry, WindowsAutostart
from tests.fakes import RecordingDialogs
from tests.gui.conftest import build_controller
from tests.gui.test_setup_wizard import click, open_setup


def press_space(qtbot, box: QCheckBox) -> None:  # type: ignore[no-untyped-def]
    """Toggle the box from the keyboard, as a person who scrolled to it would."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def autostart_entry() -> Path:
    return Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / f"{APP_ID}.desktop"


def test_the_last_setup_page_asks_and_starts_off(controller: AppController, qtbot) -> None:
    wizard = open_setup(controller)
    wizard.show_step("summary")
    offer = wizard.autostart_offer
    assert offer.isVisible() and offer.question.isVisible()
    assert not offer.checkbox.isChecked()
    assert offer.checkbox.accessibleName()
    assert not autostart_entry().exists()  # nothing is written until the person asks


def test_ticking_the_box_adds_the_login_entry_and_unticking_removes_it(
    controller: AppController, qtbot
) -> None:
    wizard = open_setup(controller)
    wizard.show_step("summary")
    box = wizard.autostart_offer.checkbox
    press_space(qtbot, box)
    assert box.isChecked()
    assert "--tray" in autostart_entry().read_text()
    press_space(qtbot, box)
    assert not box.isChecked()
    assert not autostart_entry().exists()


def test_after_finishing_once_it_is_a_plain_setting(
    controller: AppController, qtbot, services: Services
) -> None:
    wizard = open_setup(controller)
    wizard.show_step("summary")
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert not wizard.autostart_offer.question.isVisible()
    again = build_controller(qtbot, services)
    again.start()
    again.window.show_page("setup")
    again.setup.wizard.show_step("summary")
    offer = again.setup.wizard.autostart_offer
    assert offer.checkbox.isVisible() and not offer.question.isVisible()


def test_the_box_shows_a_change_made_elsewhere(controller: AppController, qtbot) -> None:
    controller.services.autostart.enable()  # e.g. `kraken-guard-cli autostart on`
    wizard = open_setup(controller)
    assert wizard.autostart_offer.checkbox.isChecked()


def test_a_failed_change_is_explained_and_the_box_shows_the_truth(
    qtbot, services: Services, dialogs: RecordingDialogs
) -> None:
    class BrokenRegistry(RecordingRegistry):
        def set(self, key: str, name: str, value: str) -> None:
            raise PermissionError(13, "Access is denied")

    services.autostart = WindowsAutostart(BrokenRegistry(), ["kraken-guard.exe"])
    controller = build_controller(qtbot, services)
    wizard = open_setup(controller)
    wizard.show_step("summary")
    box = wizard.autostart_offer.checkbox
    press_space(qtbot, box)
    assert not box.isChecked()
    assert dialogs.shown[-1][0] == "warn"
    assert "Access is denied" in dialogs.shown[-1][2]


def test_a_persons_own_login_entry_shows_as_on_and_is_never_removed(
    controller: AppController, qtbot
) -> None:
    own = autostart_entry()
    own.parent.mkdir(parents=True)
    own.write_text("[Desktop Entry]\nType=Application\nExec=kraken-guard --call\n")
    wizard = open_setup(controller)
    wizard.show_step("summary")
    box = wizard.autostart_offer.checkbox
    assert box.isChecked()
    press_space(qtbot, box)
    assert own.read_text().endswith("--call\n")
    assert box.isChecked()
    assert "not made by Kraken Guard" in wizard.autostart_offer.note.text()
