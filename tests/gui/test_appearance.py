"""The look a person chooses: light or dark, text size 100-200 %, and what still fits at 200 %."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLineEdit,
    QMenu,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from kraken_guard.app.controller import AppController
from kraken_guard.core.appearance import (
    SCHEME_SETTING,
    TEXT_SIZE_SETTING,
    SchemeChoice,
    saved_scheme,
    saved_text_size,
)
from kraken_guard.core.store import Store
from kraken_guard.views.design_tokens import DARK, LIGHT
from kraken_guard.views.theme import scheme_of


@pytest.fixture
def looks(controller: AppController) -> Iterator[AppController]:
    assert controller.appearance is not None
    yield controller
    controller.appearance.set_scheme(SchemeChoice.SYSTEM)
    controller.appearance.set_text_size(100)


def window_colour() -> str:
    return QApplication.palette().color(QPalette.ColorRole.Window).name()


def test_scheme_override_recolours_the_app_and_its_verdict_cards(
    looks: AppController, store: Store
) -> None:
    appearance = looks.appearance
    assert appearance is not None
    looks.links.check("https://kraken.com.evil.example/login")
    card = looks.links.link_page.result
    appearance.set_scheme(SchemeChoice.DARK)
    assert window_colour() == DARK.window and scheme_of(card) is DARK
    assert DARK.verdict("danger").fill in card.styleSheet()
    appearance.set_scheme(SchemeChoice.LIGHT)
    assert window_colour() == LIGHT.window
    assert LIGHT.verdict("danger").fill in card.styleSheet()
    assert saved_scheme(store) is SchemeChoice.LIGHT


def test_text_size_scales_text_and_headings_and_is_kept(looks: AppController, store: Store) -> None:
    appearance = looks.appearance
    assert appearance is not None
    body = QApplication.font().pointSizeF()
    call_button = looks.home.buttons[0]
    heading_before = call_button.font().pointSizeF()
    appearance.set_text_size(200)
    assert QApplication.font().pointSizeF() == pytest.approx(body * 2)
    assert call_button.font().pointSizeF() == pytest.approx(heading_before * 2)
    assert saved_text_size(store) == 200
    appearance.set_text_size(500)
    assert saved_text_size(store) == 200, "never more than 200 %"


def test_damaged_settings_fall_back_to_the_system_look(store: Store) -> None:
    store.set_setting(SCHEME_SETTING, "purple")
    store.set_setting(TEXT_SIZE_SETTING, "huge")
    assert saved_scheme(store) is SchemeChoice.SYSTEM
    assert saved_text_size(store) == 100


def test_view_menu_offers_scheme_and_text_size_by_keyboard(looks: AppController) -> None:
    view = looks.window.findChild(QMenu, "menu_view")
    assert view is not None
    names = [a.objectName() for a in view.actions() if a.objectName()]
    assert "action_scheme_dark" in names and "action_text_200" in names
    dark = next(a for a in view.actions() if a.objectName() == "action_scheme_dark")
    dark.trigger()
    assert window_colour() == DARK.window
    assert all("&" in a.text() for a in view.actions() if "scheme" in a.objectName())


def test_at_200_percent_text_the_tray_popup_verdict_shows_whole(
    looks: AppController, qtbot
) -> None:
    assert looks.appearance is not None
    looks.appearance.set_text_size(200)
    # nothing saved, a request for a code: the longest verdict the popup shows
    popup = looks.check.open_popup("Kraken Support here. Read me the code. Call +1 800 555 0100")
    qtbot.addWidget(popup)
    qtbot.waitExposed(popup)
    QApplication.processEvents()
    screen = QRect(0, 0, 1280, 800)
    assert popup.width() <= screen.width() and popup.height() <= screen.height()
    verdict = popup.box.summary
    assert verdict.isVisible()
    for part in (verdict.headline, verdict.detail, verdict.next_step):
        if not part.isVisible():
            continue
        shown = part.visibleRegion().boundingRect()
        assert shown.size() == part.size(), f"{part.objectName()} is cut off"
        assert part.height() >= part.heightForWidth(part.width()) - 1, part.objectName()
    assert "scam" in verdict.headline.text().lower()


def test_home_is_crisis_first_and_every_control_is_named(looks: AppController) -> None:
    home = looks.home
    call, *others = home.buttons
    assert call.accessibleName() == "Someone is calling me now"
    assert call.font().pointSizeF() > max(b.font().pointSizeF() for b in others)
    assert call.mapTo(home, call.rect().topLeft()).y() < min(
        b.mapTo(home, b.rect().topLeft()).y() for b in others
    )
    assert home.progress.maximum() == 13 and home.progress.value() == 0
    kinds = (QAbstractButton, QLineEdit)
    for widget in home.findChildren(QWidget):
        if isinstance(widget, kinds) and widget.isVisibleTo(home):
            name = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
            assert name.strip(), widget.objectName()
            assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget.objectName()


def _indicator_width(parent: QWidget) -> int:
    box = QCheckBox("Your password", parent)
    box.ensurePolished()
    option = QStyleOptionButton()
    option.initFrom(box)
    return box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box).width()


def test_check_box_indicators_grow_with_the_text(looks: AppController) -> None:
    assert looks.appearance is not None
    normal = _indicator_width(looks.home)
    looks.appearance.set_text_size(200)
    large = _indicator_width(looks.home)
    assert normal >= QFontMetrics(QApplication.font()).height() // 2 * 0.9
    assert large >= normal * 1.8, (normal, large)
