import dataclasses
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QListWidget, QWidget

from kraken_guard.app.application import configure_application
from kraken_guard.app.controller import AppController
from kraken_guard.app.services import Services
from kraken_guard.core.paths import AppPaths
from kraken_guard.core.trust.signed_items import KeyUnavailable, Protection, TrustedItems, TrustKey
from tests.fakes import RecordingBrowser, RecordingDialogs
from tests.gui.conftest import build_controller


def bookmark_urls(controller: AppController) -> list[str]:
    page = controller.links.bookmarks_page
    return [page.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.list.count())]


def check_link(controller: AppController, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    page = controller.links.link_page
    page.input.setText(text)
    qtbot.mouseClick(page.check, Qt.MouseButton.LeftButton)


def test_a_lookalike_link_is_named_with_icon_headline_and_reasons(
    controller: AppController, qtbot
) -> None:
    controller.start()
    controller.window.show_page("link")
    check_link(controller, qtbot, "https://support.kraken.com@evil.example")
    result = controller.links.link_page.result
    assert result.isVisible()
    assert "Do not use this link" in result.headline.text()
    assert "evil.example" in result.detail.text()
    assert "@ sign" in result.reasons.text()
    assert "bookmark" in result.next_step.text()
    assert result.icon.pixmap() is not None and not result.icon.pixmap().isNull()


def test_an_official_link_and_pressing_enter(controller: AppController, qtbot) -> None:
    controller.start()
    page = controller.links.link_page
    page.input.setText("support.kraken.com:443")
    qtbot.keyClick(page.input, Qt.Key.Key_Return)
    assert "goes to kraken.com" in page.result.headline.text()
    assert "support.kraken.com" in page.result.detail.text()


def test_the_page_says_never_to_search_for_kraken(controller: AppController) -> None:
    controller.start()
    controller.window.show_page("link")
    assert controller.links.link_page.search_warning.isVisible()
    assert "Never use a search engine" in controller.links.link_page.search_warning.headline.text()


def test_bookmarks_page_shows_the_pinned_link_and_keychain_protection(
    controller: AppController,
) -> None:
    controller.start()
    controller.window.show_page("bookmarks")
    page = controller.links.bookmarks_page
    assert bookmark_urls(controller) == ["https://support.kraken.com"]
    assert "built in" in page.list.item(0).text()
    assert not page.remove.isEnabled()
    assert "system keychain" in page.protection.headline.text()
    assert not page.problem.isVisible()


def test_opening_a_bookmark_goes_through_the_trusted_opener(
    controller: AppController, qtbot, browser: RecordingBrowser
) -> None:
    controller.start()
    controller.window.show_page("bookmarks")
    qtbot.mouseClick(controller.links.bookmarks_page.open, Qt.MouseButton.LeftButton)
    assert browser.opened == ["https://support.kraken.com"]


def test_adding_asks_the_guarded_question_first(
    controller: AppController, qtbot, dialogs: RecordingDialogs
) -> None:
    controller.start()
    controller.window.show_page("bookmarks")
    page = controller.links.bookmarks_page
    page.new_url.setText("https://www.kraken.com/sign-in")
    page.new_title.setText("Sign in")
    qtbot.mouseClick(page.add, Qt.MouseButton.LeftButton)
    assert dialogs.shown[-1][0] == "guarded"
    assert bookmark_urls(controller) == ["https://support.kraken.com"]
    dialogs.answers.append(True)
    qtbot.mouseClick(page.add, Qt.MouseButton.LeftButton)
    assert bookmark_urls(controller)[-1] == "https://www.kraken.com/sign-in"
    assert page.new_url.text() == ""
    page.list.setCurrentRow(1)
    assert page.remove.isEnabled()
    dialogs.answers.append(True)
    qtbot.mouseClick(page.remove, Qt.MouseButton.LeftButton)
    assert bookmark_urls(controller) == ["https://support.kraken.com"]
    assert [kind for kind, *_ in dialogs.shown].count("guarded") == 3


def test_another_host_is_refused_without_asking(
    controller: AppController, qtbot, dialogs: RecordingDialogs
) -> None:
    controller.start()
    controller.window.show_page("bookmarks")
    page = controller.links.bookmarks_page
    page.new_url.setText("https://kraken-support.com")
    qtbot.mouseClick(page.add, Qt.MouseButton.LeftButton)
    assert [kind for kind, *_ in dialogs.shown] == ["warn"]
    assert "kraken.com" in dialogs.texts()
    assert page.new_url.text() == "https://kraken-support.com"


def test_a_tampered_bookmark_is_shown_not_used_and_can_be_removed(
    controller: AppController, services: Services, paths: AppPaths, dialogs: RecordingDialogs, qtbot
) -> None:
    TrustedItems(services.store, services.key_source).add(
        "bookmark", "https://www.kraken.com/fees", note="Fees"
    )
    outside = sqlite3.connect(paths.database)
    outside.execute("UPDATE trusted_items SET value = 'https://kraken-fees.example/'")
    outside.commit()
    outside.close()
    controller.start()
    controller.window.show_page("bookmarks")
    page = controller.links.bookmarks_page
    assert page.problem.isVisible()
    assert "changed outside Kraken Guard" in page.problem.headline.text()
    assert page.changed.item(0).text() == "https://kraken-fees.example/"
    assert bookmark_urls(controller) == ["https://support.kraken.com"]
    qtbot.mouseClick(page.trust_again, Qt.MouseButton.LeftButton)
    dialogs.answers.append(True)
    qtbot.mouseClick(page.trust_again, Qt.MouseButton.LeftButton)
    assert "kraken.com" in dialogs.shown[-1][2]  # refused: another host is never trusted again
    dialogs.answers.append(True)
    qtbot.mouseClick(page.discard, Qt.MouseButton.LeftButton)
    assert not page.problem.isVisible()


def test_export_writes_files_to_the_chosen_folder(
    controller: AppController, dialogs: RecordingDialogs, tmp_path: Path
) -> None:
    controller.start()
    dialogs.files = [tmp_path / "desktop"]
    controller.links.export_action.trigger()
    assert dialogs.shown[0][:2] == ("choose", "Where should the bookmarks go?")
    assert (tmp_path / "desktop" / "kraken-guard-bookmarks.html").exists()
    assert (tmp_path / "desktop" / "Kraken Support.desktop").exists()
    assert dialogs.shown[-1][:2] == ("inform", "Bookmarks saved")
    controller.links.export_bookmarks()  # no file left: the person cancels the chooser
    assert [kind for kind, _, _ in dialogs.shown] == ["choose", "inform", "choose"]


@pytest.fixture
def build(qtbot, qapp: QApplication, services: Services) -> Iterator:  # type: ignore[no-untyped-def]
    built: list[AppController] = []

    def make(**changes: object) -> AppController:
        configure_application(qapp)
        controller = build_controller(qtbot, dataclasses.replace(services, **changes))  # type: ignore[arg-type]
        built.append(controller)
        controller.start()
        controller.window.show_page("bookmarks")
        return controller

    yield make
    for controller in built:
        controller.window.close()


def test_without_a_keychain_the_page_says_so_once_in_plain_words(build) -> None:  # type: ignore[no-untyped-def]
    note = "No system keychain was found on this computer."
    controller = build(key_source=lambda: TrustKey(b"f" * 32, Protection.FILE, note))
    protection = controller.links.bookmarks_page.protection
    assert "keeps its lock key in a file" in protection.headline.text()
    assert note in protection.detail.text()
    assert "GNOME Keyring" in protection.detail.text(), "it says what to do"
    controller.links.refresh()
    assert protection.isVisibleTo(controller.links.bookmarks_page), "kept for this session"
    later = build(key_source=lambda: TrustKey(b"f" * 32, Protection.FILE, note))
    assert not later.links.bookmarks_page.protection.isVisibleTo(later.links.bookmarks_page)


def test_a_locked_keychain_says_cannot_check_and_offers_to_retry(build) -> None:  # type: ignore[no-untyped-def]
    def locked() -> TrustKey:
        raise KeyUnavailable("The system keychain is locked.")

    controller = build(key_source=locked)
    page = controller.links.bookmarks_page
    assert "cannot be checked right now" in page.problem.headline.text()
    assert page.retry.isVisible()
    assert bookmark_urls(controller) == ["https://support.kraken.com"]


def test_pages_name_every_control_for_screen_readers(controller: AppController) -> None:
    controller.start()
    kinds = (QAbstractButton, QLineEdit, QListWidget)
    for key in ("link", "bookmarks"):
        controller.window.show_page(key)
        page = controller.window.page(key)
        widgets = [w for w in page.findChildren(QWidget) if isinstance(w, kinds)]
        assert widgets
        for widget in widgets:
            iface = QAccessible.queryAccessibleInterface(widget)
            assert iface.text(QAccessible.Text.Name).strip(), widget.objectName()
            assert widget.focusPolicy() != Qt.FocusPolicy.NoFocus, widget.objectName()
