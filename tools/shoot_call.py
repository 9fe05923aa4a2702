"""Render the in-call window in its calm, hang-up and remote-access states to PNG files.

Usage: uv run python tools/shoot_call.py OUT_DIR [--font-scale 1.5]   (under Xvfb or offscreen)
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
    window = controller.calls.open_window()

    def shoot(name: str) -> None:
        for _ in range(10):
            app.processEvents()
        path = args.out / f"call-{name}.png"
        window.grab().save(str(path))
        print(path)

    shoot("calm")
    window.number.field.setText("+1 (202) 555-0144")
    window.asked_for_call.no.setChecked(True)
    window.asked_for.boxes["twofa_code"].setChecked(True)
    shoot("hang-up")
    window.set_remote_tools(["AnyDesk"])
    shoot("remote-access")
    controller.shutdown()
    store.close()


if __name__ == "__main__":
    main()
