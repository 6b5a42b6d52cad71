"""The edits that made a draft, found in small steps, for carrying a structure over them.

:func:`reviewdesk.core.structure.changes_between` diffs the whole text at once; matching
the lines of a long article whose lines repeat (table cells holding the same few words,
boilerplate) takes it a noticeable time in one piece. The window instead anchors the
draft on the lines that occur once in each text (patience diffing: they rarely change,
and they are cheap to match), then diffs only the stretches between anchors, one per
step, with the same word diff and character refinement. The result is a valid list of
changes in the order :meth:`~reviewdesk.core.structure.Structure.follow` takes them; it
may place an edit differently from the export's diff only where both are right.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Generator

from reviewdesk.core.anchors import Change
from reviewdesk.core.structure import changes_between

STEP_LINES = 400  # lines compared between two yields


def _anchors(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """Pairs (i, j) of lines unique in both lists and equal, the longest run of them in
    the same order in both (patience sorting over their positions in ``b``)."""
    count_a, count_b = Counter(a), Counter(b)
    where_b = {line: j for j, line in enumerate(b) if count_b[line] == 1}
    pairs = [
        (i, where_b[line])
        for i, line in enumerate(a)
        if count_a[line] == 1 and line in where_b and line.strip()
    ]
    # longest increasing subsequence of the b positions
    tails: list[int] = []
    tail_at: list[int] = []
    back: list[int] = [-1] * len(pairs)
    for n, (_i, j) in enumerate(pairs):
        k = bisect.bisect_left(tails, j)
        if k == len(tails):
            tails.append(j)
            tail_at.append(n)
        else:
            tails[k] = j
            tail_at[k] = n
        back[n] = tail_at[k - 1] if k else -1
    out: list[tuple[int, int]] = []
    n = tail_at[-1] if tail_at else -1
    while n >= 0:
        out.append(pairs[n])
        n = back[n]
    return out[::-1]


def changes_steps(old: str, new: str) -> Generator[None, None, list[Change]]:
    """The edits that turn ``old`` into ``new`` (listed from the end of the text to its
    start, as :func:`~reviewdesk.core.structure.changes_between` lists them), found a
    stretch at a time: a generator that yields between stretches and returns them."""
    if old == new:
        return []
    a, b = old.split("\n"), new.split("\n")
    starts_a = _starts(a)
    starts_b = _starts(b)
    head = 0
    while head < len(a) and head < len(b) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < len(a) - head and tail < len(b) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    middle_a, middle_b = a[head : len(a) - tail], b[head : len(b) - tail]
    yield
    anchors = [(head + i, head + j) for i, j in _anchors(middle_a, middle_b)]
    yield
    found: list[Change] = []
    # stretches between anchors: (first line, end line) in each text
    previous = (head, head)
    compared = 0
    for i, j in [*anchors, (len(a) - tail, len(b) - tail)]:
        a0, b0 = previous
        if (a0, b0) != (i, j) and (i > a0 or j > b0):
            # the stretch with the line break after it, as text (offsets into old/new)
            lo_a, hi_a = starts_a[a0], starts_a[i]
            lo_b, hi_b = starts_b[b0], starts_b[j]
            stretch = changes_between(old[lo_a:hi_a], new[lo_b:hi_b])
            found.extend(Change(c.start + lo_a, c.removed, c.added) for c in reversed(stretch))
            compared += (i - a0) + (j - b0)
            if compared >= STEP_LINES:
                compared = 0
                yield
        previous = (i + 1, j + 1)
    return list(reversed(found))


def _starts(lines: list[str]) -> list[int]:
    """Where each line starts, plus one past the end (as if the text ended with a break)."""
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    return starts
