"""A pane's result per line, laid out per block, and sent as changes only.

The checker keeps each pane's final issues per line (offsets relative to the line) and
what each block of the window shows for them (:class:`BlockSpans`, in Qt's UTF-16
units). After an edit most lines keep their very tuples and block layouts, so:

- :class:`Layout` lays out only the blocks whose issues changed (and the blocks after
  them that a removal reaching across lines covers);
- :func:`delta` says what changed since the last result sent for the pane: which lines
  were replaced, and the new entries of the lines that changed; :func:`apply_delta`
  rebuilds the result on the window's side from the one it has. What crosses between
  the processes grows with the edit, not with the article.

An issue's ``ref`` in a block is its index among the issues that *start* in that block;
a block that a longer issue reaches from an earlier block refers to it with
:func:`spill_ref` (how many blocks back, and its index there).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reviewdesk.core.lines import (
    NO_ISSUES,
    LineIssues,
    Lines,
    Splice,
    changed_entries,
    split_issues,
)
from reviewdesk.core.models import Issue
from reviewdesk.core.text import Utf16Map
from reviewdesk.service.docmap import BlockRange, BlockSpans
from reviewdesk.service.layout import kind_for

_SPILL = 1 << 16  # a spilled ref: -(back * _SPILL + index) - 1


def spill_ref(back: int, index: int) -> int:
    """The ref of an issue that starts ``back`` blocks earlier, ``index``-th there."""
    return -(back * _SPILL + index) - 1


def read_ref(ref: int) -> tuple[int, int]:
    """``(back, index)`` of a block range's ref: how many blocks back its issue starts."""
    if ref >= 0:
        return 0, ref
    back, index = divmod(-ref - 1, _SPILL)
    return back, index


@dataclass(frozen=True)
class LineOutcome:
    """A pane's final issues per line, and each block's ranges (None: none)."""

    issues: list[LineIssues]
    blocks: list[BlockSpans | None]


class Layout:
    """Lays a pane's issues out per block, redoing only blocks whose issues changed."""

    def __init__(self) -> None:
        self._lines: Lines | None = None
        self._issues: list[LineIssues] = []
        self._blocks: list[BlockSpans | None] = []

    def run(self, lines: Lines, issues: list[LineIssues]) -> LineOutcome:
        """The layout of ``issues`` (per line of ``lines``)."""
        old = self._lines
        if old is None:
            todo: set[int] = set(range(len(lines)))
            blocks: list[BlockSpans | None] = [None] * len(lines)
        else:
            splice = lines.splice_from(old)
            blocks = splice.apply(self._blocks, [None] * (splice.new_end - splice.start))
            todo = set(splice.new_lines()) | changed_entries(splice, self._issues, issues)
            # a removal that reaches across lines covers the blank lines after it
            for k in sorted(todo):
                j = k + 1
                while j < len(lines) and j not in todo:
                    todo.add(j)
                    if not _blank(lines.lines[j]):
                        break
                    j += 1
        for k in todo:
            block = _block(lines, issues, k)
            if block != blocks[k]:  # equal layouts stay the very same object
                blocks[k] = block
        self._lines, self._issues, self._blocks = lines, issues, blocks
        return LineOutcome(issues, blocks)


def _blank(line: str) -> bool:
    return not line or line.isspace()


def _block(lines: Lines, issues: Sequence[LineIssues], k: int) -> BlockSpans | None:
    """What block ``k`` shows: its own issues, and those reaching it from earlier lines."""
    text = lines.lines[k]
    size = len(text)
    u16 = Utf16Map(text)
    ranges: list[BlockRange] = []
    for n, issue in enumerate(issues[k]):
        start = min(issue.start, size)
        end = min(issue.end, size)
        if start < end or issue.start == issue.end:
            ranges.append((u16.to_utf16(start), u16.to_utf16(end), kind_for(issue.category), n))
    base = lines.starts[k]
    j = k - 1
    while j >= 0:  # reaching back to the nearest non-blank line
        offset = lines.starts[j]
        for n, issue in enumerate(issues[j]):
            if offset + issue.end <= base or issue.start == issue.end:
                continue
            lo = max(0, offset + issue.start - base)
            hi = min(size, offset + issue.end - base)
            if lo < hi:
                ref = spill_ref(k - j, n)
                ranges.append((u16.to_utf16(lo), u16.to_utf16(hi), kind_for(issue.category), ref))
        if not _blank(lines.lines[j]):
            break
        j -= 1
    return BlockSpans(text, tuple(ranges)) if ranges else None


def block_layout(text: str, issues: Sequence[Issue]) -> dict[int, BlockSpans]:
    """What each block of ``text`` shows for ``issues`` (absolute offsets, in order): the
    window lays out a changed issue list with it before the re-check comes back."""
    lines = Lines.of(text)
    per_line = split_issues(lines, issues)
    todo: set[int] = set()
    for k, found in enumerate(per_line):
        if found:
            todo.add(k)
            j = k + 1  # a removal that reaches across lines covers the blank lines after it
            while j < len(lines) and max(lines.starts[k] + i.end for i in found) > lines.starts[j]:
                todo.add(j)
                j += 1
    out: dict[int, BlockSpans] = {}
    for k in sorted(todo):
        block = _block(lines, per_line, k)
        if block is not None:
            out[k] = block
    return out


# -- changes only, across the process boundary ---------------------------------------------


@dataclass(frozen=True)
class LineDelta:
    """What changed in a pane's :class:`LineOutcome` since the last one sent for it."""

    splice: Splice  # lines replaced (new lines start:new_end for old start:old_end)
    changed: dict[int, tuple[LineIssues, BlockSpans | None]]  # new entries, by new line


def delta(
    old: tuple[Lines, LineOutcome] | None, lines: Lines, new: LineOutcome
) -> LineOutcome | LineDelta:
    """``new`` as a change of ``old`` (both of one pane), or whole when there is no old."""
    if old is None:
        return new
    old_lines, before = old
    splice = lines.splice_from(old_lines)
    todo = set(splice.new_lines()) | changed_entries(splice, before.issues, new.issues)
    todo |= changed_entries(splice, before.blocks, new.blocks)
    return LineDelta(splice, {k: (new.issues[k], new.blocks[k]) for k in sorted(todo)})


def apply_delta(old: LineOutcome | None, change: LineOutcome | LineDelta) -> LineOutcome:
    """The :class:`LineOutcome` that ``change`` describes, from the one before it."""
    if isinstance(change, LineOutcome):
        return change
    if old is None:
        raise ValueError("a change came for a pane whose result is unknown")
    splice = change.splice
    fill = splice.new_end - splice.start
    issues = splice.apply(old.issues, [NO_ISSUES] * fill)
    blocks = splice.apply(old.blocks, [None] * fill)
    for k, (found, block) in change.changed.items():
        issues[k] = found
        blocks[k] = block
    return LineOutcome(issues, blocks)


def keep_shown(shown: LineOutcome, new: LineOutcome, entries: Iterable[int]) -> int:
    """Put ``shown``'s very objects into ``new`` at the ``entries`` where the two are equal;
    return how many.

    A full result that follows an early one comes as a change of the early one: every
    line Harper's issues filled in is a new object, though most equal what the window
    shows from the full result before. The window skips a block whose spans are the very
    object it shows at a pointer test; an equal copy it compares field by field on the
    UI thread (1,678 blocks, ~5-13 ms after a keystroke in a 100k-word article). Done
    here, on the receiving thread, the UI thread finds the same objects.
    """
    kept = 0
    limit = min(len(shown.blocks), len(new.blocks))
    for k in entries:
        if k >= limit:
            continue
        was, now = shown.blocks[k], new.blocks[k]
        if was is not now and was == now:
            new.blocks[k] = was
            kept += 1
        found, before = new.issues[k], shown.issues[k]
        if found is not before and found == before:
            new.issues[k] = before
    return kept
