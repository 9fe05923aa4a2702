"""Adapts the message check to the check box: the tray popup, Home, and the call window."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QWidget

from kraken_guard.views.check_box import CheckBox

if TYPE_CHECKING:  # the message check and the popup load on first use, not with the window
    from kraken_guard.core.messages.check import MessageCheck
    from kraken_guard.core.phone.check import NumberCheck
    from kraken_guard.views.quick_verify_popup import QuickCheckPopup

Anchor = Callable[[], QRect | None]


def _clipboard_text() -> str:
    clipboard = QGuiApplication.clipboard()
    return clipboard.text() if clipboard is not None else ""


class CheckController(QObject):
    """Owns the tray popup; `new_box()` gives Home its own box on the same check.

    `check_number` is the app's number check (official list and scam reports wired in),
    `region` says how to read numbers written without a +, and `also_regions` gives the saved
    official numbers, so numbers written as in their countries are found too.
    """

    def __init__(
        self,
        check_number: Callable[[str], NumberCheck],
        region: Callable[[], str],
        open_support: QAction,
        *,
        anchor: Anchor = lambda: None,
        show_numbers_page: Callable[[], None] = lambda: None,
        clipboard_text: Callable[[], str] = _clipboard_text,
        language: str = "en",
        also_regions: Callable[[], Sequence[str]] = tuple,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._also_regions = also_regions
        self._language = language
        self._check_number = check_number
        self._region = region
        self._open_support = open_support
        self._anchor = anchor
        self._show_numbers_page = show_numbers_page
        self._clipboard_text = clipboard_text
        self.popup: QuickCheckPopup | None = None
        self.tray_action = QAction(self.tr("&Check a number, link or message…"), self)
        self.tray_action.setObjectName("action_quick_check")
        self.tray_action.setToolTip(
            self.tr("Paste what you were given into a small window by the tray.")
        )
        self.tray_action.triggered.connect(lambda: self.open_popup())

    def check(self, text: str) -> MessageCheck:
        """The one check behind every box: each item, what it asks, one verdict."""
        from kraken_guard.core.messages.check import check_message

        return check_message(
            text,
            region=self._region(),
            check_number=self._check_number,
            language=self._language,
            also_regions=self._also_regions,
        )

    def new_box(self, parent: QWidget | None = None) -> CheckBox:
        """A check box for another screen (Home), checking with the same engines."""
        return CheckBox(self.check, parent)

    def open_popup(self, text: str = "", anchor: QRect | None = None) -> QuickCheckPopup:
        """Open the small window. With `text` (from the call window) it is checked at once;
        without, the clipboard fills it when it holds a number, link, address or account."""
        from kraken_guard.core.messages.extract import worth_prefilling

        if self.popup is None:
            from kraken_guard.views.quick_verify_popup import QuickCheckPopup

            self.popup = QuickCheckPopup(self.check, [self._open_support])
            self.popup.openPageRequested.connect(lambda: self._show_numbers_page())
        if text:
            self.popup.open_near(anchor or self._anchor(), text, check_now=True)
            return self.popup
        clipboard = self._clipboard_text()
        prefill = clipboard.strip() if worth_prefilling(clipboard) else ""
        self.popup.open_near(anchor or self._anchor(), prefill)
        return self.popup

    def shutdown(self) -> None:
        if self.popup is not None:
            self.popup.deleteLater()
            self.popup = None
