"""Type or paste a number, press Enter, read the verdict: icon, headline, explanation, next step."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kraken_guard.core.phone.check import CONTEXT, NumberCheck, Verdict
from kraken_guard.views.verdict import VerdictBox
from kraken_guard.views.widgets import plain

CheckNumber = Callable[[str], NumberCheck]
WORDS = "number_verdict"  # translation context for the words this file adds

# The icon and the headline carry the meaning; the box adds a border colour to help.
KINDS = {
    Verdict.OFFICIAL: "info",
    Verdict.NOT_OFFICIAL: "danger",
    Verdict.REPORTED_SCAM: "danger",
    Verdict.INVALID: "warning",
    Verdict.NO_OFFICIAL_NUMBER: "warning",
}


def translate_phone(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def show_number_check(box: VerdictBox, result: NumberCheck) -> None:
    """The same words for a number check wherever it is shown: verify page, tray, call window."""
    headline, explanation, next_step = result.translated(translate_phone)
    read_as = ""
    if result.display:
        read_as = QCoreApplication.translate("number_verdict", "Read as: {number}").format(
            number=result.display
        )
    box.show_verdict(
        KINDS[result.verdict],
        headline,
        "\n".join(part for part in (read_as, explanation) if part),
        next_step=QCoreApplication.translate("number_verdict", "Next: {step}").format(
            step=next_step
        ),
    )


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

        self.verdict = VerdictBox(self, 1.25)
        self.verdict.setObjectName("verdict_frame")
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
        self.verdict.clear()

    def run_check(self) -> NumberCheck:
        result = self._check(self.field.text())
        self.last = result
        show_number_check(self.verdict, result)
        self.checked.emit(result)
        return result

    def _on_edited(self) -> None:
        # An old verdict next to new digits would answer the wrong question.
        self.verdict.clear()
        self.last = None
