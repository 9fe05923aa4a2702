"""Compile each resources/translations/kraken_guard_<lang>.ts to a .qm file with pyside6-lrelease.

    uv run python tools/build_translations.py            # next to the .ts files
    uv run python tools/build_translations.py OUT_DIR    # somewhere else (tests, packaging)

The .qm files are build output (ignored by git); the app loads them from resources/translations.
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


def build_translations(out: Path = FOLDER, folder: Path = FOLDER) -> list[Path]:
    """Compile every language .ts in `folder` into `out`; return the .qm files written."""
    out.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(folder.glob("kraken_guard_*.ts")):
        qm = out / ts.with_suffix(".qm").name
        subprocess.run([lrelease_tool(), str(ts), "-qm", str(qm)], check=True, capture_output=True)
        built.append(qm)
    return built


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else FOLDER
    for qm in build_translations(out):
        print(qm)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
