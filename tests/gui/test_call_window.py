from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from mnemonic import Mnemonic
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QAction, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from kraken_guard.app.call_controller import KEEP_ON_TOP_SETTING, CallController
from kraken_guard.app.opener import TrustedOpener
from kraken_guard.app.services import Services
from kraken_guard.core.call.incidents import export_text
from kraken_guard.core.content import load_content
from kraken_guard.core.phone.check import check_number
from kraken_guard.views.call_window import CallWindow
from tests.fakes import FakeClock, RecordingBrowser, RecordingDialogs

OFFICIAL = "+18005550100"


class Harness:
    def __init__(self, services: Services, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.processes: list[str] = ["bash", "firefox"]
        self.copied: list[str] = []
        self.owner = QWidget()
        qtbot.addWidget(self.owner)
        self.action = QAction("Someone is calling me", self.owner)
        self.calls = CallController(
            services,
            TrustedOpener(services.open_url, services.dialogs),
            self.action,
            check_number=lambda text: check_number(
                text, region="US", official=[OFFICIAL], scam_reports=self.calls.log.scam_report_for
            ),
            list_processes=lambda: list(self.processes),
            copy_text=self.copied.append,
            scan_interval_ms=20,
        )
        qtbot.addWidget(self.calls.page)
        self.qtbot = qtbot

    def open(self) -> CallWindow:
        return self.calls.open_window()


@pytest.fixture
def harness(qtbot, services: Services) -> Iterator[Harness]:  # type: ignore[no-untyped-def]
    built = Harness(services, qtbot)
    yield built
    built.calls.shutdown()


def headline(window: CallWindow) -> str:
    return window.verdict.headline.text()


def test_opens_calm_on_top_with_the_two_questions_first(harness: Harness) -> None:
    window = harness.open()
    assert window.isVisible()
    assert window.keeps_on_top()
    assert headline(window) == "Answer the two questions below"
    # The sentence to say is ready before anything is answered, in the pinned card.
    assert window.verdict.say.isVisibleTo(window)
    assert window.verdict.say.text().startswith("If they ask for a code")
    assert window.verdict.hung_up.isVisibleTo(window) and window.verdict.gave.isVisibleTo(window)
    assert not window.remote.isVisibleTo(window)
    assert window.font().pointSizeF() > QWidget().font().pointSizeF()


@pytest.mark.parametrize("question", ["asked_for_call", "got_email"])
def test_a_no_to_either_question_says_hang_up_now(harness: Harness, qtbot, question: str) -> None:
    window = harness.open()
    qtbot.mouseClick(getattr(window, question).no, Qt.MouseButton.LeftButton)
    assert headline(window) == "Hang up now. This is a scam."
    assert window.verdict.say.text().startswith("Say this, then hang up")
    assert "Goodbye" in window.verdict.say.text()
    assert window.verdict.reasons.text()
    assert window.is_scam.isChecked()


def test_both_yes_is_stay_alert_not_all_clear(harness: Harness, qtbot) -> None:
    window = harness.open()
    qtbot.keyClick(window.asked_for_call.yes, Qt.Key.Key_Space)
    qtbot.keyClick(window.got_email.yes, Qt.Key.Key_Space)
    assert headline(window) == "Stay alert"
    assert "Caller ID can be faked" in window.verdict.explanation.text()


@pytest.mark.parametrize("item", load_content("never_ask").items, ids=lambda i: i.id)
def test_any_never_ask_toggle_says_hang_up_naming_it(  # type: ignore[no-untyped-def]
    harness: Harness, qtbot, item
) -> None:
    window = harness.open()
    window.asked_for_call.yes.setChecked(True)
    window.got_email.yes.setChecked(True)
    qtbot.keyClick(window.asked_for.boxes[item.id], Qt.Key.Key_Space)
    assert headline(window) == "Hang up now. This is a scam."
    assert item.title in window.verdict.reasons.text()


@pytest.mark.parametrize("flag", ["move_funds", "urgency", "secrecy"])
def test_red_flags_say_hang_up_naming_them(harness: Harness, flag: str) -> None:
    window = harness.open()
    window.red_flags.boxes[flag].setChecked(True)
    assert headline(window) == "Hang up now. This is a scam."
    assert load_content("red_flags").item(flag).title in window.verdict.reasons.text()
    window.red_flags.boxes[flag].setChecked(False)
    assert headline(window) == "Answer the two questions below"


def test_keep_on_top_toggles_the_flag_keeps_the_window_shown_and_is_remembered(
    harness: Harness, services: Services, qtbot
) -> None:
    window = harness.open()
    qtbot.keyClick(window.keep_on_top, Qt.Key.Key_Space)
    assert not window.keeps_on_top()
    assert window.isVisible()
    assert services.store.get_setting(KEEP_ON_TOP_SETTING) == "0"
    window.keep_on_top.setChecked(True)
    assert window.keeps_on_top() and window.isVisible()
    window.keep_on_top.setChecked(False)

    again = Harness(services, qtbot)
    reopened = again.open()
    assert not reopened.keeps_on_top()
    again.calls.shutdown()


def test_remote_access_warning_appears_and_goes_and_the_scan_stops_on_close(
    harness: Harness, qtbot
) -> None:
    window = harness.open()
    assert harness.calls.timer.isActive()
    assert not window.remote.isVisibleTo(window)
    harness.processes.append("AnyDesk.exe")
    qtbot.waitUntil(lambda: window.remote.isVisibleTo(window))
    assert "AnyDesk" in window.remote.headline.text()
    assert "never asks for remote access" in window.remote.steps.text()
    harness.processes.remove("AnyDesk.exe")
    qtbot.waitUntil(lambda: not window.remote.isVisibleTo(window))
    window.close()
    assert not harness.calls.timer.isActive()


def test_a_tool_already_running_is_named_as_soon_as_the_window_is_up(
    harness: Harness, qtbot
) -> None:
    harness.processes.append("TeamViewer")
    window = harness.open()
    qtbot.waitUntil(lambda: window.remote.isVisibleTo(window), timeout=2000)
    assert "TeamViewer" in window.remote.headline.text()


def test_a_failing_process_list_does_not_break_the_window(harness: Harness) -> None:
    def broken() -> list[str]:
        raise PermissionError("no")

    harness.calls.list_processes = broken
    window = harness.open()
    assert window.isVisible() and not window.remote.isVisibleTo(window)


def test_i_hung_up_opens_kraken_support_and_says_send_a_ticket(
    harness: Harness, browser: RecordingBrowser, qtbot
) -> None:
    window = harness.open()
    qtbot.mouseClick(window.verdict.hung_up, Qt.MouseButton.LeftButton)
    assert browser.opened == ["https://support.kraken.com"]
    assert window.ticket.isVisibleTo(window)
    assert "ticket" in window.ticket.text()


@pytest.mark.parametrize(
    "shared, expected",
    [
        ("password", "Change your Kraken password"),
        ("code", "live chat"),
        ("seed_words", "Move all funds"),
        ("remote_access", "Uninstall the remote-access app"),
        ("master_key", "lock your account"),
    ],
)
def test_i_already_gave_them_lists_the_matching_actions(
    harness: Harness, qtbot, shared: str, expected: str
) -> None:
    window = harness.open()
    assert not window.recovery.shared.isVisibleTo(window)
    qtbot.mouseClick(window.verdict.gave, Qt.MouseButton.LeftButton)
    assert window.recovery.shared.isVisibleTo(window)
    assert not window.asked_for_call.isVisibleTo(window), "recovery is its own view"
    window.recovery.shared.boxes[shared].setChecked(True)
    assert expected in window.recovery.next_steps.text()
    assert window.recovery.shared_ids() == {shared}
    assert headline(window) == "Hang up now. This is a scam."
    assert "You gave them" in window.verdict.reasons.text()


def test_save_list_and_export_a_call(
    harness: Harness, clock: FakeClock, dialogs: RecordingDialogs, qtbot, tmp_path: Path
) -> None:
    window = harness.open()
    harness.processes.append("rustdesk")
    qtbot.waitUntil(lambda: window.remote.isVisibleTo(window))
    qtbot.keyClicks(window.number.field, "(202) 555-0144")
    assert window.number.verdict.headline.text() == "Not Kraken's number — hang up"
    window.asked_for_call.no.setChecked(True)
    window.asked_for.boxes["twofa_code"].setChecked(True)
    window.verdict.gave.setChecked(True)
    window.recovery.shared.boxes["password"].setChecked(True)
    qtbot.mouseClick(window.recovery.back, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.notes, "Calm voice, said my account was hacked.")
    clock.advance(minutes=6)
    qtbot.mouseClick(window.verdict.hung_up, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.save, Qt.MouseButton.LeftButton)

    [saved] = harness.calls.log.list()
    assert saved.number_e164 == "+12025550144"
    assert saved.is_scam
    assert saved.started_at == datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
    assert saved.duration is not None and saved.duration.total_seconds() == 360
    assert saved.answers["asked_for"] == ["twofa_code"]
    assert saved.answers["shared"] == ["password"]
    assert saved.answers["remote_tools"] == ["RustDesk"]
    assert "Saved as call" in window.saved.text()

    page = harness.calls.page
    assert page.list.count() == 1 and "+12025550144" in page.list.item(0).text()
    assert page.preview.toPlainText() == export_text(saved)
    qtbot.mouseClick(page.copy, Qt.MouseButton.LeftButton)
    assert harness.copied == [export_text(saved)]
    dialogs.files = [tmp_path / "call.txt"]
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert dialogs.shown[-1] == (
        "choose",
        "Save the call as text",
        f"save as kraken-guard-call-{saved.id}.txt (Text files (*.txt))",
    )
    assert (tmp_path / "call.txt").read_text(encoding="utf-8") == export_text(saved)


def test_after_saving_the_next_opening_is_a_new_call(harness: Harness, qtbot) -> None:
    window = harness.open()
    window.asked_for_call.no.setChecked(True)
    harness.calls.save_call()
    window.close()
    harness.open()
    assert window.asked_for_call.answer() is None
    assert headline(window) == "Answer the two questions below"


def test_saving_to_an_unwritable_place_says_so(
    harness: Harness, dialogs: RecordingDialogs, qtbot, tmp_path: Path
) -> None:
    harness.open()
    harness.calls.save_call()
    dialogs.files = [tmp_path / "missing" / "call.txt"]
    qtbot.mouseClick(harness.calls.page.save, Qt.MouseButton.LeftButton)
    assert "Pick a folder you can write to" in dialogs.texts()


@pytest.mark.parametrize(
    "notes, warning",
    [
        (Mnemonic("english").to_mnemonic(bytes(16)), "seed words"),
        ("He read me 604 311 and asked me to confirm", "one-time code"),
    ],
)
def test_secrets_in_notes_are_refused_and_kept_on_screen(
    harness: Harness, dialogs: RecordingDialogs, qtbot, notes: str, warning: str
) -> None:
    window = harness.open()
    window.notes.setPlainText(notes)
    qtbot.mouseClick(window.save, Qt.MouseButton.LeftButton)
    assert warning in dialogs.texts()
    assert harness.calls.log.list() == []
    assert window.notes.toPlainText() == notes
    window.notes.setPlainText("They wanted my seed words. I said no.")
    qtbot.mouseClick(window.save, Qt.MouseButton.LeftButton)
    assert [i.notes for i in harness.calls.log.list()] == ["They wanted my seed words. I said no."]


def test_a_number_saved_as_a_scam_caller_means_hang_up_next_time(harness: Harness, qtbot) -> None:
    window = harness.open()
    window.number.field.setText("(202) 555-0144")
    assert "Not Kraken's number" in window.number.verdict.headline.text()
    window.is_scam.setChecked(True)
    harness.calls.save_call()
    window = harness.open()
    window.number.field.setText("+1 202-555-0144")
    assert window.number.verdict.headline.text() == "You marked this number as a scam — hang up"
    assert headline(window) == "Hang up now. This is a scam."
    assert "scam caller" in window.verdict.reasons.text()
    window.number.field.setText("+1 800 555 0100")
    assert window.number.verdict.headline.text() == "On your list — but caller ID can be faked"
    assert "caller ID can be faked" in window.number.verdict.detail.text()


def test_every_control_has_a_name_and_takes_focus(harness: Harness) -> None:
    window = harness.open()
    window.set_extra_actions_available(True, True)
    window.verdict.gave.setChecked(True)
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit)
    controls = [w for w in window.findChildren(QWidget) if isinstance(w, kinds)]
    assert len(controls) > 20
    for widget in controls:
        iface = QAccessible.queryAccessibleInterface(widget)
        assert iface.text(QAccessible.Text.Name).strip(), widget.objectName()
        assert widget.focusPolicy() != Qt.FocusPolicy.NoFocus, widget.objectName()


def test_tab_goes_from_the_top_through_the_questions_to_the_number(harness: Harness) -> None:
    window = harness.open()
    chain = [window.verdict.hung_up]
    while len(chain) < 7:
        chain.append(chain[-1].nextInFocusChain())
    assert chain == [
        window.verdict.hung_up,
        window.verdict.gave,
        window.asked_for_call.yes,
        window.asked_for_call.no,
        window.got_email.yes,
        window.got_email.no,
        window.number.field,
    ]


def test_keyboard_mnemonics_in_the_call_window_do_not_clash(harness: Harness) -> None:
    window = harness.open()
    texts = [w.text() for w in window.findChildren(QAbstractButton)]
    texts += [w.text() for w in window.findChildren(QLabel) if w.buddy() is not None]
    letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(letters) >= 6
    assert len(letters) == len(set(letters)), letters


def test_scam_box_follows_the_verdict_until_the_person_sets_it(harness: Harness, qtbot) -> None:
    window = harness.open()
    window.asked_for_call.no.setChecked(True)
    assert window.is_scam.isChecked()
    window.asked_for_call.yes.setChecked(True)
    assert not window.is_scam.isChecked()  # no longer hang up: not left ticked by itself
    window.asked_for.boxes["password"].setChecked(True)
    assert window.is_scam.isChecked()
    window.is_scam.click()  # the person unticks it
    assert not window.is_scam.isChecked()
    window.red_flags.boxes["urgency"].setChecked(True)
    assert not window.is_scam.isChecked()  # their choice stands


def test_saving_again_after_changes_updates_the_same_record(harness: Harness) -> None:
    window = harness.open()
    window.asked_for_call.no.setChecked(True)
    first = harness.calls.save_call()
    assert first is not None and not harness.calls.has_unsaved_call()
    window.notes.setPlainText("They called again at 3 pm.")
    assert harness.calls.has_unsaved_call()
    second = harness.calls.save_call()
    assert second is not None and second.id == first.id
    assert [i.notes for i in harness.calls.log.list()] == ["They called again at 3 pm."]
    window.close()
    again = harness.open()  # a saved, closed call is done: the next opening is a new call
    assert not again.has_input()
    assert again.asked_for_call.answer() is None


def test_yes_and_no_are_real_buttons_and_the_choice_is_said_in_words(
    harness: Harness, qtbot
) -> None:
    window = harness.open()
    question = window.asked_for_call
    assert question.yes.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert question.no.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert question.answer() is None
    qtbot.mouseClick(question.yes, Qt.MouseButton.LeftButton)
    assert question.answer() is True and "your answer" in question.yes.text()
    qtbot.mouseClick(question.no, Qt.MouseButton.LeftButton)
    assert question.answer() is False
    assert not question.yes.isChecked() and "your answer" not in question.yes.text()
    assert "your answer" in question.no.accessibleName()
    qtbot.mouseClick(question.no, Qt.MouseButton.LeftButton)  # a second click keeps the answer
    assert question.answer() is False


def _top_in_window(widget: QWidget, window: QWidget) -> int:
    return widget.mapTo(window, widget.rect().topLeft()).y()


def test_ticking_a_box_moves_neither_the_box_nor_the_action_card(harness: Harness, qtbot) -> None:
    window = harness.open()
    box = window.asked_for.boxes["password"]
    window.checklist_scroll.ensureWidgetVisible(box)
    qtbot.wait(1)  # let the layout settle (posted layout requests), then measure

    def measure() -> tuple[object, ...]:
        QApplication.processEvents()
        return (window.verdict.geometry(), _top_in_window(box, window))

    before = measure()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert headline(window) == "Hang up now. This is a scam."
    assert measure() == before
    window.asked_for_call.no.setChecked(True)
    window.got_email.no.setChecked(True)
    assert measure() == before


def test_recovery_view_locks_the_account_first(
    harness: Harness, browser: RecordingBrowser, qtbot
) -> None:
    window = harness.open()
    qtbot.mouseClick(window.verdict.gave, Qt.MouseButton.LeftButton)
    assert window.recovery.lock.isVisibleTo(window)
    assert "Lock your account first" in window.recovery.lock.text()
    assert window.focusWidget() is window.recovery.lock or not window.isActiveWindow()
    qtbot.mouseClick(window.recovery.lock, Qt.MouseButton.LeftButton)
    assert browser.opened == ["https://support.kraken.com"]
    qtbot.mouseClick(window.recovery.back, Qt.MouseButton.LeftButton)
    assert window.asked_for_call.isVisibleTo(window)
    assert not window.verdict.gave.isChecked()


def test_extra_actions_show_only_when_wired_and_emit_their_signals(harness: Harness, qtbot) -> None:
    window = harness.open()
    card = window.verdict
    assert not card.check_email.isVisibleTo(window) and not card.check_text.isVisibleTo(window)
    assert card.buttons() == [card.hung_up, card.gave]
    window.set_extra_actions_available(True, False)
    assert card.check_email.isVisibleTo(window) and not card.check_text.isVisibleTo(window)
    with qtbot.waitSignal(window.check_email_requested, timeout=1000):
        qtbot.mouseClick(card.check_email, Qt.MouseButton.LeftButton)
    window.set_extra_actions_available(True, True)
    with qtbot.waitSignal(window.check_text_requested, timeout=1000):
        qtbot.mouseClick(card.check_text, Qt.MouseButton.LeftButton)
    assert card.gave.nextInFocusChain() is card.check_email


@pytest.fixture
def double_text(qapp: QApplication) -> Iterator[None]:
    font = qapp.font()
    bigger = QFont(font)
    bigger.setPointSizeF(font.pointSizeF() * 2)
    qapp.setFont(bigger)
    yield
    qapp.setFont(font)


def test_at_200_percent_text_on_1280x800_the_action_card_shows_whole(
    harness: Harness, double_text: None, qtbot
) -> None:
    window = harness.open()
    window.set_extra_actions_available(True, True)
    window.fit_to(QRect(0, 0, 1280, 800 - 32))  # a 1280x800 screen with a panel
    QApplication.processEvents()
    assert window.height() <= 800 and window.width() <= 1280
    window.verdict.show_assessment(window.assessment())
    for verdict_answer in (None, False):  # the calm card and the hang-up card
        if verdict_answer is not None:
            window.asked_for_call.no.setChecked(True)
        QApplication.processEvents()
        card = window.verdict
        assert card.geometry().bottom() < window.views.geometry().top()
        assert window.views.height() >= window.fontMetrics().height() * 3
        for part in (card.headline, card.say, *card.buttons()):
            shown = part.visibleRegion().boundingRect()
            assert shown.size() == part.size(), f"{part.objectName()} is cut off"
            assert part.height() >= part.sizeHint().height() - 1, part.objectName()
