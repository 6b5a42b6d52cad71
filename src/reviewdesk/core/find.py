"""Find in a text: every match of a plain phrase, and which one comes next.

Offsets are Python string indices, like everything in core; the find bar converts them
to Qt positions through the window's DocMap.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

Span = tuple[int, int]


def find_all(
    text: str, needle: str, *, match_case: bool = False, whole_words: bool = False
) -> list[Span]:
    """(start, end) of every match of ``needle`` in ``text``, in order, not overlapping.

    ``needle`` is plain text, never a pattern. ``whole_words`` refuses a match with a
    letter, digit or underscore just before or after it ("cat" is not found in "cats").
    """
    if not needle:
        return []
    pattern = re.escape(needle)
    if whole_words:
        pattern = rf"(?<!\w){pattern}(?!\w)"
    flags = 0 if match_case else re.IGNORECASE
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, flags)]


def next_match(matches: Sequence[Span], position: int, *, backward: bool = False) -> int | None:
    """The index of the match to go to from ``position``, wrapping round the text.

    Forward: the first match starting at or after ``position``; backward: the last one
    starting before it. None when there is no match at all.
    """
    if not matches:
        return None
    if backward:
        before = [n for n, (start, _) in enumerate(matches) if start < position]
        return before[-1] if before else len(matches) - 1
    return next((n for n, (start, _) in enumerate(matches) if start >= position), 0)
