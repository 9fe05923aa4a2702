"""The app's wording as data: security features, the never-ask list, in-call steps and more."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from kraken_guard.core.resources import resource_path

CONTENT_FILES = (
    "security_features",
    "never_ask",
    "red_flags",
    "in_call_steps",
    "after_sharing",
    "remote_access_tools",
    "link_verdicts",
    "email_senders",
    "social_accounts",
    "message_rules",
    "email_providers",
    "kraken_pgp_key",
)


class ContentError(Exception):
    """A bundled content file is missing or malformed: a packaging bug, reported plainly."""


@dataclass(frozen=True)
class ContentItem:
    id: str
    title: str
    body: str
    extra: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ContentFile:
    name: str
    reviewed: date
    items: tuple[ContentItem, ...]
    extra: Mapping[str, Any] = field(default_factory=dict)

    def item(self, item_id: str) -> ContentItem:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)


ENGLISH = "en"


@cache
def load_content(name: str, language: str = ENGLISH) -> ContentFile:
    """One content file in `language`; each string missing or stale there stays in English."""
    english = _load_english(name)
    if language == ENGLISH:
        return english
    from kraken_guard.core.content_catalogue import translate_content

    return translate_content(english, language)


@cache
def _load_english(name: str) -> ContentFile:
    source = resource_path("content", f"{name}.json")
    try:
        raw = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ContentError(f"content file {name}.json cannot be read: {error}") from error
    return parse_content(name, raw)


def parse_content(name: str, raw: Any) -> ContentFile:
    if not isinstance(raw, dict) or not isinstance(raw.get("items"), list):
        raise ContentError(f"{name}: expected an object with an 'items' list")
    try:
        reviewed = date.fromisoformat(str(raw.get("reviewed", "")))
    except ValueError as error:
        raise ContentError(f"{name}: 'reviewed' must be a date like 2026-11-24") from error
    items = []
    seen: set[str] = set()
    for index, entry in enumerate(raw["items"]):
        if not isinstance(entry, dict):
            raise ContentError(f"{name}: item {index} is not an object")
        for key in ("id", "title", "body"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                raise ContentError(f"{name}: item {index} needs a non-empty '{key}'")
        if entry["id"] in seen:
            raise ContentError(f"{name}: the id '{entry['id']}' is used twice")
        seen.add(entry["id"])
        extra = {k: v for k, v in entry.items() if k not in ("id", "title", "body")}
        items.append(ContentItem(entry["id"], entry["title"], entry["body"], extra))
    extra = {k: v for k, v in raw.items() if k not in ("items", "reviewed")}
    return ContentFile(name, reviewed, tuple(items), extra)


def content_reviewed_on() -> date:
    """The date the content was last reviewed: the oldest date across files, to stay honest."""
    return min(load_content(name).reviewed for name in CONTENT_FILES)
