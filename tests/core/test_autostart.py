"""Start at login: real on Linux (a temporary XDG_CONFIG_HOME), through the seam elsewhere."""

from __future__ import annotations

import configparser
import io
import json
import plistlib
from pathlib import Path

import pytest

from kraken_guard.cli import main
from kraken_guard.core.autostart import (
    APP_ID,
    RUN_KEY,
    RUN_VALUE,
    MacAutostart,
    RecordingRegistry,
    WindowsAutostart,
    XdgAutostart,
    autostart_for,
    desktop_exec,
    launch_command,
)

COMMAND = ["/opt/Kraken Guard/kraken-guard"]


def read_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment, method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_linux_on_writes_an_autostart_entry_that_starts_in_the_tray(tmp_path: Path) -> None:
    autostart = XdgAutostart(tmp_path, COMMAND)
    assert not autostart.status().enabled
    state = autostart.enable()
    entry = tmp_path / "autostart" / f"{APP_ID}.desktop"
    assert state.enabled and state.where == str(entry)
    fields = read_entry(entry)
    assert fields["Type"] == "Application"
    assert fields["Exec"] == '"/opt/Kraken Guard/kraken-guard" --tray'
    assert fields["Icon"] == APP_ID


def test_linux_off_removes_exactly_the_entry_it_added(tmp_path: Path) -> None:
    folder = tmp_path / "autostart"
    folder.mkdir()
    (folder / "other-app.desktop").write_text("[Desktop Entry]\nType=Application\nExec=x\n")
    autostart = XdgAutostart(tmp_path, COMMAND)
    autostart.enable()
    state = autostart.disable()
    assert not state.enabled
    assert sorted(p.name for p in folder.iterdir()) == ["other-app.desktop"]
    assert not autostart.disable().enabled  # turning off twice is fine


def test_linux_leaves_a_persons_own_entry_alone(tmp_path: Path) -> None:
    own = tmp_path / "autostart" / f"{APP_ID}.desktop"
    own.parent.mkdir()
    own.write_text("[Desktop Entry]\nType=Application\nExec=kraken-guard --call\n")
    state = XdgAutostart(tmp_path, COMMAND).disable()
    assert own.read_text().endswith("--call\n")
    assert state.enabled and "left" in state.note


def test_linux_entry_hidden_by_the_desktop_counts_as_off(tmp_path: Path) -> None:
    autostart = XdgAutostart(tmp_path, COMMAND)
    autostart.enable()
    text = autostart.entry.read_text().replace("enabled=true", "enabled=false")
    autostart.entry.write_text(text)
    assert not autostart.status().enabled


def test_exec_quotes_what_the_desktop_spec_reserves() -> None:
    assert desktop_exec(["/usr/bin/kraken-guard", "--tray"]) == "/usr/bin/kraken-guard --tray"
    assert desktop_exec(['/home/a "b"/$x', "100%"]) == '"/home/a \\"b\\"/\\$x" 100%%'


def test_windows_on_and_off_write_and_remove_one_run_value() -> None:
    registry = RecordingRegistry()
    registry.set(RUN_KEY, "Someone Else", "other.exe")
    autostart = WindowsAutostart(registry, [r"C:\Program Files\Kraken Guard\kraken-guard.exe"])
    state = autostart.enable()
    assert state.enabled
    assert registry.get(RUN_KEY, RUN_VALUE) == (
        r'"C:\Program Files\Kraken Guard\kraken-guard.exe" --tray'
    )
    assert not autostart.disable().enabled
    assert registry.values == {(RUN_KEY, "Someone Else"): "other.exe"}
    assert [w[0] for w in registry.writes] == ["set", "set", "delete"]
    autostart.disable()
    assert len(registry.writes) == 3  # off when already off writes nothing


def test_macos_on_writes_a_launch_agent_and_off_removes_it(tmp_path: Path) -> None:
    autostart = autostart_for("darwin", {}, home=tmp_path, command=["/Applications/K.app/K"])
    assert isinstance(autostart, MacAutostart)
    autostart.enable()
    plist = tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    agent = plistlib.loads(plist.read_bytes())
    assert agent["Label"] == APP_ID
    assert agent["ProgramArguments"] == ["/Applications/K.app/K", "--tray"]
    assert agent["RunAtLoad"] is True
    assert autostart.status().enabled
    assert not autostart.disable().enabled
    assert list(plist.parent.iterdir()) == []


def test_the_platform_picks_the_way(tmp_path: Path) -> None:
    linux = autostart_for("linux", {"XDG_CONFIG_HOME": str(tmp_path)}, command=["k"])
    assert isinstance(linux, XdgAutostart) and linux.config_home == tmp_path
    default = autostart_for("linux", {}, home=tmp_path, command=["k"])
    assert isinstance(default, XdgAutostart) and default.config_home == tmp_path / ".config"
    windows = autostart_for("win32", {}, registry=RecordingRegistry(), command=["k"])
    assert isinstance(windows, WindowsAutostart)


def test_inside_flatpak_the_entry_goes_to_the_persons_autostart_and_runs_flatpak(
    tmp_path: Path,
) -> None:
    env = {"FLATPAK_ID": APP_ID, "XDG_CONFIG_HOME": str(tmp_path / ".var" / "app")}
    autostart = autostart_for("linux", env, home=tmp_path)
    assert isinstance(autostart, XdgAutostart)
    autostart.enable()
    fields = read_entry(tmp_path / ".config" / "autostart" / f"{APP_ID}.desktop")
    assert fields["Exec"] == f"flatpak run {APP_ID} --tray"


def test_launch_command_prefers_the_bundle_then_the_installed_script(tmp_path: Path) -> None:
    assert launch_command({}, "/opt/kg/kraken-guard", frozen=True) == ["/opt/kg/kraken-guard"]
    script = tmp_path / "kraken-guard"
    script.write_text("#!/bin/sh\n")
    assert launch_command({}, str(tmp_path / "python"), frozen=False) == [str(script)]


def run_cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_cli_autostart_on_status_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    entry = tmp_path / "autostart" / f"{APP_ID}.desktop"
    code, out, _ = run_cli("autostart", "status")
    assert code == 0 and "does not start" in out
    code, out, _ = run_cli("autostart", "on")
    assert code == 0 and "starts in the tray" in out and entry.is_file()
    assert "--tray" in read_entry(entry)["Exec"]
    code, out, _ = run_cli("autostart", "status", "--json")
    assert json.loads(out) == {"enabled": True, "where": str(entry), "note": ""}
    code, out, _ = run_cli("autostart", "off")
    assert code == 0 and "does not start" in out and not entry.exists()


def test_cli_autostart_says_what_to_do_when_the_folder_cannot_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocker))
    code, out, err = run_cli("autostart", "on")
    assert code == 1 and out == ""
    assert "could not write" in err and "try again" in err and "Traceback" not in err
