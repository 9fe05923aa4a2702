import os
from pathlib import Path

import pytest

from kraken_guard.core.atomic import write_atomic


def test_writes_and_replaces_with_the_mode_asked(tmp_path: Path) -> None:
    target = tmp_path / "out.html"
    target.write_text("old")
    write_atomic(target, "new", 0o644)
    assert target.read_text() == "new"
    assert target.stat().st_mode & 0o777 == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["out.html"]


def test_a_planted_link_at_the_old_temporary_name_is_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_text("keep me")
    os.symlink(victim, tmp_path / ".out.html.tmp")  # the fixed name the old code used
    write_atomic(tmp_path / "out.html", "bookmarks")
    assert victim.read_text() == "keep me"
    assert (tmp_path / "out.html").read_text() == "bookmarks"


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "progress.json"
    target.write_text("old")

    def broken(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError):
        write_atomic(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["progress.json"]
