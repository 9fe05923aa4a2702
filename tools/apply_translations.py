"""Write translations from a JSON list (from translation_gaps.py, plus "translation") into a .ts.

    uv run python tools/apply_translations.py de de-todo.json

An entry whose placeholders ({name}, %n, HTML tags) or '&' mnemonics differ from the English is
refused and named; everything else is written and marked finished.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from translation_catalog import apply, gaps
from update_translations import language_file


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: apply_translations.py LANG FILE.json", file=sys.stderr)
        return 2
    language, source = argv
    ts = language_file(language)
    try:
        entries = json.loads(Path(source).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        print(f"cannot read {source}: {error}", file=sys.stderr)
        return 1
    if not isinstance(entries, list):
        print(f"{source}: expected a JSON list of messages", file=sys.stderr)
        return 1
    written, errors = apply(ts, entries, language)
    for error in errors:
        print(error, file=sys.stderr)
    print(f"{ts.name}: {written} written, {len(errors)} refused, {len(gaps(ts))} still unfinished")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
