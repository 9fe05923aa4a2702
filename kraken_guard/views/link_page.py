"""The "Check a link" page: paste a link, see where it really goes, and why."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kraken_guard.views.verdict import VerdictBox
from kraken_guard.views.widgets import heading, paragraph


class LinkCheckPage(QWidget):
    """Emits `checkRequested` with the text typed; shows the verdict it is given."""

    checkRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_link")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Check a link"), 1.5, self))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Paste a link from an email, a message or a caller. Kraken Guard reads it "
                    "the way your browser does and tells you where it really goes. "
                    "Nothing is sent anywhere."
                ),
                self,
            )
        )
        self.search_warning = VerdictBox(self)
        self.search_warning.setObjectName("search_warning")
        self.search_warning.show_verdict(
            "info",
            self.tr("Never use a search engine to find Kraken"),
            self.tr(
                "Fake sites and fake phone numbers show up in search results. "
                "Use your bookmark to support.kraken.com."
            ),
        )
        layout.addWidget(self.search_warning)

        label = QLabel(self.tr("&Link to check:"), self)
        self.input = QLineEdit(self)
        self.input.setObjectName("link_input")
        self.input.setAccessibleName(self.tr("Link to check"))
        self.input.setPlaceholderText("https://support.kraken.com")
        label.setBuddy(self.input)
        self.check = QPushButton(self.tr("&Check"), self)
        self.check.setObjectName("link_check")
        self.check.setAccessibleName(self.tr("Check this link"))
        self.check.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        row.addWidget(self.check)
        layout.addWidget(label)
        layout.addLayout(row)

        self.result = VerdictBox(self)
        self.result.setObjectName("link_result")
        layout.addWidget(self.result)
        layout.addStretch(1)

        self.check.clicked.connect(self._request)
        self.input.returnPressed.connect(self._request)
        QWidget.setTabOrder(self.input, self.check)

    def _request(self) -> None:
        self.checkRequested.emit(self.input.text())
