"""Where the bundled resources live: installed, editable, or frozen by PyInstaller."""

from __future__ import annotations

from functools import cache
from pathlib import Path

TYPE_CHECKING = False  # typing itself costs a quick command ~3 ms
if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


@cache
def resource_root() -> Traversable:
    """The `resources/` folder, as shipped in the wheel or as found in a source checkout.

    Looked up once: the start-up path asks for icons and content many times.
    """
    source = Path(__file__).resolve().parents[2] / "resources"
    packaged = Path(__file__).resolve().parents[1] / "resources"
    if packaged.is_dir():  # a plain folder in the installed package: no importlib.resources
        return packaged
    if source.is_dir():
        return source
    from importlib import resources  # a zip or frozen bundle

    return resources.files("kraken_guard") / "resources"


def resource_path(*parts: str) -> Traversable:
    node = resource_root()
    for part in parts:
        node = node / part
    return node
