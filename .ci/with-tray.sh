#!/usr/bin/env bash
# Run a command inside Xvfb with openbox as the window manager (real activation and focus, for the
# keyboard tests) and trayer as the system-tray host (QSystemTrayIcon becomes available).
set -euo pipefail
display=":$((50 + RANDOM % 40))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill ${tray:-} ${wm:-} "$xvfb" 2>/dev/null || true' EXIT
export DISPLAY="$display" QT_QPA_PLATFORM=xcb
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
openbox >/dev/null 2>&1 &
wm=$!
trayer --edge top --align right --widthtype pixel --width 120 --height 24 >/dev/null 2>&1 &
tray=$!
sleep 1
"$@"
