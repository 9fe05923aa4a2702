#!/usr/bin/env bash
# Build the Linux one-folder app with PyInstaller, prove it starts, and hold it to its size budget.
set -euo pipefail
cd "$(dirname "$0")/../.."
# 130 MiB was met with PySide6 6.12.0 (125 MiB); 6.12.0 makes CPython 3.11 abort, and the
# 6.11 Qt it falls back to links ICU, whose data alone is 31 MB. Babel keeps only our languages.
BUDGET_MIB=140
uv run python tools/build_translations.py
uv run --with "pyinstaller>=6.10" pyinstaller --noconfirm --log-level ERROR \
  --distpath build/dist --workpath build/work packaging/pyinstaller/kraken-guard.spec
home=$(mktemp -d)
QT_QPA_PLATFORM=offscreen KRAKEN_GUARD_HOME="$home" build/dist/kraken-guard/kraken-guard --smoke-test
rm -rf "$home"
size_mib=$(( $(du -sb build/dist/kraken-guard | cut -f1) / 1048576 ))
echo "frozen build: ${size_mib} MiB in build/dist/kraken-guard (budget ${BUDGET_MIB} MiB)"
if [ "$size_mib" -gt "$BUDGET_MIB" ]; then
  echo "The bundle grew past its budget: see what is new with" >&2
  echo "  du -sm build/dist/kraken-guard/_internal/* | sort -rn | head" >&2
  exit 1
fi
tar -C build/dist -czf "build/kraken-guard-linux-$(uname -m).tar.gz" kraken-guard
echo "download: $(du -h "build/kraken-guard-linux-$(uname -m).tar.gz" | cut -f1) build/kraken-guard-linux-$(uname -m).tar.gz"
