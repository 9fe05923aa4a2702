"""Look-alike engine on its evaluation set: caught %, false alarms, median time per check_url.

Run: uv run python bench/bench_lookalike.py   (make the set first: bench/make_lookalike_set.py)"""

from __future__ import annotations

import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Evaluation:
    lookalikes: list[tuple[str, str]]  # (family, host)
    ordinary: list[str]
    missed: list[tuple[str, str]]
    false_alarms: list[tuple[str, tuple[str, ...]]]
    times: list[float]

    @property
    def caught_percent(self) -> float:
        return 100.0 * (1 - len(self.missed) / len(self.lookalikes))


def load_set() -> tuple[list[tuple[str, str]], list[str]]:
    rows: list[tuple[str, str]] = []
    for line in (DATA / "lookalikes_generated.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            family, host = line.split("\t")
            rows.append((family, host))
    for line in (DATA / "lookalikes_handwritten.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(("hand-written", line.strip()))
    ordinary = [
        line.strip()
        for line in (DATA / "ordinary_hosts.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    return rows, ordinary


def evaluate() -> Evaluation:
    from kraken_guard.core.links.check import Verdict, check_url

    check_url("https://warm.example")  # the first call loads the suffix list and glyph data
    lookalikes, ordinary = load_set()
    missed, false_alarms, times = [], [], []
    for family, host in lookalikes:
        started = time.perf_counter()
        check = check_url(f"https://{host}/")
        times.append(time.perf_counter() - started)
        if check.verdict is not Verdict.LOOKALIKE:
            missed.append((family, host))
    for host in ordinary:
        started = time.perf_counter()
        check = check_url(f"https://{host}/")
        times.append(time.perf_counter() - started)
        if check.verdict is not Verdict.UNRELATED:
            false_alarms.append((host, check.reasons))
    return Evaluation(lookalikes, ordinary, missed, false_alarms, times)


def dnstwist_lookalikes() -> list[tuple[str, str]]:
    """dnstwist's permutations of kraken.com (a standard typosquat generator, run offline; our
    own set is written by us, this one is not), minus names on the known-owners list."""
    import dnstwist

    from kraken_guard.core.links.known_owners import owner_of

    fuzzer = dnstwist.Fuzzer(
        "kraken.com",
        dictionary=["login", "support", "help", "secure", "verify", "wallet", "pro", "app"],
        tld_dictionary=["fr", "de", "net", "org", "io", "co", "us", "xyz", "app", "co.uk"],
    )
    fuzzer.generate()
    return [
        (str(found["fuzzer"]), str(found["domain"]))
        for found in fuzzer.domains
        if found["fuzzer"] != "*original" and not owner_of(str(found["domain"]))
    ]


def caught_percent(lookalikes: list[tuple[str, str]]) -> tuple[float, list[tuple[str, str]]]:
    from kraken_guard.core.links.check import Verdict, check_url

    missed = [
        (family, host)
        for family, host in lookalikes
        if check_url(f"https://{host}/").verdict is not Verdict.LOOKALIKE
    ]
    return 100.0 * (1 - len(missed) / len(lookalikes)), missed


def main() -> int:
    twisted = dnstwist_lookalikes()
    twisted_percent, twisted_missed = caught_percent(twisted)
    print(f"dnstwist permutations: {len(twisted)}   caught: {twisted_percent:.2f} %")
    for family, host in twisted_missed:
        print(f"  missed [dnstwist {family}] {host}")
    result = evaluate()
    print(f"look-alikes: {len(result.lookalikes)}   ordinary hosts: {len(result.ordinary)}")
    print(f"caught: {result.caught_percent:.2f} %   missed: {len(result.missed)}")
    families: dict[str, int] = {}
    for family, _host in result.lookalikes:
        families[family] = families.get(family, 0) + 1
    print("  by family: " + ", ".join(f"{name} {count}" for name, count in families.items()))
    for family, host in result.missed:
        print(f"  missed [{family}] {host}")
    print(f"false alarms: {len(result.false_alarms)}")
    for host, reasons in result.false_alarms:
        print(f"  false alarm {host}: {reasons[-1] if reasons else ''}")
    median_ms = statistics.median(result.times) * 1000
    p95_ms = sorted(result.times)[int(len(result.times) * 0.95)] * 1000
    print(f"check_url median: {median_ms:.3f} ms   95th percentile: {p95_ms:.3f} ms")
    goal = result.caught_percent >= 99.5 and twisted_percent >= 99.5 and not result.false_alarms
    return 0 if goal else 1


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(main())
