"""One pasted link made readable: defanged forms mended (hxxps, [.]) and unusual letters noted.

Security people "defang" links so nobody clicks them (hxxps://kraken-login[.]com); scammers write
links with full-width or other unusual characters so filters miss them (ｋｒａｋｅｎ.com). The link
check reads both as a browser would, and says that the text was written that way. The message
check has its own cleaning for whole messages (messages/text.py); it could use this for each
link it finds.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MAX_LINK = 4096  # longer text is cut before mending; no honest link is this long

# Dots, colons and @ signs written in brackets, and hxxp / h**p for http.
_DEFANG = (
    (re.compile(r"^\s*h(?:xx|\*\*|XX|__)p(s?)(?=[:\[(])", re.IGNORECASE), r"http\1"),
    (re.compile(r"\s*[\[({]\s*(?:\.|dot)\s*[\])}]\s*", re.IGNORECASE), "."),
    (re.compile(r"[\[(]:[\])]"), ":"),
    (re.compile(r"\s*[\[(]\s*(?:@|at)\s*[\])]\s*", re.IGNORECASE), "@"),
    (re.compile(r"[\[(]/[\])]"), "/"),
)
_MAYBE_DEFANGED = re.compile(r"[\[({]|^h[x*_]{2}p", re.IGNORECASE)
# Full stops that browsers read as dots between host labels (UTS 46): ideographic and its
# half-width form. NFKC already makes the full-width ． a plain dot.
_FULL_STOPS = str.maketrans({"\u3002": ".", "\uff61": "."})


@dataclass(frozen=True)
class MendedLink:
    text: str  # the link as a browser would read it
    defanged: bool  # it was written in a form that cannot be clicked (hxxp, [.])
    unusual: bool  # it used characters that normal links never have (full-width, 。)


def mend_link(text: str) -> MendedLink:
    """`text` (one link, stripped) with defanged forms mended and NFKC applied; never raises."""
    raw = text.strip()[:MAX_LINK] if isinstance(text, str) else ""
    if raw.isascii() and not _MAYBE_DEFANGED.search(raw):
        return MendedLink(raw, False, False)  # the usual case, kept fast
    plain = unicodedata.normalize("NFKC", raw).translate(_FULL_STOPS)
    unusual = plain != raw
    mended = plain
    for pattern, replacement in _DEFANG:
        mended = pattern.sub(replacement, mended)
    return MendedLink(mended, mended != plain, unusual)
