"""Render every main-window page to PNG files, for looking at them (run under Xvfb or offscreen).

Usage: uv run python tools/shoot_pages.py OUT_DIR [--font-scale 1.5]
Uses KRAKEN_GUARD_HOME if set, so data prepared with kraken-guard-cli shows up.
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
        controller.window.show()
        for index in range(controller.window.nav.count()):
            controller.window.nav.setCurrentRow(index)
            settle(app)
            path = args.out / f"{index:02d}-{controller.window.current_key()}.png"
            controller.window.grab().save(str(path))
            print(path)


if __name__ == "__main__":
    main()
