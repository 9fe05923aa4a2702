"""The app's actions, shared by the main window and the tray menu so both offer the same things."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence


@dataclass(frozen=True)
class AppActions:
    setup: QAction
    call: QAction
    verify: QAction
    link: QAction
    open_support: QAction
    show_window: QAction
    quit: QAction

    def features(self) -> list[QAction]:
        """The actions a person looks for, in the order the window and the tray show them."""
        return [self.call, self.verify, self.link, self.setup, self.open_support]


def create_actions(parent: QObject) -> AppActions:
    def make(name: str, text: str, tip: str, shortcut: str | None = None) -> QAction:
        action = QAction(text, parent)
        action.setObjectName(name)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        return action

    return AppActions(
        setup=make(
            "action_setup",
            QCoreApplication.translate("actions", "Security &setup"),
            QCoreApplication.translate(
                "actions", "Turn on every Kraken security feature, step by step."
            ),
            "Ctrl+1",
        ),
        call=make(
            "action_call",
            QCoreApplication.translate("actions", "Someone is &calling me"),
            QCoreApplication.translate("actions", "Open the checklist to use during a call."),
            "Ctrl+2",
        ),
        verify=make(
            "action_verify",
            QCoreApplication.translate("actions", "&Verify a phone number…"),
            QCoreApplication.translate(
                "actions", "Check if a number is the one on support.kraken.com."
            ),
            "Ctrl+3",
        ),
        link=make(
            "action_link",
            QCoreApplication.translate("actions", "Check a &link…"),
            QCoreApplication.translate("actions", "Check if a link really goes to kraken.com."),
            "Ctrl+4",
        ),
        open_support=make(
            "action_open_support",
            QCoreApplication.translate("actions", "&Open Kraken Support"),
            QCoreApplication.translate("actions", "Open support.kraken.com in your browser."),
            "Ctrl+5",
        ),
        show_window=make(
            "action_show",
            QCoreApplication.translate("actions", "Show &Kraken Guard"),
            QCoreApplication.translate("actions", "Show the main window."),
        ),
        quit=make(
            "action_quit",
            QCoreApplication.translate("actions", "&Quit"),
            QCoreApplication.translate("actions", "Close Kraken Guard."),
            "Ctrl+Q",
        ),
    )
