"""Write resources/translations/kraken_guard.ts (the template) and refresh each language's .ts.

    uv run python tools/update_translations.py            # template + kraken_guard_<lang>.ts
    uv run python tools/translation_gaps.py de > de.json  # what is left to translate
    uv run python tools/apply_translations.py de de.json  # write the translations back
    uv run python tools/build_translations.py             # compile every language to .qm

The strings come from `pyside6-lupdate` (tr(), QCoreApplication.translate(), and
QT_TRANSLATE_NOOP() with a literal context). The advice in resources/content/*.json is not in the
Qt catalogue: it has its own per-language catalogue under resources/content/i18n/<lang>/.
A language file keeps its translations; a message that left the code is dropped (-no-obsolete),
and a new one arrives unfinished.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
TEMPLATE = FOLDER / "kraken_guard.ts"
# The languages we ship; adding one here (and running this tool) creates its .ts file.
LANGUAGES = ("de", "es", "fr")


def lupdate_tool() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    return found or "pyside6-lupdate"


def language_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"kraken_guard_{language}.ts"


def code_sources(root_dir: Path = ROOT) -> list[str]:
    return sorted(str(p) for p in (root_dir / "kraken_guard").rglob("*.py"))


def _lupdate(sources: list[str], ts: Path, *extra: str) -> None:
    subprocess.run(
        [lupdate_tool(), "-no-obsolete", "-locations", "none", *extra, *sources, "-ts", str(ts)],
        check=True,
        capture_output=True,
    )


def build_template(out: Path, root_dir: Path = ROOT) -> None:
    """Extract all messages of the sources under `root_dir` into the .ts file `out`."""
    with tempfile.TemporaryDirectory() as scratch:
        raw = Path(scratch) / "code.ts"
        _lupdate(code_sources(root_dir), raw)
        tree = ET.parse(raw)
    ET.indent(tree, space="    ")
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")


def update_language(language: str, folder: Path = FOLDER, root_dir: Path = ROOT) -> Path:
    """Create or refresh kraken_guard_<language>.ts; its existing translations are kept."""
    ts = language_file(language, folder)
    # No guessing from similar texts: a guess looks finished to a hurried reviewer.
    _lupdate(
        code_sources(root_dir),
        ts,
        "-target-language",
        language,
        "-disable-heuristic",
        "similartext",
    )
    return ts


def main() -> int:
    build_template(TEMPLATE)
    count = len(ET.parse(TEMPLATE).getroot().findall("./context/message"))
    print(f"{TEMPLATE.relative_to(ROOT)}: {count} messages")
    for language in LANGUAGES:
        ts = update_language(language)
        messages = ET.parse(ts).getroot().findall("./context/message")
        todo = sum(1 for m in messages if _unfinished(m))
        print(f"{ts.relative_to(ROOT)}: {len(messages)} messages, {todo} unfinished")
    return 0


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is None or translation.get("type") in {"unfinished", "obsolete", "vanished"}


if __name__ == "__main__":
    raise SystemExit(main())
