"""The resources folder is found the same way with os.path as it was with pathlib."""

from pathlib import Path

import kraken_guard
from kraken_guard.core.language_setting import available_languages
from kraken_guard.core.resources import (
    resource_folder,
    resource_path,
    resource_root,
    resource_subfolders,
)


def test_the_resources_folder_is_the_packaged_one_or_the_checkouts() -> None:
    package = Path(kraken_guard.__file__).resolve().parent
    expected = next(
        (p for p in (package / "resources", package.parent / "resources") if p.is_dir()), None
    )
    assert expected is not None
    assert resource_folder() == str(expected)
    assert resource_root() == expected


def test_subfolders_are_listed_as_pathlib_lists_them() -> None:
    for parts in (("content", "i18n"), ("content",), ("no", "such", "folder")):
        node = resource_path(*parts)
        expected = sorted(e.name for e in node.iterdir() if e.is_dir()) if node.is_dir() else []
        assert resource_subfolders(*parts) == expected
    assert available_languages()[0] == "en" and len(available_languages()) > 1
