"""Where the bundled resources live: installed, editable, or frozen by PyInstaller."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path


def resource_root() -> Traversable:
    """The `resources/` folder, as shipped in the wheel or as found in a source checkout."""
    packaged = resources.files("kraken_guard") / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Traversable:
    node = resource_root()
    for part in parts:
        node = node / part
    return node
