"""The small window the tray opens: "Check a number, link or message", Enter checks, Esc closes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kraken_guard.views.check_box import CheckBox, CheckText
from kraken_guard.views.widgets import paragraph


def place_near(anchor: QRect | None, size: QSize, screen: QRect) -> QPoint:
    """Top-left corner for a window of `size` next to `anchor` (the tray icon), on `screen`."""
    margin = 8
    if anchor is None or anchor.isEmpty() or not screen.intersects(anchor):
        return QPoint(
            screen.right() - size.width() - margin, screen.bottom() - size.height() - margin
        )
    below = anchor.center().y() < screen.center().y()
    y = anchor.bottom() + margin if below else anchor.top() - size.height() - margin
    x = anchor.center().x() - size.width() // 2
    x = max(screen.left() + margin, min(x, screen.right() - size.width() - margin))
    y = max(screen.top() + margin, min(y, screen.bottom() - size.height() - margin))
    return QPoint(x, y)


class QuickCheckPopup(QWidget):
    """A tool window by the tray; `openPageRequested` asks for the numbers page in the window."""

    openPageRequested = Signal()

    def __init__(
        self,
        check: CheckText,
        actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("quick_check_popup")
        self.setWindowTitle(self.tr("Check a number, link or message"))
        self.setAccessibleName(self.tr("Check a number, link or message"))
        layout = QVBoxLayout(self)
        self.box = CheckBox(check, self)
        # The box scrolls when a long verdict at large text would not fit on the screen; the
        # verdict comes first in it, so what to do now is seen without scrolling.
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("quick_check_scroll")
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller.setWidget(self.box)
        layout.addWidget(self.scroller)
        row = QHBoxLayout()
        self.buttons: list[QPushButton] = []
        for action in actions:
            button = QPushButton(action.text(), self)
            button.setAccessibleName(action.text().replace("&", ""))
            button.setAutoDefault(False)
            button.clicked.connect(action.trigger)
            self.buttons.append(button)
        self.more = QPushButton(self.tr("&Manage numbers…"), self)
        self.more.setObjectName("popup_more")
        self.more.setAccessibleName(self.tr("Open the full page to manage your numbers"))
        self.more.setAutoDefault(False)
        self.more.clicked.connect(self._open_page)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("popup_close")
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        for button in (*self.buttons, self.more):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        hint = paragraph(self.tr("Press Enter to check. Press Esc to close."), self)
        layout.addWidget(hint)
        # The window follows its content: it grows when a verdict appears and never has gaps.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        previous: QWidget = self.box.items
        for button in (*self.buttons, self.more, self.close_button):
            QWidget.setTabOrder(previous, button)
            previous = button
        self.box.checked.connect(lambda _result: self._fit())
        self.box.items.currentRowChanged.connect(lambda _row: self._fit())

    def _fit(self) -> None:
        """Size the window to its content, within the screen, at the text size now in use.

        Wrapped labels learn their real width on the first pass and the height that width
        needs on the second, so one pass leaves a line cut off.
        """
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)
        width = min(self.fontMetrics().averageCharWidth() * 72, room.width() * 9 // 10)
        self.box.setFixedWidth(width)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        for _ in range(2):
            box_layout = self.box.layout()
            if box_layout is not None:
                box_layout.invalidate()
                box_layout.activate()
            self.box.adjustSize()
        others = self._height_besides_the_box()
        tallest = max(room.height() * 17 // 20 - others, self.fontMetrics().height() * 8)
        needed = self.box.sizeHint().height()
        self.scroller.setFixedSize(width + (bar if needed > tallest else 0), min(needed, tallest))
        layout = self.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()
        self.adjustSize()

    def open_near(self, anchor: QRect | None, text: str = "", *, check_now: bool = False) -> None:
        """Show by the tray with the box focused, holding `text` (selected: typing replaces it)."""
        if text:
            self.box.set_text(text, select=not check_now)
            if check_now:
                self.box.run_check()
        self._fit()
        screen = QGuiApplication.screenAt(anchor.center()) if anchor else None
        screen = screen or QGuiApplication.primaryScreen()
        if screen is not None:
            self.move(place_near(anchor, self.sizeHint(), screen.availableGeometry()))
        self.show()
        self.raise_()
        self.activateWindow()
        self.box.field.setFocus(Qt.FocusReason.PopupFocusReason)

    def _height_besides_the_box(self) -> int:
        """The buttons, the hint and the margins: what the screen must hold beside the box."""
        layout = self.layout()
        if layout is None:
            return 0
        margins = layout.contentsMargins()
        total = margins.top() + margins.bottom()
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item is not None and item.widget() is not self.scroller:
                total += item.sizeHint().height() + layout.spacing()
        return total

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.box.clear_result()
        super().closeEvent(event)

    def _open_page(self) -> None:
        self.close()
        self.openPageRequested.emit()
