"""The edits that made a draft, found in small steps, for carrying a structure over them.

The same diff as the redline's (:mod:`reviewdesk.core.diff`: paragraphs first, matched
patience-style, then the changed paragraphs word by word), cut in steps for the UI
thread: the paragraph lists are matched in one go (linear in practice, never quadratic
on repeated lines such as table cells), then each stretch of changed paragraphs is
diffed by :func:`~reviewdesk.core.structure.changes_between` (the word diff with its
character refinement), yielding every :data:`STEP_LINES` lines or :data:`STEP_STRETCHES`
stretches compared (a stretch's word diff costs about a millisecond). The result is
the list of changes :func:`~reviewdesk.core.structure.changes_between` gives for the
whole text, in the order :meth:`~reviewdesk.core.structure.Structure.follow` takes them.
"""

from __future__ import annotations

from collections.abc import Generator

from reviewdesk.core.anchors import Change
from reviewdesk.core.diff import line_keys, matching_blocks
from reviewdesk.core.structure import changes_between

STEP_LINES = 400  # lines compared between two yields
STEP_STRETCHES = 8  # ... or stretches of changed lines, whichever comes first


def changes_steps(old: str, new: str) -> Generator[None, None, list[Change]]:
    """The edits that turn ``old`` into ``new`` (listed from the end of the text to its
    start, as :func:`~reviewdesk.core.structure.changes_between` lists them), found a
    stretch at a time: a generator that yields between stretches and returns them."""
    if old == new:
        return []
    keys_a, starts_a = line_keys(old)
    keys_b, starts_b = line_keys(new)
    yield
    blocks = matching_blocks(keys_a, keys_b)
    yield
    found: list[Change] = []
    compared = stretches = 0
    i = j = 0
    for bi, bj, n in [*blocks, (len(keys_a), len(keys_b), 0)]:
        if i < bi or j < bj:  # a stretch of changed lines, with the line break after it
            lo_a, lo_b = starts_a[i], starts_b[j]
            stretch = changes_between(old[lo_a : starts_a[bi]], new[lo_b : starts_b[bj]])
            found.extend(Change(c.start + lo_a, c.removed, c.added) for c in reversed(stretch))
            compared += (bi - i) + (bj - j)
            stretches += 1
            if compared >= STEP_LINES or stretches >= STEP_STRETCHES:
                compared = stretches = 0
                yield
        i, j = bi + n, bj + n
    return list(reversed(found))
