#!/usr/bin/env bash
# Build Kraken Guard for macOS: "Kraken Guard.app" (tray-first: LSUIElement, no Dock icon) with
# its .icns icon, smoke-tested, ad-hoc signed, and packed in a .dmg. Run on a Mac:
#   bash packaging/macos/build.sh
# Needs: uv (https://docs.astral.sh/uv/) and the Xcode command line tools (codesign, hdiutil).
# Set MACOS_SIGN_IDENTITY="Developer ID Application: NAME (TEAMID)" to sign for distribution.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "$(uname -s)" = Darwin ] || { echo "This recipe builds on macOS only." >&2; exit 2; }
command -v uv >/dev/null || { echo "Install uv first: brew install uv" >&2; exit 2; }

out=build/macos
mkdir -p "$out"
uv sync --locked
uv run python tools/build_translations.py
uv run python tools/render_icons.py icns "$out/kraken-guard.icns"
version=$(uv run python -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')

KRAKEN_GUARD_ICON="$PWD/$out/kraken-guard.icns" KRAKEN_GUARD_APP_VERSION="$version" \
  uv run --with "pyinstaller>=6.10" pyinstaller --noconfirm --log-level WARN \
  --distpath build/dist --workpath build/work packaging/pyinstaller/kraken-guard.spec

app="build/dist/Kraken Guard.app"
[ "$(/usr/libexec/PlistBuddy -c 'Print :LSUIElement' "$app/Contents/Info.plist")" = true ] \
  || { echo "Info.plist lacks LSUIElement" >&2; exit 1; }
home=$(mktemp -d)
QT_QPA_PLATFORM=offscreen KRAKEN_GUARD_HOME="$home" "$app/Contents/MacOS/kraken-guard" --smoke-test
rm -rf "$home"

identity=${MACOS_SIGN_IDENTITY:--}  # "-" is an ad-hoc signature: runs here, not a release
codesign --force --deep --options runtime --timestamp=none --sign "$identity" "$app"
codesign --verify --deep --strict "$app"
echo "app: $(du -sh "$app" | cut -f1) in $app (signed with: $identity)"

dmg="build/kraken-guard-$version-macos-$(uname -m).dmg"
rm -f "$dmg"
hdiutil create -quiet -volname "Kraken Guard" -srcfolder "$app" -ov -format UDZO "$dmg"
echo "disk image: $(du -h "$dmg" | cut -f1) $dmg"
if [ "$identity" != "-" ]; then
  echo "Next: xcrun notarytool submit \"$dmg\" --keychain-profile NOTARY --wait" \
       "&& xcrun stapler staple \"$dmg\" (see README)"
fi
