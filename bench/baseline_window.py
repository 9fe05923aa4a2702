"""The floor for start-up: an empty QMainWindow shown and quit after its first paint."""

import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: QCoreApplication.exit(0))
        return False


app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("baseline")
window.resize(900, 640)
window.installEventFilter(FirstPaint(window))
window.show()
sys.exit(app.exec())
