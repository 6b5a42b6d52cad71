"""Duplicated paragraphs and pull quotes, found without comparing every pair each time.

Two candidate lines "repeat" each other when their normalised texts are equal, or the
shorter one occurs inside the longer (as a whole, or sentence by sentence in order). The
shorter one's *anchor* (its longest sentence, or all of it, at least 25 characters) must
then occur in the longer. So for a new line, the lines it may lie inside are found with
one substring search over the known lines' normalised texts, and the known lines that
may lie inside it by looking up each 16-character stretch of it in an index of anchors.

:class:`RepeatIndex` remembers which texts repeat which, by text, across checks and
documents: after an edit only the new lines are searched for.
"""

from __future__ import annotations

import bisect
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

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
_PREFIX = 16  # shorter than any anchor
_CHUNK = 1 << 16  # characters of joined texts searched as one string
_NONE: frozenset[str] = frozenset()


@dataclass
class _Chunk:
    """Some known lines' normalised texts, joined by NULs, for one substring search."""

    keys: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    joined: str = ""


class RepeatIndex:
    """Which candidate lines repeat which, by text; grows as new lines come.

    Texts stay known until :meth:`keep_only` (the checker calls it when the index has
    grown well past the documents it serves).
    """

    def __init__(self) -> None:
        self._readings: dict[str, LineReading] = {}
        self._partners: dict[str, set[str]] = {}  # only lines that repeat or are repeated
        self._by_prefix: dict[str, list[str]] = {}  # anchor[:_PREFIX] -> texts
        self._chunks: list[_Chunk] = []

    def __len__(self) -> int:
        return len(self._readings)

    def clear(self) -> None:
        """Forget every line."""
        self._readings.clear()
        self._partners.clear()
        self._by_prefix.clear()
        self._chunks.clear()

    def partners(self, text: str) -> Iterable[str]:
        """The known texts that ``text`` repeats or is repeated by."""
        return self._partners.get(text, _NONE)

    def keep_only(self, texts: set[str]) -> None:
        """Forget every text but ``texts`` (their partners among them stay known)."""
        kept = {t: r for t, r in self._readings.items() if t in texts}
        partners = {
            t: {p for p in ps if p in kept} for t, ps in self._partners.items() if t in kept
        }
        self.clear()
        self._store(kept)
        self._partners = {t: ps for t, ps in partners.items() if ps}

    def add(self, lines: dict[str, LineReading]) -> None:
        """Learn ``lines`` (text -> reading) that are not known yet, and their partners."""
        new = {t: r for t, r in lines.items() if t not in self._readings}
        if not new:
            return
        batch = _chunk(new)  # the new lines are searched among themselves too
        batch_prefix: dict[str, list[str]] = {}
        for text, reading in new.items():
            batch_prefix.setdefault(reading.anchor[:_PREFIX], []).append(text)
        chunks = [*self._chunks, batch]
        prefixes = (self._by_prefix, batch_prefix)
        known = self._readings
        for text, reading in new.items():
            for other in _containing(chunks, reading.anchor):
                if other != text and repeats(reading, known.get(other) or new[other]):
                    self._link(text, other)
            for other in _anchored_in(prefixes, reading.norm, known, new):
                shorter = known.get(other) or new[other]
                if len(shorter.norm) < len(reading.norm) and repeats(shorter, reading):
                    self._link(text, other)
        self._store(new)

    def _store(self, lines: dict[str, LineReading]) -> None:
        for text, reading in lines.items():
            text = sys.intern(text)
            self._readings[text] = reading
            self._by_prefix.setdefault(reading.anchor[:_PREFIX], []).append(text)
        # the last chunk takes the new lines while small; then a new chunk starts
        chunks = self._chunks
        last = chunks.pop() if chunks and len(chunks[-1].joined) < _CHUNK else None
        pending: list[str] = list(last.keys) if last is not None else []
        size = len(last.joined) if last is not None else 0
        for text in lines:
            pending.append(text)
            size += len(self._readings[text].norm) + 1
            if size > _CHUNK:
                chunks.append(_chunk({t: self._readings[t] for t in pending}))
                pending, size = [], 0
        if pending:
            chunks.append(_chunk({t: self._readings[t] for t in pending}))

    def _link(self, a: str, b: str) -> None:
        self._partners.setdefault(a, set()).add(b)
        self._partners.setdefault(b, set()).add(a)


def _chunk(lines: dict[str, LineReading]) -> _Chunk:
    """One chunk of joined normalised texts."""
    chunk = _Chunk(list(lines))
    pos = 0
    for reading in lines.values():
        chunk.starts.append(pos)
        pos += len(reading.norm) + 1
    chunk.joined = "\x00".join(r.norm for r in lines.values())
    return chunk


def _containing(chunks: Iterable[_Chunk], anchor: str) -> set[str]:
    """Texts whose normalised text contains ``anchor``."""
    found: set[str] = set()
    for chunk in chunks:
        hit = chunk.joined.find(anchor)
        while hit >= 0:
            k = bisect.bisect_right(chunk.starts, hit) - 1
            found.add(chunk.keys[k])
            nxt = chunk.starts[k + 1] if k + 1 < len(chunk.starts) else len(chunk.joined)
            hit = chunk.joined.find(anchor, nxt)
    return found


def _anchored_in(
    prefixes: Iterable[dict[str, list[str]]],
    norm: str,
    known: dict[str, LineReading],
    new: dict[str, LineReading],
) -> set[str]:
    """Texts whose anchor occurs in ``norm``."""
    found: set[str] = set()
    # every stretch once, then the index's keys among them in one set operation: a
    # dictionary look-up per stretch and index was most of the debris engine's time
    stretches = {norm[i : i + _PREFIX] for i in range(len(norm) - _PREFIX + 1)}
    for by_prefix in prefixes:
        for prefix in stretches & by_prefix.keys():
            for text in by_prefix[prefix]:
                reading = known.get(text) or new[text]
                if text not in found and reading.anchor in norm:
                    found.add(text)
    return found


def find_repeats(
    texts: Sequence[str],
    readings: Sequence[LineReading],
    partners: dict[str, Iterable[str]],
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
