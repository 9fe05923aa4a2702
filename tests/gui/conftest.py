"""GUI fixtures: the real controller built on fakes, registered with qtbot for clean teardown."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from kraken_guard.app.application import configure_application
from kraken_guard.app.controller import AppController
from kraken_guard.app.services import Services
from kraken_guard.core.paths import AppPaths
from kraken_guard.core.store import Store
from kraken_guard.core.trust.signed_items import Protection, TrustKey
from tests.fakes import FakeClock, RecordingBrowser, RecordingDialogs
from tools.build_translations import build_translations

# Every way a test could block on a real modal dialog. Code must ask through the Dialogs seam.
REAL_MODALS: list[tuple[type, str]] = [
    (QFileDialog, "getSaveFileName"),
    (QFileDialog, "getOpenFileName"),
    (QFileDialog, "getExistingDirectory"),
    (QDialog, "exec"),
    (QMessageBox, "exec"),
    (QMessageBox, "information"),
    (QMessageBox, "warning"),
    (QMessageBox, "critical"),
    (QMessageBox, "question"),
]


def _refuse(name: str) -> Callable[..., object]:
    def opened(*args: object, **kwargs: object) -> object:
        raise AssertionError(
            f"a test opened a real {name}, which would wait for a click forever; "
            "ask through the Dialogs seam (tests.fakes.RecordingDialogs) instead"
        )

    return opened


@pytest.fixture(autouse=True)
def no_real_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail fast, naming the dialog, instead of hanging the suite on a real modal dialog."""
    for owner, method in REAL_MODALS:
        monkeypatch.setattr(owner, method, _refuse(f"{owner.__name__}.{method}"))


@pytest.fixture
def dialogs() -> RecordingDialogs:
    return RecordingDialogs()


@pytest.fixture
def browser() -> RecordingBrowser:
    return RecordingBrowser()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def services(
    paths: AppPaths,
    store: Store,
    dialogs: RecordingDialogs,
    browser: RecordingBrowser,
    clock: FakeClock,
) -> Services:
    return Services(
        paths=paths,
        store=store,
        dialogs=dialogs,  # type: ignore[arg-type]
        open_url=browser,
        tray_available=lambda: False,
        key_source=lambda: TrustKey(b"k" * 32, Protection.KEYCHAIN),
        now=clock,
    )


# The app waits seconds before its trusted-data check; tests need not wait that long.
TEST_TRUST_CHECK_DELAY_MS = 400

_LIVE: list[AppController] = []  # controllers of the running test, shut before its store closes


def build_controller(qtbot, services: Services) -> AppController:  # type: ignore[no-untyped-def]
    """A controller whose every top-level widget qtbot closes and deletes at teardown."""
    built = AppController(services)
    built.trust_watch.start_delay_ms = TEST_TRUST_CHECK_DELAY_MS
    qtbot.addWidget(built.window)
    qtbot.addWidget(built.tray.menu)
    _LIVE.append(built)
    return built


@pytest.fixture(autouse=True)
def shut_controllers_before_the_store_closes(request: pytest.FixtureRequest) -> Iterator[None]:
    """Timers of a live controller (the trusted-data check) must not outlive the test's store."""
    if "store" in request.fixturenames:
        request.getfixturevalue("store")  # set up first, so it is closed after this teardown
    yield
    while _LIVE:
        built = _LIVE.pop()
        built.trust_watch.stop()
        built.calls.shutdown()
        built.tray.stop()
        built.window.hide_on_close = False
        built.deleteLater()


@pytest.fixture
def controller(qtbot, qapp: QApplication, services: Services) -> Iterator[AppController]:  # type: ignore[no-untyped-def]
    configure_application(qapp)
    yield build_controller(qtbot, services)


@pytest.fixture(scope="session")
def built_translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped languages compiled to .qm once per run, as the build does (.qm is not in git)."""
    folder = tmp_path_factory.mktemp("translations")
    assert build_translations(folder), "no kraken_guard_<lang>.ts to compile"
    return folder
