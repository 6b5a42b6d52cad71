"""The redline of a draft as it is typed: re-matched only around each edit.

The window shows the changes from the original to the draft after every keystroke. The
original stays the same and the draft changes a line or two, so :class:`FollowingDiff`
keeps the last line alignment (:func:`~reviewdesk.core.diff.matching_blocks`): the matched
lines before and after the edited ones stay matched, only the stretch between them is
matched again, and the words of each changed stretch are diffed once (remembered by
their text). The result is a valid diff like :func:`~reviewdesk.core.diff.changes`, and
the same one wherever the edit leaves the alignment alone; an export or the review
report, made once, diffs afresh.

The pieces are public for :mod:`reviewdesk.service.redline_follow`, which keeps each
stretch's laid-out redline between keystrokes: :meth:`FollowingDiff.align` (the
alignment, and the splice of the draft's lines since the last one), :func:`stretches`
(the changed stretches between matched runs) and :meth:`FollowingDiff.stretch` (one
stretch's revisions). A stretch's revisions never join another stretch's: a matched line
between them always holds a line break, so no change touches, or is spaces away from, a
change of another stretch, and :func:`~reviewdesk.core.diff.coalesce` per stretch gives
what it gives over the whole text.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator, Sequence

from reviewdesk.core.diff import (
    Block,
    DiffOp,
    coalesce,
    diff_words,
    line_keys,
    matching_blocks,
)
from reviewdesk.core.lines import Lines, Splice, splice_between

# Characters of changed stretches whose word diffs are remembered, by (original text,
# draft text): every revised paragraph of a long, heavily edited draft, and no more.
_MEMO_CHARS = 2_000_000

Stretch = tuple[int, int, int, int]
"""Lines ``i:bi`` of the original that became lines ``j:bj`` of the draft (unmatched)."""


def stretches(blocks: Sequence[Block], len_a: int, len_b: int) -> Iterator[Stretch]:
    """The unmatched stretches between the matched runs ``blocks``, in order."""
    i = j = 0
    for bi, bj, n in blocks:
        if i < bi or j < bj:
            yield i, bi, j, bj
        i, j = bi + n, bj + n
    if i < len_a or j < len_b:
        yield i, len_a, j, len_b


class FollowingDiff:
    """Diffs one text against successive versions of another (not thread-safe)."""

    def __init__(self) -> None:
        self._a = ""
        self._keys_a: list[str] = []
        self._starts_a: list[int] = [0]
        self._keys_b: list[str] | None = None
        self._blocks: list[Block] = []
        self._words: OrderedDict[tuple[str, str], list[DiffOp]] = OrderedDict()
        self._chars = 0

    def changes(self, a: str, b: str) -> list[DiffOp]:
        """The non-equal operations turning ``a`` into ``b`` (see ``core.diff.changes``)."""
        keys_a, starts_a = self.keys_of(a)
        keys_b, starts_b = line_keys(b)
        blocks, _splice = self.align(a, keys_a, keys_b)
        ops: list[DiffOp] = []
        for i, bi, j, bj in stretches(blocks, len(keys_a), len(keys_b)):
            ops.extend(self.stretch(a, b, starts_a[i], starts_a[bi], starts_b[j], starts_b[bj]))
        return ops

    def keys_of(self, a: str, lines: Lines | None = None) -> tuple[list[str], list[int]]:
        """:func:`~reviewdesk.core.diff.line_keys` of the original, kept while it lasts
        (from ``lines``, ``a`` split, if the caller has it: the keys share its strings)."""
        if (a is not self._a and a != self._a) or not self._keys_a:
            if lines is not None and lines.text is a:
                keys = lines.lines.copy()
                keys[-1] += "\n"
                starts = lines.starts.copy()
                starts[-1] = len(a)
                self._keys_a, self._starts_a = keys, starts
            else:
                self._keys_a, self._starts_a = line_keys(a)
            self._a, self._keys_b = a, None  # another original: match afresh
        return self._keys_a, self._starts_a

    def align(
        self, a: str, keys_a: list[str], keys_b: list[str]
    ) -> tuple[list[Block], Splice | None]:
        """The line alignment of ``keys_b`` (a draft's :func:`line_keys`) with the
        original ``a`` (whose keys are ``keys_a``), and the splice turning the last
        draft's keys into ``keys_b`` (None when matched afresh: another original, or the
        first draft)."""
        splice: Splice | None = None
        if a is self._a or a == self._a:
            if self._keys_b is not None:
                splice = splice_between(self._keys_b, keys_b)
        else:
            self._a = a
        if splice is not None:
            blocks = self._restitch(keys_a, keys_b, splice)
        else:
            blocks = matching_blocks(keys_a, keys_b)
        self._keys_b, self._blocks = keys_b, blocks
        return blocks, splice

    def _restitch(self, keys_a: list[str], keys_b: list[str], splice: Splice) -> list[Block]:
        """The last alignment, kept outside the edited lines, matched again inside."""
        s, old_end, shift = splice.start, splice.old_end, splice.shift
        before: list[Block] = []
        after: list[Block] = []
        for i, j, n in self._blocks:
            if j + n <= s:
                before.append((i, j, n))
            elif j >= old_end:
                after.append((i, j + shift, n))
            else:  # a matched run across the edit: keep its parts outside it
                if j < s:
                    before.append((i, j, s - j))
                if j + n > old_end:
                    cut = old_end - j
                    after.append((i + cut, old_end + shift, n - cut))
        i_lo, j_lo = (
            (before[-1][0] + before[-1][2], before[-1][1] + before[-1][2]) if before else (0, 0)
        )
        i_hi, j_hi = (after[0][0], after[0][1]) if after else (len(keys_a), len(keys_b))
        middle = [
            (i_lo + x, j_lo + y, n)
            for x, y, n in matching_blocks(keys_a[i_lo:i_hi], keys_b[j_lo:j_hi])
        ]
        merged: list[Block] = []
        for i, j, n in [*before, *middle, *after]:
            if merged and merged[-1][0] + merged[-1][2] == i and merged[-1][1] + merged[-1][2] == j:
                pi, pj, pn = merged[-1]
                merged[-1] = (pi, pj, pn + n)
            else:
                merged.append((i, j, n))
        return merged

    def stretch(self, a: str, b: str, a1: int, a2: int, b1: int, b2: int) -> list[DiffOp]:
        """The revisions turning ``a[a1:a2]`` into ``b[b1:b2]`` (one changed stretch,
        line breaks included), word-diffed and coalesced once per pair of texts."""
        key = (a[a1:a2], b[b1:b2])
        ops = self._words.get(key)
        if ops is None:
            ops = self._words[key] = [
                op for op in coalesce(key[0], diff_words(*key, 0, 0)) if op.tag != "equal"
            ]
            self._chars += a2 - a1 + b2 - b1
            while self._chars > _MEMO_CHARS and len(self._words) > 1:
                (old_a, old_b), _ops = self._words.popitem(last=False)
                self._chars -= len(old_a) + len(old_b)
        else:
            self._words.move_to_end(key)
        return [
            DiffOp(op.tag, op.a_start + a1, op.a_end + a1, op.b_start + b1, op.b_end + b1)
            for op in ops
        ]
