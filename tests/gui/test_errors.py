import sys
from pathlib import Path

from kraken_guard.app.errors import install_excepthook


def test_uncaught_error_shows_a_calm_message_naming_the_log(tmp_path: Path, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(lambda title, text: shown.append(text), tmp_path / "kraken-guard.log")
    try:
        raise ValueError("boom in a slot")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert len(shown) == 1
    assert str(tmp_path / "kraken-guard.log") in shown[0]
    assert "Traceback" not in shown[0] and "boom" not in shown[0]
    assert "data is safe" in shown[0]
