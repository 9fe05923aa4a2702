#!/usr/bin/env bash
# Build the wheel and sdist, install the wheel into a fresh venv outside the checkout, and run it
# from there: proves the wheel carries resources/ (content, icons, compiled translations).
set -euo pipefail
cd "$(dirname "$0")/.."
checkout=$PWD
uv run python tools/build_translations.py
rm -rf dist
uv build --quiet
ls -l dist
python3 - <<'PY'
import glob, pathlib, tarfile, zipfile
wheel = zipfile.ZipFile(glob.glob("dist/*.whl")[0]).namelist()
sdist = tarfile.open(glob.glob("dist/*.tar.gz")[0]).getnames()
wanted = [p.relative_to("resources").as_posix() for p in pathlib.Path("resources").rglob("*")
          if p.is_file() and p.suffix in {".json", ".svg", ".qm", ".ts"}]
missing = [w for w in wanted if f"kraken_guard/resources/{w}" not in wheel]
missing += [f"sdist:{w}" for w in wanted if not any(n.endswith(f"/resources/{w}") for n in sdist)]
assert not missing, f"not packaged: {missing}"
print(f"wheel and sdist carry all {len(wanted)} resource files")
PY
place=$(mktemp -d)
trap 'rm -rf "$place"' EXIT
uv venv --quiet "$place/venv"
uv pip install --quiet --python "$place/venv/bin/python" dist/*.whl
cd "$place"  # nothing from the checkout is importable from here
export KRAKEN_GUARD_HOME="$place/home"
"$place/venv/bin/python" - "$checkout" <<'PY'
import sys
from kraken_guard.core.resources import resource_root
root = str(resource_root())
assert sys.argv[1] not in root and "site-packages" in root, f"resources found at {root}"
print(f"resources found in the installed wheel: {root}")
PY
"$place/venv/bin/kraken-guard-cli" status --json | python3 -c \
  'import json, sys; status = json.load(sys.stdin); print("cli status:", sorted(status))'
QT_QPA_PLATFORM=offscreen "$place/venv/bin/kraken-guard" --smoke-test
echo "installed wheel works outside the checkout"
