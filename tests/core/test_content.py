import re
from datetime import date

import pytest
import textstat

from kraken_guard.core.content import (
    CONTENT_FILES,
    ContentError,
    content_reviewed_on,
    load_content,
    parse_content,
)

SEED_NEVER_ASK = {
    "username",
    "password",
    "twofa_code",
    "device_approval",
    "wallet_or_seed",
    "master_key",
    "remote_access",
    "change_security",
}


@pytest.mark.parametrize("name", CONTENT_FILES)
def test_every_content_file_loads_with_unique_ids_titles_and_bodies(name: str) -> None:
    content = load_content(name)
    assert content.items
    assert len({item.id for item in content.items}) == len(content.items)
    for item in content.items:
        assert item.title.strip() and item.body.strip()


def test_the_never_ask_list_has_every_item_of_kraken_guidance() -> None:
    assert {item.id for item in load_content("never_ask").items} == SEED_NEVER_ASK


def test_security_features_follow_krakens_order() -> None:
    ids = [item.id for item in load_content("security_features").items]
    assert ids[0] == "bookmark"
    assert ids.index("signin_2fa") < ids.index("master_key") < ids.index("global_settings_lock")
    assert ids.index("funding_2fa") < ids.index("global_settings_lock")
    assert ids[-1] == "global_settings_lock"


def test_security_feature_links_are_official() -> None:
    for item in load_content("security_features").items:
        assert re.fullmatch(
            r"https://support\.kraken\.com(/hc/en-us/articles/\d+)?", item.extra["link"]
        ), item.id
        assert item.extra["steps"], item.id


def test_remote_access_tools_name_the_processes_to_look_for() -> None:
    tools = load_content("remote_access_tools")
    titles = " ".join(item.title for item in tools.items)
    for name in (
        "AnyDesk",
        "TeamViewer",
        "RustDesk",
        "ScreenConnect",
        "UltraViewer",
        "Splashtop",
        "Zoho Assist",
        "QuickSupport",
    ):
        assert name in titles
    for item in tools.items:
        assert all(n == n.lower() for n in item.extra["process_names"])


def test_reviewed_date_is_shown_from_the_oldest_file() -> None:
    assert content_reviewed_on() == min(load_content(n).reviewed for n in CONTENT_FILES)
    assert content_reviewed_on() <= date.today()


def test_content_reads_at_grade_eight_or_lower() -> None:
    texts = []
    for name in CONTENT_FILES:
        content = load_content(name)
        for item in content.items:
            texts += [
                item.title + ".",
                item.body,
                *item.extra.get("steps", []),
                *item.extra.get("actions", []),
            ]
    grade = textstat.flesch_kincaid_grade(" ".join(texts))
    assert grade <= 8.0, f"content reads at grade {grade}"


@pytest.mark.parametrize(
    "raw, problem",
    [
        ({"reviewed": "2026-01-01"}, "items"),
        ({"reviewed": "soon", "items": []}, "reviewed"),
        ({"reviewed": "2026-01-01", "items": [{"id": "a", "title": "A"}]}, "body"),
        (
            {
                "reviewed": "2026-01-01",
                "items": [
                    {"id": "a", "title": "A", "body": "b"},
                    {"id": "a", "title": "B", "body": "c"},
                ],
            },
            "twice",
        ),
    ],
)
def test_schema_problems_are_named(raw: object, problem: str) -> None:
    with pytest.raises(ContentError, match=problem):
        parse_content("sample", raw)
