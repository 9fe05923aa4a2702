"""One wizard page per security step: why, how, a link to Kraken, and the person's answer."""

from __future__ import annotations

import html
import itertools
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from kraken_guard.core.setup.steps import METHODS, AnswerStatus, SetupStep
from kraken_guard.views.widgets import heading, paragraph

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


class WarningBox(QWidget):
    """A warning told by an icon, a headline and text, never by colour alone."""

    def __init__(self, headline: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        icon = QLabel(self)
        size = self.fontMetrics().height() * 2
        style = self.style()
        icon.setPixmap(
            style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        self.headline = heading(headline, 1.1, self)
        self.text = paragraph("", self)
        self.text.setObjectName("warning_text")
        column.addWidget(self.headline)
        column.addWidget(self.text)
        layout.addWidget(icon, 0)
        layout.addLayout(column, 1)
        self.hide()

    def show_texts(self, texts: Sequence[str]) -> None:
        self.text.setText("\n\n".join(texts))
        self.text.setAccessibleName(self.text.text())
        self.setVisible(bool(texts))


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
        self.group = QButtonGroup(self)
        answer_row = QHBoxLayout()
        self.radios: dict[str, QRadioButton] = {}
        for status, text in (
            (AnswerStatus.DONE, self.tr("&Done")),
            (AnswerStatus.NOT_YET, self.tr("Not &yet")),
            (AnswerStatus.NOT_APPLICABLE, self.tr("Not a&pplicable to me")),
        ):
            radio = QRadioButton(text, self)
            radio.setObjectName(f"answer_{status.value}")
            radio.setAccessibleName(text.replace("&", ""))
            self.group.addButton(radio)
            self.radios[status.value] = radio
            answer_row.addWidget(radio)
        answer_row.addStretch(1)
        footer.addLayout(answer_row)
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

        self.group.buttonToggled.connect(self._on_toggled)
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
        checked = self.group.checkedButton()
        for status, radio in self.radios.items():
            if radio is checked:
                return status
        return None

    def detail(self) -> dict[str, Any]:
        method = self.method.currentData() if self.method else ""
        return {"method": method} if method else {}

    def show_answer(
        self, status: str | None, reason: str, method: str | None, answered_text: str
    ) -> None:
        """Show a stored answer without emitting it again."""
        self.group.blockSignals(True)
        self.group.setExclusive(False)
        for radio in self.radios.values():
            radio.setChecked(False)
        if status in self.radios:
            self.radios[status].setChecked(True)
        self.group.setExclusive(True)
        self.group.blockSignals(False)
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

    def _on_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
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
