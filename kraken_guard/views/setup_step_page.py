"""One wizard page per security step: why, how, a link to Kraken, and the person's answer."""

from __future__ import annotations

import html
import itertools
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from kraken_guard.core.setup.steps import METHODS, AnswerStatus, SetupStep
from kraken_guard.views.design_tokens import space
from kraken_guard.views.verdict import VerdictBox
from kraken_guard.views.widgets import big_button, heading, paragraph, plain

STEP_CONTEXT = "security_features"


def scrolling(page: QWizardPage) -> QVBoxLayout:
    """Give `page` a scroll area so long text stays readable at large font sizes."""
    return scrolling_with_footer(page)[0]


def scrolling_with_footer(page: QWizardPage) -> tuple[QVBoxLayout, QVBoxLayout]:
    """A scrolling area for the text and, below it, a layout that always stays in view."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    area = QScrollArea(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab stops on the controls, not the page
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    inner = QWidget(area)
    area.setWidget(inner)
    area.setMinimumHeight(page.fontMetrics().height() * 9)
    outer.addWidget(area, 1)
    footer = QVBoxLayout()
    outer.addLayout(footer)
    return QVBoxLayout(inner), footer


class WarningBox(VerdictBox):
    """A warning card told by an icon shape, a headline and text, never by colour alone."""

    def __init__(self, headline: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, 1.1)
        self._headline_text = headline
        self.text = self.detail
        self.text.setObjectName("warning_text")

    def show_texts(self, texts: Sequence[str]) -> None:
        if not texts:
            self.clear()
            return
        self.show_verdict("warning", self._headline_text, "\n\n".join(texts))
        self.text.setAccessibleName(self.text.text())


class AnswerButtons(QWidget):
    """Big Done / Not yet / Doesn't apply buttons: each its own Tab stop, one chosen at most.

    Push buttons without a QButtonGroup (which would take the unchosen ones out of the Tab
    order); `toggled(status)` is emitted when the person chooses one.
    """

    toggled = Signal(str)

    def __init__(self, choices: Sequence[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(space(2))
        self.buttons: dict[str, QPushButton] = {}
        for status, text in choices:
            button = big_button(text, f"answer_{status}", plain(text), self)
            button.setCheckable(True)
            button.setAutoDefault(False)  # Enter is the wizard's: it goes on once answered
            button.clicked.connect(lambda _=False, s=status: self.choose(s))
            row.addWidget(button)
            self.buttons[status] = button

    def choose(self, status: str | None, emit: bool = True) -> None:
        for key, button in self.buttons.items():
            button.setChecked(key == status)
            name = plain(button.text())
            button.setAccessibleName(
                self.tr("{answer} (your answer)").format(answer=name) if key == status else name
            )
        if emit and status is not None:
            self.toggled.emit(status)

    def chosen(self) -> str | None:
        return next((k for k, b in self.buttons.items() if b.isChecked()), None)


class StepPage(QWizardPage):
    """Shows one step; emits `answered` when the person gives a complete answer."""

    answered = Signal(str, str, str, dict)  # step id, AnswerStatus value, reason, detail
    linkRequested = Signal(str)
    extraRequested = Signal(str)  # the step id whose extra button was pressed

    def __init__(
        self, step: SetupStep, position: int, total: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.step = step
        self.setObjectName(f"step_{step.id}")
        translate = QCoreApplication.translate
        title = translate(STEP_CONTEXT, step.title)
        self.setTitle(
            self.tr("Step {n} of {total}: {title}").format(n=position, total=total, title=title)
        )
        layout, footer = scrolling_with_footer(self)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("step_progress")
        self.progress.setRange(0, total)
        self.progress.setValue(position)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(
            self.tr("Step {n} of {total}").format(n=position, total=total)
        )
        self.progress.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.progress)
        layout.addWidget(paragraph(translate(STEP_CONTEXT, step.body), self))
        protects = paragraph(
            self.tr("<b>What it protects you from:</b> {text}").format(
                text=translate(STEP_CONTEXT, step.protects)
            ),
            self,
        )
        protects.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(protects)
        layout.addWidget(heading(self.tr("How to do it"), 1.1, self))
        items = "".join(f"<li>{html.escape(translate(STEP_CONTEXT, t))}</li>" for t in step.steps)
        how = paragraph(f"<ol>{items}</ol>", self)
        how.setTextFormat(Qt.TextFormat.RichText)
        how.setObjectName("how_to")
        layout.addWidget(how)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open this on kraken.com"), self)
        self.open_button.setObjectName("open_in_kraken")
        self.open_button.setAccessibleName(self.tr("Open this on kraken.com"))
        self.open_button.setToolTip(step.link)
        self.open_button.clicked.connect(lambda: self.linkRequested.emit(step.link))
        buttons.addWidget(self.open_button)
        self.extra_button: QPushButton | None = None
        extra = {
            "bookmark": self.tr("E&xport bookmarks…"),
            "official_number": self.tr("&Add the official number…"),
        }.get(step.id)
        if extra:
            self.extra_button = QPushButton(extra, self)
            self.extra_button.setObjectName(f"extra_{step.id}")
            self.extra_button.setAccessibleName(extra.replace("&", "").rstrip("…"))
            self.extra_button.clicked.connect(lambda: self.extraRequested.emit(step.id))
            buttons.addWidget(self.extra_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.method: QComboBox | None = None
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        if step.asks_method:
            self.method = QComboBox(self)
            self.method.setObjectName("method")
            self.method.addItem(self.tr("Choose one"), "")
            for key, name in METHODS.items():
                self.method.addItem(translate("setup", name), key)
            label = QLabel(self.tr("&Method you used (never the code or key itself):"), self)
            label.setWordWrap(True)
            label.setBuddy(self.method)
            self.method.setAccessibleName(self.tr("Method you used"))
            form.addRow(label, self.method)
            self.method.currentIndexChanged.connect(self._changed)

        layout.addStretch(1)
        footer.addWidget(heading(self.tr("Your answer"), 1.1, self))
        self.answers = AnswerButtons(
            (
                (AnswerStatus.DONE.value, self.tr("&Done")),
                (AnswerStatus.NOT_YET.value, self.tr("Not &yet")),
                (AnswerStatus.NOT_APPLICABLE.value, self.tr("Doesn't a&pply to me")),
            ),
            self,
        )
        self.radios = self.answers.buttons  # older name, used by tests and the controller
        footer.addWidget(self.answers)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(300)
        self.reason.setPlaceholderText(self.tr("For example: I do not use API keys"))
        reason_label = QLabel(self.tr("&Why not? (never type a code or password here)"), self)
        reason_label.setWordWrap(True)
        reason_label.setBuddy(self.reason)
        self.reason.setAccessibleName(self.tr("Why this step does not apply to you"))
        form.addRow(reason_label, self.reason)
        self._form = form
        footer.addLayout(form)
        self.answered_label = paragraph("", self)
        self.answered_label.setObjectName("answered_at")
        footer.addWidget(self.answered_label)
        self.warning = WarningBox(self.tr("Check the order"), self)
        self.warning.setObjectName("order_warning")
        footer.addWidget(self.warning)

        self.answers.toggled.connect(self._on_toggled)
        self.reason.editingFinished.connect(self._changed)
        self.reason.textChanged.connect(lambda _text: self._announce_complete())
        self._last: tuple[str, str, str] | None = None
        self._update_reason()
        chain: list[QWidget] = [self.open_button]
        if self.extra_button:
            chain.append(self.extra_button)
        if self.method:
            chain.append(self.method)
        chain += [*self.radios.values(), self.reason]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def chosen_status(self) -> str | None:
        return self.answers.chosen()

    def first_control(self) -> QWidget:
        """Where the focus goes when this step opens: its first control, before Back/Next."""
        return self.open_button

    def last_control(self) -> QWidget:
        return self.reason if self.reason.isEnabled() else list(self.radios.values())[-1]

    def detail(self) -> dict[str, Any]:
        method = self.method.currentData() if self.method else ""
        return {"method": method} if method else {}

    def show_answer(
        self, status: str | None, reason: str, method: str | None, answered_text: str
    ) -> None:
        """Show a stored answer without emitting it again."""
        self.answers.choose(status if status in self.radios else None, emit=False)
        self.reason.setText(reason)
        if self.method:
            self.method.blockSignals(True)
            index = self.method.findData(method or "")
            self.method.setCurrentIndex(max(index, 0))
            self.method.blockSignals(False)
        self.answered_label.setText(answered_text)
        self.answered_label.setVisible(bool(answered_text))
        self._last = (status, reason, method or "") if status else None
        self._update_reason()

    def show_warnings(self, texts: Sequence[str]) -> None:
        self.warning.show_texts(texts)

    def isComplete(self) -> bool:
        """Moving on is fine without an answer, but Not applicable needs its reason."""
        return self.chosen_status() != AnswerStatus.NOT_APPLICABLE or bool(
            self.reason.text().strip()
        )

    def validatePage(self) -> bool:
        self._changed()
        return self.isComplete()

    def _on_toggled(self, _status: str) -> None:
        self._update_reason()
        self._changed()

    def _update_reason(self) -> None:
        wanted = self.chosen_status() == AnswerStatus.NOT_APPLICABLE
        self.reason.setEnabled(wanted)
        self._form.setRowVisible(self.reason, wanted)
        self._announce_complete()

    def _announce_complete(self) -> None:
        # QWizard hides the page for a moment while it updates its buttons, which throws the
        # keyboard focus out of the page (onto the window's first control): put it back once
        # the wizard is done (it may be inside more such updates, so after this event).
        focus = QApplication.focusWidget()
        self.completeChanged.emit()
        if (
            focus is not None
            and self.isAncestorOf(focus)
            and QApplication.focusWidget() is not focus
        ):
            QTimer.singleShot(0, focus, lambda: self._restore_focus(focus))

    def _restore_focus(self, widget: QWidget) -> None:
        now = QApplication.focusWidget()
        if widget.isVisible() and (now is None or not self.isAncestorOf(now)):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _changed(self) -> None:
        status = self.chosen_status()
        if status is None or not self.isComplete():
            return
        reason = self.reason.text().strip() if status == AnswerStatus.NOT_APPLICABLE else ""
        detail = self.detail()
        current = (status, reason, str(detail.get("method", "")))
        if current != self._last:
            self._last = current
            self.answered.emit(self.step.id, status, reason, detail)
