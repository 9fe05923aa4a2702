"""The "Check an email" page: open, paste, drop, add Kraken's key, the call window's check."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QAccessible, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from kraken_guard.app.controller import AppController
from tests.email_corpus.build_corpus import HERE
from tests.email_corpus.signing import NO_PROVIDER_TOP, signed_email, signing_key
from tests.fakes import RecordingDialogs
from tests.gui.test_main_window import interactive_widgets


def test_the_page_is_in_the_navigation(controller: AppController) -> None:
    controller.start()
    titles = [controller.window.nav.item(i).text() for i in range(controller.window.nav.count())]
    assert "Check an email" in titles
    controller.window.show_page("email")
    assert controller.emails.page.isVisible()
    assert "Show original" in controller.emails.page.how_to.text()


def test_an_opened_forgery_leads_with_do_not_act(
    controller: AppController, dialogs: RecordingDialogs
) -> None:
    controller.start()
    dialogs.files.append(HERE / "forged_display_name_on_gmail.eml")
    controller.emails.page.open_file.click()
    result = controller.emails.page.result
    assert result.headline.text().startswith("Do not act on this email. It is not from Kraken.")
    assert "gmail.com" in result.reasons.text()
    assert result.kind == "danger"
    shown = controller.emails.page.findings.text().replace("\u200b", "")
    assert "kraken.support.desk@gmail.com: Not from Kraken." in shown


def test_a_pasted_genuine_source_says_strong_but_not_proof(
    controller: AppController, qtbot
) -> None:
    controller.start()
    page = controller.emails.page
    page.source.setPlainText((HERE / "genuine_icloud.eml").read_text(encoding="utf-8"))
    with qtbot.waitSignal(controller.emails.verdictReady) as signal:
        qtbot.mouseClick(page.check, Qt.MouseButton.LeftButton)
    assert signal.args == ["passed_provider_checks"]
    assert "not proof" in page.result.headline.text()
    assert "safe" not in page.result.headline.text().lower()


def test_bad_input_shows_a_clear_message(controller: AppController, tmp_path: Path) -> None:
    controller.start()
    picture = tmp_path / "photo.eml"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    controller.emails.check_file(picture)
    result = controller.emails.page.result
    assert result.headline.text() == "This could not be checked"
    assert "picture" in result.detail.text()
    controller.emails.check_text("")
    assert "empty" in result.detail.text()


def _drop(target, path: Path) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    point = QPoint(10, 10)
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(target, drop)
    assert drop.isAccepted()


def test_a_file_dropped_on_the_main_window_is_checked_on_the_page(
    controller: AppController,
) -> None:
    controller.start()
    controller.window.show_page("home")
    _drop(controller.window, HERE / "forged_lookalike_sender.eml")
    assert controller.window.current_key() == "email"
    assert "krakem.com" in controller.emails.page.result.reasons.text()


def test_a_file_dropped_on_the_page_is_checked(controller: AppController) -> None:
    controller.start()
    assert not controller.emails.page.source.acceptDrops()  # the paste box passes drops on
    _drop(controller.emails.page, HERE / "unclear_forwarded.eml")
    assert "This is a forward" in controller.emails.page.result.reasons.text()


def test_a_key_that_is_not_krakens_is_refused(
    controller: AppController, dialogs: RecordingDialogs, tmp_path: Path
) -> None:
    controller.start()
    key_file = tmp_path / "kraken.asc"
    key_file.write_text(signing_key().public_armored)
    dialogs.files.append(key_file)
    controller.emails.page.add_key.click()
    assert dialogs.shown[-1][0] == "warn"
    assert "not Kraken's" in dialogs.shown[-1][2]
    assert "not added yet" in controller.emails.page.key_status.text()


def test_krakens_key_is_added_after_the_guarded_question_and_then_used(
    controller: AppController,
    dialogs: RecordingDialogs,
    tmp_path: Path,
) -> None:
    key = signing_key()
    controller.emails.keys.pin(key.fingerprint, source="test")  # the CLI's `kraken-key pin`
    controller.start()
    key_file = tmp_path / "kraken.asc"
    key_file.write_text(key.public_armored)
    dialogs.files.append(key_file)
    dialogs.answers.append(True)
    controller.emails.page.add_key.click()
    assert dialogs.shown[-1][0] == "guarded"
    assert "is added" in controller.emails.page.key_status.text()
    mail = tmp_path / "signed.eml"
    mail.write_bytes(signed_email(key, top=NO_PROVIDER_TOP))
    result = controller.emails.check_file(mail)
    assert result is not None and result.verdict == "signed_by_kraken"


def test_the_call_window_can_check_its_confirmation_email(controller: AppController, qtbot) -> None:
    controller.start()
    dialog = controller.emails.open_for_call()
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    with qtbot.waitSignal(controller.emails.callEmailChecked) as signal:
        controller.emails.check_file(
            HERE / "forged_reply_to_elsewhere.eml", controller.emails.call_page
        )
    assert signal.args == ["not_from_kraken"]
    assert "the call is a scam" in controller.emails.call_page.result.reasons.text()
    dialog.close()


def test_the_online_check_runs_only_when_pressed(controller: AppController, qtbot) -> None:
    asked: list[bytes] = []

    def lookup(name: bytes, timeout: int = 5) -> bytes | None:
        asked.append(name)
        return None

    controller.emails._dkim_lookup = lookup
    controller.start()
    source = (HERE / "unclear_no_authentication_results.eml").read_text(encoding="utf-8")
    signature = (
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=kraken.com; s=google; "
        "h=from:to:subject; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=AAAA\n"
    )
    controller.emails.check_text(signature + source)
    page = controller.emails.page
    assert not asked and page.online.isVisibleTo(page)
    with qtbot.waitSignal(controller.emails.verdictReady, timeout=10_000):
        page.online.click()
    assert asked == [b"google._domainkey.kraken.com."]
    assert "online" in page.result.reasons.text()
    assert page.result.headline.text().startswith("Do not act on this email yet.")


def test_every_control_has_a_name_for_screen_readers(controller: AppController) -> None:
    controller.start()
    controller.window.show_page("email")
    for widget in interactive_widgets(controller.emails.page):
        iface = QAccessible.queryAccessibleInterface(widget)
        assert iface.text(QAccessible.Text.Name).strip(), widget.objectName()
        assert widget.focusPolicy() != Qt.FocusPolicy.NoFocus
