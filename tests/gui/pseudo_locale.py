"""A pseudo translation of the template: shows which on-screen strings never went through Qt.

Every message becomes "⟦" + text + about 40% padding + "⟧". Placeholders ({name}, %n, %1), HTML
tags and entities, and & mnemonics stay as they are, so the app works exactly as in English.
"""

from __future__ import annotations

import html
import json
import math
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

OPEN, CLOSE, PAD = "⟦", "⟧", "·"
# Parts of a message that must survive translation unchanged.
KEEP = re.compile(r"\{[^{}]*\}|%L?\d+|%n|<[^<>]+>|&[A-Za-z]+;|&#\d+;|&&|&(?=\w)")
# What may be shown untranslated because it is data: links, hosts, numbers, dates, our name.
DATA = [
    re.compile(r"Kraken Guard"),
    re.compile(r"(?:https?://|www\.)\S+"),
    re.compile(r"\b[\w.-]+\.(?:com|gov|org|net|example)\b\S*"),
    re.compile(
        r"\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}"
        r"(?: \d{1,2}:\d{2})?"
    ),
]
# Qt's own words (QWizard's buttons): qtbase_<lang>.qm translates them, not our template.
QT_OWN = frozenset({"< &Back", "&Next >", "&Finish", "&Cancel", "OK"})
WORD = re.compile(r"[^\W\d_]{2,}")
CONTENT = Path(__file__).resolve().parents[2] / "resources" / "content"
# Content fields that are data, not words: ids, dates, links and process names.
DATA_KEYS = frozenset({"id", "reviewed", "link", "process_names"})
HOST = re.compile(r"[\w-]+(?:\.[\w-]+)+")


def is_words(text: str) -> bool:
    """Words for a person ("Master Key", "Hang up now."), not a value like "support" or a host."""
    text = text.strip()
    return bool(text) and not HOST.fullmatch(text) and (" " in text or text[0].isupper())


@cache
def content_texts() -> tuple[str, ...]:
    """Every text of resources/content/*.json, longest first (and as the views escape it).

    Content is translated through its own per-language catalogue, not Qt's, so under the pseudo
    locale it shows as written; its completeness is tested against that catalogue instead.
    """
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, str) and is_words(node):
            found.update({node, html.escape(node), html.escape(node, quote=False)})
        elif isinstance(node, list):
            for child in node:
                walk(child)
        elif isinstance(node, dict):
            for name, child in node.items():
                if name not in DATA_KEYS:
                    walk(child)

    for source in sorted(CONTENT.glob("*.json")):
        walk(json.loads(source.read_text(encoding="utf-8")))
    return tuple(sorted(found, key=len, reverse=True))


def pseudo(text: str) -> str:
    """The pseudo translation of one message."""
    letters = len(KEEP.sub("", text))
    if not letters:
        return text
    return OPEN + text + PAD * math.ceil(letters * 0.4) + CLOSE


def pseudo_ts(template: Path, out: Path) -> int:
    """Write a pseudo translation of the .ts `template` to `out`; return the message count."""
    tree = ET.parse(template)
    root = tree.getroot()
    root.set("language", "xx")
    messages = root.findall("./context/message")
    for message in messages:
        text = pseudo(message.findtext("source") or "")
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in translation.findall("numerusform"):
                form.text = text
        else:
            translation.text = text
    tree.write(out, encoding="utf-8", xml_declaration=True)
    return len(messages)


def compile_qm(ts: Path, qm: Path) -> None:
    tool = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    subprocess.run(
        [tool or "pyside6-lrelease", str(ts), "-qm", str(qm)], check=True, capture_output=True
    )


def untranslated_part(text: str) -> str:
    """The words of a shown text outside any pseudo translation and outside data ("" if none)."""
    if text in QT_OWN:
        return ""
    rest = text
    while True:
        inner = re.sub(rf"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", " ", rest)
        if inner == rest:
            break
        rest = inner
    rest = re.sub(r"<[^<>]+>", " ", rest)
    for text in content_texts():
        rest = rest.replace(text, " ")
    for pattern in DATA:
        rest = pattern.sub(" ", rest)
    return " ".join(rest.split()) if WORD.search(rest) else ""


def shown_texts(top: QWidget) -> list[tuple[str, str]]:
    """(widget name, text) of every visible label, button, group title and placeholder."""
    found: list[tuple[str, str]] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) and widget is not top:
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((name, widget.text()))
        if isinstance(widget, QGroupBox):
            found.append((name, widget.title()))
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            found.append((name, widget.placeholderText()))
        if widget.isWindow():
            found.append((name, widget.windowTitle()))
    return found
