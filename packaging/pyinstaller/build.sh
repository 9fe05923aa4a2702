#!/usr/bin/env bash
# Build the one-folder app with PyInstaller and prove it starts (used by .ci/run).
set -euo pipefail
cd "$(dirname "$0")/../.."
uv run --with "pyinstaller>=6.10" pyinstaller --noconfirm --log-level WARN \
  --distpath build/dist --workpath build/work packaging/pyinstaller/kraken-guard.spec
home=$(mktemp -d)
QT_QPA_PLATFORM=offscreen KRAKEN_GUARD_HOME="$home" build/dist/kraken-guard/kraken-guard --smoke-test
rm -rf "$home"
echo "frozen build: $(du -sh build/dist/kraken-guard | cut -f1) in build/dist/kraken-guard"
