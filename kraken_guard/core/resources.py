"""Where the bundled resources live: installed, editable, or frozen by PyInstaller."""

from __future__ import annotations

import os
from functools import cache

TYPE_CHECKING = False  # typing itself costs a quick command ~3 ms
if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


@cache
def resource_folder() -> str | None:
    """The `resources/` folder as a plain path, as shipped in the wheel or as found in a source
    checkout; None in a zip or a frozen bundle. Found with os.path: a quick command-line check
    that only lists a folder need not load pathlib (~4 ms)."""
    package = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))  # kraken_guard/
    packaged = os.path.join(package, "resources")
    source = os.path.join(os.path.dirname(package), "resources")
    if os.path.isdir(packaged):  # a plain folder in the installed package
        return packaged
    if os.path.isdir(source):
        return source
    return None


@cache
def resource_root() -> Traversable:
    """The `resources/` folder (see resource_folder), or its place in a zip or frozen bundle.

    Looked up once: the start-up path asks for icons and content many times.
    """
    folder = resource_folder()
    if folder is not None:  # a plain folder: no importlib.resources
        from pathlib import Path

        return Path(folder)
    from importlib import resources  # a zip or frozen bundle

    return resources.files("kraken_guard") / "resources"


def resource_path(*parts: str) -> Traversable:
    node = resource_root()
    for part in parts:
        node = node / part
    return node


def resource_subfolders(*parts: str) -> list[str]:
    """The names of the folders inside a resource folder, sorted ([] when it is not there)."""
    root = resource_folder()
    if root is None:
        node = resource_path(*parts)
        return sorted(e.name for e in node.iterdir() if e.is_dir()) if node.is_dir() else []
    folder = os.path.join(root, *parts)
    if not os.path.isdir(folder):
        return []
    with os.scandir(folder) as entries:
        return sorted(entry.name for entry in entries if entry.is_dir())
