"""Figures taken inside one running app: the tray popup, the in-call window, one number check.

Prints one line per figure, `name: sample sample ...` in milliseconds, for bench/run.py.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from gui_harness import running_app


class PaintWatch(QObject):
    """Notes when any widget of one window paints."""

    def __init__(self) -> None:
        super().__init__()
        self.window: QWidget | None = None
        self.painted_at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and self.painted_at is None
            and isinstance(watched, QWidget)
            and watched.window() is self.window
        ):
            self.painted_at = time.perf_counter()
        return False


def until_painted(app: QApplication, watch: PaintWatch, start: float) -> float:
    deadline = start + 5
    while watch.painted_at is None and time.perf_counter() < deadline:
        app.processEvents()
    if watch.painted_at is None:
        raise SystemExit("the window never painted")
    return (watch.painted_at - start) * 1000


def text_field(window: QWidget) -> QWidget:
    for kind in (QLineEdit, QPlainTextEdit, QTextEdit):
        found = window.findChild(kind)
        if found is not None and found.isVisible():
            return found
    raise SystemExit("the popup has no text field")


def popup_enter_to_verdict(app: QApplication, controller: object, runs: int) -> list[float]:
    watch = PaintWatch()
    app.installEventFilter(watch)
    samples = []
    for index in range(runs + 1):
        popup = controller.check.open_popup()  # type: ignore[attr-defined]
        watch.window = popup
        field = text_field(popup)
        for _ in range(5):
            app.processEvents()
        number = f"+1415555{index % 10:01d}{(index * 7) % 1000:03d}"
        if isinstance(field, QLineEdit):
            field.setText(number)
        else:
            field.setPlainText(number)  # type: ignore[attr-defined]
        for _ in range(5):
            app.processEvents()
        watch.painted_at = None
        start = time.perf_counter()
        QTest.keyClick(field, Qt.Key.Key_Return)
        sample = until_painted(app, watch, start)
        if index:  # the first round builds the popup's lazy parts
            samples.append(sample)
        popup.close()
    app.removeEventFilter(watch)
    return samples


def call_window_from_tray(app: QApplication, controller: object, runs: int) -> list[float]:
    watch = PaintWatch()
    app.installEventFilter(watch)
    samples = []
    action = controller.actions.call  # type: ignore[attr-defined]  # the tray menu's action
    for _ in range(runs):
        watch.painted_at = None
        watch.window = None
        start = time.perf_counter()
        action.trigger()
        window = QApplication.activeWindow() or _call_window(app)
        watch.window = window.window()
        samples.append(until_painted(app, watch, start))
        window.hide()
        for _ in range(5):
            app.processEvents()
    app.removeEventFilter(watch)
    return samples


def _call_window(app: QApplication) -> QWidget:
    for widget in app.topLevelWidgets():
        if widget.isVisible() and "call" in widget.objectName().lower():
            return widget
    raise SystemExit("no call window opened")


def number_check(runs: int) -> list[float]:
    from kraken_guard.core.phone.check import check_number

    inputs = ["+1 800 555 0100", "(800) 555-0100", "1-800-KRAKEN1", "+44 20 7946 0958"]
    official = ["+18005550100"]
    check_number(inputs[0], region="US", official=official)  # loads phonenumbers' metadata
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        for text in inputs * 25:
            check_number(text, region="US", official=official)
        samples.append((time.perf_counter() - start) * 1000 / (len(inputs) * 25))
    return samples


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    figures: dict[str, Callable[[], list[float]]] = {}
    with running_app() as (app, controller):
        controller.window.show()
        for _ in range(10):
            app.processEvents()
        figures["popup_enter_to_verdict"] = lambda: popup_enter_to_verdict(app, controller, runs)
        figures["call_window_from_tray"] = lambda: call_window_from_tray(app, controller, runs)
        figures["number_check"] = lambda: number_check(runs)
        for name, measure in figures.items():
            samples = measure()
            print(f"{name}: {' '.join(f'{s:.3f}' for s in samples)}", flush=True)
            print(f"# {name} median {statistics.median(samples):.3f} ms", file=sys.stderr)


if __name__ == "__main__":
    main()
