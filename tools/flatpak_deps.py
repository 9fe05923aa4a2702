"""Write packaging/flatpak/python-deps.json: the app's runtime wheels, pinned from uv.lock.

    uv run python tools/flatpak_deps.py           # after `uv lock` changes a runtime dependency
    uv run python tools/flatpak_deps.py --check   # CI: fail when the module is out of date

The Flatpak runtime (org.freedesktop.Platform 24.08) has Python 3.12, so each dependency is the
wheel uv.lock lists for CPython 3.12 on Linux, per architecture, with its sha256. No network.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path
from typing import Any

from packaging.markers import Marker
from packaging.tags import Tag, compatible_tags, cpython_tags
from packaging.utils import canonicalize_name, parse_wheel_filename

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "uv.lock"
OUT = ROOT / "packaging" / "flatpak" / "python-deps.json"
PROJECT = "kraken-guard"
PYTHON = (3, 12)
ARCHES = ("x86_64", "aarch64")
GLIBC_MINOR = 39  # the 24.08 runtime has glibc 2.39 or newer: manylinux wheels up to 2_39 run


def supported_tags(arch: str) -> list[Tag]:
    """Best first, as pip ranks them on this runtime."""
    platforms = [f"manylinux_2_{minor}_{arch}" for minor in range(GLIBC_MINOR, 16, -1)]
    platforms += [f"manylinux2014_{arch}", f"linux_{arch}"]
    return [
        *cpython_tags(PYTHON, abis=[f"cp{PYTHON[0]}{PYTHON[1]}"], platforms=platforms),
        *compatible_tags(PYTHON, f"cp{PYTHON[0]}{PYTHON[1]}", platforms=platforms),
    ]


def environment() -> dict[str, str]:
    version = ".".join(map(str, PYTHON))
    return {
        "sys_platform": "linux",
        "platform_system": "Linux",
        "os_name": "posix",
        "python_version": version,
        "python_full_version": f"{version}.0",
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
        "platform_machine": "x86_64",
        "extra": "",
    }


def runtime_packages(lock: dict[str, Any]) -> list[dict[str, Any]]:
    """The project's runtime dependencies and theirs, for Linux and Python 3.12."""
    by_name = {canonicalize_name(p["name"]): p for p in lock["package"]}
    env = environment()
    wanted: dict[str, dict[str, Any]] = {}
    todo = [canonicalize_name(PROJECT)]
    while todo:
        package = by_name[todo.pop()]
        for dependency in package.get("dependencies", []):
            marker = dependency.get("marker")
            if marker and not Marker(marker).evaluate(env):
                continue
            name = canonicalize_name(dependency["name"])
            if name not in wanted:
                wanted[name] = by_name[name]
                todo.append(name)
    return [wanted[name] for name in sorted(wanted)]


def best_wheel(package: dict[str, Any], arch: str) -> dict[str, Any]:
    ranked = supported_tags(arch)
    best: tuple[int, dict[str, Any]] | None = None
    for wheel in package.get("wheels", []):
        filename = wheel["url"].rsplit("/", 1)[-1]
        _, _, _, tags = parse_wheel_filename(filename)
        ranks = [ranked.index(tag) for tag in tags if tag in ranked]
        if ranks and (best is None or min(ranks) < best[0]):
            best = (min(ranks), wheel)
    if best is None:
        # A pure-Python project that publishes only an sdist (authres): pip builds it in the SDK.
        if "sdist" in package:
            return dict(package["sdist"])
        raise SystemExit(
            f"uv.lock has neither a Linux {arch} wheel nor an sdist for {package['name']}"
        )
    return best[1]


def module(lock: dict[str, Any]) -> dict[str, Any]:
    sources: list[dict[str, Any]] = []
    for package in runtime_packages(lock):
        picks = {arch: best_wheel(package, arch) for arch in ARCHES}
        urls = {pick["url"] for pick in picks.values()}
        for url in sorted(urls):
            arches = [arch for arch, pick in picks.items() if pick["url"] == url]
            pick = picks[arches[0]]
            source = {"type": "file", "url": url, "sha256": pick["hash"].removeprefix("sha256:")}
            if len(arches) < len(ARCHES):
                source["only-arches"] = arches
            sources.append(source)
    return {
        "name": "python-deps",
        "buildsystem": "simple",
        "build-commands": [
            'pip3 install --no-index --no-deps --no-build-isolation --find-links="file://${PWD}" '
            '--prefix="${FLATPAK_DEST}" *.whl *.tar.gz'
        ],
        "sources": sources,
    }


def render() -> str:
    lock = tomllib.loads(LOCK.read_text(encoding="utf-8"))
    return json.dumps(module(lock), indent=2) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the file is out of date")
    args = parser.parse_args()
    text = render()
    if args.check:
        if not OUT.is_file() or OUT.read_text(encoding="utf-8") != text:
            print(
                f"{OUT.relative_to(ROOT)} is out of date: run tools/flatpak_deps.py",
                file=sys.stderr,
            )
            return 1
        print(f"{OUT.relative_to(ROOT)} matches uv.lock")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(json.loads(text)['sources'])} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
