"""Start Kraken Guard: arguments, logging, single instance, the QApplication and the wiring."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import UTC, datetime

from kraken_guard import __version__
from kraken_guard.core.logs import get_logger, setup_logging
from kraken_guard.core.paths import resolve_paths

log = get_logger("kraken_guard")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="kraken-guard",
        description="Kraken Guard protects you from phone scams that pretend to be Kraken Support.",
        epilog="With Kraken Guard already running, these options act in the running window. "
        "Bind `kraken-guard --call` to a keyboard shortcut in your desktop settings.",
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--call",
        dest="message",
        action="store_const",
        const="call",
        help="open the 'Someone is calling me' checklist",
    )
    group.add_argument(
        "--verify",
        dest="message",
        action="store_const",
        const="verify",
        help="open 'Verify a phone number'",
    )
    group.add_argument(
        "--check-link",
        dest="message",
        action="store_const",
        const="link",
        help="open 'Check a link'",
    )
    group.add_argument(
        "--setup",
        dest="message",
        action="store_const",
        const="setup",
        help="open the security setup",
    )
    parser.add_argument(
        "--tray",
        action="store_true",
        help="start hidden in the tray, as start at login does (no tray: show the window)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    # Starts, shows the first window, reports the modules loaded, and quits: for CI and bench/.
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--exit-after-first-paint",
        action="store_true",
        help="start, paint the main window once and quit with 0: a start-up timing for bench/",
    )
    parser.set_defaults(message="show")
    return parser.parse_args(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    paths = resolve_paths(os.environ)
    paths.ensure()

    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QSystemTrayIcon

    from kraken_guard.app.application import create_application
    from kraken_guard.app.single_instance import SingleInstance, server_name_for

    app = create_application(sys.argv[:1])
    instance = SingleInstance(lambda: server_name_for(paths.data), paths.lock_file)
    if not instance.acquire(listen=False):
        if args.tray:  # started at login while already running: nothing to show
            return 0
        return 0 if instance.send(args.message) else 1

    setup_logging(paths.log_file)
    log.info("Kraken Guard %s starting", __version__)

    from kraken_guard.app.controller import AppController
    from kraken_guard.app.dialogs import Dialogs
    from kraken_guard.app.errors import install_excepthook
    from kraken_guard.app.key_source import LazyKeySource
    from kraken_guard.app.services import Services
    from kraken_guard.core.store import StoreError, open_store

    dialogs = Dialogs()
    install_excepthook(lambda title, text: dialogs.warn(None, title, text), paths.log_file)
    try:
        store, recovery = open_store(paths.database)
    except StoreError as error:
        dialogs.warn(None, "Kraken Guard", str(error))
        return 1

    from kraken_guard.app.language import start_language
    from kraken_guard.core.language_setting import saved_language

    # The translators go in once the saved choice can be read, before the first window exists.
    language, _ = start_language(app, saved_language(store), os.environ)

    def open_url(url: QUrl) -> bool:
        return QDesktopServices.openUrl(url)

    services = Services(
        paths=paths,
        store=store,
        dialogs=dialogs,
        open_url=open_url,
        tray_available=QSystemTrayIcon.isSystemTrayAvailable,
        key_source=LazyKeySource(paths.key_file),
        now=lambda: datetime.now(UTC),
        language=language,
    )
    controller = AppController(services)
    instance.messageReceived.connect(controller.handle_message)
    controller.start(args.message, in_tray=args.tray)
    # Second launches are heard once the window is up (QtNetwork loads then).
    if controller.window.isVisible():
        from kraken_guard.app.first_paint import after_first_paint

        after_first_paint(controller.window, instance.listen)
    else:  # started in the tray: nothing to paint
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, instance.listen)
    if args.exit_after_first_paint:
        from kraken_guard.app.first_paint import quit_after_first_paint

        quit_after_first_paint(controller.window)
    elif args.smoke_test:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(
            0,
            lambda: _report_smoke_test(
                controller.window.isVisible(),
                args.tray and controller.tray.icon is not None,
                controller.window.built_pages(),
            ),
        )
    elif recovery is not None:
        dialogs.warn(controller.window, "Kraken Guard", recovery.message())
    try:
        return app.exec()
    finally:
        controller.shutdown()
        instance.release()
        store.close()
        log.info("Kraken Guard stopped")


# What the first window must not load: each costs start-up time or memory, and each waits
# until the feature that needs it is used.
HEAVY_MODULES = (
    "keyring",
    "psutil",
    "segno",
    "pyotp",
    "mnemonic",
    "ada_url",
    "idna",
    "phonenumbers",
    "publicsuffixlist",
    "confusable_homoglyphs",
    "linkify_it",
    "pysequoia",
    "authres",
    "dkim",
    "dns",
    "email.message",
    "email.parser",
    "plistlib",
    "subprocess",
    # Language support costs nothing in English: no Babel, no .ts or catalogue parsing.
    "babel",
    "xml.etree.ElementTree",
    "kraken_guard.core.content_catalogue",
    # The checks behind the pages, and the pages themselves, load on first use.
    "kraken_guard.core.messages.check",
    "kraken_guard.core.email",
    "kraken_guard.core.links.check",
    "kraken_guard.core.phone.check",
    "kraken_guard.core.call.incidents",
    "kraken_guard.core.setup.clock_check",
    "kraken_guard.app.verify_controller",
    "kraken_guard.app.links_controller",
    "kraken_guard.app.email_controller",
    "kraken_guard.app.call_controller",
    "kraken_guard.views.setup_wizard",
    "kraken_guard.views.quick_verify_popup",
)


def _report_smoke_test(
    window_visible: bool, in_tray: bool = False, built: Sequence[str] = ()
) -> None:
    """Print what started; succeed when the window shows (or, with --tray, the tray icon)."""
    from PySide6.QtCore import QCoreApplication

    heavy = sorted(name for name in HEAVY_MODULES if name in sys.modules)
    print(
        f"window_visible={window_visible} in_tray={in_tray} "
        f"heavy_modules={','.join(heavy) or 'none'} pages_built={','.join(built) or 'none'}"
    )
    QCoreApplication.exit(0 if window_visible or in_tray else 3)


if __name__ == "__main__":
    sys.exit(main())
