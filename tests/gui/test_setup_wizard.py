import json
from pathlib import Path

import pyotp
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWizard

from kraken_guard.app.controller import AppController
from kraken_guard.app.services import Services
from kraken_guard.core.setup.progress import SetupProgress
from kraken_guard.core.setup.steps import AnswerStatus
from kraken_guard.views.setup_wizard import SetupWizard
from tests.fakes import FakeClock, RecordingBrowser, RecordingDialogs
from tests.gui.conftest import build_controller


def open_setup(controller: AppController) -> SetupWizard:
    controller.start()
    controller.window.show_page("setup")
    return controller.setup.wizard


def click(qtbot, button: QAbstractButton | None) -> None:
    assert button is not None and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def next_button(wizard: SetupWizard) -> QAbstractButton:
    return wizard.button(QWizard.WizardButton.NextButton)


def restart(qtbot, services: Services) -> AppController:
    return build_controller(qtbot, services)


def test_next_and_back_move_through_the_steps_in_order(controller: AppController, qtbot) -> None:
    wizard = open_setup(controller)
    ids = wizard.page_ids
    assert wizard.currentId() == ids["bookmark"]
    click(qtbot, next_button(wizard))
    assert wizard.currentId() == ids["official_number"]
    click(qtbot, next_button(wizard))
    assert wizard.currentId() == ids["basics"]
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    assert wizard.currentId() == ids["official_number"]
    wizard.show_step("signin_2fa")
    click(qtbot, next_button(wizard))
    assert wizard.current_key() == "clock_check"
    click(qtbot, next_button(wizard))
    assert wizard.current_key() == "master_key"


def test_answers_are_stored_and_restored_after_a_restart(
    controller: AppController, qtbot, services: Services
) -> None:
    wizard = open_setup(controller)
    click(qtbot, wizard.step_pages["bookmark"].radios["done"])
    click(qtbot, next_button(wizard))
    click(qtbot, wizard.step_pages["official_number"].radios["not_yet"])
    controller.window.close()

    again = restart(qtbot, services)
    again.start()
    again.window.show_page("setup")
    restored = again.setup.wizard
    assert restored.step_pages["bookmark"].radios["done"].isChecked()
    assert restored.step_pages["official_number"].radios["not_yet"].isChecked()
    assert "24 November 2026" in restored.step_pages["bookmark"].answered_label.text()
    assert restored.current_key() == "official_number"  # resumes at the first open step


def test_not_applicable_needs_a_reason_that_survives_a_restart(
    controller: AppController, qtbot, services: Services
) -> None:
    wizard = open_setup(controller)
    wizard.show_step("api_keys")
    page = wizard.step_pages["api_keys"]
    click(qtbot, page.radios["not_applicable"])
    assert not next_button(wizard).isEnabled()
    qtbot.keyClicks(page.reason, "I never use API keys")
    click(qtbot, next_button(wizard))
    assert wizard.current_key() == "withdrawal_confirm"
    controller.window.close()

    again = restart(qtbot, services)
    page = again.setup.wizard.step_pages["api_keys"]
    assert page.radios["not_applicable"].isChecked()
    assert page.reason.text() == "I never use API keys"


def test_lock_before_master_key_shows_a_warning_with_the_reason(
    controller: AppController, qtbot
) -> None:
    wizard = open_setup(controller)
    wizard.show_step("global_settings_lock")
    page = wizard.step_pages["global_settings_lock"]
    assert not page.warning.isVisible()
    click(qtbot, page.radios["done"])
    assert page.warning.isVisible()
    assert "before setting a Master Key" in page.warning.text.text()
    assert "way back in" in page.warning.text.text()
    assert "before funding 2FA" in page.warning.text.text()


def test_master_key_on_the_same_method_as_signin_2fa_is_warned(
    controller: AppController, qtbot
) -> None:
    wizard = open_setup(controller)
    signin, master = wizard.step_pages["signin_2fa"], wizard.step_pages["master_key"]
    wizard.show_step("signin_2fa")
    assert signin.method is not None and master.method is not None
    signin.method.setCurrentIndex(signin.method.findData("authenticator_app"))
    click(qtbot, signin.radios["done"])
    wizard.show_step("master_key")
    master.method.setCurrentIndex(master.method.findData("authenticator_app"))
    click(qtbot, master.radios["done"])
    assert master.warning.isVisible()
    assert "same method" in master.warning.text.text()
    master.method.setCurrentIndex(master.method.findData("paper"))
    assert not master.warning.isVisible()


def test_home_page_shows_the_honest_status_and_one_next_item(
    controller: AppController, qtbot
) -> None:
    wizard = open_setup(controller)
    assert controller.home.headline.text() == "0 of 13 done — next: Bookmark Kraken Support"
    click(qtbot, wizard.step_pages["bookmark"].radios["done"])
    assert controller.home.headline.text() == "1 of 13 done — next: Save Kraken's real phone number"
    assert controller.home.next_step.text().startswith("Do this next: Save Kraken's real phone")


def test_tray_tooltip_shows_the_same_status(qtbot, services: Services) -> None:
    services.tray_available = lambda: True
    SetupProgress(services.store, services.now).record("bookmark", AnswerStatus.DONE)
    controller = restart(qtbot, services)
    controller.start()
    assert controller.tray.icon is not None
    assert controller.tray.icon.toolTip() == (
        "Kraken Guard — 1 of 13 done — next: Save Kraken's real phone number"
    )
    controller.tray.stop()
    controller.window.hide_on_close = False
    controller.window.close()


def test_review_period_comes_due_and_is_changeable(
    controller: AppController, qtbot, services: Services, clock: FakeClock
) -> None:
    progress = SetupProgress(services.store, clock)
    for step in progress.steps:
        progress.record(step.id, AnswerStatus.DONE)
    clock.advance(days=40)
    wizard = open_setup(restart(qtbot, services))
    assert wizard.current_key() == "summary"
    spin = wizard.summary.review_days
    assert spin.value() == 90
    spin.setValue(30)
    spin.editingFinished.emit()
    assert progress.review_days == 30
    assert wizard.summary.headline.text().startswith("0 of 13 done — time to review: Bookmark")


def test_open_in_kraken_and_the_extra_buttons(
    controller: AppController,
    qtbot,
    browser: RecordingBrowser,
    dialogs: RecordingDialogs,
    tmp_path: Path,
) -> None:
    wizard = open_setup(controller)
    click(qtbot, wizard.step_pages["bookmark"].open_button)
    assert browser.opened == ["https://support.kraken.com"]
    dialogs.files = [tmp_path]
    click(qtbot, wizard.step_pages["bookmark"].extra_button)
    assert (tmp_path / "kraken-guard-bookmarks.html").exists()
    wizard.show_step("official_number")
    click(qtbot, wizard.step_pages["official_number"].extra_button)
    assert controller.window.current_key() == "verify"
    assert controller.window.focusWidget() is controller.verify.page.new_number


def test_finish_goes_home_and_keeps_the_wizard(controller: AppController, qtbot) -> None:
    wizard = open_setup(controller)
    wizard.show_step("summary")
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert controller.window.current_key() == "home"
    controller.window.show_page("setup")
    assert wizard.isVisible()


def test_export_and_import_round_trip_through_the_summary(
    controller: AppController, qtbot, dialogs: RecordingDialogs, tmp_path: Path
) -> None:
    wizard = open_setup(controller)
    target = tmp_path / "progress.json"
    dialogs.files = [target, target]
    click(qtbot, wizard.step_pages["bookmark"].radios["done"])
    wizard.show_step("summary")
    click(qtbot, wizard.summary.export_button)
    assert dialogs.shown[0] == (
        "choose",
        "Export progress",
        "save as kraken-guard-progress.json (Progress files (*.json))",
    )
    assert json.loads(target.read_text())["answers"][0]["step_id"] == "bookmark"
    wizard.show_step("bookmark")
    click(qtbot, wizard.step_pages["bookmark"].radios["not_yet"])
    wizard.show_step("summary")
    dialogs.answers = [True]
    click(qtbot, wizard.summary.import_button)
    assert ("choose", "Import progress", "open Progress files (*.json)") in dialogs.shown
    assert wizard.step_pages["bookmark"].radios["done"].isChecked()
    assert controller.home.headline.text().startswith("1 of 13 done")
    assert "Loaded 1 answers" in dialogs.texts()


def test_a_damaged_import_is_refused_clearly_and_changes_nothing(
    controller: AppController, qtbot, dialogs: RecordingDialogs, tmp_path: Path
) -> None:
    wizard = open_setup(controller)
    click(qtbot, wizard.step_pages["bookmark"].radios["done"])
    damaged = tmp_path / "progress.json"
    damaged.write_text('{"format": "kraken-guard-setup-progress", "version": 1, "answ')
    dialogs.files = [damaged]
    wizard.show_step("summary")
    dialogs.answers = [True]
    click(qtbot, wizard.summary.import_button)
    assert dialogs.shown[-1][0:2] == ("warn", "Progress not imported")
    assert "Nothing was changed" in dialogs.shown[-1][2]
    assert wizard.step_pages["bookmark"].radios["done"].isChecked()
    assert controller.home.headline.text().startswith("1 of 13 done")


@pytest.mark.parametrize(("offset", "verdict"), [(0, "in step"), (-1, "off"), (2, "off")])
def test_clock_check_reports_how_far_the_phone_is_off(
    controller: AppController, qtbot, clock: FakeClock, offset: int, verdict: str
) -> None:
    wizard = open_setup(controller)
    wizard.show_step("clock_check")
    check = controller.setup.clock_check
    assert check is not None
    page = wizard.clock_page
    assert not page.qr.pixmap().isNull()
    assert "read out a code" in " ".join(
        label.text() for label in page.findChildren(type(page.key))
    )
    code = pyotp.TOTP(check.secret).at(clock().timestamp() + offset * 30)
    qtbot.keyClicks(page.code, code)
    click(qtbot, page.check)
    assert verdict in page.result_headline.text()
    if offset:
        direction = "behind" if offset < 0 else "ahead"
        assert f"about {abs(offset) * 30} seconds {direction}" in page.result.text()


def test_clock_check_rejects_a_wrong_code_and_forgets_its_secret_on_leaving(
    controller: AppController, qtbot, clock: FakeClock
) -> None:
    wizard = open_setup(controller)
    wizard.show_step("clock_check")
    check = controller.setup.clock_check
    assert check is not None
    near = {pyotp.TOTP(check.secret).at(clock().timestamp() + k * 30) for k in range(-2, 3)}
    wrong = next(code for code in ("000000", "111111", "222222") if code not in near)
    qtbot.keyClicks(wizard.clock_page.code, wrong)
    click(qtbot, wizard.clock_page.check)
    assert "did not match" in wizard.clock_page.result_headline.text()
    click(qtbot, next_button(wizard))
    assert controller.setup.clock_check is None
    assert not check.is_open
    assert wizard.clock_page.key.text() == ""
