"""Time from launch to the first window, as a ratio against a bare Qt window in the same run.

Usage: uv run python bench/bench_startup.py [--runs N]
Machines here are noisy, so only the ratio means anything; nothing asserts a time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BASELINE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
label = QLabel("baseline")
label.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KRAKEN_GUARD_HOME": home}
        commands = {
            "bare Qt window (baseline)": [sys.executable, "-c", BASELINE],
            "Kraken Guard first window": [sys.executable, "-m", "kraken_guard", "--smoke-test"],
        }
        for command in commands.values():
            timed(command, env)  # warm the file cache and create the database
        samples: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, command in commands.items():  # interleaved, so drift hits both alike
                samples[name].append(timed(command, env))
    base = statistics.median(samples["bare Qt window (baseline)"])
    for name, values in samples.items():
        median = statistics.median(values)
        print(f"{name:30} median {median * 1000:7.1f} ms   ratio {median / base:5.2f}x")


if __name__ == "__main__":
    main()
