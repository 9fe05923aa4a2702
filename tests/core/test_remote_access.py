import psutil
import pytest
import textstat

from kraken_guard.core.call.remote_access import (
    RemoteTool,
    find_running,
    load_tools,
    running_process_names,
)
from kraken_guard.core.content import load_content


def test_a_running_tool_is_found_by_its_process_name_in_any_case() -> None:
    found = find_running(load_tools(), lambda: ["bash", "AnyDesk.exe", "firefox"])
    assert [tool.title for tool in found] == ["AnyDesk"]


def test_nothing_is_found_among_ordinary_processes() -> None:
    assert find_running(load_tools(), lambda: ["bash", "firefox", "systemd", ""]) == []


def test_linux_truncated_names_still_match() -> None:
    tool = RemoteTool("crd", "Chrome Remote Desktop", frozenset({"chrome-remote-desktop-host"}))
    assert find_running([tool], lambda: ["chrome-remote-d"]) == [tool]
    assert find_running([tool], lambda: ["chrome"]) == []


def test_each_tool_is_named_once_even_with_many_processes() -> None:
    found = find_running(load_tools(), lambda: ["teamviewerd", "TeamViewer", "tv_bin"])
    assert [tool.id for tool in found] == ["teamviewer"]


class _Vanishing:
    def __init__(self, error: Exception | None, name: str = "anydesk") -> None:
        self._error = error
        self._name = name

    def name(self) -> str:
        if self._error:
            raise self._error
        return self._name


def test_real_lister_skips_processes_that_vanish_or_are_off_limits(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    processes = [
        _Vanishing(psutil.NoSuchProcess(1)),
        _Vanishing(psutil.AccessDenied(2)),
        _Vanishing(psutil.ZombieProcess(3)),
        _Vanishing(None),
    ]
    monkeypatch.setattr(psutil, "process_iter", lambda: iter(processes))
    assert running_process_names() == ["anydesk"]


def test_how_to_close_a_remote_app_is_plain_and_says_support_never_asks() -> None:
    steps = load_content("remote_access_tools").extra["close_steps"]
    assert "never asks for remote access" in steps[0]
    assert textstat.flesch_kincaid_grade(" ".join(steps)) <= 8
