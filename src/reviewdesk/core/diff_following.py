"""The redline of a draft as it is typed: re-matched only around each edit.

The window shows the changes from the original to the draft after every keystroke. The
original stays the same and the draft changes a line or two, so :class:`FollowingDiff`
keeps the last line alignment (:func:`~reviewdesk.core.diff.matching_blocks`): the matched
lines before and after the edited ones stay matched, only the stretch between them is
matched again, and the words of each changed stretch are diffed once (remembered by
their text). The result is a valid diff like :func:`~reviewdesk.core.diff.changes`, and
the same one wherever the edit leaves the alignment alone; an export or the review
report, made once, diffs afresh.
"""

from __future__ import annotations

from collections import OrderedDict

from reviewdesk.core.diff import (
    Block,
    DiffOp,
    coalesce,
    diff_words,
    line_keys,
    matching_blocks,
)
from reviewdesk.core.lines import splice_between

# Characters of changed stretches whose word diffs are remembered, by (original text,
# draft text): every revised paragraph of a long, heavily edited draft, and no more.
_MEMO_CHARS = 2_000_000


class FollowingDiff:
    """Diffs one text against successive versions of another (not thread-safe)."""

    def __init__(self) -> None:
        self._a = ""
        self._keys_a: list[str] = []
        self._keys_b: list[str] | None = None
        self._blocks: list[Block] = []
        self._words: OrderedDict[tuple[str, str], list[DiffOp]] = OrderedDict()
        self._chars = 0

    def changes(self, a: str, b: str) -> list[DiffOp]:
        """The non-equal operations turning ``a`` into ``b`` (see ``core.diff.changes``)."""
        keys_a, starts_a = line_keys(a)
        keys_b, starts_b = line_keys(b)
        if a == self._a and self._keys_b is not None:
            blocks = self._restitch(keys_a, self._keys_b, keys_b)
        else:
            blocks = matching_blocks(keys_a, keys_b)
        self._a, self._keys_a, self._keys_b, self._blocks = a, keys_a, keys_b, blocks
        ops: list[DiffOp] = []
        i = j = 0
        for bi, bj, n in [*blocks, (len(keys_a), len(keys_b), 0)]:
            if i < bi or j < bj:
                a1, a2, b1, b2 = starts_a[i], starts_a[bi], starts_b[j], starts_b[bj]
                ops.extend(self._words_of(a[a1:a2], b[b1:b2], a1, b1))
            if n:
                ops.append(
                    DiffOp("equal", starts_a[bi], starts_a[bi + n], starts_b[bj], starts_b[bj + n])
                )
            i, j = bi + n, bj + n
        return [op for op in coalesce(a, ops) if op.tag != "equal"]

    def _restitch(self, keys_a: list[str], old_b: list[str], keys_b: list[str]) -> list[Block]:
        """The last alignment, kept outside the edited lines, matched again inside."""
        splice = splice_between(old_b, keys_b)
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

    def _words_of(self, a: str, b: str, a_off: int, b_off: int) -> list[DiffOp]:
        """Word-level ops for one changed stretch, diffed once per pair of texts."""
        key = (a, b)
        ops = self._words.get(key)
        if ops is None:
            ops = self._words[key] = diff_words(a, b, 0, 0)
            self._chars += len(a) + len(b)
            while self._chars > _MEMO_CHARS and len(self._words) > 1:
                (old_a, old_b), _ops = self._words.popitem(last=False)
                self._chars -= len(old_a) + len(old_b)
        else:
            self._words.move_to_end(key)
        return [
            DiffOp(
                op.tag, op.a_start + a_off, op.a_end + a_off, op.b_start + b_off, op.b_end + b_off
            )
            for op in ops
        ]
