"""Render every main-window page to PNG files, for looking at them (run under Xvfb or offscreen).

Usage: uv run python tools/shoot_pages.py OUT_DIR [--font-scale 1.5]
Uses KRAKEN_GUARD_HOME if set, so data prepared with kraken-guard-cli shows up.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, datetime
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--font-scale", type=float, default=1.0)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QApplication

    from kraken_guard.app.application import configure_application
    from kraken_guard.app.controller import AppController, Services
    from kraken_guard.app.dialogs import Dialogs
    from kraken_guard.core.paths import resolve_paths
    from kraken_guard.core.store import open_store
    from kraken_guard.core.trusted import keychain_key

    app = QApplication(sys.argv[:1])
    configure_application(app)
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * args.font_scale)
    app.setFont(font)
    paths = resolve_paths(os.environ)
    paths.ensure()
    store, _ = open_store(paths.database)

    def no_browser(url: QUrl) -> bool:
        return True

    services = Services(
        paths,
        store,
        Dialogs(),
        no_browser,
        lambda: False,
        lambda: keychain_key(paths.key_file),
        lambda: datetime.now(UTC),
    )
    controller = AppController(services)
    controller.window.show()
    for index in range(controller.window.nav.count()):
        controller.window.nav.setCurrentRow(index)
        for _ in range(5):
            app.processEvents()
        key = controller.window.current_key()
        controller.window.grab().save(str(args.out / f"{index:02d}-{key}.png"))
        print(args.out / f"{index:02d}-{key}.png")
    store.close()


if __name__ == "__main__":
    main()
