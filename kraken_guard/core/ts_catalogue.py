"""The app's Qt Linguist translations (.ts) read without Qt, so the command line speaks them too.

Only finished messages are used; anything unfinished, vanished or missing stays in English. The
file is parsed on the first lookup, and never for English.
"""

from __future__ import annotations

from collections.abc import Callable

from kraken_guard.core.resources import resource_path

TYPE_CHECKING = False  # typing itself costs a quick command ~3 ms
if TYPE_CHECKING:  # importlib.resources costs ~2 ms to import, for a type hint alone
    from importlib.resources.abc import Traversable

CATALOG = "kraken_guard"
# A message kind Qt itself would not show.
_SKIPPED_TYPES = frozenset({"unfinished", "vanished", "obsolete"})

Translate = Callable[[str, str], str]


def english(context: str, text: str) -> str:
    return text


def ts_file(language: str, folder: Traversable | None = None) -> Traversable:
    return (folder or resource_path("translations")) / f"{CATALOG}_{language}.ts"


def _messages(source: Traversable) -> dict[tuple[str, str], str]:
    if not source.is_file():
        return {}
    import xml.etree.ElementTree as ET

    try:
        root = ET.fromstring(source.read_bytes())
    except (OSError, ET.ParseError):
        # A broken translation must not stop a command: the person reads English instead.
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = message.findtext("source")
            translation = message.find("translation")
            if text is None or translation is None:
                continue
            if translation.get("type") in _SKIPPED_TYPES or message.get("numerus") == "yes":
                continue
            if translation.text and translation.text.strip():
                found[(name, text)] = translation.text
    return found


def translator_for(language: str, folder: Traversable | None = None) -> Translate:
    """translate(context, source) for `language`; English (or no file) returns the source."""
    if not language or language == "en":
        return english
    source = ts_file(language, folder)
    loaded: list[dict[tuple[str, str], str]] = []

    def translate(context: str, text: str) -> str:
        if not loaded:
            loaded.append(_messages(source))
        return loaded[0].get((context, text), text)

    return translate


def fill(translate: Translate, context: str, template: str, **values: object) -> str:
    """The translated template filled in; a translation that broke a {placeholder} reads English."""
    try:
        return translate(context, template).format(**values)
    except (KeyError, IndexError, ValueError):
        return template.format(**values)
