"""Small fakes for the collaborators the app receives: keychain, clock, dialogs, browser."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """An in-memory keychain; `fail_with` makes every call raise, like a locked keychain."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}
        self.fail_with: Exception | None = None

    def get_password(self, service: str, username: str) -> str | None:
        if self.fail_with:
            raise self.fail_with
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.fail_with:
            raise self.fail_with
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@dataclass
class FakeClock:
    """A clock the test moves by hand."""

    now_value: datetime = field(default_factory=lambda: datetime(2026, 11, 24, 10, 0, tzinfo=UTC))

    def __call__(self) -> datetime:
        return self.now_value

    def advance(self, **delta: float) -> None:
        self.now_value += timedelta(**delta)


@dataclass
class RecordingDialogs:
    """Stands in for app.dialogs.Dialogs: records each question, answers from `answers`.

    File choosers answer from `files` (a path, or None for "cancelled"); empty means cancelled.
    """

    shown: list[tuple[str, str, str]] = field(default_factory=list)
    answers: list[Any] = field(default_factory=list)
    files: list[Path | None] = field(default_factory=list)

    def inform(self, parent: object, title: str, text: str) -> None:
        self.shown.append(("inform", title, text))

    def warn(self, parent: object, title: str, text: str) -> None:
        self.shown.append(("warn", title, text))

    def confirm(self, parent: object, title: str, text: str, confirm_label: str) -> bool:
        self.shown.append(("confirm", title, text))
        return bool(self.answers.pop(0)) if self.answers else False

    def confirm_guarded(self, parent: object, title: str, change: str) -> bool:
        self.shown.append(("guarded", title, change))
        return bool(self.answers.pop(0)) if self.answers else False

    def choose_folder(self, parent: object, title: str, start: str) -> Path | None:
        self.shown.append(("choose", title, f"folder, starting in {start}"))
        return self._next_file()

    def choose_save_file(
        self, parent: object, title: str, suggested_name: str, kinds: str
    ) -> Path | None:
        self.shown.append(("choose", title, f"save as {suggested_name} ({kinds})"))
        return self._next_file()

    def choose_open_file(self, parent: object, title: str, kinds: str) -> Path | None:
        self.shown.append(("choose", title, f"open {kinds}"))
        return self._next_file()

    def _next_file(self) -> Path | None:
        return self.files.pop(0) if self.files else None

    def texts(self) -> str:
        return "\n".join(f"{title}: {text}" for _, title, text in self.shown)


@dataclass
class RecordingBrowser:
    """Stands in for QDesktopServices.openUrl."""

    opened: list[str] = field(default_factory=list)
    works: bool = True

    def __call__(self, url: Any) -> bool:
        self.opened.append(url.toString())
        return self.works
