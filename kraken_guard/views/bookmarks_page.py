"""The Bookmarks page: the pinned Kraken Support link, your kraken.com pages, export, protection."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kraken_guard.views.verdict import VerdictBox
from kraken_guard.views.widgets import heading, paragraph

URL_ROLE = Qt.ItemDataRole.UserRole
PINNED_ROLE = Qt.ItemDataRole.UserRole + 1


def _button(text: str, name: str, accessible: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setAutoDefault(False)
    return button


class BookmarksPage(QWidget):
    """Shows bookmarks and what protects them; reports what the person asks for as signals."""

    openRequested = Signal(str)
    addRequested = Signal(str, str)
    removeRequested = Signal(str)
    exportRequested = Signal()
    trustAgainRequested = Signal(str)
    retryRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_bookmarks")
        # Scrolls as a whole, so a large system font never squeezes or clips a part of it.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab stops on the controls, not the page
        inner = QWidget(scroll)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(inner)
        layout.addWidget(heading(self.tr("Bookmarks"), 1.5, self))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Kraken asks you to bookmark support.kraken.com and to use only that "
                    "bookmark. It is built in here and cannot be changed. You can add other "
                    "kraken.com pages, like the sign-in page."
                ),
                self,
            )
        )

        self.problem = VerdictBox(self)
        self.problem.setObjectName("bookmarks_problem")
        layout.addWidget(self.problem)
        self.changed = QListWidget(self)
        self.changed.setObjectName("bookmarks_changed")
        self.changed.setAccessibleName(self.tr("Bookmarks changed outside Kraken Guard"))
        self.trust_again = _button(
            self.tr("&Trust again…"), "bookmarks_trust_again", self.tr("Trust again"), self
        )
        self.discard = _button(
            self.tr("Re&move changed entry…"),
            "bookmarks_discard",
            self.tr("Remove changed entry"),
            self,
        )
        self.retry = _button(
            self.tr("Check a&gain"), "bookmarks_retry", self.tr("Check again"), self
        )
        problem_row = QHBoxLayout()
        for widget in (self.trust_again, self.discard, self.retry):
            problem_row.addWidget(widget)
        problem_row.addStretch(1)
        layout.addWidget(self.changed)
        layout.addLayout(problem_row)

        list_label = QLabel(self.tr("Your &bookmarks:"), self)
        self.list = QListWidget(self)
        self.list.setObjectName("bookmarks_list")
        self.list.setAccessibleName(self.tr("Your bookmarks"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setMinimumHeight(self.fontMetrics().height() * 6)
        list_label.setBuddy(self.list)
        layout.addWidget(list_label)
        layout.addWidget(self.list, 1)
        self.open = _button(self.tr("&Open in browser"), "bookmarks_open", self.tr("Open"), self)
        self.remove = _button(self.tr("&Remove…"), "bookmarks_remove", self.tr("Remove"), self)
        self.export = _button(
            self.tr("&Export to your browser…"), "bookmarks_export", self.tr("Export"), self
        )
        actions = QHBoxLayout()
        for widget in (self.open, self.remove, self.export):
            actions.addWidget(widget)
        actions.addStretch(1)
        layout.addLayout(actions)

        add_box = QGroupBox(self.tr("Add a kraken.com page"), self)
        grid = QGridLayout(add_box)
        url_label = QLabel(self.tr("&Address:"), add_box)
        self.new_url = QLineEdit(add_box)
        self.new_url.setObjectName("bookmarks_new_url")
        self.new_url.setAccessibleName(self.tr("Address of the new bookmark"))
        self.new_url.setPlaceholderText("https://www.kraken.com/sign-in")
        url_label.setBuddy(self.new_url)
        title_label = QLabel(self.tr("&Name:"), add_box)
        self.new_title = QLineEdit(add_box)
        self.new_title.setObjectName("bookmarks_new_title")
        self.new_title.setAccessibleName(self.tr("Name of the new bookmark"))
        title_label.setBuddy(self.new_title)
        self.add = _button(
            self.tr("A&dd bookmark…"), "bookmarks_add", self.tr("Add bookmark"), self
        )
        grid.addWidget(url_label, 0, 0)
        grid.addWidget(self.new_url, 0, 1)
        grid.addWidget(title_label, 1, 0)
        grid.addWidget(self.new_title, 1, 1)
        grid.addWidget(self.add, 2, 1, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(1, 1)
        layout.addWidget(add_box)

        self.protection = VerdictBox(self)
        self.protection.setObjectName("bookmarks_protection")
        layout.addWidget(self.protection)

        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.itemActivated.connect(lambda item: self.openRequested.emit(item.data(URL_ROLE)))
        self.open.clicked.connect(lambda: self._emit_current(self.openRequested))
        self.remove.clicked.connect(lambda: self._emit_current(self.removeRequested))
        self.export.clicked.connect(self.exportRequested)
        self.add.clicked.connect(
            lambda: self.addRequested.emit(self.new_url.text(), self.new_title.text())
        )
        self.new_url.returnPressed.connect(self.add.click)
        self.trust_again.clicked.connect(lambda: self._emit_changed(self.trustAgainRequested))
        self.discard.clicked.connect(lambda: self._emit_changed(self.removeRequested))
        self.retry.clicked.connect(self.retryRequested)
        order = [self.trust_again, self.discard, self.retry, self.list, self.open, self.remove]
        order += [self.export, self.new_url, self.new_title, self.add]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.show_problem(None)

    def set_bookmarks(self, bookmarks: Sequence[tuple[str, str, bool]]) -> None:
        """Each bookmark as (title, url, pinned)."""
        self.list.clear()
        for title, url, pinned in bookmarks:
            text = f"{title}\n{url}"
            if pinned:
                text = self.tr("{title} (built in)\n{url}").format(title=title, url=url)
            item = QListWidgetItem(text, self.list)
            item.setData(URL_ROLE, url)
            item.setData(PINNED_ROLE, pinned)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ", "))
        self.list.setCurrentRow(0)
        self._update_buttons()

    def set_protection(self, kind: str, headline: str, detail: str) -> None:
        self.protection.show_verdict(kind, headline, detail)

    def show_problem(
        self,
        problem: tuple[str, str, str] | None,
        changed: Sequence[str] = (),
        can_retry: bool = False,
    ) -> None:
        """A (kind, headline, text) problem with the changed entries, or None to hide it all."""
        if problem is None:
            self.problem.hide()
        else:
            self.problem.show_verdict(problem[0], problem[1], problem[2])
        self.changed.clear()
        self.changed.addItems(list(changed))
        rows = max(1, min(len(changed), 4))
        self.changed.setFixedHeight(
            max(self.changed.sizeHintForRow(0), self.fontMetrics().height() * 3 // 2) * rows
            + 2 * self.changed.frameWidth()
        )
        if changed:
            self.changed.setCurrentRow(0)
        for widget in (self.changed, self.trust_again, self.discard):
            widget.setVisible(bool(changed))
        self.retry.setVisible(can_retry)

    def _update_buttons(self) -> None:
        item = self.list.currentItem()
        self.open.setEnabled(item is not None)
        self.remove.setEnabled(item is not None and not item.data(PINNED_ROLE))

    def _emit_current(self, signal: SignalInstance) -> None:
        item = self.list.currentItem()
        if item is not None:
            signal.emit(item.data(URL_ROLE))

    def _emit_changed(self, signal: SignalInstance) -> None:
        item = self.changed.currentItem()
        if item is not None:
            signal.emit(item.text())
