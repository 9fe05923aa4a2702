"""Each shipped language's .ts file translates every message of the template, keeping its markup."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tools.translation_catalog import apply, forms, gaps, messages, mnemonics, problems
from tools.update_translations import LANGUAGES, TEMPLATE, language_file

ROOT = Path(__file__).resolve().parents[1]


def keys(ts: Path) -> set[tuple[str, str, str]]:
    return {
        (c, m.findtext("source") or "", m.findtext("comment") or "")
        for c, m in messages(ET.parse(ts))
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_template_message_is_translated(language: str) -> None:
    ts = language_file(language)
    missing, extra = keys(TEMPLATE) - keys(ts), keys(ts) - keys(TEMPLATE)
    assert not missing and not extra, (
        f"{ts.name} does not match the template; run `uv run python tools/update_translations.py`."
        f" Missing: {sorted(missing)[:5]} Extra (obsolete): {sorted(extra)[:5]}"
    )
    left = gaps(ts)
    assert not left, (
        f"{len(left)} unfinished in {ts.name}; see `uv run python tools/translation_gaps.py "
        f"{language}`: {[g['source'] for g in left[:5]]}"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_markup_and_mnemonics(language: str) -> None:
    wrong = []
    for context, message in messages(ET.parse(language_file(language))):
        source = message.findtext("source") or ""
        numerus = message.get("numerus") == "yes"
        for problem in problems(source, forms(message), numerus, 2):
            wrong.append(f"[{context}] {source[:50]!r}: {problem}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_language_file_says_its_language(language: str) -> None:
    assert ET.parse(language_file(language)).getroot().get("language") == language


def test_a_translation_that_drops_a_placeholder_or_mnemonic_is_refused() -> None:
    assert problems("Saved {number}.", ["Gespeichert."], False, 2)
    assert problems("Sa&ve this call", ["Diesen Anruf speichern"], False, 2)
    assert problems("<b>Why:</b> {text}", ["Warum: {text}"], False, 2)
    assert problems("%n steps", ["%n Schritt"], True, 2)  # one plural form of two
    assert not problems("%n steps", ["ein Schritt", "%n Schritte"], True, 2)
    assert not problems("Save &and go", ["Speichern && &weiter"], False, 2)
    assert mnemonics("Fish &amp; chips") == 0


def test_gaps_out_and_translations_back_in(tmp_path: Path) -> None:
    ts = tmp_path / "kraken_guard_de.ts"
    shutil.copy(TEMPLATE, ts)
    todo = gaps(ts)
    assert len(todo) == len(keys(TEMPLATE))
    plain = next(t for t in todo if "{" not in t["source"] and "&" not in t["source"])
    marked = next(t for t in todo if "{" in t["source"])
    plain["translation"] = "Übersetzt"
    marked["translation"] = "Ohne Platzhalter"
    written, errors = apply(ts, [plain, marked], "de")
    assert (written, len(errors)) == (1, 1)
    assert "placeholders differ" in errors[0]
    left = [(g["context"], g["source"]) for g in gaps(ts)]
    assert len(left) == len(todo) - 1
    assert (plain["context"], plain["source"]) not in left
    assert (marked["context"], marked["source"]) in left


def test_the_command_line_tools_report_and_refuse(tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, check=False
        )

    listed = run("tools/translation_gaps.py", "de")
    assert listed.returncode == 0 and json.loads(listed.stdout) == []
    bad = tmp_path / "bad.json"
    bad.write_text("not json", encoding="utf-8")
    refused = run("tools/apply_translations.py", "de", str(bad))
    assert refused.returncode == 1 and "cannot read" in refused.stderr
    unknown = run("tools/translation_gaps.py", "xx")
    assert unknown.returncode == 1 and "LANGUAGES" in unknown.stderr
