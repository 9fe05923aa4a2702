"""Render the screens issue 10 asks to look at, light, dark and at 200 % text, to PNG files.

Usage: uv run python tools/shoot_design.py OUT_DIR [--only NAME]   (offscreen or under Xvfb)
Uses a fresh temporary data folder, so the shots never show someone's own data.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["KRAKEN_GUARD_HOME"] = tempfile.mkdtemp(prefix="kg-shots-")

from gui_harness import running_app, settle
from PySide6.QtWidgets import QWidget

from kraken_guard.app.controller import AppController
from kraken_guard.core.appearance import SchemeChoice

LOOKS = {
    "light": (SchemeChoice.LIGHT, 100),
    "dark": (SchemeChoice.DARK, 100),
    "light-200": (SchemeChoice.LIGHT, 200),
}


CORPUS = Path(__file__).resolve().parents[1] / "tests" / "email_corpus"
SCAM_TEXT = (
    "Kraken Support: we stopped a withdrawal of 0.8 BTC. Call +1 (888) 555-0143 now and read "
    "us the code we send you, or visit kraken-secure-help.com within 30 minutes."
)
ORDINARY_TEXT = (
    "Your deposit of 250 USD has arrived. See it at https://www.kraken.com/sign-in. "
    "Questions? https://support.kraken.com"
)


def shots(c: AppController) -> dict[str, Callable[[], QWidget]]:
    def home() -> QWidget:
        c.window.resize(1100, 760)
        c.window.show_page("home")
        return c.window

    def call(state: str) -> Callable[[], QWidget]:
        def make() -> QWidget:
            window = c.calls.open_window()
            window.fit_to(window.screen().availableGeometry().adjusted(0, 0, 0, 0))
            window.clear_call()
            if state in ("hang-up", "remote-access"):
                window.asked_for_call.no.setChecked(True)
                window.asked_for.boxes["twofa_code"].setChecked(True)
            if state == "remote-access":
                window.set_remote_tools(["AnyDesk"])
            if state == "recovery":
                window.verdict.gave.setChecked(True)
                window.recovery.shared.boxes["code"].setChecked(True)
            return window

        return make

    def popup(text: str) -> Callable[[], QWidget]:
        def make() -> QWidget:
            shown = c.check.open_popup(text)
            shown.box.items.setCurrentRow(0)
            return shown

        return make

    def email(fixture: str) -> Callable[[], QWidget]:
        def make() -> QWidget:
            c.window.resize(1100, 760)
            c.window.show_page("email")
            c.emails.check_file(CORPUS / fixture, c.emails.page)
            return c.window

        return make

    def wizard() -> QWidget:
        c.window.resize(1100, 760)
        c.window.show_page("setup")
        c.setup.wizard.show_step(next(iter(c.setup.wizard.step_pages)))
        return c.window

    def link() -> QWidget:
        c.window.resize(1100, 760)
        c.window.show_page("link")
        c.links.link_page.input.setText("https://kraken.com.evil.example/login")
        c.links.check(c.links.link_page.input.text())
        return c.window

    return {
        "home": home,
        "call-calm": call("calm"),
        "call-hang-up": call("hang-up"),
        "call-recovery": call("recovery"),
        "call-remote-access": call("remote-access"),
        "tray-popup-scam": popup(SCAM_TEXT),
        "tray-popup-ordinary": popup(ORDINARY_TEXT),
        "email-not-from-kraken": email("forged_lookalike_sender.eml"),
        "email-passed": email("genuine_gmail.eml"),
        "email-cannot-tell": email("unclear_no_authentication_results.eml"),
        "wizard-step": wizard,
        "link-verdict": link,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with running_app() as (app, controller):
        assert controller.appearance is not None
        for look, (scheme, size) in LOOKS.items():
            controller.appearance.set_scheme(scheme)
            controller.appearance.set_text_size(size)
            for name, make in shots(controller).items():
                if args.only and args.only not in name:
                    continue
                widget = make()
                widget.show()
                settle(app, 20)
                path = args.out / f"{name}-{look}.png"
                widget.grab().save(str(path))
                widget.hide() if widget is not controller.window else None
                print(path)
        controller.appearance.set_scheme(SchemeChoice.SYSTEM)
        controller.appearance.set_text_size(100)


if __name__ == "__main__":
    main()
