"""Compile every resources/translations/kraken_guard_<language>.ts into the .qm the app loads.

    uv run python tools/build_translations.py           # before `uv build` and PyInstaller

kraken_guard.ts (no language) is the template translators start from; it is not compiled.
The .qm files are build output (git ignores them); the wheel, the sdist and the bundles carry them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"


def lrelease_tool() -> str:
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    return found or "pyside6-lrelease"


def language_files(folder: Path = FOLDER) -> list[Path]:
    """The translations proper: kraken_guard_de.ts, kraken_guard_pt_BR.ts, ..."""
    return sorted(folder.glob("kraken_guard_*.ts"))


def build(folder: Path = FOLDER) -> list[Path]:
    """Compile each language file next to itself; return the .qm files written."""
    built = []
    for source in language_files(folder):
        target = source.with_suffix(".qm")
        subprocess.run(
            [lrelease_tool(), "-silent", str(source), "-qm", str(target)],
            check=True,
        )
        built.append(target)
    return built


def main() -> int:
    built = build()
    names = ", ".join(path.name for path in built) or "none (only the template exists)"
    print(f"compiled translations: {names}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
