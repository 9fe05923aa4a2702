"""The one verdict box: icon, headline and words for every kind, and nothing left after clear()."""

import pytest
from PySide6.QtGui import QAccessible

from kraken_guard.core.phone.check import check_number
from kraken_guard.views.call_number import CallingNumber
from kraken_guard.views.verdict import KINDS, VerdictBox
from kraken_guard.views.verify_widget import VerifyWidget


@pytest.mark.parametrize("kind", [*KINDS, "good"])
def test_each_kind_shows_an_icon_a_headline_and_a_spoken_description(qtbot, kind: str) -> None:  # type: ignore[no-untyped-def]
    box = VerdictBox()
    qtbot.addWidget(box)
    box.show_verdict(kind, "Headline words", "Detail words", ["A reason"], "Do this next")
    box.show()
    assert box.isVisible() and not box.icon.pixmap().isNull()
    assert box.icon.accessibleName()
    assert box.icon.accessibleName() != box.headline.text()
    assert QAccessible.queryAccessibleInterface(box).text(QAccessible.Text.Name) == "Headline words"
    assert "Detail words" in box.accessibleDescription()
    assert "A reason" in box.reasons.text()
    assert box.next_step.text() == "Do this next"


def test_the_icon_grows_with_the_font(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = VerdictBox()
    qtbot.addWidget(box)
    box.show_verdict("danger", "Do not use this link")
    small = box.icon.pixmap().height()
    font = box.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    box.setFont(font)
    assert box.icon.pixmap().height() > small


def test_clear_hides_and_empties_the_old_verdict(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = VerdictBox()
    qtbot.addWidget(box)
    box.show()
    box.show_verdict("warning", "Old answer", "Old detail", next_step="Old step")
    box.clear()
    assert not box.isVisible()
    assert box.headline.text() == box.detail.text() == box.next_step.text() == ""
    assert box.icon.pixmap().isNull() and box.accessibleName() == ""


def test_call_window_number_and_verify_page_say_the_same_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    def check(text: str):  # type: ignore[no-untyped-def]
        return check_number(text, region="US", official=["+18005550100"])

    verify = VerifyWidget(check)
    calling = CallingNumber(check)
    for widget in (verify, calling):
        qtbot.addWidget(widget)
    verify.field.setText("1-800-KRAKEN1")
    verify.run_check()
    calling.field.setText("1-800-KRAKEN1")
    for box in (verify.verdict, calling.verdict):
        assert box.headline.text() == "Not Kraken's number — hang up"
        assert "+1 800-572-5361" in box.detail.text()
        assert box.next_step.text().startswith("Next: Do not call it")
    assert calling.verdict.kind == verify.verdict.kind == "danger"
