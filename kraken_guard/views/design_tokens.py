"""The design tokens: every colour (light and dark), the type scale, the 8 px spacing and radii.

Plain data with no Qt import, so a test can compute contrast from it. `views/theme.py` turns
these tokens into the application palette and stylesheet; widgets ask for a `Scheme` and a
`VerdictColours` here instead of writing a colour of their own.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

# Spacing: multiples of an 8 px grid. Radii: small for controls, large for cards.
GRID = 8
RADIUS_CONTROL = 8
RADIUS_CARD = 12
FOCUS_RING = 3  # px, around every focused control

# Type scale, relative to the body text (the person's text size setting scales the body).
TYPE_SCALE = {
    "body": 1.0,
    "small": 0.9,
    "label": 1.1,
    "title": 1.5,
    "headline": 1.35,
    "display": 1.8,
}

VERDICT_KINDS = ("ok", "info", "warning", "danger")


def space(steps: float = 1) -> int:
    """`steps` grid units in pixels (space(1) == 8, space(0.5) == 4)."""
    return round(GRID * steps)


@dataclass(frozen=True)
class VerdictColours:
    """A filled verdict card: its fill, the text on it, its border and its icon."""

    fill: str
    text: str
    border: str
    icon: str


@dataclass(frozen=True)
class Scheme:
    """One colour scheme. Text colours are checked against the surfaces they sit on."""

    name: str
    window: str  # the window background
    surface: str  # cards and tiles
    surface_raised: str  # input fields, list backgrounds
    text: str
    text_muted: str
    border: str  # outlines of fields, cards and check boxes (non-text: 3:1)
    primary: str  # brand purple for primary actions
    on_primary: str
    primary_pressed: str
    primary_soft: str  # the fill of a chosen Yes/No, a selected list row
    on_primary_soft: str
    focus: str  # the focus ring
    link: str
    verdicts: dict[str, VerdictColours]

    def verdict(self, kind: str) -> VerdictColours:
        return self.verdicts[kind]

    def colour_fields(self) -> dict[str, str]:
        return {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if f.name not in ("name", "verdicts")
        }


LIGHT = Scheme(
    name="light",
    window="#f6f5fa",
    surface="#ffffff",
    surface_raised="#ffffff",
    text="#1b1530",
    text_muted="#4d4861",
    border="#7a7490",
    primary="#5741d9",  # Kraken's purple
    on_primary="#ffffff",
    primary_pressed="#4330b8",
    primary_soft="#e6e1ff",
    on_primary_soft="#2a1d80",
    focus="#5741d9",
    link="#4330b8",
    verdicts={
        "ok": VerdictColours("#e5f4e8", "#0f3d1a", "#2e7d32", "#1f6a25"),
        "info": VerdictColours("#e6eefc", "#0d2a5c", "#2f62c8", "#2356b8"),
        "warning": VerdictColours("#fff3d6", "#4d3300", "#a86400", "#8a5200"),
        "danger": VerdictColours("#fde7e7", "#5c0b0b", "#c62828", "#b71c1c"),
    },
)

DARK = Scheme(
    name="dark",
    window="#15121f",
    surface="#221d31",
    surface_raised="#2b253d",
    text="#f2effa",
    text_muted="#c4bed6",
    border="#8f88a8",
    primary="#7060e8",
    on_primary="#ffffff",
    primary_pressed="#5f4fd6",
    primary_soft="#3b3168",
    on_primary_soft="#ece8ff",
    focus="#b3a6ff",
    link="#b8adff",
    verdicts={
        "ok": VerdictColours("#173621", "#d9f5df", "#5cbf6c", "#7dd58b"),
        "info": VerdictColours("#172a4d", "#dce7ff", "#6d9cf2", "#8fb3f7"),
        "warning": VerdictColours("#3d2c07", "#ffe9b8", "#d99a2b", "#f0b545"),
        "danger": VerdictColours("#4a1518", "#ffdad8", "#f07470", "#ff8f8a"),
    },
)

SCHEMES = {"light": LIGHT, "dark": DARK}


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a #rrggbb colour."""
    value = colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio between two #rrggbb colours (1 to 21)."""
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)
