"""Read and write one language's .ts file: the unfinished messages out, translations in."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any

# Parts a translation must carry over exactly: {name} placeholders, %n / %1, HTML tags, entities.
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d+|%n|<[^<>]+>|&[A-Za-z]+;|&#\d+;")
# A mnemonic: one "&" before a letter or digit ("&&" is a literal ampersand).
MNEMONIC = re.compile(r"(?<!&)&(?=[^\W_])")
# How many plural forms a language has in Qt (numerusform elements per numerus message).
PLURAL_FORMS = {"de": 2, "es": 2, "fr": 2}


def placeholders(text: str) -> Counter[str]:
    # A mnemonic "&S" is not an entity; drop "&&" first so "&&amp;" cannot confuse the count.
    return Counter(PLACEHOLDER.findall(text.replace("&&", "")))


def mnemonics(text: str) -> int:
    without_entities = re.sub(r"&[A-Za-z]+;|&#\d+;", "", text.replace("&&", ""))
    return len(MNEMONIC.findall(without_entities))


def unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in {"unfinished", "obsolete", "vanished"}:
        return True
    texts = forms(message)
    return not texts or any(not t for t in texts)


def forms(message: ET.Element) -> list[str]:
    """The translated text(s): one per plural form for a numerus message, else one."""
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.findall("numerusform")]
    return [translation.text or ""]


def key(context: str, source: str, comment: str) -> tuple[str, str, str]:
    return (context, source, comment)


def messages(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    """(context name, message) for every message in file order."""
    return [
        (context.findtext("name") or "", message)
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]


def describe(context: str, message: ET.Element) -> dict[str, Any]:
    return {
        "context": context,
        "source": message.findtext("source") or "",
        "comment": message.findtext("comment") or "",
        "numerus": message.get("numerus") == "yes",
    }


def gaps(ts: Path) -> list[dict[str, Any]]:
    """Every message of `ts` that has no finished translation."""
    tree = ET.parse(ts)
    return [describe(c, m) for c, m in messages(tree) if unfinished(m)]


def problems(source: str, translated: list[str], numerus: bool, plural_forms: int) -> list[str]:
    """Why these translations of `source` cannot be used (empty: they can)."""
    found = []
    if numerus and len(translated) != plural_forms:
        found.append(f"needs {plural_forms} plural forms, got {len(translated)}")
    for text in translated:
        if not text.strip():
            found.append("empty translation")
            continue
        wanted = placeholders(source)
        got = placeholders(text)
        if numerus:  # "%n" may be left out of a singular form ("one step" vs "%n steps").
            wanted.pop("%n", None)
            got.pop("%n", None)
        if wanted != got:
            found.append(f"placeholders differ: {dict(wanted)} vs {dict(got)} in {text!r}")
        if mnemonics(source) != mnemonics(text):
            found.append(f"the source has {mnemonics(source)} '&' mnemonic(s): {text!r}")
    return found


def apply(ts: Path, entries: list[dict[str, Any]], language: str) -> tuple[int, list[str]]:
    """Write each entry's "translation" into `ts`; return (written, errors)."""
    tree = ET.parse(ts)
    by_key = {
        key(c, m.findtext("source") or "", m.findtext("comment") or ""): m
        for c, m in messages(tree)
    }
    written, errors = 0, []
    for entry in entries:
        if "translation" not in entry:
            continue
        where = f"[{entry.get('context')}] {entry.get('source', '')[:60]!r}"
        message = by_key.get(key(entry["context"], entry["source"], entry.get("comment", "")))
        if message is None:
            errors.append(f"{where}: no such message in {ts.name} (run update_translations.py)")
            continue
        numerus = message.get("numerus") == "yes"
        value = entry["translation"]
        translated = list(value) if isinstance(value, list) else [value]
        if not numerus and len(translated) != 1:
            errors.append(f"{where}: one translation expected, got {len(translated)}")
            continue
        source = message.findtext("source") or ""
        wrong = problems(source, translated, numerus, PLURAL_FORMS.get(language, 2))
        if wrong:
            errors.extend(f"{where}: {w}" for w in wrong)
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.clear()
        translation.text = None
        for child in list(translation):
            translation.remove(child)
        if numerus:
            for text in translated:
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = translated[0]
        written += 1
    write(tree, ts)
    return written, errors


def write(tree: ET.ElementTree, ts: Path) -> None:
    """Write in pyside6-lupdate's own layout, so its next run changes only what changed."""
    root = tree.getroot()
    root.text = "\n"
    for context in root:
        ET.indent(context, space="    ")
        context.tail = "\n"
    body = ET.tostring(root, encoding="unicode", short_empty_elements=False)
    # lupdate writes an apostrophe as &apos; (no attribute here is quoted with one).
    body = body.replace("'", "&apos;")
    # ...and a no-break space (French puts one before : ; ? !) as &#xa0;.
    body = body.replace("\u00a0", "&#xa0;")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")
