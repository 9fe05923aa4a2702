"""How long one phone check takes in-process after warm-up, against a bare phonenumbers.parse.

Run: uv run python bench/bench_verify.py
"""

from __future__ import annotations

import timeit

import phonenumbers

from kraken_guard.core.phone.check import check_number

OFFICIAL = ["+18005550100"]
INPUTS = ["+1 800 555 0100", "(800) 555-0100", "1-800-KRAKEN1", "Call us at (888) 555-0123 now"]


def baseline() -> None:
    for text in INPUTS:
        phonenumbers.parse(text.removeprefix("Call us at ").removesuffix(" now"), "US")


def checks() -> None:
    for text in INPUTS:
        check_number(text, region="US", official=OFFICIAL)


def best_per_call(func: object, number: int = 200) -> float:
    timer = timeit.Timer(func)  # type: ignore[arg-type]
    return min(timer.repeat(repeat=5, number=number)) / (number * len(INPUTS))


def main() -> None:
    checks()
    baseline()  # warm-up: phonenumbers loads its metadata on first use
    base = best_per_call(baseline)
    ours = best_per_call(checks)
    print(f"phonenumbers.parse: {base * 1e6:8.1f} µs per number (baseline)")
    print(f"check_number:       {ours * 1e6:8.1f} µs per number")
    print(f"ratio:              {ours / base:8.1f} x the bare parse")
    print(f"under 1 ms:         {'yes' if ours < 1e-3 else 'NO'}")


if __name__ == "__main__":
    main()
