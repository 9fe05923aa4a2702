"""Print every unfinished message of one language as JSON, for translating in batches.

    uv run python tools/translation_gaps.py de > de-todo.json

Each item: {"context", "source", "comment", "numerus"}. Add a "translation" (a list of plural
forms for numerus messages) and give the file to tools/apply_translations.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from translation_catalog import gaps
from update_translations import language_file


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: translation_gaps.py LANG   (for example: de)", file=sys.stderr)
        return 2
    ts = language_file(argv[0])
    if not ts.is_file():
        print(
            f"{ts} does not exist; add the language to LANGUAGES in "
            "tools/update_translations.py and run it",
            file=sys.stderr,
        )
        return 1
    print(json.dumps(gaps(ts), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
