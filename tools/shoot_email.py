"""Render the "Check an email" page for each verdict, light, dark and at 200 % text.

Usage: QT_QPA_PLATFORM=offscreen uv run python tools/shoot_email.py docs/screenshots
Runs on a throwaway data folder; the signed example uses a key made here and pinned there
(the fingerprint shipped with the product is never changed).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

EXAMPLES = {
    "signed": None,  # made below with a fresh key
    "passed": "genuine_gmail.eml",
    "not-from-kraken": "forged_display_name_on_gmail.eml",
    "cannot-tell": "unclear_no_authentication_results.eml",
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--mode", choices=("light", "dark", "large"), action="append")
    args = parser.parse_args()
    modes = args.mode or ["light", "dark", "large"]
    if len(modes) > 1:  # one process per mode: the font and scheme are set before the app starts
        import subprocess

        for mode in modes:
            subprocess.run([sys.executable, __file__, str(args.out), "--mode", mode], check=True)
        return
    shoot(args.out, modes[0])


def shoot(out: Path, mode: str) -> None:
    os.environ["KRAKEN_GUARD_HOME"] = tempfile.mkdtemp(prefix="kg-shots-")
    from gui_harness import running_app, settle
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from kraken_guard.core.email.pgp_signature import KrakenKey
    from tests.email_corpus.build_corpus import HERE
    from tests.email_corpus.signing import NO_PROVIDER_TOP, signed_email, signing_key

    key = signing_key()
    out.mkdir(parents=True, exist_ok=True)
    with running_app(2.0 if mode == "large" else 1.0) as (app, controller):
        if mode == "dark":
            QApplication.styleHints().setColorScheme(Qt.ColorScheme.Dark)
            app.setPalette(dark_palette())  # offscreen has no platform theme to follow
        emails = controller.emails
        emails.keys.pin(key.fingerprint)  # in the throwaway data folder only
        emails.keys.add(KrakenKey(key.fingerprint, key.public_armored))
        emails.refresh_key_status()
        controller.window.show()
        controller.window.show_page("email")
        signed = Path(tempfile.mkdtemp()) / "signed.eml"
        signed.write_bytes(signed_email(key, top=NO_PROVIDER_TOP))
        for name, fixture in EXAMPLES.items():
            emails.check_file(signed if fixture is None else HERE / fixture)
            settle(app)
            controller.window.reveal(emails.page.result.headline)
            settle(app)
            path = out / f"email-{name}-{mode}.png"
            controller.window.grab().save(str(path))
            print(path)
        dialog = emails.open_for_call()
        emails.check_file(HERE / "forged_reply_to_elsewhere.eml", emails.call_page)
        settle(app)
        path = out / f"email-call-dialog-{mode}.png"
        dialog.grab().save(str(path))
        print(path)


def dark_palette():  # type: ignore[no-untyped-def]
    """What a dark desktop theme hands Qt: the roles every widget paints with."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    role = QPalette.ColorRole
    for name, colour in (
        (role.Window, "#2b2b2b"),
        (role.WindowText, "#e8e8e8"),
        (role.Base, "#1e1e1e"),
        (role.AlternateBase, "#333333"),
        (role.Text, "#e8e8e8"),
        (role.PlaceholderText, "#9a9a9a"),
        (role.Button, "#3a3a3a"),
        (role.ButtonText, "#e8e8e8"),
        (role.Highlight, "#3d7cc9"),
        (role.HighlightedText, "#ffffff"),
        (role.ToolTipBase, "#333333"),
        (role.ToolTipText, "#e8e8e8"),
        (role.Link, "#8ab4f8"),
    ):
        palette.setColor(name, QColor(colour))
    return palette


if __name__ == "__main__":
    main()
