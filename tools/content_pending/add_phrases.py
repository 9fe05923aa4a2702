"""Write the Spanish, German and French phrases into resources/content/message_rules.json.

    uv run python tools/content_pending/add_phrases.py   # after message_rules.json is merged

Each rule (and kraken_claim, not_kraken, negations) gets the lists from message_phrases.json
under its language code; English and anything else in the file stay as they are.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "resources" / "content" / "message_rules.json"
PHRASES = Path(__file__).with_name("message_phrases.json")


def add(rules: dict[str, Any], phrases: dict[str, Any]) -> list[str]:
    """Put each language's phrases into `rules`; return the ids found in only one of them."""
    by_id = {item["id"]: item for item in rules["items"]}
    unknown = []
    for key, languages in phrases.items():
        if key == "about":
            continue
        if key == "negations":
            rules.setdefault("negations", {}).update(languages)
        elif key in ("kraken_claim", "not_kraken"):
            rules.setdefault(key, {}).setdefault("phrases", {}).update(languages)
        elif key in by_id:
            by_id[key].setdefault("phrases", {}).update(languages)
        else:
            unknown.append(key)
    missing = sorted(set(by_id) - set(phrases))
    return unknown + [f"{rule} (no es/de/fr phrases yet)" for rule in missing]


def main() -> int:
    rules = json.loads(RULES.read_text(encoding="utf-8"))
    problems = add(rules, json.loads(PHRASES.read_text(encoding="utf-8")))
    RULES.write_text(json.dumps(rules, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for problem in problems:
        print(f"not matched: {problem}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
