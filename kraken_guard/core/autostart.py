"""Start at login: an XDG autostart entry, a Windows `Run` value, or a macOS LaunchAgent.

Each way has a seam: the Linux and macOS ones write into a folder they are given (a temporary
one in tests), the Windows one into a `Registry` (a recording fake in tests). Turning start at
login off removes exactly what turning it on added, and nothing a person wrote themselves.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from kraken_guard.core.atomic import write_atomic
from kraken_guard.core.i18n import QT_TRANSLATE_NOOP

APP_ID = "io.github.kraken_guard.KrakenGuard"
TRAY_FLAG = "--tray"
# Marks the entries Kraken Guard wrote, so turning off never removes a person's own entry.
MARKER_KEY = "X-KrakenGuard-Autostart"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "Kraken Guard"


CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "autostart",
    "Kraken Guard could not write {where} ({problem}). "
    "Check that the folder belongs to you and that the disk is not full, then try again.",
)
CANNOT_REMOVE = QT_TRANSLATE_NOOP(
    "autostart",
    "Kraken Guard could not remove {where} ({problem}). "
    "Check that the folder belongs to you, then try again.",
)
OWN_ENTRY_KEPT = QT_TRANSLATE_NOOP(
    "autostart", "This entry is your own, so Kraken Guard left it as it is."
)
OTHER_ENTRY_LEFT = QT_TRANSLATE_NOOP(
    "autostart",
    "This entry was not made by Kraken Guard, so it was left in place. "
    "Remove it in your desktop's startup settings.",
)
OWN_ENTRY = QT_TRANSLATE_NOOP("autostart", "This entry is your own.")
OTHER_FILE_LEFT = QT_TRANSLATE_NOOP(
    "autostart", "This file was not made by Kraken Guard, so it was left in place."
)


class AutostartError(Exception):
    """Start at login could not be changed; the message says what to do next.

    `template` and `fields` let the GUI show the message in the person's language.
    """

    def __init__(self, template: str, where: object, problem: str) -> None:
        self.template = template
        self.fields = {"where": str(where), "problem": problem}
        super().__init__(template.format(**self.fields))


@dataclass(frozen=True)
class AutostartState:
    enabled: bool
    where: str  # the file or registry value a person can check
    note: str = ""  # e.g. a person's own entry that Kraken Guard leaves alone


class Autostart(Protocol):
    def enable(self) -> AutostartState: ...

    def disable(self) -> AutostartState: ...

    def status(self) -> AutostartState: ...


def _failed(action: str, where: object, error: OSError) -> AutostartError:
    template = CANNOT_WRITE if action == "write" else CANNOT_REMOVE
    return AutostartError(template, where, str(error.strerror or error))


# ---------------------------------------------------------------- Linux and other XDG desktops


def desktop_exec(command: Sequence[str]) -> str:
    """`command` as a desktop entry Exec value (quoted where the spec asks, % doubled)."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    parts = []
    for arg in command:
        text = arg.replace("%", "%%")
        if text and not (set(text) & reserved):
            parts.append(text)
            continue
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in text)
        parts.append(f'"{escaped}"')
    return " ".join(parts)


def desktop_entry(command: Sequence[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Kraken Guard\n"
        "Comment=Starts Kraken Guard in the tray when you log in\n"
        f"Exec={desktop_exec([*command, TRAY_FLAG])}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
        f"{MARKER_KEY}=true\n"
    )


@dataclass
class XdgAutostart:
    """A desktop entry in `config_home`/autostart (freedesktop Desktop Application Autostart)."""

    config_home: Path
    command: Sequence[str]

    @property
    def entry(self) -> Path:
        return self.config_home / "autostart" / f"{APP_ID}.desktop"

    def _ours(self) -> bool:

        try:
            text = self.entry.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
        return f"\n{MARKER_KEY}=true" in text

    def enable(self) -> AutostartState:
        if self.entry.exists() and not self._ours():
            return AutostartState(True, str(self.entry), OWN_ENTRY_KEPT)
        try:
            self.entry.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.entry, desktop_entry(self.command), mode=0o644)
        except OSError as error:
            raise _failed("write", self.entry, error) from error
        return self.status()

    def disable(self) -> AutostartState:
        if self.entry.exists() and not self._ours():
            return AutostartState(True, str(self.entry), OTHER_ENTRY_LEFT)
        try:
            self.entry.unlink(missing_ok=True)
        except OSError as error:
            raise _failed("remove", self.entry, error) from error
        return self.status()

    def status(self) -> AutostartState:
        if not self.entry.exists():
            return AutostartState(False, str(self.entry))
        text = self.entry.read_text(encoding="utf-8", errors="replace")
        hidden = "\nHidden=true" in text or "\nX-GNOME-Autostart-enabled=false" in text
        note = "" if self._ours() else OWN_ENTRY
        return AutostartState(not hidden, str(self.entry), note)


# ---------------------------------------------------------------- Windows


class Registry(Protocol):
    """The few HKEY_CURRENT_USER calls start at login needs (the seam for tests)."""

    def get(self, key: str, name: str) -> str | None: ...

    def set(self, key: str, name: str, value: str) -> None: ...

    def delete(self, key: str, name: str) -> None: ...


def _winreg() -> Any:
    """winreg exists on Windows only (mypy checks this module as Linux code)."""
    return importlib.import_module("winreg")


class WindowsRegistry:
    """The real HKEY_CURRENT_USER, through winreg (Windows only)."""

    def get(self, key: str, name: str) -> str | None:
        winreg = _winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
                value, _ = winreg.QueryValueEx(handle, name)
        except FileNotFoundError:
            return None
        return str(value)

    def set(self, key: str, name: str, value: str) -> None:
        winreg = _winreg()
        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as handle:
            winreg.SetValueEx(handle, name, 0, winreg.REG_SZ, value)

    def delete(self, key: str, name: str) -> None:
        winreg = _winreg()
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as handle:
            winreg.DeleteValue(handle, name)


@dataclass
class RecordingRegistry:
    """A registry in memory that records every write: Windows start at login, tested anywhere."""

    values: dict[tuple[str, str], str] = field(default_factory=dict)
    writes: list[tuple[str, str, str, str | None]] = field(default_factory=list)

    def get(self, key: str, name: str) -> str | None:
        return self.values.get((key, name))

    def set(self, key: str, name: str, value: str) -> None:
        self.values[(key, name)] = value
        self.writes.append(("set", key, name, value))

    def delete(self, key: str, name: str) -> None:
        if (key, name) not in self.values:
            raise FileNotFoundError(2, "The system cannot find the file specified", name)
        del self.values[(key, name)]
        self.writes.append(("delete", key, name, None))


@dataclass
class WindowsAutostart:
    """A `Kraken Guard` value under HKCU\\...\\CurrentVersion\\Run: no admin rights needed."""

    registry: Registry
    command: Sequence[str]

    @property
    def value(self) -> str:
        import subprocess

        return subprocess.list2cmdline([*self.command, TRAY_FLAG])

    @property
    def where(self) -> str:
        return f"HKEY_CURRENT_USER\\{RUN_KEY}\\{RUN_VALUE}"

    def enable(self) -> AutostartState:
        try:
            self.registry.set(RUN_KEY, RUN_VALUE, self.value)
        except OSError as error:
            raise _failed("write", self.where, error) from error
        return self.status()

    def disable(self) -> AutostartState:
        if self.registry.get(RUN_KEY, RUN_VALUE) is None:
            return self.status()
        try:
            self.registry.delete(RUN_KEY, RUN_VALUE)
        except FileNotFoundError:
            pass
        except OSError as error:
            raise _failed("remove", self.where, error) from error
        return self.status()

    def status(self) -> AutostartState:
        return AutostartState(self.registry.get(RUN_KEY, RUN_VALUE) is not None, self.where)


# ---------------------------------------------------------------- macOS


def launch_agent(command: Sequence[str]) -> bytes:
    import plistlib

    return plistlib.dumps(
        {
            "Label": APP_ID,
            "ProgramArguments": [*command, TRAY_FLAG],
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
        }
    )


@dataclass
class MacAutostart:
    """A LaunchAgent in `launch_agents` (~/Library/LaunchAgents), loaded at the next login."""

    launch_agents: Path
    command: Sequence[str]

    @property
    def plist(self) -> Path:
        return self.launch_agents / f"{APP_ID}.plist"

    def _ours(self) -> bool:
        import plistlib

        try:
            with self.plist.open("rb") as stream:
                return plistlib.load(stream).get("Label") == APP_ID
        except (OSError, plistlib.InvalidFileException, ValueError, AttributeError):
            return False

    def enable(self) -> AutostartState:
        try:
            self.launch_agents.mkdir(parents=True, exist_ok=True)
            write_atomic(self.plist, launch_agent(self.command), mode=0o644)
        except OSError as error:
            raise _failed("write", self.plist, error) from error
        return self.status()

    def disable(self) -> AutostartState:
        if self.plist.exists() and not self._ours():
            return AutostartState(True, str(self.plist), OTHER_FILE_LEFT)
        try:
            self.plist.unlink(missing_ok=True)
        except OSError as error:
            raise _failed("remove", self.plist, error) from error
        return self.status()

    def status(self) -> AutostartState:
        return AutostartState(self.plist.exists() and self._ours(), str(self.plist))


# ---------------------------------------------------------------- choosing one


def launch_command(
    environ: Mapping[str, str] | None = None,
    executable: str | None = None,
    frozen: bool | None = None,
) -> list[str]:
    """How to start this copy of Kraken Guard: Flatpak, a frozen bundle, or the installed script."""
    env = os.environ if environ is None else environ
    python = executable or sys.executable
    if env.get("FLATPAK_ID"):
        return ["flatpak", "run", env["FLATPAK_ID"]]
    if getattr(sys, "frozen", False) if frozen is None else frozen:
        return [python]
    folder = Path(python).parent
    for name in ("kraken-guard", "kraken-guard.exe"):
        script = folder / name
        if script.is_file():
            return [str(script)]
    import shutil

    found = shutil.which("kraken-guard")
    return [found] if found else [python, "-m", "kraken_guard"]


def autostart_for(
    platform: str | None = None,
    environ: Mapping[str, str] | None = None,
    home: Path | None = None,
    registry: Registry | None = None,
    command: Sequence[str] | None = None,
) -> Autostart:
    """The way this system starts apps at login, for this copy of Kraken Guard."""
    system = platform or sys.platform
    env = os.environ if environ is None else environ
    user_home = home or Path.home()
    how = list(command) if command is not None else launch_command(env)
    if system.startswith("win"):
        return WindowsAutostart(registry or WindowsRegistry(), how)
    if system == "darwin":
        return MacAutostart(user_home / "Library" / "LaunchAgents", how)
    config = env.get("XDG_CONFIG_HOME", "").strip()
    if env.get("FLATPAK_ID"):
        # Inside Flatpak XDG_CONFIG_HOME is the app's own; the session reads the person's.
        # The manifest grants exactly xdg-config/autostart for this.
        config = ""
    return XdgAutostart(Path(config) if config else user_home / ".config", how)


class LazyAutostart:
    """This system's autostart, found on first use: no file look-ups on the way to the window."""

    def __init__(self) -> None:
        self._found: Autostart | None = None

    def _real(self) -> Autostart:
        if self._found is None:
            self._found = autostart_for()
        return self._found

    def enable(self) -> AutostartState:
        return self._real().enable()

    def disable(self) -> AutostartState:
        return self._real().disable()

    def status(self) -> AutostartState:
        return self._real().status()
