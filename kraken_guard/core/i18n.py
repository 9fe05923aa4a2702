"""Marks core strings for translation without importing Qt; views pass them to Qt's translate()."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return `text` unchanged; `pyside6-lupdate` collects it under `context`."""
    return text
