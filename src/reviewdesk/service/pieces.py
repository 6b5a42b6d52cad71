"""A large result crosses to the window in bounded pieces, each unpickled on its own.

The window's receiving thread unpickles what the checker sends, and ``pickle.loads`` is
one C call that holds the GIL from start to end: a 100k-word article's final answer
(the lines a whole-text pass changed, each with its block's text) is ~1 MB and took
30-50 ms to unpickle, all that time keeping the UI thread from running a line of
Python. Sent as pieces of a bounded size, each one is unpickled in a few milliseconds
and the receiving thread lets go of the GIL between them (it waits on the socket), so
the UI thread runs in between.

:func:`split` takes the per-line entries out of a result's change and cuts them into
pieces of about :data:`PIECE_BUDGET` characters; what is left (the change without those
entries) is sent last, in the answer itself. :func:`join` puts the pieces back: the
result rebuilt equals the one the checker had.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reviewdesk.core.lines import NO_ISSUES, LineIssues
from reviewdesk.service.docmap import BlockSpans
from reviewdesk.service.outcome import LineDelta, LineOutcome

# Roughly what a piece holds, in characters of block text (the bulk of a piece) plus a
# fixed allowance per issue and per entry: ~60-90 kB pickled, ~2-4 ms to unpickle.
PIECE_BUDGET = 48_000
_ISSUE_COST = 120
_ENTRY_COST = 40

Entry = tuple[int, LineIssues, BlockSpans | None]  # line, its issues, its block's layout
Change = LineOutcome | LineDelta


def _cost(found: LineIssues, block: BlockSpans | None) -> int:
    size = _ENTRY_COST + _ISSUE_COST * len(found)
    if block is not None:
        size += len(block.text) + _ISSUE_COST * len(block.ranges)
    return size


def _entries(change: Change) -> list[Entry]:
    if isinstance(change, LineDelta):
        return [(k, found, block) for k, (found, block) in change.changed.items()]
    return [
        (k, found, block)
        for k, (found, block) in enumerate(zip(change.issues, change.blocks, strict=True))
        if found or block is not None
    ]


def split(change: Change, budget: int = PIECE_BUDGET) -> tuple[list[tuple[Entry, ...]], Change]:
    """``change`` as pieces of entries and the change left without them.

    A change within one piece's budget is left whole (no pieces): only what is too big to
    unpickle at once is cut.
    """
    entries = _entries(change)
    if sum(_cost(found, block) for _k, found, block in entries) <= budget:
        return [], change
    pieces: list[tuple[Entry, ...]] = []
    piece: list[Entry] = []
    size = 0
    for entry in entries:
        cost = _cost(entry[1], entry[2])
        if piece and size + cost > budget:
            pieces.append(tuple(piece))
            piece, size = [], 0
        piece.append(entry)
        size += cost
    if piece:
        pieces.append(tuple(piece))
    if isinstance(change, LineDelta):
        return pieces, LineDelta(change.splice, {})
    count = len(change.issues)
    return pieces, LineOutcome([NO_ISSUES] * count, [None] * count)


def join(rest: Change, pieces: Sequence[Iterable[Entry]]) -> Change:
    """The change that :func:`split` cut into ``pieces`` and ``rest``."""
    if not pieces:
        return rest
    if isinstance(rest, LineDelta):
        changed = dict(rest.changed)
        for piece in pieces:
            for k, found, block in piece:
                changed[k] = (found, block)
        return LineDelta(rest.splice, dict(sorted(changed.items())))
    issues = list(rest.issues)
    blocks = list(rest.blocks)
    for piece in pieces:
        for k, found, block in piece:
            issues[k] = found
            blocks[k] = block
    return LineOutcome(issues, blocks)
