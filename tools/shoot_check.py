"""Render the tray's "Check a number, link or message" popup with a scam and an ordinary message.

Usage: uv run python tools/shoot_check.py OUT_DIR [--font-scale 2] [--dark]   (offscreen or Xvfb)
--dark applies a dark palette (Fusion), as a desktop in dark mode would.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

SCAM = (
    "Kraken Support: we saw a withdrawal of 1.2 BTC. If this was not you, call "
    "+1 888 555 0142 now, DM @KrakenHelpDesk or visit hxxps://kraken-help[.]com, and read us "
    "the 2FA code we sent. Your account will be frozen in 30 minutes."
)
ORDINARY = (
    "Your Kraken withdrawal of 150 USD was completed. If you have questions, visit "
    "https://support.kraken.com or follow @krakenfx."
)


def dark_palette() -> object:
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#202124"),
        (roles.WindowText, "#e8eaed"),
        (roles.Base, "#171717"),
        (roles.AlternateBase, "#2a2a2a"),
        (roles.Text, "#e8eaed"),
        (roles.Button, "#303134"),
        (roles.ButtonText, "#e8eaed"),
        (roles.Highlight, "#8ab4f8"),
        (roles.HighlightedText, "#202124"),
        (roles.PlaceholderText, "#9aa0a6"),
        (roles.ToolTipBase, "#303134"),
        (roles.ToolTipText, "#e8eaed"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--font-scale", type=float, default=1.0)
    parser.add_argument("--dark", action="store_true")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("KRAKEN_GUARD_HOME", tempfile.mkdtemp(prefix="kg-shots-"))
    from gui_harness import running_app, settle

    suffix = ("-dark" if args.dark else "-light") + ("-200" if args.font_scale >= 2 else "")
    with running_app(args.font_scale) as (app, controller):
        if args.dark:
            app.setStyle("Fusion")
            app.setPalette(dark_palette())  # type: ignore[arg-type]
        controller.verify.numbers.add(
            __import__("kraken_guard.core.phone.check", fromlist=["parse_number"]).parse_number(
                "+1 800 555 0100", "US"
            ),
            note="bottom of support.kraken.com",
            source="screenshot",
        )
        for name, text in (("scam", SCAM), ("ordinary", ORDINARY)):
            popup = controller.check.open_popup(text)
            popup.box.items.setCurrentRow(1 if name == "scam" else 0)
            settle(app)
            popup.adjustSize()
            settle(app)
            path = args.out / f"check-{name}{suffix}.png"
            popup.grab().save(str(path))
            print(path)
            popup.close()


if __name__ == "__main__":
    main()
