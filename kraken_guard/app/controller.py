"""Wires the core to the window, the tray and the actions; holds no logic of its own."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from kraken_guard.app.actions import AppActions, create_actions
from kraken_guard.app.appearance import Appearance
from kraken_guard.app.application import tray_icon
from kraken_guard.app.check_controller import CheckController
from kraken_guard.app.dates import long_date
from kraken_guard.app.language import offer_language_choice
from kraken_guard.app.opener import TrustedOpener
from kraken_guard.app.tray import Tray
from kraken_guard.app.trust_watch import TrustWatch
from kraken_guard.core.content import content_reviewed_on
from kraken_guard.views.home_page import HomePage
from kraken_guard.views.main_window import MainWindow

if TYPE_CHECKING:  # what the first frame does not need loads when it is used
    from datetime import datetime

    from kraken_guard.app.autostart_setting import AutostartSetting
    from kraken_guard.app.call_controller import CallController
    from kraken_guard.app.email_controller import EmailController
    from kraken_guard.app.keychain_notice import KeychainNotice
    from kraken_guard.app.links_controller import LinksController
    from kraken_guard.app.services import Services
    from kraken_guard.app.setup_controller import SetupController
    from kraken_guard.app.verify_controller import VerifyController
    from kraken_guard.core.trust.report import TrustReport
    from kraken_guard.views.setup_wizard import SetupWizard

log = logging.getLogger(__name__)

TRAY_NOTICE_SETTING = "tray_notice_shown"


class _DropForwarder(QObject):
    """Hands a file dragged onto the main window to the email check, built at the first drag."""

    KINDS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)

    def __init__(self, target: Callable[[], QObject], parent: QObject) -> None:
        super().__init__(parent)
        self._target = target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.KINDS and isinstance(event, QDropEvent):
            mime = event.mimeData()
            if mime is not None and mime.hasUrls():
                return self._target().eventFilter(watched, event)
        return super().eventFilter(watched, event)


class AppController(QObject):
    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.opener = TrustedOpener(services.open_url, services.dialogs)
        self.actions: AppActions = create_actions(self)
        app = QCoreApplication.instance()
        self.appearance: Appearance | None = None
        if isinstance(app, QApplication):  # the theme first: no widget is polished twice
            self.appearance = Appearance(app, services.store, self)
        reviewed = content_reviewed_on()
        self.window = MainWindow(
            self.tr("Advice last checked against Kraken's support pages on {date}.").format(
                date=long_date(reviewed)
            )
        )
        self.window.addActions([*self.actions.features(), self.actions.quit])
        if self.appearance is not None:
            self.window.menuBar().addMenu(self.appearance.menu(self.window))
        self.home = HomePage(self.actions.features(), self.window)
        self.language_choice = offer_language_choice(self.home, services.store)
        self.window.add_page("home", self.tr("Home"), self.home)
        self._add_feature_pages()
        features = self.actions.features()
        self.tray = Tray(
            tray_icon(),
            [
                *[self.check.tray_action if a is self.actions.verify else a for a in features],
                None,
                self.actions.show_window,
                None,
                self.actions.quit,
            ],
            available=services.tray_available,
            parent=self,
        )
        self.reset_key_action = QAction(self.tr("Start again with a new key…"), self)
        self.reset_key_action.setObjectName("action_reset_key")
        self.reset_key_action.setToolTip(
            self.tr("Make a new key and remove your saved numbers and bookmarks.")
        )
        self.reset_key_action.triggered.connect(self.reset_key)
        self.trust_watch = TrustWatch(services.store, services.key_source, self)
        self.trust_watch.reportReady.connect(self.show_trust_report)
        # Check again whenever Home comes back, so a mended entry clears the warning.
        self.window.pageShown.connect(self._on_page_shown)
        self._connect()
        if self.appearance is not None:  # the panel follows the desktop, not our override
            self.appearance.systemSchemeChanged.connect(lambda: self.tray.set_icon(tray_icon()))
        self.refresh_status()

    def _add_feature_pages(self) -> None:
        # Each page and its controller is built on first use (shown, asked for, or needed by
        # another feature): the nav lists every place from the start, the window appears sooner.
        self._notice: KeychainNotice | None = None
        self._verify: VerifyController | None = None
        self._calls: CallController | None = None
        self._links: LinksController | None = None
        self._emails: EmailController | None = None
        self._setup: SetupController | None = None
        self._autostart: AutostartSetting | None = None
        self.check = CheckController(
            lambda text: self.verify.check(text),
            lambda: self.verify.region,
            self.actions.open_support,
            anchor=self._tray_anchor,
            show_numbers_page=lambda: self.window.show_page("verify"),
            language=self.services.language,
            # The saved numbers' countries, for numbers written without +: read only when a
            # text holds enough digits, so a link-only check never reaches the keychain.
            also_regions=lambda: self.verify.listing().e164s(),
            parent=self,
        )
        self.window.add_page("call", self.tr("Someone is calling me"), lambda: self.calls.page)
        self.window.add_page("verify", self.tr("Verify a phone number"), lambda: self.verify.page)
        self.window.add_page("link", self.tr("Check a link"), lambda: self.links.link_page)
        self.window.add_page("bookmarks", self.tr("Bookmarks"), lambda: self.links.bookmarks_page)
        self.window.add_page("email", self.tr("Check an email"), lambda: self.emails.page)
        # A file dropped anywhere on the window is checked on the email page (built then).
        self.window.setAcceptDrops(True)
        self.window.installEventFilter(_DropForwarder(lambda: self.emails, self))
        # Home's second thing: one box for whatever a caller or message gave (under the call card).
        self.home_check = self.check.new_box(self.home)
        self.home_check.setObjectName("home_check_box")
        self.home.add_top_widget(self.home_check)
        self.window.add_page("setup", self.tr("Security setup"), lambda: self.setup.wizard)

    @property
    def keychain_notice(self) -> KeychainNotice:
        """One notice for the number and bookmark pages, so it is said once."""
        if self._notice is None:
            from kraken_guard.app.keychain_notice import KeychainNotice

            self._notice = KeychainNotice(self.services.store)
        return self._notice

    @property
    def verify(self) -> VerifyController:
        if self._verify is None:
            from kraken_guard.app.verify_controller import VerifyController

            self._verify = VerifyController(
                self.services,
                self.actions.open_support,
                self.window,
                keychain_notice=self.keychain_notice,
                # A number saved as a scam caller in the incident log is reported by the check.
                scam_reports=self._scam_report_for,
                parent=self,
            )
        return self._verify

    def _scam_report_for(self, e164: str) -> datetime | None:
        from kraken_guard.core.call.incidents import last_scam_report

        return last_scam_report(self.services.store, e164)

    @property
    def calls(self) -> CallController:
        if self._calls is None:
            from kraken_guard.app.call_controller import CallController

            self._calls = CallController(
                self.services,
                self.opener,
                self.actions.call,
                check_number=lambda text: self.verify.check(text),
                parent=self,
            )
            self._calls.offer_checks(
                check_email=lambda parent: self.emails.open_for_call(parent),
                check_text=lambda: self.check.open_popup(),
                accept_email_drops=self._accept_call_drops,
            )
        return self._calls

    def _accept_call_drops(self, widget: QWidget) -> None:
        """The call window takes a dropped email; the email check loads with the first drag.

        Building it with the window would add ~50 ms to the first open of the call window.
        """
        widget.setAcceptDrops(True)

        def target() -> QObject:
            emails = self.emails
            emails.add_call_drop_target(widget)
            return emails

        widget.installEventFilter(_DropForwarder(target, widget))

    @property
    def links(self) -> LinksController:
        if self._links is None:
            from kraken_guard.app.links_controller import LinksController

            self._links = LinksController(
                self.services.store,
                self.services.key_source,
                self.services.dialogs,
                self.opener,
                self.services.now,
                self.window,
                self.services.language,
                self.keychain_notice,
            )
        return self._links

    @property
    def emails(self) -> EmailController:
        if self._emails is None:
            from kraken_guard.app.email_controller import EmailController

            emails = EmailController(
                self.services.store,
                self.services.key_source,
                self.services.dialogs,
                self.services.now,
                self.window,
                show_page=lambda: self.window.show_page("email"),
                language=self.services.language,
            )
            emails.scam_reports = self._scam_report_for
            emails.callEmailChecked.connect(lambda verdict: self.calls.email_checked(verdict))
            self._emails = emails
        return self._emails

    @property
    def setup(self) -> SetupController:
        if self._setup is None:
            from kraken_guard.app.setup_controller import SetupController

            setup = SetupController(
                self.services.store,
                self.services.now,
                self.opener,
                self.services.dialogs,
                parent=self.window,
                language=self.services.language,
                on_wizard_built=self._wire_wizard,
            )
            setup.statusChanged.connect(self.refresh_status)
            self._setup = setup
        return self._setup

    def _wire_wizard(self, wizard: SetupWizard) -> None:
        from kraken_guard.app.autostart_setting import AutostartSetting

        wizard.exportBookmarksRequested.connect(lambda: self.links.export_bookmarks())
        wizard.addOfficialNumberRequested.connect(self._add_official_number)
        self._autostart = AutostartSetting(
            wizard.autostart_offer,
            self.services.autostart,
            self.services.store,
            self.services.dialogs,
            parent=self,
        )
        wizard.finishedRequested.connect(self._autostart.finished)
        wizard.finishedRequested.connect(lambda: self.window.show_page("home"))

    @property
    def autostart(self) -> AutostartSetting:
        """The start-at-login box on the wizard's last page (made with the wizard)."""
        self.setup.wizard  # noqa: B018  (building it makes the setting)
        assert self._autostart is not None
        return self._autostart

    def _connect(self) -> None:
        a = self.actions
        a.setup.triggered.connect(lambda: self.window.show_page("setup"))
        a.call.triggered.connect(lambda: self.calls.open_window())
        a.verify.triggered.connect(lambda: self.window.show_page("verify"))
        a.link.triggered.connect(lambda: self.window.show_page("link"))
        a.open_support.triggered.connect(self._open_support)
        a.show_window.triggered.connect(self.window.bring_forward)
        a.quit.triggered.connect(self.quit)
        self.tray.primaryActivated.connect(lambda: self.check.open_popup())
        self.window.closedToTray.connect(self._on_closed_to_tray)

    def _open_support(self) -> None:
        from kraken_guard.core.links.check import SUPPORT_URL

        self.opener.open(SUPPORT_URL, self.window)

    def start(self, message: str = "show", in_tray: bool = False) -> None:
        """Show the window; with `in_tray` (start at login) only the tray icon, if there is one."""
        has_tray = self.tray.start()
        self.tray.set_tooltip(self._tooltip)  # the tray icon exists only now
        self.window.hide_on_close = has_tray
        app = QCoreApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(not has_tray)
            QCoreApplication.setQuitLockEnabled(not has_tray)
        if in_tray and has_tray:
            self.trust_watch.start()
            return
        self.window.show()
        if not has_tray and self.services.store.get_setting(TRAY_NOTICE_SETTING) != "1":
            self.window.notice.show_text(
                self.tr(
                    "Your desktop has no system tray, so Kraken Guard has no tray icon. "
                    "Everything is here in this window. Closing the window quits the app."
                )
            )
            self.services.store.set_setting(TRAY_NOTICE_SETTING, "1")
        self.handle_message(message)
        self.trust_watch.start()

    def _on_page_shown(self, key: str) -> None:
        if key == "home":
            self.trust_watch.start(0)
        elif key == "setup":
            self.autostart.refresh()
        elif key == "bookmarks":
            self.links.ensure_loaded()

    def show_trust_report(self, report: TrustReport) -> None:
        """Say on the home page when saved numbers or bookmarks cannot be trusted."""
        from kraken_guard.core.trust.report import (
            TAMPERED_DETAIL,
            TAMPERED_HEADLINE,
            UNCHECKED_DETAIL,
            UNCHECKED_HEADLINE,
        )

        tr = QCoreApplication.translate
        if report.tampered:
            self.home.set_alert(
                tr("trust_report", TAMPERED_HEADLINE),
                tr("trust_report", TAMPERED_DETAIL).format(count=report.tampered),
            )
        elif report.unchecked or report.problem:
            self.home.set_alert(
                tr("trust_report", UNCHECKED_HEADLINE),
                tr("trust_report", UNCHECKED_DETAIL).format(problem=tr("trusted", report.problem)),
                self.reset_key_action if report.can_start_over else None,
            )
        else:
            self.home.set_alert("", "")

    def reset_key(self) -> None:
        """Make a new key and remove every saved item, after the typed word (never by itself)."""
        from kraken_guard.core.trust.signed_items import KeyUnavailable, TrustedItems, replace_key

        dialogs = self.services.dialogs
        title = self.tr("Start again with a new key")
        change = self.tr(
            "Make a new key and remove every saved number and bookmark. Then add Kraken's "
            "number again from the bottom of support.kraken.com."
        )
        if not dialogs.confirm_guarded(self.window, title, change):
            return
        try:
            new_key = replace_key(self.services.paths.key_file)
            removed = TrustedItems(
                self.services.store, lambda: new_key, self.services.now
            ).start_over(new_key)
        except (KeyUnavailable, OSError, sqlite3.Error) as error:
            note = error.note if isinstance(error, KeyUnavailable) else str(error)
            dialogs.warn(
                self.window,
                title,
                self.tr("Nothing was changed: {reason}").format(
                    reason=QCoreApplication.translate("trusted", note)
                ),
            )
            return
        forget = getattr(self.services.key_source, "forget", None)
        if callable(forget):
            forget()
        if self._verify is not None:
            self._verify.forget_key()
        if self._links is not None:
            self._links.forget_key()
        dialogs.inform(
            self.window,
            title,
            self.tr(
                "Done: a new key was made and {count} saved items were removed. Add Kraken's "
                "number again from the bottom of support.kraken.com."
            ).format(count=len(removed)),
        )
        self.trust_watch.start(0)

    def handle_message(self, message: str) -> None:
        """Act on a request from the command line of this or a second launch."""
        pages = {"verify": "verify", "setup": "setup", "link": "link"}
        if message == "call":
            self.calls.open_window()
        elif message in pages:
            self.window.show_page(pages[message])
        else:
            self.window.bring_forward()

    def refresh_status(self) -> None:
        status = self.setup.status_text()
        call_hint = self.tr(
            "If someone calls saying they are Kraken Support, press “Someone is calling me”."
        )
        self.home.set_status(status.headline, status.detail or call_hint, status.next_step)
        progress = self.setup.progress.status()
        self.home.set_progress(progress.done, progress.total)
        self._tooltip = status.tooltip
        self.tray.set_tooltip(status.tooltip)

    def _on_closed_to_tray(self) -> None:
        if self.services.store.get_setting("closed_to_tray_told") != "1":
            self.tray.notify(
                self.tr("Kraken Guard is still running"),
                self.tr("It stays in the tray. Choose Quit from its menu to close it."),
            )
            self.services.store.set_setting("closed_to_tray_told", "1")

    def _add_official_number(self) -> None:
        self.window.show_page("verify")
        self.window.reveal(self.verify.page.new_number)
        self.verify.page.new_number.setFocus(Qt.FocusReason.OtherFocusReason)

    def _tray_anchor(self) -> QRect | None:
        icon = self.tray.icon
        return icon.geometry() if icon is not None and icon.isVisible() else None

    def quit(self) -> None:
        if (
            self._calls is not None
            and self._calls.has_unsaved_call()
            and not self.services.dialogs.confirm(
                self.calls.window,
                self.tr("Quit Kraken Guard?"),
                self.tr(
                    "This call is not saved yet. Save it first if you want a record for a Kraken "
                    "ticket or a report."
                ),
                self.tr("Quit without saving"),
            )
        ):
            self.calls.open_window()
            return
        if self._calls is not None:
            self._calls.shutdown()
        self.tray.stop()
        QCoreApplication.quit()

    def shutdown(self) -> None:
        """Delete the parentless windows while Qt still runs: Python's exit order can crash."""
        self.trust_watch.stop()
        if self._calls is not None:
            self._calls.shutdown()
        self.tray.stop()
        self.tray.menu.deleteLater()
        self.check.shutdown()
        self.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
