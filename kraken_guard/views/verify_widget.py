"""Type or paste a number, press Enter, read the verdict: icon, headline, explanation, next step."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kraken_guard.core.phone import CONTEXT, NumberCheck, Verdict
from kraken_guard.views.widgets import heading, paragraph, plain

CheckNumber = Callable[[str], NumberCheck]

# Shape and colour together: the icon and the headline carry the meaning, the border helps.
LOOKS = {
    Verdict.OFFICIAL: (QStyle.StandardPixmap.SP_MessageBoxInformation, "#1f6feb"),
    Verdict.NOT_OFFICIAL: (QStyle.StandardPixmap.SP_MessageBoxCritical, "#c62828"),
    Verdict.REPORTED_SCAM: (QStyle.StandardPixmap.SP_MessageBoxCritical, "#c62828"),
    Verdict.INVALID: (QStyle.StandardPixmap.SP_MessageBoxWarning, "#b26a00"),
    Verdict.NO_OFFICIAL_NUMBER: (QStyle.StandardPixmap.SP_MessageBoxWarning, "#b26a00"),
}


def translate_phone(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class VerdictView(QFrame):
    """The answer for one number; hidden until there is one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdict_frame")
        grid = QGridLayout(self)
        self.icon = QLabel(self)
        self.icon.setObjectName("verdict_icon")
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.headline = heading("", 1.25, self)
        self.headline.setObjectName("verdict_headline")
        self.read_as = paragraph("", self)
        self.read_as.setObjectName("verdict_read_as")
        self.explanation = paragraph("", self)
        self.explanation.setObjectName("verdict_explanation")
        self.next_step = paragraph("", self)
        self.next_step.setObjectName("verdict_next_step")
        font = self.next_step.font()
        font.setBold(True)
        self.next_step.setFont(font)
        grid.addWidget(self.icon, 0, 0, 4, 1)
        for row, label in enumerate(
            (self.headline, self.read_as, self.explanation, self.next_step)
        ):
            grid.addWidget(label, row, 1)
        grid.setColumnStretch(1, 1)
        self.hide()

    def show_check(self, result: NumberCheck) -> None:
        pixmap, colour = LOOKS[result.verdict]
        size = self.fontMetrics().height() * 2
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(size, size))
        self.setStyleSheet(f"#verdict_frame {{ border: 2px solid {colour}; border-radius: 6px; }}")
        headline, explanation, next_step = result.translated(translate_phone)
        self.headline.setText(headline)
        self.headline.setAccessibleName(headline)
        self.icon.setAccessibleName(headline)
        self.setAccessibleName(headline)
        read_as = self.tr("Read as: {number}").format(number=result.display or "")
        self.read_as.setText(read_as)
        self.read_as.setVisible(bool(result.display))
        self.explanation.setText(explanation)
        self.next_step.setText(self.tr("Next: {step}").format(step=next_step))
        self.show()


class VerifyWidget(QWidget):
    """Used on the main window's page and in the tray popup; `check` is the core check."""

    checked = Signal(object)

    def __init__(
        self,
        check: CheckNumber,
        actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("verify_widget")
        self._check = check
        self.last: NumberCheck | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        label = QLabel(self.tr("&Phone number to check:"), self)
        self.field = QLineEdit(self)
        self.field.setObjectName("verify_field")
        self.field.setAccessibleName(self.tr("Phone number to check"))
        self.field.setPlaceholderText(self.tr("Paste or type a number, like +1 800 555 0100"))
        self.field.setClearButtonEnabled(True)
        label.setBuddy(self.field)
        self.check_button = QPushButton(self.tr("C&heck"), self)
        self.check_button.setObjectName("verify_check")
        self.check_button.setAccessibleName(self.tr("Check this number"))
        self.check_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.check_button)
        layout.addWidget(label)
        layout.addLayout(row)

        self.verdict = VerdictView(self)
        layout.addWidget(self.verdict)
        self.buttons: list[QPushButton] = []
        for action in actions:
            button = QPushButton(action.text(), self)
            button.setAccessibleName(plain(action.text()))
            button.setToolTip(action.toolTip())
            button.setAutoDefault(False)
            button.clicked.connect(action.trigger)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.buttons.append(button)

        self.field.returnPressed.connect(self.run_check)
        self.check_button.clicked.connect(self.run_check)
        self.field.textEdited.connect(self._on_edited)
        QWidget.setTabOrder(self.field, self.check_button)
        previous: QWidget = self.check_button
        for button in self.buttons:
            QWidget.setTabOrder(previous, button)
            previous = button
        self.setFocusProxy(self.field)

    def set_number(self, text: str) -> None:
        self.field.setText(text)
        self.verdict.hide()

    def run_check(self) -> NumberCheck:
        result = self._check(self.field.text())
        self.last = result
        self.verdict.show_check(result)
        self.checked.emit(result)
        return result

    def _on_edited(self) -> None:
        # An old verdict next to new digits would answer the wrong question.
        self.verdict.hide()
        self.last = None
