"""`--tray` (start at login): only the tray icon when there is a tray, the window when not."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kraken_guard.app.services import Services
from tests.gui.conftest import build_controller
from tests.gui.test_startup import run_app


def test_with_a_tray_start_at_login_shows_only_the_icon(qtbot, qapp, services: Services) -> None:  # type: ignore[no-untyped-def]
    services.tray_available = lambda: True
    controller = build_controller(qtbot, services)
    controller.start(in_tray=True)
    assert controller.tray.icon is not None
    assert not controller.window.isVisible()
    assert not qapp.quitOnLastWindowClosed()
    controller.actions.show_window.trigger()
    assert controller.window.isVisible()
    controller.tray.stop()
    controller.window.hide_on_close = False


def test_without_a_tray_start_at_login_shows_the_window(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    controller = build_controller(qtbot, services)
    controller.start(in_tray=True)
    assert controller.window.isVisible()
    assert controller.window.notice.isVisible()  # says why there is a window and no icon


def test_the_real_entry_point_accepts_tray(isolated_home: Path) -> None:
    home = isolated_home
    result = run_app(home, "--tray", "--smoke-test")  # offscreen has no tray: the window shows
    assert result.returncode == 0, result.stderr
    assert "window_visible=True" in result.stdout
    assert "--tray" in run_app(home, "--help").stdout


@pytest.mark.realtray
def test_at_login_with_a_real_tray_only_the_icon_appears(isolated_home: Path) -> None:
    """Runs in .ci/run under Xvfb with trayer: `--tray` starts with no window, just the icon."""
    env = {**os.environ, "KRAKEN_GUARD_HOME": str(isolated_home), "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run(
        [sys.executable, "-m", "kraken_guard", "--tray", "--smoke-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "window_visible=False in_tray=True" in result.stdout
