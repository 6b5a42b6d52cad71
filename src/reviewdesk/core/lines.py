"""A text as lines, and what changed between two versions of it: the unit of incremental work.

While an editor types, each check differs from the last in a line or two. Everything
that is computed per line (an engine's issues in it, the merged and filtered issues,
the highlighter's ranges) is kept in a list with one entry per line, with offsets
relative to the line, so a line that did not change keeps its entry as it is, wherever
it moved. A :class:`Splice` says which lines changed: the new version's lines
``start:new_end`` replace the old version's ``start:old_end``; every other line is the
same text, before the splice at the same index and after it shifted by the difference.
"""

from __future__ import annotations

import bisect
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, compress, count
from operator import ne
from typing import TypeVar

from reviewdesk.core.models import Issue

LineIssues = tuple[Issue, ...]
"""The issues that start in one line, offsets relative to the line's start, in order."""
NO_ISSUES: LineIssues = ()

T = TypeVar("T")


@dataclass(frozen=True, slots=True, weakref_slot=True)
class Lines:
    """A text split at ``\\n`` (a QTextDocument's blocks) with each line's start offset."""

    text: str
    lines: list[str]
    starts: list[int]  # one per line, plus len(text) + 1 at the end
    # splices from other texts, worked out once for every part that asks (weakly: a
    # text must not keep every earlier version of itself alive)
    _splices: dict[int, tuple[weakref.ref[Lines], Splice]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @classmethod
    def of(cls, text: str) -> Lines:
        """Split ``text``; costs one C-speed pass."""
        lines = text.split("\n")
        # each line's length plus its newline, summed at C speed
        return cls(text, lines, list(accumulate(map((1).__add__, map(len, lines)), initial=0)))

    @classmethod
    def edited(cls, old: Lines, text: str) -> Lines:
        """:meth:`of` ``text``, a version of ``old.text``, splitting only the lines that
        changed: the others are ``old``'s very strings, so comparing lines with
        ``old``'s (every incremental cache's splice) takes a pointer test each.

        The changed characters are found by comparing the texts a growing chunk at a
        time (at C speed, ~0.1 ms for a 50,000-word article); only the lines they touch
        are split afresh.
        """
        a = old.text
        if text is a:
            return old
        head = _common_prefix(a, text)
        tail = _common_suffix(a, text, min(len(a), len(text)) - head)
        starts = old.starts
        first = bisect.bisect_right(starts, head, hi=len(old.lines)) - 1
        # the first old line after the change whose newline before it is unchanged too
        last = max(first, bisect.bisect_right(starts, len(a) - tail, hi=len(old.lines)))
        shift = len(text) - len(a)
        if last < len(old.lines):
            middle = text[starts[first] : starts[last] - 1 + shift].split("\n")
            lines = [*old.lines[:first], *middle, *old.lines[last:]]
            moved = list(map(shift.__add__, starts[last + 1 :])) if shift else starts[last + 1 :]
        else:
            middle = text[starts[first] :].split("\n")
            lines = [*old.lines[:first], *middle]
            moved = []
        return cls(
            text,
            lines,
            [
                *starts[:first],
                *accumulate(map((1).__add__, map(len, middle)), initial=starts[first]),
                *moved,
            ],
        )

    def __len__(self) -> int:
        return len(self.lines)

    def line_of(self, offset: int) -> int:
        """The line holding code point ``offset`` (a line's newline belongs to it)."""
        return max(0, bisect.bisect_right(self.starts, offset, hi=len(self.lines)) - 1)

    def end(self, line: int) -> int:
        """Offset just past the line's last character (before its newline)."""
        return self.starts[line] + len(self.lines[line])

    def splice_from(self, old: Lines) -> Splice:
        """The splice turning ``old`` into these lines (remembered for a few texts)."""
        known = self._splices.get(id(old))
        if known is not None and known[0]() is old:
            return known[1]
        splice = splice_between(old.lines, self.lines)
        if len(self._splices) > 8:
            self._splices.clear()
        self._splices[id(old)] = (weakref.ref(old), splice)
        return splice


@dataclass(frozen=True, slots=True)
class Splice:
    """New lines ``start:new_end`` replace old lines ``start:old_end``; the rest is equal."""

    start: int
    old_end: int
    new_end: int

    @property
    def shift(self) -> int:
        """How far the lines after the splice moved (in line numbers)."""
        return self.new_end - self.old_end

    def old_index(self, new: int) -> int | None:
        """The old line that line ``new`` is a copy of, or None for a changed line."""
        if new < self.start:
            return new
        if new >= self.new_end:
            return new - self.shift
        return None

    def new_index(self, old: int) -> int | None:
        """Where old line ``old`` is now, or None for a line the splice replaced."""
        if old < self.start:
            return old
        if old >= self.old_end:
            return old + self.shift
        return None

    def new_lines(self) -> range:
        """The new version's changed lines."""
        return range(self.start, self.new_end)

    def apply(self, old: list[T], middle: Iterable[T]) -> list[T]:
        """``old`` (one entry per old line) with the changed lines' entries replaced."""
        return [*old[: self.start], *middle, *old[self.old_end :]]


_CHUNK = 1024  # characters compared at first; each equal chunk doubles the next ...
_MAX_CHUNK = 16_384  # ... up to this many (a differing chunk is halved until found)


def _common_prefix(a: str, b: str) -> int:
    """How many leading characters ``a`` and ``b`` share, found a chunk at a time."""
    n = min(len(a), len(b))
    lo, step, growing = 0, _CHUNK, True
    while lo < n:
        hi = min(n, lo + step)
        if a.startswith(b[lo:hi], lo):
            lo = hi
            if growing:
                step = min(step * 2, _MAX_CHUNK)
        elif hi - lo <= 16:
            return next(compress(count(lo), map(ne, a[lo:hi], b[lo:hi])), hi)
        else:  # the difference is in this chunk: halve it (a binary search from here)
            step, growing = (hi - lo) // 2, False
    return n


def _common_suffix(a: str, b: str, limit: int) -> int:
    """How many trailing characters ``a`` and ``b`` share, at most ``limit``."""
    la, lb = len(a), len(b)
    lo, step, growing = 0, _CHUNK, True
    while lo < limit:
        hi = min(limit, lo + step)
        if a.startswith(b[lb - hi : lb - lo], la - hi):
            lo = hi
            if growing:
                step = min(step * 2, _MAX_CHUNK)
        elif hi - lo <= 16:
            back = map(ne, reversed(a[la - hi : la - lo]), reversed(b[lb - hi : lb - lo]))
            return next(compress(count(lo), back), hi)
        else:
            step, growing = (hi - lo) // 2, False
    return limit


def splice_between(old: Sequence[str], new: Sequence[str]) -> Splice:
    """The smallest single splice turning line list ``old`` into ``new``.

    Common leading and trailing lines are skipped, compared a growing run at a time by
    list comparison, which takes a pointer test for a line that is the very same string
    (:meth:`Lines.edited` keeps them): ~10 µs for a 50,000-word article.
    """
    n = min(len(old), len(new))
    head = _equal_run(old, new, n, from_end=False)
    tail = _equal_run(old, new, n - head, from_end=True)
    return Splice(head, len(old) - tail, len(new) - tail)


def _equal_run(old: Sequence[object], new: Sequence[object], limit: int, *, from_end: bool) -> int:
    """How many leading (or trailing) items ``old`` and ``new`` share, at most ``limit``:
    runs of 64, 128, ... items compared at once, halved around the first difference."""
    lo, step, growing = 0, 64, True
    la, lb = len(old), len(new)
    while lo < limit:
        hi = min(limit, lo + step)
        if from_end:
            same = old[la - hi : la - lo] == new[lb - hi : lb - lo]
        else:
            same = old[lo:hi] == new[lo:hi]
        if same:
            lo = hi
            if growing:
                step *= 2
        elif hi - lo <= 8:
            if from_end:
                differ = map(ne, reversed(old[la - hi : la - lo]), reversed(new[lb - hi : lb - lo]))
            else:
                differ = map(ne, old[lo:hi], new[lo:hi])
            return next(compress(count(lo), differ), hi)
        else:
            step, growing = (hi - lo) // 2, False
    return limit


def changed_entries(splice: Splice, old: Sequence[object], new: Sequence[object]) -> set[int]:
    """Entries of ``new`` (per new line) outside ``splice`` that differ from the old
    line's entry (the very same object, or an equal one, is no change).

    Runs of entries are compared as lists (a pointer test for the very same object, as
    most are after an edit), halved only where they differ: a few microseconds for a
    50,000-word article whose engines' results changed in a line or two.
    """
    found: set[int] = set()
    head = min(splice.start, len(old), len(new))
    _unequal(old, new, 0, head, 0, found)
    _unequal(old, new, splice.new_end, len(new), splice.old_end - splice.new_end, found)
    return found


def _unequal(
    old: Sequence[object], new: Sequence[object], lo: int, hi: int, off: int, found: set[int]
) -> None:
    """Add to ``found`` the indices ``i`` in ``lo:hi`` where ``new[i] != old[i + off]``."""
    todo = [(lo, hi)] if lo < hi else []
    while todo:
        a, b = todo.pop()
        if new[a:b] == old[a + off : b + off]:
            continue
        if b - a <= 16:
            found.update(i for i in range(a, b) if new[i] != old[i + off])
            continue
        mid = (a + b) // 2
        todo += [(a, mid), (mid, b)]


def closest(lines: Lines, candidates: Iterable[tuple[Lines, T]]) -> tuple[T, Splice] | None:
    """Of ``candidates`` (a text's lines, and what was worked out for it), the one fewest
    lines away from ``lines``, with the splice from it.

    Of candidates as close, the last one wins. Every caller lists them oldest first, so
    that is the latest text: typing in one paragraph leaves the texts before the last
    keystroke (and the original) each one line away, and the pipeline, the finalizer and
    the engines' own caches must all take the same one. The names model is updated from
    the latest text; a finalizer starting from an older one saw the model "derived from
    another text" and redid every line (~40-100 ms at 50k words, every second keystroke
    in a paragraph).
    """
    best: tuple[T, Splice] | None = None
    size = -1
    for old, value in candidates:
        splice = lines.splice_from(old)
        changed = max(splice.old_end, splice.new_end) - splice.start
        if best is None or changed <= size:
            best, size = (value, splice), changed
    return best


def split_issues(lines: Lines, issues: Iterable[Issue]) -> list[LineIssues]:
    """Absolute issues grouped by the line they start in, made relative to it."""
    grouped: dict[int, list[Issue]] = {}
    for issue in issues:
        k = lines.line_of(issue.start)
        grouped.setdefault(k, []).append(issue.shifted(-lines.starts[k]))
    out: list[LineIssues] = [NO_ISSUES] * len(lines)
    for k, found in grouped.items():
        out[k] = tuple(found)
    return out


def joined_issues(lines: Lines, per_line: Sequence[LineIssues]) -> list[Issue]:
    """Absolute issues from per-line ones, in order (one pass over every issue)."""
    out: list[Issue] = []
    starts = lines.starts
    for k, found in enumerate(per_line):
        if found:
            base = starts[k]
            out.extend(i.shifted(base) if base else i for i in found)
    return out
