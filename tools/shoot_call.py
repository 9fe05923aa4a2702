"""Render the in-call window in its calm, hang-up and remote-access states to PNG files.

Usage: uv run python tools/shoot_call.py OUT_DIR [--font-scale 1.5]   (under Xvfb or offscreen)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from gui_harness import running_app, settle


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--font-scale", type=float, default=1.0)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with running_app(args.font_scale) as (app, controller):
        window = controller.calls.open_window()

        def shoot(name: str) -> None:
            settle(app)
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


if __name__ == "__main__":
    main()
