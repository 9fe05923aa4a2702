"""Resident memory once idle: the real app (`app`) or an empty window with a tray icon (`baseline`).

Prints the resident set size in MB after the event loop has been idle for a moment. `app-settled`
waits until the trusted-data check has run too (it reaches the keychain 3 s after start, and
the keychain library stays loaded): the app as it idles for the rest of the day.
"""

import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMainWindow, QSystemTrayIcon

IDLE_MS = 1500


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def report_and_quit() -> None:
    print(f"{rss_mb():.1f}", flush=True)
    QCoreApplication.exit(0)


def baseline() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.show()
    pixmap = QPixmap(22, 22)
    tray = QSystemTrayIcon(QIcon(pixmap))
    tray.show()
    QTimer.singleShot(IDLE_MS, report_and_quit)
    return app.exec()


def real_app(settled: bool = False) -> int:
    from kraken_guard.__main__ import main
    from kraken_guard.app import application
    from kraken_guard.app.trust_watch import START_DELAY_MS

    create = application.create_application
    idle_ms = START_DELAY_MS + IDLE_MS if settled else IDLE_MS

    def create_and_time(argv: list[str]) -> QApplication:
        app = create(argv)
        QTimer.singleShot(idle_ms, report_and_quit)
        return app

    application.create_application = create_and_time  # type: ignore[assignment]
    return main([])


if __name__ == "__main__":
    mode = sys.argv[1] if sys.argv[1:] else "baseline"
    sys.exit(real_app(settled=mode == "app-settled") if mode.startswith("app") else baseline())
