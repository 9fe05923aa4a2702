"""Content translations: which fields are prose, and the per-language catalogues beside English.

English files in resources/content stay the source of truth. A translation lives in
resources/content/i18n/<lang>/<name>.json as a flat object: each key names one English string
("items/<id>/<field>", "items/<id>/<field>/<n>" for a list entry, "file/<field>[/<n>]" for a
file-level field) and holds {"en": the English it translates, "text": the translation}. A string
whose "en" no longer matches the English file is stale and shown in English until re-translated.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from kraken_guard.core.content import ContentError, ContentFile, ContentItem, load_content
from kraken_guard.core.resources import resource_path

I18N_FOLDER = "i18n"
Visit = Callable[[str, str], str]
# Fields every content file has that are never prose.
ALWAYS_DATA = ("id", "reviewed", "items")


@dataclass(frozen=True)
class Fields:
    """Which fields of one content file are prose (translated) and which are data (kept as is).

    A prose field is a name ("body"), or a path into nested data: "rule.title", or
    "other_brands.*.title" for the title of every entry of a list. A list of strings is prose
    entry by entry.
    """

    item_prose: tuple[str, ...]
    item_data: tuple[str, ...] = ()
    file_prose: tuple[str, ...] = ()
    file_data: tuple[str, ...] = ()


# Every English content file must be declared here; a test fails for an undeclared file or field.
# Names of apps, domains, process names, links and phrase lists for matching are data.
FIELDS: Mapping[str, Fields] = {
    "security_features": Fields(("title", "body", "protects", "steps"), ("link",)),
    "never_ask": Fields(("title", "body")),
    "red_flags": Fields(("title", "body")),
    "in_call_steps": Fields(("title", "body"), file_prose=("hang_up_line",)),
    "after_sharing": Fields(("title", "body", "actions")),
    "remote_access_tools": Fields(
        ("body",), ("title", "process_names"), file_prose=("close_steps",)
    ),
    "link_verdicts": Fields(("title", "body")),
    "email_senders": Fields(("body",), ("title", "role"), file_data=("source",)),
    "message_rules": Fields(
        ("title", "body"),
        (
            "strength",
            "maps_to",
            "phrases",
            "only_if_kraken",
            "only_with",
            "negatable",
            "describable",
            "context",
            "context_or_kraken",
            "min_distinct",
            "unless_rules",
        ),
        file_data=(
            "source",
            "about",
            "max_gap",
            "kraken_claim",
            "negations",
            "denials",
            "ask_verbs",
            "not_kraken",
            "negation_ends",
            "negation_goes_on",
            "denial_ends",
            "reporters",
            "report_verbs",
            "report_frames",
            "speech_introducers",
            "impersonation",
        ),
    ),
    "social_accounts": Fields(
        ("title", "body"),
        ("platform", "handle", "source", "reviewed"),
        file_prose=("rule.title", "rule.body", "other_brands.*.title"),
        file_data=("source",),
    ),
    "email_providers": Fields(
        ("body",),
        ("title", "received", "hops", "one_line", "above", "delivery"),
        file_data=("source",),
    ),
    "kraken_pgp_key": Fields(("title", "body"), file_data=("source", "fingerprint", "key_page")),
    "lookalike_known_names": Fields(
        ("body",), ("kind", "title", "source"), file_data=("source", "note")
    ),
    "link_hosts": Fields(("body",), ("kind", "title", "source"), file_data=("source", "note")),
}


@dataclass(frozen=True)
class CatalogueReport:
    """What one language lacks against English: missing, stale (English changed) and orphaned."""

    language: str
    missing: dict[str, dict[str, str]] = field(default_factory=dict)
    stale: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)
    orphaned: dict[str, list[str]] = field(default_factory=dict)
    undeclared: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not (self.missing or self.stale or self.orphaned or self.undeclared)


def english_content_names() -> list[str]:
    """Every English content file shipped, by name (what a language must cover)."""
    folder = resource_path("content")
    return sorted(
        entry.name.removesuffix(".json")
        for entry in folder.iterdir()
        if entry.is_file() and entry.name.endswith(".json")
    )


def translated_languages() -> list[str]:
    """The languages that have a content catalogue folder."""
    folder = resource_path("content", I18N_FOLDER)
    if not folder.is_dir():
        return []
    return sorted(entry.name for entry in folder.iterdir() if entry.is_dir())


def fields_for(name: str) -> Fields:
    try:
        return FIELDS[name]
    except KeyError:
        raise ContentError(
            f"{name}.json has no entry in FIELDS (kraken_guard/core/content_catalogue.py): "
            "declare which of its fields are prose"
        ) from None


def english_strings(content: ContentFile) -> dict[str, str]:
    """Every prose string of an English content file, by catalogue key."""
    found: dict[str, str] = {}

    def record(key: str, text: str) -> str:
        found[key] = text
        return text

    _map_prose(content, record)
    return found


def _map_prose(content: ContentFile, visit: Visit) -> ContentFile:
    """`content` with `visit(key, text)` applied to each prose string that FIELDS declares."""
    fields = fields_for(content.name)
    file_extra: Any = dict(content.extra)
    for path in fields.file_prose:
        file_extra = _map(file_extra, path.split("."), "file", visit)
    items = []
    for item in content.items:
        values: Any = {"title": item.title, "body": item.body, **item.extra}
        for path in fields.item_prose:
            values = _map(values, path.split("."), f"items/{item.id}", visit)
        title, body = values.pop("title"), values.pop("body")
        items.append(ContentItem(item.id, title, body, values))
    return replace(content, items=tuple(items), extra=file_extra)


def _map(value: Any, parts: list[str], key: str, visit: Visit) -> Any:
    """Apply `visit` to the strings at `parts` below `value` ("*": every list entry)."""
    if not parts:
        if isinstance(value, str):
            return visit(key, value)
        if isinstance(value, list | tuple):
            return [
                visit(f"{key}/{i}", entry) if isinstance(entry, str) else entry
                for i, entry in enumerate(value)
            ]
        return value
    head, rest = parts[0], parts[1:]
    if head == "*" and isinstance(value, list | tuple):
        return [_map(entry, rest, f"{key}/{i}", visit) for i, entry in enumerate(value)]
    if isinstance(value, dict) and head in value:
        return {**value, head: _map(value[head], rest, f"{key}/{head}", visit)}
    return value


def undeclared_fields(content: ContentFile) -> list[str]:
    """Fields in the English file that FIELDS calls neither prose nor data."""
    fields = fields_for(content.name)
    known_item = {"id", *(p.split(".")[0] for p in fields.item_prose), *fields.item_data}
    known_file = {*ALWAYS_DATA, *(p.split(".")[0] for p in fields.file_prose), *fields.file_data}
    problems = [f"{content.name}: file field '{k}'" for k in content.extra if k not in known_file]
    for item in content.items:
        for key in ("title", "body", *item.extra):
            if key not in known_item:
                problems.append(f"{content.name}: item field '{key}' (in '{item.id}')")
    return sorted(set(problems))


@cache
def load_catalogue(name: str, language: str) -> dict[str, dict[str, str]]:
    """The translation of one content file; empty when the language has none yet."""
    source = resource_path("content", I18N_FOLDER, language, f"{name}.json")
    if not source.is_file():
        return {}
    try:
        raw = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ContentError(f"{language}/{name}.json cannot be read: {error}") from error
    if not isinstance(raw, dict):
        raise ContentError(f"{language}/{name}.json: expected an object of strings")
    entries: dict[str, dict[str, str]] = {}
    for key, entry in raw.items():
        if not (
            isinstance(entry, dict)
            and isinstance(entry.get("en"), str)
            and isinstance(entry.get("text"), str)
        ):
            raise ContentError(f'{language}/{name}.json: "{key}" needs "en" and "text" strings')
        entries[key] = {"en": entry["en"], "text": entry["text"]}
    return entries


def translate_content(english: ContentFile, language: str) -> ContentFile:
    """`english` with each prose string replaced by its current translation, if there is one."""
    catalogue = load_catalogue(english.name, language)
    if not catalogue or english.name not in FIELDS:
        return english

    def text(key: str, source: str) -> str:
        entry = catalogue.get(key)
        if entry is None or entry["en"] != source or not entry["text"].strip():
            return source
        return entry["text"]

    return _map_prose(english, text)


def catalogue_report(language: str) -> CatalogueReport:
    """Compare one language's catalogues with the English files."""
    report = CatalogueReport(language)
    names = english_content_names()
    for name in names:
        if name not in FIELDS:
            report.undeclared.append(f"{name}.json is not declared in FIELDS")
            continue
        english = load_content(name)
        report.undeclared.extend(undeclared_fields(english))
        wanted = english_strings(english)
        have = load_catalogue(name, language)
        for key, source in wanted.items():
            entry = have.get(key)
            if entry is None or not entry["text"].strip():
                report.missing.setdefault(name, {})[key] = source
            elif entry["en"] != source:
                report.stale.setdefault(name, {})[key] = {
                    "en": source,
                    "was_en": entry["en"],
                    "was_text": entry["text"],
                }
        extra = sorted(set(have) - set(wanted))
        if extra:
            report.orphaned[name] = extra
    folder = resource_path("content", I18N_FOLDER, language)
    if folder.is_dir():
        for node in folder.iterdir():
            stem = node.name.removesuffix(".json")
            if node.name.endswith(".json") and stem not in names:
                report.orphaned[stem] = ["(the English file no longer exists)"]
    return report


def to_fill(report: CatalogueReport) -> dict[str, dict[str, dict[str, str]]]:
    """The missing and stale strings as a catalogue to fill in: {name: {key: {en, text}}}."""
    result: dict[str, dict[str, dict[str, str]]] = {}
    for name, strings in report.missing.items():
        for key, source in strings.items():
            result.setdefault(name, {})[key] = {"en": source, "text": ""}
    for name, stale in report.stale.items():
        for key, entry in stale.items():
            result.setdefault(name, {})[key] = {
                "en": entry["en"],
                "text": "",
                "was_en": entry["was_en"],
                "was_text": entry["was_text"],
            }
    return result


def merged(
    existing: Mapping[str, Mapping[str, str]],
    filled: Mapping[str, Mapping[str, str]],
    wanted: Mapping[str, str],
) -> dict[str, dict[str, str]]:
    """A catalogue with the filled-in strings added, orphans dropped, in English order.

    A filled entry counts only if its "en" is the current English and its "text" is not empty.
    """
    result: dict[str, dict[str, str]] = {}
    for key, source in wanted.items():
        for entry in (filled.get(key), existing.get(key)):
            if entry and entry.get("en") == source and str(entry.get("text", "")).strip():
                result[key] = {"en": source, "text": str(entry["text"])}
                break
    return result
