"""The guided security setup: a QWizard embedded in the main window, one page per step."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QPushButton,
    QScrollArea,
    QWidget,
    QWizard,
)

from kraken_guard.core.setup.steps import SetupStep
from kraken_guard.views.autostart_offer import AutostartOffer
from kraken_guard.views.design_tokens import TYPE_SCALE
from kraken_guard.views.setup_pages import ClockCheckPage, SummaryPage
from kraken_guard.views.setup_step_page import StepPage
from kraken_guard.views.widgets import has_property, scale_font

CLOCK_CHECK_AFTER = "signin_2fa"


class SetupWizard(QWizard):
    """Shows steps and reports what the person did; the app layer stores and decides."""

    answered = Signal(str, str, str, dict)
    linkRequested = Signal(str)
    exportBookmarksRequested = Signal()
    addOfficialNumberRequested = Signal()
    finishedRequested = Signal()

    def __init__(
        self,
        steps: Sequence[SetupStep],
        min_review_days: int,
        max_review_days: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # Embedded as a page of the main window, not a dialog of its own.
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setObjectName("setup_wizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        for which, name in (
            (QWizard.WizardButton.BackButton, self.tr("Back to the previous step")),
            (QWizard.WizardButton.NextButton, self.tr("Next step")),
            (QWizard.WizardButton.FinishButton, self.tr("Finish")),
        ):
            button = self.button(which)
            if button is not None:
                button.setAccessibleName(name)
        self.step_pages: dict[str, StepPage] = {}
        self.page_ids: dict[str, int] = {}
        for position, step in enumerate(steps, start=1):
            page = StepPage(step, position, len(steps), self)
            page.answered.connect(self.answered)
            page.linkRequested.connect(self.linkRequested)
            page.extraRequested.connect(self._on_extra)
            self.step_pages[step.id] = page
            self.page_ids[step.id] = self.addPage(page)
            if step.id == CLOCK_CHECK_AFTER:
                self.clock_page = ClockCheckPage(self)
                self.page_ids["clock_check"] = self.addPage(self.clock_page)
        self.summary = SummaryPage(min_review_days, max_review_days, self)
        self.page_ids["summary"] = self.addPage(self.summary)
        # Start at login, offered at the end of the setup, inside the summary's scrolling text.
        self.autostart_offer = AutostartOffer(self.summary)
        area = self.summary.findChild(QScrollArea)
        inner = area.widget() if area is not None else None
        content = (inner or self.summary).layout()
        if content is not None:
            content.addWidget(self.autostart_offer)
        self.summary.stepRequested.connect(self.show_step)
        self.currentIdChanged.connect(self._on_page_changed)
        # QWizard only starts (and only then can go forward) once shown or restarted.
        self.restart()
        # QWizard's own title label (outside the pages) keeps a fixed font: let it follow
        # the text size the person chose, like every heading.
        pages = [self.page(page_id) for page_id in self.pageIds()]
        for label in self.findChildren(QLabel):
            if not any(page is not None and page.isAncestorOf(label) for page in pages):
                scale_font(label, TYPE_SCALE["title"], bold=True)

    def current_key(self) -> str:
        for key, page_id in self.page_ids.items():
            if page_id == self.currentId():
                return key
        return ""

    def show_step(self, key: str) -> None:
        """Go to a step by id ("summary" and "clock_check" too), keeping Back working."""
        target = self.page_ids[key]
        order = list(self.page_ids.values())
        if order.index(self.currentId()) > order.index(target):
            self.restart()
        while self.currentId() != target:
            before = self.currentId()
            self.next()
            if self.currentId() == before:  # a page refused to move on: stay there
                break

    def first_control(self) -> QWidget | None:
        """The current step's first control (main window's Ctrl+1 puts the focus there)."""
        page = self.currentPage()
        if isinstance(page, StepPage):
            return page.first_control()
        return None

    def _on_page_changed(self, _page_id: int) -> None:
        page = self.currentPage()
        if not isinstance(page, StepPage):
            return
        # The step's own controls come before Back and Next in the Tab order.
        chain: list[QWidget] = [page.last_control()]
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
        ):
            button = self.button(which)
            if button is not None:
                chain.append(button)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        if self.isVisible():
            # After Next the focus would fall on the window's list of places: put it on the
            # step, once QWizard has finished switching pages.
            QTimer.singleShot(0, page, lambda: self._focus_step(page))

    def _focus_step(self, page: StepPage) -> None:
        if self.currentPage() is page and page.isVisible():
            page.first_control().setFocus(Qt.FocusReason.TabFocusReason)

    def done(self, result: int) -> None:
        # A QWizard closes itself on Finish or Escape; embedded, it stays and says so instead.
        if result == QWizard.DialogCode.Accepted:
            self.finishedRequested.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter goes on (Next, or Finish on the last page) once the step has an answer.

        Embedded in a window, QWizard loses its default button once a button had the focus,
        so Enter did nothing. A list opens its item and a field marked `ownsEnter` (the clock
        code) runs its own action instead. On a step with no answer yet, Enter never skips
        it unread: it presses the focused button, or does nothing.
        """
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            focus = QApplication.focusWidget()
            if isinstance(focus, QAbstractItemView) or (focus and has_property(focus, "ownsEnter")):
                event.accept()
                return
            page = self.currentPage()
            if isinstance(page, StepPage) and page.chosen_status() is None:
                if isinstance(focus, QPushButton) and focus.isEnabled():
                    focus.click()
                event.accept()
                return
            for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton):
                button = self.button(which)
                if button is not None and button.isVisible() and button.isEnabled():
                    button.click()
                    event.accept()
                    return
        super().keyPressEvent(event)

    def _on_extra(self, step_id: str) -> None:
        if step_id == "bookmark":
            self.exportBookmarksRequested.emit()
        elif step_id == "official_number":
            self.addOfficialNumberRequested.emit()
