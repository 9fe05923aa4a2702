"""The words a phrase needs: a long text that lacks them is not scanned for it at all.

Scanning 40 000 folded characters with every rule's pattern costs ~80 ms; most rules need a
word (anydesk, password, seed...) that an ordinary text never holds. The test is conservative:
it only ever skips a pattern that could not match.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass

Fold = Callable[[str], str]


@dataclass(frozen=True)
class Slot:
    """One word of a phrase: any of `exact` (each may be several folded words), a word starting
    with one of `prefixes` or ending with one of `suffixes`, or a number when `number`;
    `anything` when no test is safe."""

    exact: tuple[tuple[str, ...], ...] = ()
    prefixes: tuple[str, ...] = ()
    number: bool = False
    anything: bool = False
    suffixes: tuple[str, ...] = ()


def phrase_needs(phrase: str, fold: Fold) -> tuple[Slot, ...]:
    """The slots of a phrase written in the rules' syntax (words, a|b, prefix*, *suffix, #)."""
    slots = []
    for word in phrase.split():
        exact: list[tuple[str, ...]] = []
        prefixes: list[str] = []
        suffixes: list[str] = []
        number = anything = False
        for choice in word.split("|"):
            if choice == "#":
                number = True
            elif choice.startswith("*"):
                folded = fold(choice[1:]).split()
                if len(folded) == 1:
                    suffixes.append(folded[0])
                else:
                    anything = True
            elif choice.endswith("*"):
                folded = fold(choice[:-1]).split()
                if len(folded) == 1:
                    prefixes.append(folded[0])
                else:
                    anything = True
            else:
                parts = tuple(fold(choice).split())
                if parts:
                    exact.append(parts)
                else:
                    anything = True
        slots.append(Slot(tuple(exact), tuple(prefixes), number, anything, tuple(suffixes)))
    return tuple(slots)


class WordIndex:
    """The distinct words of a folded text, for asking whether a phrase could be in it."""

    def __init__(self, words: str) -> None:
        self._words = frozenset(words.split())
        self._sorted = sorted(self._words)
        self._number = any(word.isdigit() for word in self._words)
        self._fits: dict[Slot, bool] = {}  # phrases share words ("your", "code"): ask once

    def _has_prefix(self, prefix: str) -> bool:
        at = bisect_left(self._sorted, prefix)
        return at < len(self._sorted) and self._sorted[at].startswith(prefix)

    def fits(self, slot: Slot) -> bool:
        known = self._fits.get(slot)
        if known is None:
            known = self._fits[slot] = self._test(slot)
        return known

    def _test(self, slot: Slot) -> bool:
        return (
            slot.anything
            or (slot.number and self._number)
            or any(all(part in self._words for part in parts) for parts in slot.exact)
            or any(self._has_prefix(prefix) for prefix in slot.prefixes)
            or (bool(slot.suffixes) and any(w.endswith(slot.suffixes) for w in self._words))
        )

    def could_hold(self, phrases: Iterable[tuple[Slot, ...]]) -> bool:
        """True when one of the phrases has every word it needs in the text."""
        return any(all(self.fits(slot) for slot in phrase) for phrase in phrases)
