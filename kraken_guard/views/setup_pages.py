"""The wizard's optional clock check page and its closing summary page."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QHideEvent, QImage, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
    QWizardPage,
)

from kraken_guard.core.setup.clock_check import NEVER_READ_OUT
from kraken_guard.views.setup_step_page import WarningBox, scrolling, scrolling_with_footer
from kraken_guard.views.widgets import heading, paragraph


class ClockCheckPage(QWizardPage):
    """Scan a throwaway code, type what the app shows, learn if the phone's clock is in step.

    `opened`/`closed` follow the page being on screen, so the secret lives only meanwhile.
    """

    opened = Signal()
    closed = Signal()
    codeEntered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("step_clock_check")
        self.setTitle(self.tr("Optional: check your authenticator app's clock"))
        layout, footer = scrolling_with_footer(self)
        never = WarningBox(self.tr("Never read out a code"), self)
        never.show_texts([QCoreApplication.translate("clock_check", NEVER_READ_OUT)])
        layout.addWidget(never)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Kraken refuses a correct-looking code when your phone's clock is off. "
                    "This test shows if yours is. It uses a made-up key that works nowhere "
                    "else and is forgotten when you leave this page."
                ),
                self,
            )
        )
        how = paragraph(
            "<ol><li>{}</li><li>{}</li><li>{}</li></ol>".format(
                self.tr("In your authenticator app, add an account and scan this code."),
                self.tr("Type below the 6 digits it shows for “Kraken Guard clock check”."),
                self.tr("Delete that account from the app when you are done."),
            ),
            self,
        )
        how.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(how)
        self.qr = QLabel(self)
        self.qr.setObjectName("clock_qr")
        self.qr.setAccessibleName(self.tr("QR code to scan with your authenticator app"))
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignLeft)
        self.key = paragraph("", self)
        self.key.setObjectName("clock_key")
        layout.addWidget(self.key)

        form = QFormLayout()
        row = QHBoxLayout()
        self.code = QLineEdit(self)
        self.code.setObjectName("clock_code")
        self.code.setMaxLength(12)
        self.code.setProperty("ownsEnter", True)  # Enter checks the code, it does not go on
        self.code.setAccessibleName(self.tr("Code your app shows"))
        self.check = QPushButton(self.tr("&Check the code"), self)
        self.check.setObjectName("clock_check_button")
        self.check.setAccessibleName(self.tr("Check the code"))
        self.check.setAutoDefault(False)
        row.addWidget(self.code, 1)
        row.addWidget(self.check)
        label = QLabel(self.tr("Code your app &shows:"), self)
        label.setBuddy(self.code)
        form.addRow(label, row)
        layout.addStretch(1)
        footer.addLayout(form)
        self.result_headline = heading("", 1.1, self)
        self.result_headline.setObjectName("clock_result_headline")
        self.result = paragraph("", self)
        self.result.setObjectName("clock_result")
        footer.addWidget(self.result_headline)
        footer.addWidget(self.result)
        self.check.clicked.connect(self._submit)
        self.code.returnPressed.connect(self._submit)
        QWidget.setTabOrder(self.code, self.check)

    def show_challenge(self, png: bytes, secret: str) -> None:
        image = QImage.fromData(png)
        self.qr.setPixmap(QPixmap.fromImage(image))
        spaced = " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
        self.key.setText(self.tr("Cannot scan? Type this key instead: {key}").format(key=spaced))
        self.code.clear()
        self.show_result("", "")

    def show_result(self, verdict: str, text: str) -> None:
        """`verdict` is "in_step", "off" (matched, but the clock is off), "no_match" or ""."""
        headline = {
            "in_step": self.tr("✔ Your phone's clock is in step"),
            "off": self.tr("⚠ Your phone's clock is off"),
            "no_match": self.tr("✘ The code did not match"),
            "": "",
        }[verdict]
        self.result_headline.setText(headline)
        self.result.setText(text)
        self.result.setAccessibleName(text)

    def forget(self) -> None:
        self.qr.clear()
        self.key.clear()
        self.code.clear()
        self.show_result("", "")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.opened.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not event.spontaneous():
            self.closed.emit()

    def _submit(self) -> None:
        self.codeEntered.emit(self.code.text())


class SummaryPage(QWizardPage):
    """Where the person stands, the review period, and export or import of progress."""

    stepRequested = Signal(str)
    nextRequested = Signal()
    reviewDaysChanged = Signal(int)
    exportRequested = Signal()
    importRequested = Signal()

    def __init__(self, min_days: int, max_days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("step_summary")
        self.setTitle(self.tr("Your progress"))
        self.setFinalPage(True)
        layout = scrolling(self)
        self.headline = heading("", 1.3, self)
        self.headline.setObjectName("summary_headline")
        self.detail = paragraph("", self)
        self.next_step = paragraph("", self)
        self.next_step.setObjectName("summary_next")
        for label in (self.headline, self.detail, self.next_step):
            layout.addWidget(label)
        self.next_button = QPushButton(self.tr("&Go to the next step"), self)
        self.next_button.setObjectName("go_next_step")
        self.next_button.setAccessibleName(self.tr("Go to the next step"))
        self.next_button.setAutoDefault(False)
        self.next_button.clicked.connect(self.nextRequested)
        layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.warning = WarningBox(self.tr("Check the order"), self)
        self.warning.setObjectName("summary_warning")
        layout.addWidget(self.warning)
        steps_label = QLabel(self.tr("All &steps (press Enter to open one):"), self)
        self.steps = QListWidget(self)
        self.steps.setObjectName("summary_steps")
        self.steps.setAccessibleName(self.tr("All steps and your answers"))
        self.steps.setWordWrap(True)
        steps_label.setBuddy(self.steps)
        layout.addWidget(steps_label)
        layout.addWidget(self.steps, 1)
        self.steps.itemActivated.connect(
            lambda item: self.stepRequested.emit(item.data(Qt.ItemDataRole.UserRole))
        )

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.review_days = QSpinBox(self)
        self.review_days.setObjectName("review_days")
        self.review_days.setRange(min_days, max_days)
        self.review_days.setSuffix(self.tr(" days"))
        self.review_days.setAccessibleName(self.tr("Review done steps every this many days"))
        review_label = QLabel(self.tr("&Review done steps every:"), self)
        review_label.setBuddy(self.review_days)
        form.addRow(review_label, self.review_days)
        layout.addLayout(form)
        self.review_days.editingFinished.connect(
            lambda: self.reviewDaysChanged.emit(self.review_days.value())
        )

        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("&Export progress…"), self)
        self.export_button.setObjectName("export_progress")
        self.export_button.setAccessibleName(self.tr("Export progress to a file"))
        self.import_button = QPushButton(self.tr("&Import progress…"), self)
        self.import_button.setObjectName("import_progress")
        self.import_button.setAccessibleName(self.tr("Import progress from a file"))
        for button in (self.export_button, self.import_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.export_button.clicked.connect(self.exportRequested)
        self.import_button.clicked.connect(self.importRequested)
        for first, second in (
            (self.next_button, self.steps),
            (self.steps, self.review_days),
            (self.review_days, self.export_button),
            (self.export_button, self.import_button),
        ):
            QWidget.setTabOrder(first, second)

    def show_summary(
        self,
        headline: str,
        detail: str,
        next_step: str,
        rows: Sequence[tuple[str, str]],
        warnings: Sequence[str],
        review_days: int,
        has_next: bool,
    ) -> None:
        """`rows` are (step id, line of text) in Kraken's order."""
        self.headline.setText(headline)
        self.headline.setAccessibleName(headline)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.next_step.setText(next_step)
        self.next_button.setVisible(has_next)
        self.warning.show_texts(warnings)
        self.steps.clear()
        for step_id, text in rows:
            item = QListWidgetItem(text, self.steps)
            item.setData(Qt.ItemDataRole.UserRole, step_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        self.review_days.blockSignals(True)
        self.review_days.setValue(review_days)
        self.review_days.blockSignals(False)
