"""How long checking a 200 KB email takes (budget: median under 50 ms), against stdlib parsing.

Run: uv run python bench/bench_email.py [--runs N]
The email is the genuine Gmail fixture with an HTML body grown to 200 KB: paragraphs, links
and a few phone numbers, as a long newsletter has. The ratio is what to compare across machines.
"""

from __future__ import annotations

import argparse
import email
import statistics
import sys
import time
from email import policy
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kraken_guard.core.email.reading import read_email
from kraken_guard.core.email.verdict import check_email
from tests.email_corpus.build_corpus import GMAIL_TOP, html_message

BUDGET_MS = 50.0
SIZE = 200 * 1024


def big_email() -> bytes:
    block = (
        "<p>Kraken news for you. Read the <a href='https://blog.kraken.com/post/{n}'>post {n}"
        "</a> or visit <a href='https://support.kraken.com/hc/en-us/articles/{n}'>"
        "support.kraken.com</a>. Markets moved today; nothing here asks you to act.</p>\n"
    )
    parts, n = [], 0
    while sum(map(len, parts)) < SIZE:
        parts.append(block.format(n=n))
        n += 1
    parts.append("<p>Questions? Call +1 415 555 0100 or +1 888 555 0199.</p>")
    html = "<html><body>" + "".join(parts) + "</body></html>"
    text = html_message(GMAIL_TOP, html)
    return text.replace("\n", "\r\n").encode("utf-8")


def timed(action: object, data: bytes, runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action(data)  # type: ignore[operator]
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def stdlib_only(data: bytes) -> None:
    message = email.message_from_bytes(data, policy=policy.default)
    for part in message.walk():
        if not part.is_multipart():
            part.get_content()


def full_check(data: bytes) -> None:
    check_email(read_email(data))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21)
    runs = parser.parse_args().runs
    data = big_email()
    full_check(data)  # warm up: imports, content files, the suffix list
    stdlib_only(data)
    base = statistics.median(timed(stdlib_only, data, runs))
    ours = statistics.median(timed(full_check, data, runs))
    links = sum(1 for f in check_email(read_email(data)).findings if f.kind == "link")
    print(f"email size: {len(data) / 1024:.0f} KB, {links} links checked")
    print(f"stdlib parse only (baseline): median {base:.1f} ms")
    print(f"Kraken Guard full check:      median {ours:.1f} ms (budget {BUDGET_MS:.0f} ms)")
    print(f"ratio: {ours / base:.1f}x the stdlib parse")
    print("within budget" if ours < BUDGET_MS else "OVER BUDGET")


if __name__ == "__main__":
    main()
