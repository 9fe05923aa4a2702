import sqlite3

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QListWidget,
    QWidget,
)

from kraken_guard.app.controller import AppController
from kraken_guard.app.verify_controller import VerifyController
from kraken_guard.core.paths import AppPaths
from kraken_guard.core.phone.check import Verdict
from kraken_guard.views.quick_verify_popup import place_near
from tests.fakes import RecordingDialogs

OFFICIAL = "+1 800 555 0100"


def add_official(verify: VerifyController, dialogs: RecordingDialogs, text: str = OFFICIAL) -> None:
    dialogs.answers.append(True)
    assert verify.add(text, "bottom of support.kraken.com")


def test_page_adds_a_number_after_the_guarded_confirmation(
    controller: AppController, dialogs: RecordingDialogs, qtbot
) -> None:
    controller.start()
    controller.window.show_page("verify")
    page = controller.verify.page
    assert page.numbers.count() == 0
    page.new_number.setText("1-800-KRAKEN1")
    page.new_note.setText("bottom of the page")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)  # refused: no answer queued
    kind, _, change = dialogs.shown[-1]
    assert kind == "guarded" and "+1 800-572-5361" in change
    assert page.numbers.count() == 0 and "Nothing was changed" in page.status.text()
    dialogs.answers.append(True)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.numbers.count() == 1
    item = page.numbers.item(0)
    assert item is not None and "+1 800-572-5361" in item.text()
    assert "bottom of the page" in item.text() and "24 November 2026" in item.text()
    assert page.new_number.text() == ""
    page.verify.field.setText("1 800 572 5361")
    qtbot.keyClick(page.verify.field, Qt.Key.Key_Return)
    assert page.verify.last is not None and page.verify.last.verdict is Verdict.OFFICIAL


def test_page_refuses_a_bad_number_with_the_reason(
    controller: AppController, dialogs: RecordingDialogs, qtbot
) -> None:
    page = controller.verify.page
    page.new_number.setText("555")
    qtbot.keyClick(page.new_number, Qt.Key.Key_Return)
    assert dialogs.shown == [
        (
            "warn",
            "Number not added",
            "It has too few digits to be a phone number. "
            "Check the digits and try again. Copy the number exactly as you see it.",
        )
    ]


def test_page_removes_a_number_after_the_guarded_confirmation(
    controller: AppController, dialogs: RecordingDialogs, qtbot
) -> None:
    add_official(controller.verify, dialogs)
    controller.start()
    controller.window.show_page("verify")
    page = controller.verify.page
    page.numbers.setCurrentRow(0)
    dialogs.answers.append(True)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert dialogs.shown[-1][0] == "guarded" and "Remove +1 800-555-0100" in dialogs.shown[-1][2]
    assert page.numbers.count() == 0
    assert controller.verify.listing().numbers == ()


def test_page_shows_a_tampered_number_as_not_trusted(
    controller: AppController, dialogs: RecordingDialogs, paths: AppPaths, qtbot
) -> None:
    add_official(controller.verify, dialogs)
    outside = sqlite3.connect(paths.database)
    outside.execute("UPDATE trusted_items SET value = '+18885550123' WHERE kind = 'phone'")
    outside.commit()
    outside.close()
    controller.start()
    controller.window.show_page("verify")
    page = controller.verify.page
    item = page.numbers.item(0)
    assert item is not None and item.text().startswith("Not trusted")
    assert page.tamper_warning.isVisible()
    page.verify.field.setText("+1 888 555 0123")
    qtbot.keyClick(page.verify.field, Qt.Key.Key_Return)
    assert page.verify.verdict.headline.text() == "Not Kraken's number — hang up"
    assert "changed outside Kraken Guard" in page.verify.verdict.detail.text()


def test_region_choice_is_saved_and_used(controller: AppController, qtbot) -> None:
    controller.start()
    controller.window.show_page("verify")
    page = controller.verify.page
    index = page.region.findData("GB")
    assert "(GB)" in page.region.itemText(index)
    page.region.setCurrentIndex(index)
    page.region.activated.emit(index)
    assert controller.services.store.get_setting("phone_region") == "GB"
    assert controller.verify.check("020 7946 0958").e164 == "+442079460958"


def test_every_control_on_the_page_is_named_and_focusable(controller: AppController, qtbot) -> None:
    controller.start()
    controller.window.show_page("verify")
    kinds = (QAbstractButton, QLineEdit, QListWidget, QComboBox)
    for root in (controller.verify.page,):
        for widget in root.findChildren(QWidget):
            # The clear button inside a line edit is reached with the keyboard through its field.
            inside_field = isinstance(widget.parent(), QLineEdit)
            if not isinstance(widget, kinds) or not widget.isVisibleTo(root) or inside_field:
                continue
            interface = QAccessible.queryAccessibleInterface(widget)
            assert interface.text(QAccessible.Text.Name), widget.objectName()
            assert widget.focusPolicy() != Qt.FocusPolicy.NoFocus, widget.objectName()


@pytest.mark.parametrize(
    "anchor, inside",
    [
        (QRect(1200, 0, 24, 24), True),  # tray at the top: popup below it
        (QRect(1200, 836, 24, 24), True),  # tray at the bottom: popup above it
        (None, True),
    ],
)
def test_popup_is_placed_by_the_tray_and_on_screen(anchor: QRect | None, inside: bool) -> None:
    screen = QRect(0, 0, 1280, 860)
    size = QSize(500, 300)
    corner = place_near(anchor, size, screen)
    assert screen.contains(QRect(corner, size)) is inside
    if anchor is not None:
        assert abs(corner.x() + size.width() - anchor.right()) < size.width()
        below = anchor.top() < 100
        assert (corner.y() > anchor.bottom()) is below
    else:
        assert corner == QPoint(1280 - 1 - 500 - 8, 860 - 1 - 300 - 8)


def test_a_locked_keychain_shows_cannot_check_and_adding_fails_plainly(
    qtbot, services, dialogs: RecordingDialogs
) -> None:
    from kraken_guard.core.trust.signed_items import KeyUnavailable, TrustedItems, TrustKey
    from tests.gui.conftest import build_controller

    TrustedItems(services.store, services.key_source).add("phone", "+18005550100")

    def locked() -> TrustKey:
        raise KeyUnavailable("The system keychain is locked.")

    services.key_source = locked
    controller = build_controller(qtbot, services)
    controller.start()
    controller.window.show_page("verify")
    page = controller.verify.page
    item = page.numbers.item(0)
    assert item is not None and item.text().startswith("Cannot be checked right now")
    assert page.tamper_warning.isVisible() and "locked" in page.tamper_warning.text()
    page.verify.field.setText("+1 800 555 0100")
    qtbot.keyClick(page.verify.field, Qt.Key.Key_Return)
    assert "cannot be checked right now" in page.verify.verdict.detail.text()
    dialogs.answers.append(True)
    assert not controller.verify.add("+1 800 555 0199", "")
    assert dialogs.shown[-1][1] == "Nothing was changed"
    assert "locked" in dialogs.shown[-1][2]


def test_a_number_removed_elsewhere_stops_being_official_soon(
    controller: AppController, dialogs: RecordingDialogs, monkeypatch
) -> None:
    from kraken_guard.app import verify_controller
    from kraken_guard.core.trust.signed_items import TrustedItems

    clock = [100.0]
    monkeypatch.setattr(verify_controller.time, "monotonic", lambda: clock[0])
    add_official(controller.verify, dialogs)
    assert controller.verify.check(OFFICIAL).verdict is Verdict.OFFICIAL
    services = controller.services
    TrustedItems(services.store, services.key_source).remove("phone", "+18005550100")
    clock[0] += verify_controller.LISTING_TTL_S + 1
    assert controller.verify.check(OFFICIAL).verdict is Verdict.NO_OFFICIAL_NUMBER


def test_the_check_box_reads_a_local_number_in_the_saved_numbers_country(
    controller: AppController, dialogs: RecordingDialogs
) -> None:
    # Kraken's UK number saved; the person's region is the US. A UK text writes the number the
    # UK way (020 ...), which only the saved number's country can read.
    add_official(controller.verify, dialogs, "+44 20 7946 0958")
    box = controller.home_check
    box.set_text("Kraken Support here. Call us back on 020 7946 0958.")
    result = box.run_check()
    [number] = [item for item in result.items if item.kind.value == "number"]
    assert str(number.standing) == "official"
