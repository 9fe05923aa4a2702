"""The "Check an email" page: open, drop or paste an email's source and see who really sent it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kraken_guard.views.verdict import VerdictBox
from kraken_guard.views.widgets import heading, paragraph


def dropped_file(mime: QMimeData | None) -> Path | None:
    """The first local file in a drag, or None (web links and text are not files)."""
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            return Path(url.toLocalFile())
    return None


class EmailCheckPage(QWidget):
    """Emits what the person asked for; shows the verdict, reasons and findings it is given."""

    openFileRequested = Signal()
    fileDropped = Signal(Path)
    checkTextRequested = Signal(str)
    onlineCheckRequested = Signal()
    addKeyRequested = Signal()

    def __init__(self, how_to_get_source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_email")
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Check an email"), 1.5, self))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Is this email really from Kraken? Drop a saved email (.eml) here, open one, "
                    "or paste its full source. Kraken Guard checks it on this computer. Nothing "
                    "is sent anywhere."
                ),
                self,
            )
        )

        self.open_file = QPushButton(self.tr("&Open a saved email…"), self)
        self.open_file.setObjectName("email_open")
        self.open_file.setAccessibleName(self.tr("Open a saved email file"))
        layout.addWidget(self.open_file, 0, Qt.AlignmentFlag.AlignLeft)

        self.result = VerdictBox(self)
        self.result.setObjectName("email_result")
        layout.addWidget(self.result)
        self.findings = paragraph("", self)
        self.findings.setObjectName("email_findings")
        self.findings.hide()
        layout.addWidget(self.findings)

        online_row = QHBoxLayout()
        self.online = QPushButton(self.tr("Check the &DKIM signature online"), self)
        self.online.setObjectName("email_online")
        self.online.setAccessibleName(self.tr("Check the DKIM signature online"))
        self.online.setToolTip(
            self.tr("This asks the sender's name server on the internet. Only when you press.")
        )
        self.online.hide()
        online_row.addWidget(self.online)
        online_row.addStretch(1)
        layout.addLayout(online_row)

        label = QLabel(self.tr("Or &paste the email's full source:"), self)
        label.setWordWrap(True)
        self.source = QPlainTextEdit(self)
        self.source.setObjectName("email_source")
        self.source.setAccessibleName(self.tr("The email's full source"))
        self.source.setTabChangesFocus(True)
        self.source.setAcceptDrops(
            False
        )  # a file dropped on the box is checked, not pasted as a path
        self.source.setPlaceholderText(self.tr("Received: …\nAuthentication-Results: …\nFrom: …"))
        self.source.setMinimumHeight(self.fontMetrics().height() * 5)
        self.source.setMaximumHeight(self.fontMetrics().height() * 9)
        label.setBuddy(self.source)
        layout.addWidget(label)
        layout.addWidget(self.source)
        self.check = QPushButton(self.tr("&Check the pasted source"), self)
        self.check.setObjectName("email_check")
        self.check.setAccessibleName(self.tr("Check the pasted source"))
        layout.addWidget(self.check, 0, Qt.AlignmentFlag.AlignLeft)
        self.how_to = paragraph(how_to_get_source, self)
        self.how_to.setObjectName("email_how_to")
        layout.addWidget(self.how_to)

        self.key_status = paragraph("", self)
        self.key_status.setObjectName("email_key_status")
        layout.addWidget(self.key_status)
        self.add_key = QPushButton(self.tr("&Add Kraken's key file…"), self)
        self.add_key.setObjectName("email_add_key")
        self.add_key.setAccessibleName(self.tr("Add Kraken's PGP key file"))
        layout.addWidget(self.add_key, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

        self.open_file.clicked.connect(self.openFileRequested)
        self.check.clicked.connect(lambda: self.checkTextRequested.emit(self.source.toPlainText()))
        self.online.clicked.connect(self.onlineCheckRequested)
        self.add_key.clicked.connect(self.addKeyRequested)
        QWidget.setTabOrder(self.open_file, self.online)
        QWidget.setTabOrder(self.online, self.source)
        QWidget.setTabOrder(self.source, self.check)
        QWidget.setTabOrder(self.check, self.add_key)

    def show_result(
        self,
        kind: str,
        headline: str,
        reasons: Sequence[str],
        findings: Sequence[str],
        can_check_online: bool,
    ) -> None:
        self.result.show_verdict(kind, headline, "", reasons)
        text = "\n".join(f"•  {line}" for line in findings)
        self.findings.setText(self.tr("Checked in the email:") + "\n" + text if findings else "")
        self.findings.setVisible(bool(findings))
        self.online.setVisible(can_check_online)

    def show_problem(self, headline: str, detail: str) -> None:
        self.result.show_verdict("info", headline, detail)
        self.findings.hide()
        self.online.hide()

    def set_key_status(self, text: str) -> None:
        self.key_status.setText(text)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_file(event.mimeData()) is not None or event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_file(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.fileDropped.emit(path)
        elif event.mimeData().hasText():
            event.acceptProposedAction()
            self.source.setPlainText(event.mimeData().text())
            self.checkTextRequested.emit(event.mimeData().text())
