"""Content translations: complete, current, and never hiding English when a string is missing."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kraken_guard.core import content_catalogue
from kraken_guard.core.content import ContentError, load_content, parse_content
from kraken_guard.core.content_catalogue import (
    FIELDS,
    Fields,
    catalogue_report,
    english_content_names,
    english_strings,
    merged,
    to_fill,
    translate_content,
    translated_languages,
    undeclared_fields,
)

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("es", "de", "fr")


def test_spanish_german_and_french_ship() -> None:
    assert set(LANGUAGES) <= set(translated_languages())


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_every_english_string_and_nothing_english_dropped(
    language: str,
) -> None:
    report = catalogue_report(language)
    assert not report.undeclared, report.undeclared
    assert not report.missing, json.dumps(to_fill(report), ensure_ascii=False)[:2000]
    assert not report.stale, f"English changed since translation: {report.stale}"
    assert not report.orphaned, f"strings English no longer has: {report.orphaned}"


def test_every_english_content_file_declares_which_fields_are_prose() -> None:
    for name in english_content_names():
        assert name in FIELDS, f"declare {name}.json in FIELDS (core/content_catalogue.py)"
        assert not undeclared_fields(load_content(name)), name


def test_an_undeclared_new_field_is_reported() -> None:
    content = parse_content(
        "never_ask",
        {"reviewed": "2026-01-01", "items": [{"id": "a", "title": "A", "body": "B", "hint": "C"}]},
    )
    assert undeclared_fields(content) == ["never_ask: item field 'hint' (in 'a')"]


def test_a_new_english_file_without_a_declaration_fails_with_a_clear_message() -> None:
    content = parse_content("brand_new", {"reviewed": "2026-01-01", "items": []})
    with pytest.raises(ContentError, match="declare which of its fields are prose"):
        english_strings(content)


def test_a_missing_an_orphaned_and_a_stale_string_are_each_caught(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    english = {
        "items/username/title": "Your username",
        "items/username/body": "Kraken Support never asks for your username on a call.",
    }
    catalogue = {
        # stale: the English changed after this was translated
        "items/username/title": {"en": "Your user name", "text": "Su usuario"},
        # orphaned: English has no such string any more
        "items/gone/title": {"en": "Gone", "text": "Ido"},
    }
    monkeypatch.setattr(content_catalogue, "english_content_names", lambda: ["never_ask"])
    monkeypatch.setattr(content_catalogue, "english_strings", lambda _content: english)
    monkeypatch.setattr(content_catalogue, "load_catalogue", lambda _n, _l: catalogue)
    report = catalogue_report("xx")
    assert report.missing == {"never_ask": {"items/username/body": english["items/username/body"]}}
    assert report.stale["never_ask"]["items/username/title"]["was_en"] == "Your user name"
    assert report.orphaned == {"never_ask": ["items/gone/title"]}
    assert not report.complete


def test_translated_content_is_in_the_language_asked_for() -> None:
    assert load_content("never_ask", "es").item("password").title == "Su contraseña"
    assert load_content("never_ask", "de").item("password").title == "Ihr Passwort"
    assert load_content("never_ask", "fr").item("password").title == "Votre mot de passe"
    steps = load_content("security_features", "de").item("global_settings_lock").extra["steps"]
    assert steps[-1] == "Schalten Sie die Sperre ein."
    line = load_content("in_call_steps", "fr").extra["hang_up_line"]
    assert line.startswith("Je ne donne pas")


def test_data_fields_stay_as_they_are_in_every_language() -> None:
    for language in LANGUAGES:
        for name in english_content_names():
            english, translated = load_content(name), load_content(name, language)
            assert [i.id for i in translated.items] == [i.id for i in english.items]
            assert translated.reviewed == english.reviewed
            fields = FIELDS[name]
            for mine, theirs in zip(translated.items, english.items, strict=True):
                assert mine.title == theirs.title or "title" in fields.item_prose
                for key in fields.item_data:
                    assert mine.extra.get(key) == theirs.extra.get(key), (name, key)
    tools = load_content("remote_access_tools", "de")
    assert tools.item("anydesk").title == "AnyDesk"
    assert "anydesk.exe" in tools.item("anydesk").extra["process_names"]
    link = load_content("security_features", "es").item("master_key").extra["link"]
    assert link.startswith("https://support.kraken.com/")


def test_a_missing_or_stale_string_falls_back_to_english_string_by_string(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    english = parse_content(
        "never_ask",
        {
            "reviewed": "2026-01-01",
            "items": [
                {"id": "a", "title": "Your password", "body": "Never share it."},
                {"id": "b", "title": "A 2FA code", "body": "Never read it out."},
            ],
        },
    )
    catalogue = {
        "items/a/title": {"en": "Your password", "text": "Su contraseña"},
        "items/a/body": {"en": "Never tell it.", "text": "No la diga."},  # stale
        "items/b/title": {"en": "A 2FA code", "text": "  "},  # left empty
    }
    monkeypatch.setattr(content_catalogue, "load_catalogue", lambda _n, _l: catalogue)
    translated = translate_content(english, "es")
    assert translated.item("a").title == "Su contraseña"
    assert translated.item("a").body == "Never share it."
    assert translated.item("b").title == "A 2FA code"
    assert translated.item("b").body == "Never read it out."


def test_a_language_without_translations_reads_english() -> None:
    assert load_content("red_flags", "xx") == load_content("red_flags")
    assert load_content("red_flags", "en") is load_content("red_flags")


def test_merge_keeps_current_strings_drops_orphans_and_ignores_stale_fill() -> None:
    wanted = {"k1": "One", "k2": "Two", "k3": "Three"}
    existing = {"k1": {"en": "One", "text": "Uno"}, "gone": {"en": "X", "text": "Y"}}
    filled = {
        "k2": {"en": "Two", "text": "Dos"},
        "k3": {"en": "Three (old)", "text": "Tres"},
    }
    assert merged(existing, filled, wanted) == {
        "k1": {"en": "One", "text": "Uno"},
        "k2": {"en": "Two", "text": "Dos"},
    }


def test_the_tool_lists_missing_strings_as_json_to_fill_in() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "content_catalogue.py"), "missing", "it"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    to_do = json.loads(result.stdout)
    assert to_do["never_ask"]["items/password/title"] == {"en": "Your password", "text": ""}
    assert set(to_do) == set(english_content_names())


def test_the_tool_check_passes_for_the_shipped_languages() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "content_catalogue.py"), "check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "es: 0 missing, 0 stale" in result.stdout


def test_keys_are_unambiguous_because_no_item_id_has_a_slash() -> None:
    for name in english_content_names():
        for item in load_content(name).items:
            assert "/" not in item.id, (name, item.id)


def test_fields_table_is_small_and_declares_every_file_once() -> None:
    assert all(isinstance(f, Fields) and f.item_prose for f in FIELDS.values())


def test_nested_prose_is_keyed_by_its_path_and_nested_data_is_left_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    english = parse_content(
        "social_accounts",
        {
            "reviewed": "2026-12-01",
            "source": "https://support.kraken.com",
            "rule": {"id": "general", "title": "General help only", "body": "Never send codes."},
            "other_brands": [{"name": "gitkraken", "title": "GitKraken, a tool"}],
            "items": [
                {
                    "id": "x:krakenfx",
                    "title": "@krakenfx on X",
                    "body": "Kraken's main account.",
                    "platform": "x",
                    "handle": "krakenfx",
                    "source": "https://support.kraken.com",
                    "reviewed": "2026-12-01",
                }
            ],
        },
    )
    assert not undeclared_fields(english)
    assert english_strings(english) == {
        "file/rule/title": "General help only",
        "file/rule/body": "Never send codes.",
        "file/other_brands/0/title": "GitKraken, a tool",
        "items/x:krakenfx/title": "@krakenfx on X",
        "items/x:krakenfx/body": "Kraken's main account.",
    }
    catalogue = {
        "file/rule/body": {"en": "Never send codes.", "text": "Nunca envíe códigos."},
        "file/other_brands/0/title": {
            "en": "GitKraken, a tool",
            "text": "GitKraken, una herramienta",
        },
    }
    monkeypatch.setattr(content_catalogue, "load_catalogue", lambda _n, _l: catalogue)
    translated = translate_content(english, "es")
    assert translated.extra["rule"] == {
        "id": "general",
        "title": "General help only",
        "body": "Nunca envíe códigos.",
    }
    assert translated.extra["other_brands"] == [
        {"name": "gitkraken", "title": "GitKraken, una herramienta"}
    ]
    assert translated.item("x:krakenfx").extra["handle"] == "krakenfx"


@pytest.mark.parametrize("language", LANGUAGES)
def test_call_window_tick_boxes_stay_as_short_as_english(language: str) -> None:
    """Tick boxes do not wrap: a long title widens the call window past the screen edge."""
    for name in ("never_ask", "red_flags", "after_sharing"):
        for item in load_content(name, language).items:
            assert len(item.title) <= 45, (language, name, item.title)


def _reading_text(language: str) -> str:
    texts = []
    for name in ("security_features", "never_ask", "red_flags", "in_call_steps", "after_sharing"):
        for item in load_content(name, language).items:
            texts += [item.title + ".", item.body]
            texts += [*item.extra.get("steps", []), *item.extra.get("actions", [])]
    return " ".join(texts)


@pytest.mark.parametrize(
    "language, measure, limit",
    [
        # Each language's own formula, at the level the English meets (grade 8 or easier).
        ("es", "fernandez_huerta", 80.0),  # 80+: "fácil" (easy)
        ("fr", "flesch_reading_ease", 70.0),  # Kandel-Moles 70+: "assez facile"
        ("de", "wiener_sachtextformel", 8.0),  # a school grade: 8 or lower
    ],
)
def test_translations_read_as_plainly_as_the_english(
    language: str, measure: str, limit: float
) -> None:
    import textstat

    text = _reading_text(language)
    textstat.set_lang(language)
    try:
        score = (
            textstat.wiener_sachtextformel(text, 1)
            if measure == "wiener_sachtextformel"
            else getattr(textstat, measure)(text)
        )
        words_per_sentence = textstat.lexicon_count(text) / textstat.sentence_count(text)
    finally:
        textstat.set_lang("en_US")
    if measure == "wiener_sachtextformel":
        assert score <= limit, f"{language} reads at school grade {score}"
    else:
        assert score >= limit, f"{language} reading ease {score}"
    assert words_per_sentence <= 12, f"{language}: {words_per_sentence:.1f} words a sentence"
