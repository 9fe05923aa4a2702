#!/usr/bin/env bash
# Run Kraken Guard in a real X server (Xvfb + openbox + trayer) and save a screenshot.
# Usage: tools/screenshot.sh OUT.png [seconds] [-- kraken-guard arguments]
# Environment: KG_FONT_SCALE=1.5 for a large-font shot, KG_HOME to reuse a data folder,
#              KG_AFTER="command" to run (e.g. a second launch) before the shot.
set -euo pipefail
out=${1:?usage: tools/screenshot.sh OUT.png [seconds] [-- args]}; shift
wait_s=${1:-4}; [ $# -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift
display=:$((90 + RANDOM % 9))
home=${KG_HOME:-$(mktemp -d)}
Xvfb "$display" -screen 0 1280x860x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
trap 'kill $app $tray $wm $xvfb 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=$display QT_QPA_PLATFORM=xcb KRAKEN_GUARD_HOME=$home
openbox >/dev/null 2>&1 & wm=$!
trayer --edge top --align right --widthtype pixel --width 120 --height 24 >/dev/null 2>&1 & tray=$!
sleep 1
# A large system font: more dots per inch for text only, so layouts must reflow around it.
font_dpi=$(python3 -c "print(round(96 * float('${KG_FONT_SCALE:-1}')))")
export QT_FONT_DPI=$font_dpi
uv run python -m kraken_guard "$@" & app=$!
sleep "$wait_s"
if [ -n "${KG_AFTER:-}" ]; then bash -c "$KG_AFTER"; sleep 2; fi
import -window root "$out"
echo "saved $out (data in $home)"
