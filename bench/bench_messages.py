"""Caught % and false alarms of the message check on the corpus in tests/data/messages.

    uv run python bench/bench_messages.py [--show-misses] [--folder DIR]

A scam message is caught when the verdict is `scam`; an ordinary message is a false alarm when it
is called `scam`. The number check is given one saved official number (+1 800 555 0100).
heldout.jsonl was written after the rules and is never used to change them: its line shows how
the rules do on messages they were not shaped by.

eval_scam.jsonl and eval_ordinary.jsonl were written by an independent evaluator on 2026-12-01
(95 scams, 64 ordinary texts) and then used for tuning the rules: they are a development corpus
now, not a held-out one. Their line is printed on its own. --folder DIR scores any folder that
holds scam.jsonl and ordinary.jsonl (the evaluator's own copy, for example) instead of the corpus.

eval2_scam.jsonl and eval2_ordinary.jsonl (70 scams, 50 ordinary texts) were written by an
independent evaluator on 2026-12-01 after the first round of tuning, as a fresh held-out set, and
then used for tuning the second round: a development corpus too. Their line is printed on its own.

eval3_scam.jsonl and eval3_ordinary.jsonl (80 scams, 60 ordinary texts) were written by an
independent evaluator on 2026-12-01 after the second round of tuning, as a fresh held-out set, and
then used for tuning the third round: a development corpus too. Their line is printed on its own.

eval4_scam.jsonl and eval4_ordinary.jsonl (70 scams, 60 ordinary texts) were written by an
independent evaluator on 2026-12-01 after the third round of tuning, as a fresh held-out set, and
then used for tuning the fourth round: a development corpus too. Their line is printed on its own.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kraken_guard.core.messages.check import MessageCheck, check_message  # noqa: E402
from kraken_guard.core.phone.check import NumberCheck, check_number  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "messages"
OFFICIAL = ("+18005550100",)
REGION = "US"


@dataclass(frozen=True)
class Score:
    scams: int
    caught: int
    warned: int  # scam or suspicious
    ordinary: int
    false_scam: int
    false_suspicious: int
    misses: tuple[tuple[str, str], ...]
    false_alarms: tuple[tuple[str, str], ...]
    seconds: float

    @property
    def caught_percent(self) -> float:
        return 100.0 * self.caught / self.scams if self.scams else 0.0


def load(name: str, folder: Path = CORPUS) -> list[dict[str, str]]:
    lines = (folder / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def number_check(text: str) -> NumberCheck:
    return check_number(text, region=REGION, official=OFFICIAL)


def check(text: str) -> MessageCheck:
    return check_message(text, region=REGION, check_number=number_check)


def score(scam_name: str = "scam", ordinary_name: str = "ordinary", folder: Path = CORPUS) -> Score:
    """The corpus `scam_name` / `ordinary_name` (.jsonl files in `folder`) through the check."""
    start = time.perf_counter()
    scams, ordinary = load(scam_name, folder), load(ordinary_name, folder)
    scam_verdicts = [(m["text"], check(m["text"]).summary.verdict.value) for m in scams]
    plain_verdicts = [(m["text"], check(m["text"]).summary.verdict.value) for m in ordinary]
    seconds = time.perf_counter() - start
    return Score(
        scams=len(scams),
        caught=sum(v == "scam" for _, v in scam_verdicts),
        warned=sum(v in ("scam", "suspicious") for _, v in scam_verdicts),
        ordinary=len(ordinary),
        false_scam=sum(v == "scam" for _, v in plain_verdicts),
        false_suspicious=sum(v == "suspicious" for _, v in plain_verdicts),
        misses=tuple((t, v) for t, v in scam_verdicts if v != "scam"),
        false_alarms=tuple((t, v) for t, v in plain_verdicts if v == "scam"),
        seconds=seconds,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--folder", type=Path, help="score scam/ordinary.jsonl in this folder")
    args = parser.parse_args()
    if args.folder:
        result = score(folder=args.folder)
        _print_line(str(args.folder), result)
        if args.show_misses:
            _print_misses(result)
        return 0
    result = score()
    patterns = Counter(m["pattern"] for m in load("scam"))
    print(
        f"scam messages:     {result.scams} ({', '.join(f'{k} {v}' for k, v in patterns.items())})"
    )
    print(f"caught (scam):     {result.caught} = {result.caught_percent:.1f} %")
    print(f"warned (scam or suspicious): {result.warned}")
    print(f"ordinary messages: {result.ordinary}")
    print(f"false alarms (called scam): {result.false_scam}")
    print(f"called suspicious: {result.false_suspicious}")
    total = result.scams + result.ordinary
    print(
        f"time: {result.seconds * 1000:.0f} ms for {total} messages "
        f"({result.seconds * 1000 / total:.1f} ms each, first one loads the libraries)"
    )
    held = load("heldout")
    held_scams = [m["text"] for m in held if m["label"] == "scam"]
    held_plain = [m["text"] for m in held if m["label"] == "ordinary"]
    held_caught = [t for t in held_scams if check(t).summary.verdict.value == "scam"]
    held_false = [t for t in held_plain if check(t).summary.verdict.value == "scam"]
    print(
        f"held out (never tuned on): {len(held_caught)} of {len(held_scams)} scams caught, "
        f"{len(held_false)} of {len(held_plain)} ordinary called scam"
    )
    evaluated = score("eval_scam", "eval_ordinary")
    _print_line("evaluator's set (tuned on)", evaluated)
    second = score("eval2_scam", "eval2_ordinary")
    _print_line("evaluator's second set (tuned on)", second)
    third = score("eval3_scam", "eval3_ordinary")
    _print_line("evaluator's third set (tuned on)", third)
    fourth = score("eval4_scam", "eval4_ordinary")
    _print_line("evaluator's fourth set (tuned on)", fourth)
    if args.show_misses:
        for text in sorted(set(held_scams) - set(held_caught)):
            print(f"HELD-OUT MISS {text}")
        for text in held_false:
            print(f"HELD-OUT FALSE ALARM {text}")
        _print_misses(result)
        _print_misses(evaluated, "EVAL ")
        _print_misses(second, "EVAL2 ")
        _print_misses(third, "EVAL3 ")
    return 0


def _print_line(label: str, result: Score) -> None:
    print(
        f"{label}: {result.caught} of {result.scams} scams caught "
        f"({result.caught_percent:.1f} %, {result.warned} warned), "
        f"{result.false_scam} of {result.ordinary} ordinary called scam, "
        f"{result.false_suspicious} suspicious"
    )


def _print_misses(result: Score, prefix: str = "") -> None:
    for text, verdict in result.misses:
        print(f"{prefix}MISSED [{verdict}] {text}")
    for text, verdict in result.false_alarms:
        print(f"{prefix}FALSE ALARM [{verdict}] {text}")


if __name__ == "__main__":
    sys.exit(main())
