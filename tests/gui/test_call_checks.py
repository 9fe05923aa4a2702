"""The call window checks what the caller relies on: the confirmation email and what they gave."""

from __future__ import annotations

from pathlib import Path

from kraken_guard.app.controller import AppController
from kraken_guard.core.call.checklist import CallVerdict
from tests.gui.test_email_page import _drop

CORPUS = Path(__file__).resolve().parents[1] / "email_corpus"


def test_the_call_window_offers_both_checks(controller: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = controller.calls.open_window()
    qtbot.waitExposed(window)
    assert window.verdict.check_email.isVisible()
    assert window.verdict.check_text.isVisible()
    assert window.verdict.check_email.accessibleName()


def test_an_email_that_is_not_from_kraken_turns_the_call_into_a_scam(
    controller: AppController, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = controller.calls.open_window()
    window.asked_for_call.yes.click()
    window.got_email.yes.click()  # the caller says: "we emailed you the time"
    assert window.assessment().verdict is not CallVerdict.HANG_UP
    window.verdict.check_email.click()
    dialog = controller.emails.call_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(controller.emails.callEmailChecked) as checked:
        controller.emails.check_file(
            CORPUS / "forged_lookalike_sender.eml", controller.emails.call_page
        )
    assert checked.args == ["not_from_kraken"]
    assessment = window.assessment()
    assert assessment.verdict is CallVerdict.HANG_UP
    assert any("not from Kraken" in reason.english() for reason in assessment.reasons)
    window.clear_call()
    assert window.assessment().verdict is not CallVerdict.HANG_UP


def test_an_email_dropped_on_the_call_window_is_checked_for_the_call(
    controller: AppController, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = controller.calls.open_window()
    # The email check is built by the first drop, not with the window (its first open is fast).
    assert controller._emails is None
    with qtbot.waitSignal(controller.emails.callEmailChecked):
        _drop(window, CORPUS / "forged_display_name_on_gmail.eml")
    assert controller.emails.call_dialog is not None
    qtbot.addWidget(controller.emails.call_dialog)
    assert window.assessment().verdict is CallVerdict.HANG_UP


def test_they_gave_me_something_opens_the_check_box(controller: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = controller.calls.open_window()
    window.verdict.check_text.click()
    popup = controller.check.popup
    assert popup is not None and popup.isVisible()
    qtbot.addWidget(popup)


def test_home_has_the_check_box_under_the_call_card(controller: AppController) -> None:
    box = controller.home_check
    assert box.parent() is controller.home
    box.set_text("Kraken Support: read me the 6-digit code we just sent you.")
    result = box.run_check()
    assert str(result.summary.verdict) == "scam"
    assert not box.summary.isHidden()
    assert box.summary.headline.text()
