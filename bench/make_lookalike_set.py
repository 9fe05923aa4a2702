"""Writes the look-alike evaluation set: every typosquat family applied to kraken.com, plus the
ordinary hosts (each listed site with common sub-domains).

Run: uv run python bench/make_lookalike_set.py
"""

from __future__ import annotations

import itertools
from pathlib import Path

DATA = Path(__file__).parent / "data"
BRAND = "kraken"
TLD = "com"
WORDS = (
    *("support", "login", "help", "secure", "verify", "wallet", "pro", "app", "account"),
    *("signin", "auth", "unlock", "recovery", "desk", "team", "official", "bonus", "airdrop"),
)
OTHER_TLDS = ("net", "org", "co", "us", "fr", "de", "es", "it", "nl", "ru", "cn", "xyz", "app")
OTHER_TLDS += ("online", "site", "info", "biz", "top", "co.uk", "com.br", "com.au", "in", "me")
BUILDERS = ("webflow.io", "github.io", "vercel.app", "netlify.app", "pages.dev", "wixsite.com")
BUILDERS += ("weebly.com", "firebaseapp.com", "herokuapp.com", "blogspot.com")
KEYBOARD = {
    "k": "jlimo",
    "r": "etdf4",
    "a": "qszw",
    "e": "wrds3",
    "n": "bhjm",
}
# Look-alike glyphs per brand letter: multi-letter and digit forms, then other alphabets.
VISUAL = {
    "k": ("lc", "lk", "c", "ic"),
    "a": ("4", "@"),
    "e": ("3",),
    "n": ("ri", "m"),
}
UNICODE = {
    "k": ("\u043a", "\u03ba", "\u0137", "\u1e33", "\u1e35", "\u2c6a", "\u1d0b", "\u24da"),
    "r": ("\u0433", "\u0157", "\u1e5b", "\u0155", "\u0159", "\u024d", "\u027e", "\u1d26"),
    "a": ("\u0430", "\u00e0", "\u00e1", "\u00e4", "\u0105", "\u0251", "\u03b1", "\u1ea1"),
    "e": ("\u0435", "\u00e9", "\u00e8", "\u0119", "\u0117", "\u0113", "\u0247", "\u1eb9"),
    "n": ("\u0578", "\u00f1", "\u0146", "\u0144", "\u0148", "\u0272", "\u057c", "\u1e47"),
}
VOWELS = "aeiouy"
KNOWN_OWNERS = {"kraken.io", "kraken.tech"}  # listed in resources/content: not look-alikes


def typos(name: str) -> dict[str, str]:
    found: dict[str, str] = {}
    letters = "abcdefghijklmnopqrstuvwxyz0123456789-"
    for i in range(len(name)):
        found.setdefault(name[:i] + name[i + 1 :], "omission")
        found.setdefault(name[:i] + name[i] + name[i:], "repetition")
    for i in range(len(name) - 1):
        swapped = name[:i] + name[i + 1] + name[i] + name[i + 2 :]
        found.setdefault(swapped, "transposition")
    for i in range(len(name)):
        for c in KEYBOARD.get(name[i], ""):
            found.setdefault(name[:i] + c + name[i + 1 :], "replacement")
        for bit in range(8):
            flipped = chr(ord(name[i]) ^ (1 << bit))
            if flipped.isascii() and (flipped.islower() or flipped.isdigit() or flipped == "-"):
                found.setdefault(name[:i] + flipped + name[i + 1 :], "bitflip")
    for i in range(len(name) + 1):
        for c in letters:
            found.setdefault(name[:i] + c + name[i:], "addition")
    found.pop(name, None)
    return {k: v for k, v in found.items() if k.strip("-") == k and "--" not in k}


def visual_combos(name: str) -> set[str]:
    """Every way to draw one, two or three letters with look-alike glyphs at once."""
    out = set()
    positions = [i for i, c in enumerate(name) if c in VISUAL]
    for count in (1, 2, 3):
        for chosen in itertools.combinations(positions, count):
            options = [VISUAL[name[i]] for i in chosen]
            for picks in itertools.product(*options):
                letters = list(name)
                for i, pick in zip(chosen, picks, strict=True):
                    letters[i] = pick
                out.add("".join(letters))
    out.discard(name)
    return {n for n in out if "@" not in n}


def unicode_combos(name: str) -> set[str]:
    out = set()
    for i, c in enumerate(name):
        for glyph in UNICODE.get(c, ()):
            out.add(name[:i] + glyph + name[i + 1 :])
    for i, j in itertools.combinations(range(len(name)), 2):
        for a in UNICODE.get(name[i], ())[:1]:
            for b in UNICODE.get(name[j], ())[:1]:
                letters = list(name)
                letters[i], letters[j] = a, b
                out.add("".join(letters))
    return out


def lookalikes() -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    single = typos(BRAND)
    rows += [(f"{n}.{TLD}", family) for n, family in sorted(single.items())]
    for i, c in enumerate(BRAND):
        for vowel in VOWELS if c in VOWELS else "":
            if vowel != c:
                rows.append((f"{BRAND[:i]}{vowel}{BRAND[i + 1 :]}.{TLD}", "vowel-swap"))
    for various in ("krakencom", "kraken-com", "wwwkraken", "www-kraken", "krakenwww"):
        rows.append((f"{various}.{TLD}", "various"))
    rows += [(f"{n}.{TLD}", "homoglyph-ascii") for n in sorted(visual_combos(BRAND))]
    for n in sorted(unicode_combos(BRAND)):
        rows.append((f"{n}.{TLD}", "homoglyph-unicode"))
        rows.append((f"xn--{n.encode('punycode').decode('ascii')}.{TLD}", "punycode"))
    for i in range(1, len(BRAND)):
        rows.append((f"{BRAND[:i]}.{BRAND[i:]}.{TLD}", "split-dots"))
        rows.append((f"{BRAND[:i]}-{BRAND[i:]}.{TLD}", "hyphenation"))
    rows.append(("-".join(BRAND) + f".{TLD}", "hyphenation"))
    rows.append((".".join(BRAND) + f".{TLD}", "split-dots"))
    for word in WORDS:
        rows += [
            (f"{BRAND}-{word}.{TLD}", "combosquat"),
            (f"{word}-{BRAND}.net", "combosquat"),
            (f"{BRAND}{word}.io", "combosquat"),
            (f"{word}.{BRAND}-{word}.org", "combosquat"),
            (f"{BRAND}.{word}-center.com", "combosquat"),
            (f"{word}.{BRAND}.com.{word}-now.net", "combosquat"),
        ]
    misspelt = sorted(n for n, fam in single.items() if fam != "addition")[:40]
    for index, n in enumerate(misspelt):
        word = WORDS[index % len(WORDS)]
        rows.append((f"{n}{word}.{TLD}", "misspelt-inside"))
        rows.append((f"my{n}.net", "misspelt-inside"))
    for tld in OTHER_TLDS:
        if f"{BRAND}.{tld}" not in KNOWN_OWNERS:
            rows.append((f"{BRAND}.{tld}", "tld-swap"))
    for index, builder in enumerate(BUILDERS):
        word = WORDS[index % len(WORDS)]
        rows.append((f"{BRAND}-{word}.{builder}", "free-site-builder"))
        rows.append((f"{BRAND}{word}.{builder}", "free-site-builder"))
    return list(dict.fromkeys(rows))


SUBDOMAINS = ("help", "login", "mail", "shop", "support", "account", "secure", "app")


def ordinary() -> list[str]:
    listed = []
    for line in (DATA / "ordinary_domains.txt").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            listed += line.split()
    hosts = []
    for index, host in enumerate(listed):
        hosts.append(host)
        if not host.startswith("www."):
            hosts.append("www." + host)
        hosts.append(f"{SUBDOMAINS[index % len(SUBDOMAINS)]}.{host}")
    return list(dict.fromkeys(hosts))


def main() -> None:
    rows = lookalikes()
    lines = ["# Generated by bench/make_lookalike_set.py: family<TAB>host"]
    lines += [f"{family}\t{host}" for host, family in rows]
    (DATA / "lookalikes_generated.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    hosts = ordinary()
    header = "# Generated by bench/make_lookalike_set.py from ordinary_domains.txt"
    (DATA / "ordinary_hosts.txt").write_text("\n".join([header, *hosts]) + "\n", encoding="utf-8")
    print(f"{len(rows)} look-alikes, {len(hosts)} ordinary hosts")


if __name__ == "__main__":
    main()
