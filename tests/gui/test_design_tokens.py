"""The colour tokens keep text readable and outlines visible in both schemes (WCAG 2 contrast)."""

import pytest

from kraken_guard.views.design_tokens import (
    SCHEMES,
    Scheme,
    contrast_ratio,
    space,
)
from kraken_guard.views.design_tokens import VERDICT_KINDS as KINDS

TEXT = 4.5
NON_TEXT = 3.0


def text_pairs(s: Scheme) -> list[tuple[str, str, str]]:
    pairs = [
        (f"{fg} on {bg}", getattr(s, fg), getattr(s, bg))
        for fg in ("text", "text_muted", "link")
        for bg in ("window", "surface", "surface_raised")
    ]
    pairs += [
        ("on_primary on primary", s.on_primary, s.primary),
        ("on_primary on primary_pressed", s.on_primary, s.primary_pressed),
        ("on_primary_soft on primary_soft", s.on_primary_soft, s.primary_soft),
    ]
    pairs += [(f"{k} text on its fill", s.verdict(k).text, s.verdict(k).fill) for k in KINDS]
    return pairs


def non_text_pairs(s: Scheme) -> list[tuple[str, str, str]]:
    pairs = [
        (f"{fg} on {bg}", getattr(s, fg), getattr(s, bg))
        for fg in ("border", "focus", "primary")
        for bg in ("window", "surface", "surface_raised")
    ]
    pairs.append(("focus ring on a chosen answer", s.focus, s.primary_soft))
    for k in KINDS:
        v = s.verdict(k)
        pairs += [
            (f"{k} border on its fill", v.border, v.fill),
            (f"{k} border on the window", v.border, s.window),
            (f"{k} border on a card", v.border, s.surface),
            (f"{k} icon on its fill", v.icon, v.fill),
        ]
    return pairs


@pytest.mark.parametrize("name", sorted(SCHEMES))
def test_text_has_at_least_4_5_to_1_contrast(name: str) -> None:
    low = [
        f"{label}: {contrast_ratio(fg, bg):.2f}"
        for label, fg, bg in text_pairs(SCHEMES[name])
        if contrast_ratio(fg, bg) < TEXT
    ]
    assert not low, low


@pytest.mark.parametrize("name", sorted(SCHEMES))
def test_borders_icons_and_focus_ring_have_at_least_3_to_1(name: str) -> None:
    low = [
        f"{label}: {contrast_ratio(fg, bg):.2f}"
        for label, fg, bg in non_text_pairs(SCHEMES[name])
        if contrast_ratio(fg, bg) < NON_TEXT
    ]
    assert not low, low


def test_contrast_is_computed_the_wcag_way() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_spacing_is_on_the_8_px_grid() -> None:
    assert [space(n) for n in (0.5, 1, 2, 3)] == [4, 8, 16, 24]
