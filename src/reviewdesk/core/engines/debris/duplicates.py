"""Duplicated paragraphs and pull quotes, found without comparing every pair each time.

Two candidate lines "repeat" each other when their normalised texts are equal, or the
shorter one occurs inside the longer (as a whole, or sentence by sentence in order). The
shorter one's *anchor* (its longest sentence, or all of it) must then occur in the longer,
so one substring search over all lines finds every line a new line can repeat.

:class:`RepeatIndex` remembers which lines repeat which, keyed by line text, between
checks: after an edit only the changed lines are searched for, so a re-check costs one
scan of the normalised text and a dictionary lookup per line.
"""

from __future__ import annotations

import bisect
import sys
from collections.abc import Sequence

from reviewdesk.core.engines.debris.lines import Found, LineReading, repeats

DUPLICATE = "debris-duplicate"
PULL_QUOTE = "debris-pull-quote"
_DUPLICATE = "This paragraph repeats an earlier one; remove the copy."
_PULL_QUOTE_LATER = (
    "This repeats a passage of an earlier paragraph (a pull quote left over from the web "
    "page); remove the copy."
)
_PULL_QUOTE_EARLIER = (
    "This repeats a passage of a later paragraph (a pull quote left over from the web "
    "page); remove it."
)


class RepeatIndex:
    """Which candidate lines repeat which, kept up to date from one check to the next."""

    def __init__(self) -> None:
        self._known: set[str] = set()
        self._partners: dict[str, set[str]] = {}  # only lines that repeat or are repeated

    def clear(self) -> None:
        """Forget every line."""
        self._known.clear()
        self._partners.clear()

    def _link(self, a: str, b: str) -> None:
        self._partners.setdefault(a, set()).add(b)
        self._partners.setdefault(b, set()).add(a)

    def update(self, lines: dict[str, LineReading]) -> dict[str, set[str]]:
        """Bring the index to exactly ``lines`` (text -> reading); return the partners."""
        known, partners = self._known, self._partners
        for text in [t for t in known if t not in lines]:
            known.discard(text)
            for other in partners.pop(text, ()):
                others = partners.get(other)
                if others is not None:
                    others.discard(text)
                    if not others:
                        del partners[other]
        new = [t for t in lines if t not in known]
        if not new:
            return partners
        old = list(known)
        # interned: one copy of each line shared with the other caches
        known.update(sys.intern(t) for t in new)
        keys = list(lines)
        starts: list[int] = []
        pos = 0
        for text in keys:
            starts.append(pos)
            pos += len(lines[text].norm) + 1
        joined = "\x00".join(lines[t].norm for t in keys)
        for text in new:
            reading = lines[text]
            # lines this one may lie inside (or equal): they contain its anchor
            hit = joined.find(reading.anchor)
            while hit >= 0:
                k = bisect.bisect_right(starts, hit) - 1
                other = keys[k]
                if other != text and repeats(reading, lines[other]):
                    self._link(text, other)
                nxt = starts[k + 1] if k + 1 < len(starts) else len(joined)
                hit = joined.find(reading.anchor, nxt)
            # known lines that may lie inside this one (new ones were searched above)
            for other in old:
                known_reading = lines[other]
                if (
                    len(known_reading.norm) < len(reading.norm)
                    and known_reading.anchor in reading.norm
                    and repeats(known_reading, reading)
                ):
                    self._link(text, other)
        return partners


def find_repeats(
    texts: Sequence[str], readings: Sequence[LineReading], partners: dict[str, set[str]]
) -> dict[int, Found]:
    """Whole-line findings for repeated candidates, by position in ``texts``.

    A repeat of an earlier line is the copy; a line that an earlier, longer line contains
    is a pull quote; an earlier line that a later, longer one contains is a pull quote
    placed before its source.
    """
    where: dict[str, list[int]] = {}
    for n, text in enumerate(texts):
        where.setdefault(text, []).append(n)
    marked: dict[int, Found] = {}
    for n, text in enumerate(texts):
        others = partners.get(text)
        earlier = [m for m in where[text] if m < n]
        if others:
            earlier += [m for o in others for m in where.get(o, ()) if m < n]
            earlier.sort()
        if not earlier:
            continue
        reading = readings[n]
        size = len(texts[n])
        for m in earlier:
            if m in marked:
                continue
            prev = readings[m]
            if prev.norm == reading.norm:
                marked[n] = Found(0, size, DUPLICATE, _DUPLICATE, whole_line=True)
                break
            if len(reading.norm) < len(prev.norm):
                marked[n] = Found(0, size, PULL_QUOTE, _PULL_QUOTE_LATER, whole_line=True)
                break
            marked[m] = Found(0, len(texts[m]), PULL_QUOTE, _PULL_QUOTE_EARLIER, whole_line=True)
    return marked
