"""The main window: a list of places on the left, the chosen page on the right, a notice bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)


def first_control(page: QWidget) -> QWidget | None:
    """The first widget of `page` that Tab would stop on, following the page's tab order."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        shown = widget.isVisibleTo(page) and widget.isEnabled()
        if takes_tab and shown and page.isAncestorOf(widget) and widget.focusProxy() is None:
            return widget
        widget = widget.nextInFocusChain()
    return None


class NoticeBar(QWidget):
    """A calm, dismissible message across the top of the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice_bar")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#notice_bar { background: palette(alternate-base); }")
        layout = QHBoxLayout(self)
        self.text = QLabel(self)
        self.text.setObjectName("notice_text")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dismiss = QPushButton(self.tr("&Understood"), self)
        self.dismiss.setObjectName("notice_dismiss")
        self.dismiss.setAccessibleName(self.tr("Dismiss this message"))
        self.dismiss.clicked.connect(self.hide)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_text(self, text: str) -> None:
        self.text.setText(text)
        self.text.setAccessibleName(text)
        self.show()


class MainWindow(QMainWindow):
    """Holds the pages; `hide_on_close` keeps the app in the tray when a tray exists."""

    closedToTray = Signal()
    pageShown = Signal(str)

    def __init__(self, footer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Kraken Guard"))
        self.hide_on_close = False
        self._keys: list[str] = []
        self._builders: dict[str, Callable[[], QWidget]] = {}

        central = QWidget(self)
        outer = QVBoxLayout(central)
        self.notice = NoticeBar(central)
        outer.addWidget(self.notice)
        body = QHBoxLayout()
        outer.addLayout(body, 1)

        self.nav = QListWidget(central)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setSpacing(4)
        self.pages = QStackedWidget(central)
        self.pages.setObjectName("pages")
        body.addWidget(self.nav, 0)
        body.addWidget(self.pages, 1)
        self.nav.currentRowChanged.connect(self._on_row_changed)
        self.setCentralWidget(central)

        self.footer = QLabel(footer, self)
        self.footer.setObjectName("footer")
        self.statusBar().addPermanentWidget(self.footer)
        QShortcut(QKeySequence("Ctrl+0"), self, lambda: self.show_page("home"))
        self._fit_to_screen()

    def add_page(self, key: str, title: str, page: QWidget | Callable[[], QWidget]) -> None:
        """Add (or replace) a page; each scrolls on its own, so large text never clips it.

        `page` may be a function that builds it: the page is then built when first shown (or
        asked for), so the window appears without paying for pages nobody opened yet.
        """
        scroller = QScrollArea(self.pages)
        scroller.setObjectName(f"scroll_{key}")
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        # Tab goes to the controls (the area scrolls to each); the bare area shows no focus.
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if isinstance(page, QWidget):
            self._builders.pop(key, None)
            self._place(key, scroller, page)
        else:
            self._builders[key] = page
        if key in self._keys:
            index = self._keys.index(key)
            old = self.pages.widget(index)
            assert old is not None
            self.pages.insertWidget(index, scroller)
            self.pages.removeWidget(old)
            old.deleteLater()
            item = self.nav.item(index)
            assert item is not None
            item.setText(title)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            return
        self._keys.append(key)
        self.pages.addWidget(scroller)
        item = QListWidgetItem(title, self.nav)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)
        self._fit_navigation()

    @staticmethod
    def _place(key: str, scroller: QScrollArea, page: QWidget) -> None:
        page.setObjectName(page.objectName() or f"page_{key}")
        scroller.setWidget(page)

    def _built(self, index: int) -> QScrollArea:
        """The page's scroll area, with the page built in it if this is its first use."""
        scroller = self.pages.widget(index)
        assert isinstance(scroller, QScrollArea)
        key = self._keys[index]
        build = self._builders.pop(key, None)
        if build is not None:
            self._place(key, scroller, build())
        return scroller

    def _on_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._keys):
            self._built(row)
        self.pages.setCurrentIndex(row)
        if 0 <= row < len(self._keys):
            self.pageShown.emit(self._keys[row])

    def _fit_to_screen(self) -> None:
        # Sized from the font, but never larger than the screen, so big text still shows it all.
        metrics = self.fontMetrics()
        width, height = metrics.averageCharWidth() * 130, metrics.height() * 44
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() * 9 // 10), min(height, room.height() * 9 // 10)
        self.resize(width, height)

    def event(self, event: QEvent) -> bool:
        # A new text size: the list of places widens (or narrows) with it, never clipping.
        if event.type() == QEvent.Type.FontChange and self._keys:
            self._fit_navigation()
        return super().event(event)

    def _fit_navigation(self) -> None:
        # Measured from the font, so a large system font widens the list instead of clipping it.
        width = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 4 * self.nav.spacing()
        self.nav.setFixedWidth(width + self.fontMetrics().averageCharWidth() * 2)

    def built_pages(self) -> list[str]:
        """The pages built so far, in the order of the list of places."""
        return [key for key in self._keys if key not in self._builders]

    def is_built(self, key: str) -> bool:
        """True once the page exists (shown, or asked for through `page()`)."""
        return key in self._keys and key not in self._builders

    def page(self, key: str) -> QWidget:
        """The page for `key`, built now if it was not yet."""
        page = self._built(self._keys.index(key)).widget()
        assert page is not None
        return page

    def current_key(self) -> str:
        return self._keys[self.pages.currentIndex()]

    def show_page(self, key: str) -> None:
        """Switch to a page (a shortcut or a button asked) with the focus on its first control."""
        first_show = not self.is_built(key)
        self.nav.setCurrentRow(self._keys.index(key))
        self.bring_forward()
        page = self.page(key)
        focus = QApplication.focusWidget()
        # A page built just now may have put the focus somewhere of its own (a wizard on its
        # Next button): the first show starts at the first control, like every other page.
        if first_show or focus is None or not page.isAncestorOf(focus):
            # A page may name its own first control (the wizard: the current step's).
            named = getattr(page, "first_control", None)
            first = named() if callable(named) else None
            first = first if isinstance(first, QWidget) else first_control(page)
            if first is not None:
                first.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def reveal(self, widget: QWidget) -> None:
        """Scroll the page that holds `widget` so the widget is in view."""
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(widget)

    def bring_forward(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.hide_on_close:
            event.ignore()
            self.hide()
            self.closedToTray.emit()
        else:
            event.accept()
