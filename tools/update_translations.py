"""Write resources/translations/kraken_guard.ts: every string in the code and in the content files.

    uv run python tools/update_translations.py           # refresh the template
    uv run pyside6-lrelease resources/translations/kraken_guard_de.ts   # build a .qm

The code strings come from `pyside6-lupdate` (tr(), QCoreApplication.translate(), and
QT_TRANSLATE_NOOP() with a literal context). The advice in resources/content/*.json is added as
messages in a context named after each file, which is the context the views translate it with.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "resources" / "translations" / "kraken_guard.ts"
CONTENT = ROOT / "resources" / "content"
# Content fields that are data, not words: ids, dates, links and process names.
DATA_KEYS = frozenset(
    {
        "id",
        "reviewed",
        "link",
        "process_names",
        # the email check's detection data: matched against mail, never shown
        "patterns",
        "triggers",
        "ask_words",
        "negations",
        "received",
        "fingerprint",
        "key_page",
    }
)


def lupdate_tool() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    return found or "pyside6-lupdate"


def content_strings(raw: Any) -> list[str]:
    """Every text a person reads in one content file, in file order, without repeats."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, str):
            if node.strip() and node not in found:
                found.append(node)
        elif isinstance(node, list):
            for child in node:
                walk(child)
        elif isinstance(node, dict):
            for key, child in node.items():
                if key not in DATA_KEYS:
                    walk(child)

    walk(raw)
    return found


def add_content(root: ET.Element, content: Path) -> None:
    for source in sorted(content.glob("*.json")):
        strings = content_strings(json.loads(source.read_text(encoding="utf-8")))
        context = next((c for c in root if c.findtext("name") == source.stem), None)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = source.stem
        known = {m.findtext("source") for m in context.iter("message")}
        for text in strings:
            if text in known:
                continue
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "location", filename=f"../content/{source.name}")
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "translation", type="unfinished")


def build_template(out: Path, root_dir: Path = ROOT) -> None:
    """Extract all messages of the sources under `root_dir` into the .ts file `out`."""
    sources = sorted(str(p) for p in (root_dir / "kraken_guard").rglob("*.py"))
    with tempfile.TemporaryDirectory() as scratch:
        raw = Path(scratch) / "code.ts"
        subprocess.run(
            [lupdate_tool(), "-no-obsolete", "-locations", "none", *sources, "-ts", str(raw)],
            check=True,
            capture_output=True,
        )
        tree = ET.parse(raw)
    add_content(tree.getroot(), root_dir / "resources" / "content")
    ET.indent(tree, space="    ")
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")


def main() -> int:
    build_template(TEMPLATE)
    count = len(ET.parse(TEMPLATE).getroot().findall("./context/message"))
    print(f"{TEMPLATE.relative_to(ROOT)}: {count} messages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
