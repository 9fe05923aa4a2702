"""Finds running remote-access tools by process name; the process list is injected."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kraken_guard.core.content import load_content
from kraken_guard.core.logs import get_logger

log = get_logger(__name__)

ProcessLister = Callable[[], Iterable[str]]

# Linux keeps only the first 15 characters of a process name in /proc/<pid>/stat.
LINUX_COMM_LENGTH = 15


@dataclass(frozen=True)
class RemoteTool:
    id: str
    title: str
    process_names: frozenset[str]

    def matches(self, process_name: str) -> bool:
        name = process_name.strip().lower()
        if not name:
            return False
        if name in self.process_names:
            return True
        return len(name) == LINUX_COMM_LENGTH and any(
            known.startswith(name) for known in self.process_names
        )


def load_tools() -> tuple[RemoteTool, ...]:
    """The tools listed in resources/content/remote_access_tools.json."""
    return tuple(
        RemoteTool(item.id, item.title, frozenset(item.extra["process_names"]))
        for item in load_content("remote_access_tools").items
    )


def find_running(tools: Iterable[RemoteTool], list_processes: ProcessLister) -> list[RemoteTool]:
    """The tools with at least one running process, in the order of `tools`."""
    names = [name for name in list_processes() if isinstance(name, str)]
    return [tool for tool in tools if any(tool.matches(name) for name in names)]


def running_process_names() -> list[str]:
    """Names of this computer's processes; ones that vanish or are off limits are skipped."""
    import psutil

    names = []
    for process in psutil.process_iter():
        try:
            names.append(process.name())
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            continue
        except OSError as error:  # a process can fail in platform-specific ways mid-read
            log.debug("skipped a process: %s", error)
    return names
