"""Turns the design tokens into Qt: the application palette, the stylesheet and recoloured icons.

`apply_theme(app, scheme, text_scale)` is the one call that gives the app its look. Widgets
that paint colours themselves (verdict cards, icons) call `scheme_of(widget)`, which reads the
scheme back from the widget's palette, so they follow a change without any global state.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from kraken_guard.core.resources import resource_path
from kraken_guard.views.design_tokens import (
    DARK,
    FOCUS_RING,
    LIGHT,
    RADIUS_CARD,
    RADIUS_CONTROL,
    Scheme,
    space,
)
from kraken_guard.views.widgets import has_property, rescale

BASE_POINT_SIZE = "kraken_guard_base_point_size"  # app property: the font size before scaling
STYLED = "kraken_guard_styled"  # app property: Fusion is set


def scheme_of(widget: QWidget | None = None) -> Scheme:
    """The scheme the app is drawn in, read from the application palette's window colour.

    Not from `widget`'s own palette: a filled card's stylesheet changes that one.
    """
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    return DARK if window.lightness() < 128 else LIGHT


def build_palette(scheme: Scheme) -> QPalette:
    """Every scheme colour the stylesheet needs, each in a palette role (see STYLESHEET).

    The stylesheet names roles, never colours, so one sheet serves both schemes.
    """
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette()
    colours = {
        role.Window: scheme.window,
        role.WindowText: scheme.text,
        role.Base: scheme.surface_raised,
        role.AlternateBase: scheme.primary_soft,  # a chosen answer, a selected row
        role.Text: scheme.text,
        role.PlaceholderText: scheme.text_muted,
        role.Button: scheme.surface,  # buttons, cards and tiles
        role.ButtonText: scheme.text,
        role.BrightText: scheme.on_primary_soft,  # text on a chosen answer
        role.Highlight: scheme.primary,  # primary actions
        role.HighlightedText: scheme.on_primary,
        role.ToolTipBase: scheme.surface_raised,
        role.ToolTipText: scheme.text,
        role.Link: scheme.link,
        role.LinkVisited: scheme.focus,  # the focus ring (the app shows no visited links)
        role.Light: scheme.surface_raised,
        role.Midlight: scheme.surface,
        role.Mid: scheme.border,  # outlines of fields, cards, check boxes
        role.Dark: scheme.border,
        role.Shadow: scheme.primary_pressed,  # a pressed primary button
        role.Accent: scheme.primary,
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor(scheme.text_muted))
    return palette


def _url(name: str) -> str:
    return Path(str(resource_path("icons", name))).as_posix()


def build_stylesheet() -> str:
    """The app stylesheet: palette roles for colours, em for sizes that follow the text."""
    ring = FOCUS_RING
    pad_v, pad_h = space(1), space(2)
    return f"""
QPushButton {{
    background: palette(button); color: palette(button-text);
    border: 2px solid palette(mid); border-radius: {RADIUS_CONTROL}px;
    padding: {pad_v}px {pad_h}px;
}}
QPushButton:hover {{ background: palette(alternate-base); color: palette(bright-text); }}
QPushButton:focus {{
    border: {ring}px solid palette(link-visited);
    padding: {pad_v - ring + 2}px {pad_h - ring + 2}px;
}}
QPushButton:disabled {{ color: palette(placeholder-text); border-style: dashed; }}
QPushButton[role="primary"] {{
    background: palette(highlight); color: palette(highlighted-text);
    border-color: palette(highlight);
}}
QPushButton[role="primary"]:hover, QPushButton[role="primary"]:pressed {{
    background: palette(shadow); color: palette(highlighted-text);
}}
QPushButton[role="primary"]:focus {{ border-color: palette(window-text); }}
QPushButton:checked {{
    background: palette(alternate-base); color: palette(bright-text);
    border: {ring}px solid palette(highlight);
    padding: {pad_v - ring + 2}px {pad_h - ring + 2}px;
}}
QPushButton:checked:focus {{ border-color: palette(link-visited); }}
QPushButton[role="tile"] {{ text-align: left; padding: {space(1.5)}px {space(2)}px; }}
QPushButton[role="tile"]:focus {{
    padding: {space(1.5) - ring + 2}px {space(2) - ring + 2}px;
}}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox {{
    background: palette(base); color: palette(text);
    border: 2px solid palette(mid); border-radius: {RADIUS_CONTROL}px;
    padding: {space(0.5)}px {space(1)}px;
    selection-background-color: palette(highlight); selection-color: palette(highlighted-text);
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QSpinBox:focus {{
    border: {ring}px solid palette(link-visited);
    padding: {space(0.5) - ring + 2}px {space(1) - ring + 2}px;
}}
QCheckBox, QRadioButton {{
    spacing: {space(1)}px; padding: {space(0.5)}px;
    border: {ring}px solid transparent; border-radius: {RADIUS_CONTROL}px;
}}
QCheckBox:focus, QRadioButton:focus {{ border-color: palette(link-visited); }}
QCheckBox::indicator, QRadioButton::indicator {{
    width: 1.1em; height: 1.1em;
    border: 2px solid palette(mid); background: palette(base);
}}
QCheckBox::indicator {{ border-radius: 4px; }}
QRadioButton::indicator {{ border-radius: 0.6em; }}
QCheckBox::indicator:checked {{
    background: palette(highlight); border-color: palette(highlight);
    image: url({_url("check-mark.svg")});
}}
QRadioButton::indicator:checked {{
    background: palette(highlight); border-color: palette(highlight);
    image: url({_url("radio-dot.svg")});
}}
QListWidget, QListView {{
    background: palette(button); color: palette(text);
    border: 2px solid palette(mid); border-radius: {RADIUS_CARD}px; padding: {space(0.5)}px;
}}
QListWidget:focus, QListView:focus {{ border: {ring}px solid palette(link-visited); }}
QListWidget::item, QListView::item {{ padding: {space(1)}px; border-radius: {RADIUS_CONTROL}px; }}
QListWidget::item:selected, QListView::item:selected {{
    background: palette(alternate-base); color: palette(bright-text);
}}
QProgressBar {{
    background: palette(base); color: palette(text);
    border: 2px solid palette(mid); border-radius: {RADIUS_CONTROL}px;
    min-height: 0.8em; max-height: 1.2em; text-align: center;
}}
QProgressBar::chunk {{ background: palette(highlight); border-radius: {RADIUS_CONTROL - 2}px; }}
QFrame[role="card"] {{
    background: palette(button); border: 2px solid palette(mid);
    border-radius: {RADIUS_CARD}px;
}}
QFrame[role="card"] QLabel {{ background: transparent; }}
QLabel[role="muted"] {{ color: palette(placeholder-text); }}
QToolTip {{ background: palette(tool-tip-base); color: palette(tool-tip-text); }}
"""


def apply_theme(app: QApplication, scheme: Scheme, text_scale: float = 1.0) -> None:
    """Fusion with the tokens' palette and stylesheet; text at `text_scale` of the base size."""
    if has_property(app, BASE_POINT_SIZE):
        base = float(app.property(BASE_POINT_SIZE))
    else:
        base = app.font().pointSizeF()
        app.setProperty(BASE_POINT_SIZE, base)
    if not has_property(app, STYLED):
        # Once only: replacing the style deletes the old one under the widgets that use it.
        app.setStyle("Fusion")
        app.setProperty(STYLED, True)
    palette = build_palette(scheme)
    if app.palette() != palette:
        app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF(base * text_scale)
    if app.font() != font:
        app.setFont(font)
    # The sheet's palette() colours and em sizes are worked out when a widget is polished:
    # a new scheme or text size needs the sheet set again (a comment makes it differ).
    sheet = f"{build_stylesheet()}/* {scheme.name} {font.pointSizeF():g} */\n"
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
        # Polishing puts back the font a widget had when first polished: scale text again;
        # widgets that paint scheme colours themselves (verdict cards, icons) repaint.
        for widget in app.allWidgets():
            rescale(widget)
            follow = getattr(widget, "follow_scheme", None)
            if callable(follow):
                follow()


def tinted_pixmap(name: str, colour: str, size: int, device_ratio: float = 1.0) -> QPixmap:
    """The app's own SVG icon `name` drawn in `colour` (its `currentColor`) at `size` px."""
    from PySide6.QtSvg import QSvgRenderer  # only for painting icons

    path = Path(str(resource_path("icons", f"{name}.svg")))
    svg = path.read_text(encoding="utf-8").replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixels = max(1, round(size * device_ratio))
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    pixmap.setDevicePixelRatio(device_ratio)
    return pixmap


def tinted_icon(name: str, colour: str, size: int = 48) -> QIcon:
    return QIcon(tinted_pixmap(name, colour, size, 2.0))
