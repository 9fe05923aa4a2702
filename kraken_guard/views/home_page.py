"""The first page: an honest status summary and one large button per feature."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kraken_guard.views.verdict import VerdictBox
from kraken_guard.views.widgets import action_button, heading, paragraph


class HomePage(QWidget):
    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_home")
        layout = QVBoxLayout(self)

        self.alert = VerdictBox(self)
        self.alert.setObjectName("trust_alert")
        layout.addWidget(self.alert)
        self.alert_button = QPushButton(self)  # what to do about the alert, when there is a way
        self.alert_button.setObjectName("trust_alert_action")
        self.alert_button.hide()
        self._alert_action: QAction | None = None
        self.alert_button.clicked.connect(self._trigger_alert_action)
        layout.addWidget(self.alert_button)
        self.headline = heading("", 1.6, self)
        self.headline.setObjectName("status_headline")
        self.detail = paragraph("", self)
        self.detail.setObjectName("status_detail")
        self.next_step = paragraph("", self)
        self.next_step.setObjectName("status_next")
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        layout.addWidget(self.next_step)

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)

        grid = QGridLayout()
        self.buttons = []
        for index, action in enumerate(actions):
            button = action_button(action, self)
            description = paragraph(action.toolTip(), self)
            description.setBuddy(button)
            grid.addWidget(button, index, 0)
            grid.addWidget(description, index, 1)
            self.buttons.append(button)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        for first, second in zip(self.buttons, self.buttons[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def set_alert(self, headline: str, detail: str, action: QAction | None = None) -> None:
        """A danger box above the status (changed trusted data); an empty headline hides it.

        `action`, when given, is offered as a button under the box.
        """
        if headline:
            self.alert.show_verdict("danger", headline, detail)
        else:
            self.alert.clear()
        self._alert_action = action if headline else None
        if self._alert_action is not None:
            self.alert_button.setText(self._alert_action.text())
            self.alert_button.setAccessibleName(self._alert_action.text().replace("&", ""))
            self.alert_button.setToolTip(self._alert_action.toolTip())
        self.alert_button.setVisible(self._alert_action is not None)

    def _trigger_alert_action(self) -> None:
        if self._alert_action is not None:
            self._alert_action.trigger()

    def set_status(self, headline: str, detail: str, next_step: str = "") -> None:
        self.headline.setText(headline)
        self.headline.setAccessibleName(headline)
        self.detail.setText(detail)
        self.next_step.setText(next_step)
        self.next_step.setVisible(bool(next_step))


class InfoPage(QWidget):
    """A page of plain guidance with optional action buttons."""

    def __init__(
        self,
        title: str,
        paragraphs: Sequence[str],
        actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, 1.5, self))
        for text in paragraphs:
            layout.addWidget(paragraph(text, self))
        for action in actions:
            layout.addWidget(action_button(action, self))
        layout.addStretch(1)

    def labels(self) -> list[str]:
        return [label.text() for label in self.findChildren(QLabel)]
