"""Render home, the call window and the tray popup in one language, to look for clipped text.

Usage (under Xvfb, a 1920x1080 screen, so 200 % text has room as on a real desktop):
    KRAKEN_GUARD_LANG=de uv run python tools/shoot_translations.py docs/screenshots --font-scale 2
Builds the .qm files first. Files: <lang>-home-<scale>.png, <lang>-call-*.png, <lang>-popup-*.png.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_translations import build_translations
from gui_harness import running_app, settle


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--font-scale", type=float, default=1.0)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    build_translations()
    language = os.environ.get("KRAKEN_GUARD_LANG", "en")
    suffix = f"{round(args.font_scale * 100)}"
    with running_app(args.font_scale) as (app, controller):

        def shoot(name: str, widget) -> None:  # type: ignore[no-untyped-def]
            settle(app)
            path = args.out / f"{language}-{name}-{suffix}.png"
            widget.grab().save(str(path))
            print(path)

        controller.window.show()
        controller.window.show_page("home")
        shoot("home", controller.window)
        window = controller.calls.open_window()
        shoot("call-calm", window)
        window.number.field.setText("+1 (202) 555-0144")
        window.asked_for_call.no.setChecked(True)
        window.asked_for.boxes["twofa_code"].setChecked(True)
        window.set_remote_tools(["AnyDesk"])
        shoot("call-hang-up", window)
        window.close()
        popup = controller.check.open_popup()
        shoot("popup", popup)
        popup.close()
        popup = controller.check.open_popup(
            "Kraken Support: read me the code we sent you, or call +1 800 555 0100."
        )
        shoot("popup-verdict", popup)


if __name__ == "__main__":
    main()
