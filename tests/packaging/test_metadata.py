"""The Linux metadata, icons and Flatpak manifest agree with each other and with the app."""

from __future__ import annotations

import json
import re
import struct
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.github.kraken_guard.KrakenGuard"
LINUX = ROOT / "packaging" / "linux"
FLATPAK = ROOT / "packaging" / "flatpak"


def metainfo() -> ET.Element:
    return ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()


def manifest() -> dict:  # type: ignore[type-arg]
    return json.loads((FLATPAK / f"{APP_ID}.json").read_text(encoding="utf-8"))


def project() -> dict:  # type: ignore[type-arg]
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_each_screenshot_in_the_store_listing_is_a_file_in_docs() -> None:
    screenshots = metainfo().findall("./screenshots/screenshot")
    assert len(screenshots) >= 2
    assert screenshots[0].get("type") == "default"
    for shot in screenshots:
        image = shot.find("image")
        assert image is not None and image.text and shot.findtext("caption")
        name = re.sub(r".*/docs/screenshots/", "", image.text)
        local = ROOT / "docs" / "screenshots" / name
        assert local.is_file(), f"{image.text} has no file {local}"
        assert png_size(local) == (int(image.get("width", 0)), int(image.get("height", 0)))


def test_the_listing_has_a_release_for_this_version_and_a_content_rating() -> None:
    root = metainfo()
    versions = [r.get("version") for r in root.findall("./releases/release")]
    assert versions[0] == project()["version"]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d", r.get("date", "")) for r in root.iter("release"))
    assert root.find("content_rating").get("type") == "oars-1.1"  # type: ignore[union-attr]
    assert root.findtext("launchable") == f"{APP_ID}.desktop"


def test_icons_exist_as_svg_and_at_64_128_256_pixels() -> None:
    hicolor = LINUX / "icons" / "hicolor"
    svg = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    assert svg.read_bytes() == (ROOT / "resources" / "icons" / "kraken-guard.svg").read_bytes()
    for size in (64, 128, 256):
        assert png_size(hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (size, size)


def test_flatpak_manifest_runs_the_app_with_a_tray_apps_permissions_and_no_more() -> None:
    found = manifest()
    assert found["id"] == APP_ID
    assert found["command"] in project()["gui-scripts"]
    args = set(found["finish-args"])
    needed = {
        "--share=ipc",
        "--socket=wayland",
        "--socket=fallback-x11",
        "--talk-name=org.kde.StatusNotifierWatcher",
        "--talk-name=org.freedesktop.secrets",
        "--filesystem=xdg-config/autostart:create",
    }
    assert needed <= args
    for arg in args:  # no network, no home or host files, no devices, no whole-bus access
        assert not re.match(r"--share=network|--filesystem=(home|host)|--device|--socket=x11$", arg)
        assert not re.match(r"--socket=(session|system)-bus|--talk-name=\*", arg)
    assert "python-deps.json" in found["modules"]


def test_flatpak_python_modules_are_the_wheels_uv_lock_pins() -> None:
    module = json.loads((FLATPAK / "python-deps.json").read_text(encoding="utf-8"))
    names = {s["url"].rsplit("/", 1)[-1].split("-")[0].lower() for s in module["sources"]}
    assert {"pyside6_essentials", "shiboken6", "keyring", "secretstorage", "phonenumbers"} <= names
    assert "pywin32_ctypes" not in names  # Windows-only dependencies stay out
    assert all(re.fullmatch(r"[0-9a-f]{64}", s["sha256"]) for s in module["sources"])


def test_windows_version_info_carries_the_project_version() -> None:
    import ast
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "version_info", ROOT / "packaging" / "windows" / "version_info.py"
    )
    assert spec is not None and spec.loader is not None
    version_info = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(version_info)
    assert version_info.version_numbers("1.2.3rc1") == (1, 2, 3, 0)
    text = version_info.render(project()["version"])
    ast.parse(text, mode="eval")  # PyInstaller evaluates it as one Python expression
    assert f"StringStruct('ProductVersion', '{project()['version']}')" in text


def test_icon_containers_for_windows_and_macos_hold_every_size(qapp) -> None:  # type: ignore[no-untyped-def]
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "render_icons", ROOT / "tools" / "render_icons.py"
    )
    assert spec is not None and spec.loader is not None
    icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(icons)
    pngs = {size: icons.render_png(size) for size in (16, 32, 64, 128, 256, 512, 1024)}
    ico = icons.ico_bytes({s: pngs[s] for s in (16, 32, 256)})
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, 3)
    assert ico[6 + 2 * 16] == 0  # 256 px is written as 0
    icns = icons.icns_bytes(pngs)
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns and b"icp4" in icns
