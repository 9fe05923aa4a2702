"""The real entry point starts, shows its window fast, and leaves heavy imports for later."""

import os
import subprocess
import sys
from pathlib import Path


def run_app(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KRAKEN_GUARD_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "kraken_guard", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_app_starts_shows_its_window_and_imports_no_keyring(isolated_home: Path) -> None:
    result = run_app(isolated_home, "--smoke-test")
    assert result.returncode == 0, result.stderr
    assert "window_visible=True" in result.stdout
    assert "heavy_modules=none" in result.stdout
    # Only Home is built for the first window; every other page waits until it is opened.
    assert "pages_built=home" in result.stdout.split()
    log = (isolated_home / "logs" / "kraken-guard.log").read_text()
    assert "starting" in log


def test_damaged_database_is_kept_aside_when_the_app_starts(isolated_home: Path) -> None:
    data = isolated_home / "data"
    data.mkdir(parents=True)
    (data / "kraken-guard.sqlite3").write_bytes(b"this is not a database at all" * 40)
    result = run_app(isolated_home, "--smoke-test")
    assert result.returncode == 0, result.stderr
    kept = list(data.glob("kraken-guard.sqlite3.damaged-*"))
    assert len(kept) == 1
    assert kept[0].read_bytes().startswith(b"this is not a database")
    assert "moved to" in (isolated_home / "logs" / "kraken-guard.log").read_text()


def test_help_and_version_need_no_screen(isolated_home: Path) -> None:
    result = run_app(isolated_home, "--help")
    assert result.returncode == 0
    assert "--call" in result.stdout
    bad = run_app(isolated_home, "--call", "--verify")
    assert bad.returncode == 2
    assert "not allowed with" in bad.stderr


def test_exit_after_first_paint_quits_cleanly_and_keeps_to_the_given_home(
    isolated_home: Path, tmp_path: Path
) -> None:
    user_home = tmp_path / "user-home"
    user_home.mkdir()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("XDG_")},
        "HOME": str(user_home),
        "KRAKEN_GUARD_HOME": str(isolated_home),
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [sys.executable, "-m", "kraken_guard", "--exit-after-first-paint"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (isolated_home / "data" / "kraken-guard.sqlite3").exists()
    assert not [p for p in user_home.rglob("*") if "kraken" in p.name.lower()]


def test_the_start_up_check_watches_every_library_the_first_window_does_without() -> None:
    from kraken_guard.__main__ import HEAVY_MODULES

    off_the_first_window = {
        # keychain, process list, QR, one-time codes, seed words
        "keyring",
        "psutil",
        "segno",
        "pyotp",
        "mnemonic",
        # numbers, links, look-alikes
        "phonenumbers",
        "idna",
        "ada_url",
        "publicsuffixlist",
        "confusable_homoglyphs",
        # messages and email: links in text, signatures, provider results, DKIM, DNS
        "linkify_it",
        "pysequoia",
        "authres",
        "dkim",
        "dns",
        "email.message",
        # other languages, content catalogues
        "babel",
        "xml.etree.ElementTree",
        "kraken_guard.core.content_catalogue",
        # the pages and checks behind them
        "kraken_guard.core.messages.check",
        "kraken_guard.core.email",
        "kraken_guard.views.setup_wizard",
        "kraken_guard.app.email_controller",
    }
    assert off_the_first_window <= set(HEAVY_MODULES)
