"""Parallel first starts (autostart plus a --call shortcut) share one data folder safely."""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

from kraken_guard.core.store import MIGRATIONS, open_store

STARTS = 4
ROUNDS = 5


def _first_start(path: str, barrier: Any, results: Any) -> None:
    barrier.wait()
    try:
        store, recovery = open_store(Path(path))
        results.put(("ok", store.schema_version, recovery is None))
        store.close()
    except Exception as error:  # reported to the test, which names it
        results.put(("error", repr(error.__cause__ or error), False))


def run_parallel_starts(target: Any, args_for: Any, starts: int = STARTS) -> list[Any]:
    """Start `starts` processes that wait on one barrier, then run `target` together."""
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(starts)
    results = context.Queue()
    processes = [
        context.Process(target=target, args=(*args_for(n), barrier, results)) for n in range(starts)
    ]
    for process in processes:
        process.start()
    found = [results.get(timeout=20) for _ in processes]
    for process in processes:
        process.join(timeout=20)
    return found


def test_synchronised_first_starts_all_open_the_same_new_store(tmp_path: Path) -> None:
    for round_ in range(ROUNDS):
        path = tmp_path / f"round-{round_}" / "kraken-guard.sqlite3"
        found = run_parallel_starts(_first_start, lambda n, p=path: (str(p),))
        assert found == [("ok", len(MIGRATIONS), True)] * STARTS, found
        assert [p.name for p in path.parent.iterdir() if "damaged" in p.name] == []
