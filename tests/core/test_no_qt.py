"""The core and the command line must work where Qt is not even installed."""

import subprocess
import sys
import textwrap


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=False
    )


def test_importing_every_core_module_and_the_cli_loads_no_qt() -> None:
    result = _run(
        """
        import importlib, pkgutil, sys
        import kraken_guard.core, kraken_guard.cli
        for mod in pkgutil.walk_packages(kraken_guard.core.__path__, "kraken_guard.core."):
            importlib.import_module(mod.name)
        for mod in pkgutil.walk_packages(kraken_guard.cli.__path__, "kraken_guard.cli."):
            if not mod.name.endswith("__main__"):
                importlib.import_module(mod.name)
        print(sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken"))))
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_a_cli_command_runs_without_qt_or_keyring() -> None:
    result = _run(
        """
        import io, sys
        from kraken_guard.cli import main
        out = io.StringIO()
        code = main(["never-ask"], stdout=out)
        assert code == 0 and "Master Key" in out.getvalue(), out.getvalue()
        print(sorted(m for m in sys.modules if m.startswith(("PySide6", "keyring"))))
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
