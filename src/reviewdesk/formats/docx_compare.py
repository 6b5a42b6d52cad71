"""What a compare of two Word files cannot show as tracked text changes, in plain words.

Compare writes the text differences into the first file (keeping its formatting). Some
differences are not text: a picture added or removed, a footnote or table added, a word
made bold. Each kind is named in a warning, so "0 changes" never hides a difference.
"""

from __future__ import annotations

import logging
from collections import Counter

from reviewdesk.core.structure import LABELS, Span, SpanKind, Structure

log = logging.getLogger(__name__)

_COUNTED = (
    (SpanKind.FOOTNOTE, "footnote"),
    (SpanKind.ENDNOTE, "endnote"),
    (SpanKind.TEXT_BOX, "text box"),
    (SpanKind.HEADER, "page header"),
    (SpanKind.FOOTER, "page footer"),
    (SpanKind.TABLE, "table"),
    (SpanKind.ROW, "table row"),
)
_FORMATTING = (
    SpanKind.BOLD,
    SpanKind.ITALIC,
    SpanKind.UNDERLINE,
    SpanKind.HEADING,
    SpanKind.LIST_ITEM,
    SpanKind.LINK,
)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 'es' if word.endswith('x') else 's'}"


def _pictures(structure: Structure) -> Counter[str]:
    return Counter(
        f"{s.attr('name')}\x00{s.attr('description')}" for s in structure.of_kind(SpanKind.PICTURE)
    )


def _formatting(spans: list[Span], text: str) -> Counter[tuple[str, str, str]]:
    """What is formatted how: (kind, the text it covers, its level/target)."""
    return Counter(
        (str(s.kind), text[s.start : s.end], s.attr("level") + s.attr("target"))
        for s in spans
        if s.kind in _FORMATTING and s.end > s.start
    )


def compare_warnings(
    first: Structure,
    first_text: str,
    second: Structure,
    second_text: str,
    second_is_word: bool,
    *,
    pictures: bool = True,
) -> list[str]:
    """Differences between two documents that tracked text changes do not show
    (``pictures``: also say when pictures differ, i.e. when they were not tracked)."""
    warnings: list[str] = []
    if not second_is_word:
        return warnings
    for kind, word in _COUNTED:
        a, b = len(first.of_kind(kind)), len(second.of_kind(kind))
        if a != b:
            warnings.append(
                f"The edited version has {_plural(b, word)} where the original has {a}: "
                f"a {word} added or removed is compared as text only"
            )
    a_pics, b_pics = _pictures(first), _pictures(second)
    added = sum((b_pics - a_pics).values())
    removed = sum((a_pics - b_pics).values())
    if pictures and (added or removed):
        parts = []
        if added:
            parts.append(f"{_plural(added, 'picture')} added")
        if removed:
            parts.append(f"{_plural(removed, 'picture')} removed")
        warnings.append(
            "Pictures differ (" + ", ".join(parts) + "); pictures are not compared, so "
            "the result shows the original's pictures"
        )
    moved = first.follow_texts(first_text, second_text)
    before = _formatting([s for s in moved.spans], second_text)
    after = _formatting(list(second.spans), second_text)
    changed = (before - after) + (after - before)
    if changed:
        kinds = sorted({LABELS.get(SpanKind(k), k) for k, _, _ in changed})
        warnings.append(
            f"Formatting differs in {_plural(sum(changed.values()), 'place')} "
            f"({', '.join(kinds)}); only text changes are tracked"
        )
    return warnings
