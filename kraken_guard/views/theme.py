"""Turns the design tokens into Qt: the application palette, the stylesheet and recoloured icons.

`apply_theme(app, scheme, text_scale)` is the one call that gives the app its look. Widgets
that paint colours themselves (verdict cards, icons) call `scheme_of(widget)`, which reads the
scheme back from the widget's palette, so they follow a change without any global state.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QPixmap
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
from kraken_guard.views.widgets import rescale

BASE_POINT_SIZE = "kraken_guard_base_point_size"  # app property: the font size before scaling
STYLED = "kraken_guard_styled"  # app property: Fusion is set


def scheme_of(widget: QWidget | None = None) -> Scheme:
    """The scheme the app is drawn in, read from the application palette's window colour.

    Not from `widget`'s own palette: a filled card's stylesheet changes that one.
    """
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    return DARK if window.lightness() < 128 else LIGHT


def build_palette(scheme: Scheme) -> QPalette:
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette()
    colours = {
        role.Window: scheme.window,
        role.WindowText: scheme.text,
        role.Base: scheme.surface_raised,
        role.AlternateBase: scheme.surface,
        role.Text: scheme.text,
        role.PlaceholderText: scheme.text_muted,
        role.Button: scheme.surface,
        role.ButtonText: scheme.text,
        role.BrightText: scheme.on_primary,
        role.Highlight: scheme.primary,
        role.HighlightedText: scheme.on_primary,
        role.ToolTipBase: scheme.surface_raised,
        role.ToolTipText: scheme.text,
        role.Link: scheme.link,
        role.LinkVisited: scheme.link,
        role.Light: scheme.surface_raised,
        role.Midlight: scheme.surface,
        role.Mid: scheme.border,
        role.Dark: scheme.border,
        role.Shadow: "#000000",
        role.Accent: scheme.primary,
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor(scheme.text_muted))
    return palette


def _url(name: str) -> str:
    return Path(str(resource_path("icons", name))).as_posix()


def build_stylesheet(scheme: Scheme, line_height: int) -> str:
    """The app stylesheet; `line_height` (px of one line of body text) sizes the indicators."""
    s = scheme
    ring = FOCUS_RING
    indicator = max(16, round(line_height * 1.05))
    pad_v, pad_h = space(1), space(2)
    return f"""
QPushButton {{
    background: {s.surface}; color: {s.text};
    border: 2px solid {s.border}; border-radius: {RADIUS_CONTROL}px;
    padding: {pad_v}px {pad_h}px;
}}
QPushButton:hover {{ background: {s.primary_soft}; color: {s.on_primary_soft}; }}
QPushButton:focus {{
    border: {ring}px solid {s.focus};
    padding: {pad_v - ring + 2}px {pad_h - ring + 2}px;
}}
QPushButton:disabled {{ color: {s.text_muted}; border-style: dashed; }}
QPushButton[role="primary"] {{
    background: {s.primary}; color: {s.on_primary}; border-color: {s.primary};
}}
QPushButton[role="primary"]:hover, QPushButton[role="primary"]:pressed {{
    background: {s.primary_pressed}; color: {s.on_primary};
}}
QPushButton[role="primary"]:focus {{ border-color: {s.text}; }}
QPushButton[role="danger"] {{
    background: {s.verdict("danger").border}; color: {s.window if s is DARK else "#ffffff"};
    border-color: {s.verdict("danger").border};
}}
QPushButton[role="danger"]:focus {{ border-color: {s.text}; }}
QPushButton:checked {{
    background: {s.primary_soft}; color: {s.on_primary_soft};
    border: {ring}px solid {s.primary};
    padding: {pad_v - ring + 2}px {pad_h - ring + 2}px;
}}
QPushButton:checked:focus {{ border-color: {s.focus}; }}
QPushButton[role="tile"] {{ text-align: left; padding: {space(1.5)}px {space(2)}px; }}
QPushButton[role="tile"]:focus {{
    padding: {space(1.5) - ring + 2}px {space(2) - ring + 2}px;
}}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox {{
    background: {s.surface_raised}; color: {s.text};
    border: 2px solid {s.border}; border-radius: {RADIUS_CONTROL}px;
    padding: {space(0.5)}px {space(1)}px;
    selection-background-color: {s.primary}; selection-color: {s.on_primary};
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QSpinBox:focus {{
    border: {ring}px solid {s.focus};
    padding: {space(0.5) - ring + 2}px {space(1) - ring + 2}px;
}}
QCheckBox, QRadioButton {{
    spacing: {space(1)}px; padding: {space(0.5)}px;
    border: {ring}px solid transparent; border-radius: {RADIUS_CONTROL}px;
}}
QCheckBox:focus, QRadioButton:focus {{ border-color: {s.focus}; }}
QCheckBox::indicator, QRadioButton::indicator {{
    width: {indicator}px; height: {indicator}px;
    border: 2px solid {s.border}; background: {s.surface_raised};
}}
QCheckBox::indicator {{ border-radius: {max(4, indicator // 5)}px; }}
QRadioButton::indicator {{ border-radius: {indicator // 2 + 1}px; }}
QCheckBox::indicator:checked {{
    background: {s.primary}; border-color: {s.primary}; image: url({_url("check-mark.svg")});
}}
QRadioButton::indicator:checked {{
    background: {s.primary}; border-color: {s.primary}; image: url({_url("radio-dot.svg")});
}}
QListWidget, QListView {{
    background: {s.surface}; color: {s.text};
    border: 2px solid {s.border}; border-radius: {RADIUS_CARD}px; padding: {space(0.5)}px;
}}
QListWidget:focus, QListView:focus {{ border: {ring}px solid {s.focus}; }}
QListWidget::item, QListView::item {{ padding: {space(1)}px; border-radius: {RADIUS_CONTROL}px; }}
QListWidget::item:selected, QListView::item:selected {{
    background: {s.primary_soft}; color: {s.on_primary_soft};
}}
QProgressBar {{
    background: {s.surface_raised}; color: {s.text};
    border: 2px solid {s.border}; border-radius: {RADIUS_CONTROL}px;
    min-height: {max(12, line_height // 2)}px; text-align: center;
}}
QProgressBar::chunk {{ background: {s.primary}; border-radius: {RADIUS_CONTROL - 2}px; }}
QFrame[role="card"] {{
    background: {s.surface}; border: 2px solid {s.border}; border-radius: {RADIUS_CARD}px;
}}
QFrame[role="card"] QLabel {{ background: transparent; }}
QFrame[role="hero"] {{
    background: {s.primary}; border: 2px solid {s.primary}; border-radius: {RADIUS_CARD}px;
}}
QFrame[role="hero"] QLabel {{ background: transparent; color: {s.on_primary}; }}
QLabel[role="muted"] {{ color: {s.text_muted}; }}
QToolTip {{ background: {s.surface_raised}; color: {s.text}; border: 1px solid {s.border}; }}
"""


def apply_theme(app: QApplication, scheme: Scheme, text_scale: float = 1.0) -> None:
    """Fusion with the tokens' palette and stylesheet; text at `text_scale` of the base size."""
    base = app.property(BASE_POINT_SIZE)
    if not base:
        base = app.font().pointSizeF()
        app.setProperty(BASE_POINT_SIZE, base)
    font = QFont(app.font())
    font.setPointSizeF(float(base) * text_scale)
    new_size = app.font() != font
    if new_size:
        app.setFont(font)
    if not app.property(STYLED):
        # Once only: replacing the style deletes the old one under the widgets that use it.
        app.setStyle("Fusion")
        app.setProperty(STYLED, True)
    palette = build_palette(scheme)
    if app.palette() != palette:
        app.setPalette(palette)
    sheet = build_stylesheet(scheme, QFontMetrics(font).height())
    new_sheet = app.styleSheet() != sheet
    if new_sheet:  # re-setting the same sheet would re-polish every widget for nothing
        app.setStyleSheet(sheet)
    if new_size or new_sheet:  # after the sheet: re-polishing puts back the first font seen
        # Headings and other scaled text keep their size relative to the new text size.
        for widget in app.allWidgets():
            rescale(widget)


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
