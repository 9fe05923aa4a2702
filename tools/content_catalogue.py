"""Content translations: list what a language lacks, merge filled-in strings, check all languages.

uv run python tools/content_catalogue.py missing es > es.json  # missing + stale, to fill in
(fill in each "text"; leave "en" as it is)
uv run python tools/content_catalogue.py merge es es.json      # into resources/content/i18n/es/
uv run python tools/content_catalogue.py check                 # exit 1 if a language lacks one
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kraken_guard.core.atomic import write_atomic  # noqa: E402
from kraken_guard.core.content import load_content  # noqa: E402
from kraken_guard.core.content_catalogue import (  # noqa: E402
    I18N_FOLDER,
    catalogue_report,
    english_content_names,
    english_strings,
    load_catalogue,
    merged,
    to_fill,
    translated_languages,
)

FOLDER = ROOT / "resources" / "content" / I18N_FOLDER


def missing(language: str) -> int:
    report = catalogue_report(language)
    for problem in report.undeclared:
        print(f"undeclared: {problem}", file=sys.stderr)
    json.dump(to_fill(report), sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0


def merge(language: str, filled_file: Path) -> int:
    try:
        filled = json.loads(filled_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        print(f"{filled_file} cannot be read: {error}", file=sys.stderr)
        return 2
    folder = FOLDER / language
    folder.mkdir(parents=True, exist_ok=True)
    for name in english_content_names():
        wanted = english_strings(load_content(name))
        result = merged(load_catalogue(name, language), filled.get(name, {}), wanted)
        if result:
            text = json.dumps(result, ensure_ascii=False, indent=2) + "\n"
            write_atomic(folder / f"{name}.json", text, mode=0o644)
        left = len(wanted) - len(result)
        print(f"{language}/{name}.json: {len(result)} of {len(wanted)} strings", end="")
        print(f" ({left} still missing)" if left else "")
    return 0


def check() -> int:
    bad = 0
    for language in translated_languages():
        report = catalogue_report(language)
        missing_count = sum(len(s) for s in report.missing.values())
        stale_count = sum(len(s) for s in report.stale.values())
        orphan_count = sum(len(s) for s in report.orphaned.values())
        print(
            f"{language}: {missing_count} missing, {stale_count} stale, "
            f"{orphan_count} orphaned, {len(report.undeclared)} undeclared"
        )
        bad += not report.complete
    return 1 if bad else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("missing", help="print missing and stale strings as JSON").add_argument(
        "language"
    )
    merge_parser = commands.add_parser("merge", help="write filled-in strings into the catalogue")
    merge_parser.add_argument("language")
    merge_parser.add_argument("file", type=Path)
    commands.add_parser("check", help="report every language; exit 1 if one is incomplete")
    args = parser.parse_args()
    if args.command == "missing":
        return missing(args.language)
    if args.command == "merge":
        return merge(args.language, args.file)
    return check()


if __name__ == "__main__":
    sys.exit(main())
