"""Word-level differences between two texts (the original and the draft).

Used for the quiet redline in the window, for tracked changes in .docx exports and for
the review report's count of edits, so all three count a change the same way.

Paragraphs first, then words: the two texts' paragraph lists are matched (patience
style: paragraphs that occur once on each side anchor the match, so an article with
repeated paragraphs or hundreds of blank lines cannot pull the match astray or make it
quadratic), and only the paragraphs that differ are diffed word by word. A change, a
run of spaces and another change ("primary objective" -> "main aim") make one revision.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import accumulate
from typing import Literal

from reviewdesk.core.text.words import COMPOUND_WORD_RE

# A token is a word (with inner apostrophes/hyphens), a run of spaces, or one other char.
_TOKEN_RE = re.compile(rf"{COMPOUND_WORD_RE.pattern}|[ \t]+|\n|.", re.DOTALL)
# Token lists up to this product of lengths are matched by difflib directly (its result
# reads well for prose); larger ones are anchored on unique tokens first.
_DIFFLIB_LIMIT = 40_000
# A stretch without anchors is matched by Myers' algorithm if it takes at most this many
# insertions and deletions (D² steps); beyond, it is a small one for difflib or replaced.
_MYERS_MAX_EDITS = 400

OpTag = Literal["equal", "replace", "delete", "insert"]
Block = tuple[int, int, int]  # (i, j, n): a[i:i+n] == b[j:j+n]


@dataclass(frozen=True, slots=True)
class DiffOp:
    """``a[a_start:a_end]`` became ``b[b_start:b_end]`` (code-point offsets)."""

    tag: OpTag
    a_start: int
    a_end: int
    b_start: int
    b_end: int


def tokenize(text: str) -> list[tuple[int, int]]:
    """Token spans of ``text``."""
    return [(m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


def word_diff(a: str, b: str) -> list[DiffOp]:
    """Word-level opcodes turning ``a`` into ``b``, covering both texts in order.

    Adjacent changes are coalesced, and so are two changes with only spaces between.
    """
    la, starts_a = line_keys(a)
    lb, starts_b = line_keys(b)
    ops: list[DiffOp] = []
    i = j = 0
    for bi, bj, n in [*matching_blocks(la, lb), (len(la), len(lb), 0)]:
        if i < bi or j < bj:  # lines that differ: diff their words
            a1, a2, b1, b2 = starts_a[i], starts_a[bi], starts_b[j], starts_b[bj]
            ops.extend(diff_words(a[a1:a2], b[b1:b2], a1, b1))
        if n:
            ops.append(
                DiffOp("equal", starts_a[bi], starts_a[bi + n], starts_b[bj], starts_b[bj + n])
            )
        i, j = bi + n, bj + n
    return coalesce(a, ops)


def changes(a: str, b: str) -> list[DiffOp]:
    """Only the non-equal operations of :func:`word_diff`: one per revision."""
    return [op for op in word_diff(a, b) if op.tag != "equal"]


def matching_blocks(a: Sequence[str], b: Sequence[str]) -> list[Block]:
    """Blocks ``(i, j, n)`` with ``a[i:i+n] == b[j:j+n]``, increasing in both, not touching.

    Patience matching: common ends are taken first; in between, items that occur exactly
    once in each side are anchors, the longest run of anchors in the same order on both
    sides is kept, and the gaps between anchors are matched the same way. A gap without
    any anchor is matched by :class:`difflib.SequenceMatcher` when small, else left
    unmatched. Linear in practice; never quadratic on repeated items.
    """
    found: list[Block] = []
    todo = [(0, len(a), 0, len(b))]
    while todo:
        alo, ahi, blo, bhi = todo.pop()
        # common start and end: free
        head = 0
        while alo + head < ahi and blo + head < bhi and a[alo + head] == b[blo + head]:
            head += 1
        if head:
            found.append((alo, blo, head))
            alo, blo = alo + head, blo + head
        tail = 0
        while ahi - tail > alo and bhi - tail > blo and a[ahi - tail - 1] == b[bhi - tail - 1]:
            tail += 1
        if tail:
            found.append((ahi - tail, bhi - tail, tail))
            ahi, bhi = ahi - tail, bhi - tail
        if alo == ahi or blo == bhi:
            continue
        anchors = _unique_anchors(a, alo, ahi, b, blo, bhi)
        if not anchors:
            # nothing occurs once on each side (repeated paragraphs, blank lines): the
            # fewest edits that turn one into the other, if there are few
            found.extend(_gap_blocks(a, alo, ahi, b, blo, bhi))
            continue
        prev_i, prev_j = alo, blo
        for ai, bj in anchors:
            todo.append((prev_i, ai, prev_j, bj))
            found.append((ai, bj, 1))
            prev_i, prev_j = ai + 1, bj + 1
        todo.append((prev_i, ahi, prev_j, bhi))
    found.sort()
    return _merged(_paired_across(a, b, _merged(found)))


def _merged(blocks: list[Block]) -> list[Block]:
    """Sorted blocks with touching neighbours joined."""
    merged: list[Block] = []
    for i, j, n in blocks:
        if merged and merged[-1][0] + merged[-1][2] == i and merged[-1][1] + merged[-1][2] == j:
            pi, pj, pn = merged[-1]
            merged[-1] = (pi, pj, pn + n)
        else:
            merged.append((i, j, n))
    return merged


def _paired_across(a: Sequence[str], b: Sequence[str], blocks: list[Block]) -> list[Block]:
    """Slide a matched run of repeated items so that an item only one side has, before
    it, meets an item only the other side has, after it.

    Among repeated paragraphs a shortest edit script may insert a whole paragraph at one
    edit and delete another paragraph at the next one, with the identical paragraphs in
    between matched one place off; the same run matched one place over (it is the same
    text) turns both into paragraphs changed in place, each edit its own small revision.
    """
    out = list(blocks)
    for k, (i, j, n) in enumerate(out):
        prev_a, prev_b = (
            (out[k - 1][0] + out[k - 1][2], out[k - 1][1] + out[k - 1][2]) if k else (0, 0)
        )
        next_a, next_b = out[k + 1][:2] if k + 1 < len(out) else (len(a), len(b))
        extra_b_before = (j - prev_b) - (i - prev_a)
        extra_a_after = (next_a - i - n) - (next_b - j - n)
        if extra_b_before > 0 and extra_a_after > 0:  # an insertion before, a deletion after
            s = min(extra_b_before, extra_a_after)
            if a[i + s : i + s + n] == b[j : j + n]:
                out[k] = (i + s, j, n)
        elif extra_b_before < 0 and extra_a_after < 0:  # a deletion before, an insertion after
            s = min(-extra_b_before, -extra_a_after)
            if b[j + s : j + s + n] == a[i : i + n]:
                out[k] = (i, j + s, n)
    return out


def _gap_blocks(
    a: Sequence[str], alo: int, ahi: int, b: Sequence[str], blo: int, bhi: int
) -> list[Block]:
    """Matching blocks of a stretch without anchors: Myers' shortest edit script while it
    is short, difflib for a small stretch, else none (one replacement)."""
    ids: dict[str, int] = {}
    xa = [ids.setdefault(item, len(ids)) for item in a[alo:ahi]]
    xb = [ids.setdefault(item, len(ids)) for item in b[blo:bhi]]
    blocks = _myers(xa, xb, _MYERS_MAX_EDITS)
    if blocks is None:
        if len(xa) * len(xb) > _DIFFLIB_LIMIT:
            return []
        blocks = [t for t in SequenceMatcher(None, xa, xb, autojunk=False).get_matching_blocks()]
    return [(alo + x, blo + y, n) for x, y, n in blocks if n]


def _myers(a: list[int], b: list[int], max_edits: int) -> list[Block] | None:
    """Matching blocks of the shortest edit script from ``a`` to ``b`` (Myers 1986), or
    None when it needs more than ``max_edits`` insertions and deletions.

    Costs O((N + M) + D²) for D edits on texts like ours, whatever repeats in them.
    """
    n, m = len(a), len(b)
    limit = min(max_edits, n + m)
    offset = limit + 1
    v = [0] * (2 * limit + 3)
    trace: list[list[int]] = []
    for d in range(limit + 1):
        trace.append(v[offset - d - 1 : offset + d + 2])
        for k in range(-d, d + 1, 2):
            if k == -d or (k != d and v[offset + k - 1] < v[offset + k + 1]):
                x = v[offset + k + 1]
            else:
                x = v[offset + k - 1] + 1
            y = x - k
            while x < n and y < m and a[x] == b[y]:
                x += 1
                y += 1
            v[offset + k] = x
            if x >= n and y >= m:
                return _myers_path(trace, n, m)
    return None


def _myers_path(trace: list[list[int]], n: int, m: int) -> list[Block]:
    """Walk back through the saved frontiers, collecting the diagonal runs."""
    blocks: list[Block] = []
    x, y = n, m
    for d in range(len(trace) - 1, -1, -1):
        frontier = trace[d]  # v[-d-1 .. d+1] before round d

        def at(k: int, frontier: list[int] = frontier, d: int = d) -> int:
            return frontier[k + d + 1]

        k = x - y
        if d == 0:
            prev_x = prev_y = 0
        else:
            prev_k = k + 1 if k == -d or (k != d and at(k - 1) < at(k + 1)) else k - 1
            prev_x = at(prev_k)
            prev_y = prev_x - prev_k
        # the snake of round d runs diagonally into (x, y) from where the edit left it
        start_x = prev_x if d == 0 else (prev_x if prev_k == k + 1 else prev_x + 1)
        run = x - start_x
        if run > 0:
            blocks.append((start_x, y - run, run))
        x, y = prev_x, prev_y
    blocks.reverse()
    return blocks


def _unique_anchors(
    a: Sequence[str], alo: int, ahi: int, b: Sequence[str], blo: int, bhi: int
) -> list[tuple[int, int]]:
    """Items once in ``a[alo:ahi]`` and once in ``b[blo:bhi]``, longest common order."""
    in_a: dict[str, int] = {}
    for i in range(alo, ahi):
        in_a[a[i]] = -1 if a[i] in in_a else i
    in_b: dict[str, int] = {}
    for j in range(blo, bhi):
        item = b[j]
        if in_a.get(item, -1) >= 0:
            in_b[item] = -1 if item in in_b else j
    pairs = sorted((in_a[item], j) for item, j in in_b.items() if j >= 0)
    return _longest_increasing(pairs)


def _longest_increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of ``pairs`` (sorted by i) whose j also increase."""
    tails: list[int] = []  # j at the end of the best run of each length
    ends: list[int] = []  # index into pairs of that end
    back: list[int] = []
    for k, (_i, j) in enumerate(pairs):
        pos = bisect.bisect_left(tails, j)
        if pos == len(tails):
            tails.append(j)
            ends.append(k)
        else:
            tails[pos] = j
            ends[pos] = k
        back.append(ends[pos - 1] if pos else -1)
    out: list[tuple[int, int]] = []
    k = ends[-1] if ends else -1
    while k >= 0:
        out.append(pairs[k])
        k = back[k]
    out.reverse()
    return out


def diff_words(a: str, b: str, a_off: int, b_off: int) -> list[DiffOp]:
    """Word-level ops for two stretches of changed lines (offsets shifted by a/b_off)."""
    if not a or not b:
        tag: OpTag = "insert" if not a else "delete"
        return [DiffOp(tag, a_off, a_off + len(a), b_off, b_off + len(b))]
    ta, tb = tokenize(a), tokenize(b)
    sa = [a[s:e] for s, e in ta]
    sb = [b[s:e] for s, e in tb]
    if len(sa) * len(sb) <= _DIFFLIB_LIMIT:
        blocks = [
            (i, j, n)
            for i, j, n in SequenceMatcher(None, sa, sb, autojunk=False).get_matching_blocks()
            if n
        ]
    else:
        blocks = matching_blocks(sa, sb)
    ops: list[DiffOp] = []
    i = j = 0
    for bi, bj, n in [*blocks, (len(sa), len(sb), 0)]:
        if i < bi or j < bj:
            a1 = ta[i][0] if i < len(ta) else len(a)
            a2 = ta[bi - 1][1] if bi > i else a1
            b1 = tb[j][0] if j < len(tb) else len(b)
            b2 = tb[bj - 1][1] if bj > j else b1
            tag = "replace" if i < bi and j < bj else ("delete" if i < bi else "insert")
            ops.append(DiffOp(tag, a_off + a1, a_off + a2, b_off + b1, b_off + b2))
        if n:
            ops.append(
                DiffOp(
                    "equal",
                    a_off + ta[bi][0],
                    a_off + ta[bi + n - 1][1],
                    b_off + tb[bj][0],
                    b_off + tb[bj + n - 1][1],
                )
            )
        i, j = bi + n, bj + n
    return ops


def line_keys(text: str) -> tuple[list[str], list[int]]:
    """The lines of ``text`` as keys to match, and where each starts (plus the end).

    A line's key is its text without the newline; the last line's key gets a "\\n" of
    its own, which no other line's key can hold, so a last line never matches a line
    that has a newline after it.
    """
    keys = text.split("\n")
    keys[-1] += "\n"
    starts = list(accumulate([len(k) + 1 for k in keys], initial=0))
    starts[-1] = len(text)
    starts[-2] = min(starts[-2], len(text))
    return keys, starts


def _is_spaces(a: str, op: DiffOp) -> bool:
    """Whether an equal op is a run of spaces or tabs (and nothing else)."""
    return op.a_end > op.a_start and not a[op.a_start : op.a_end].strip(" \t")


def coalesce(a: str, ops: list[DiffOp]) -> list[DiffOp]:
    """Join touching changes, and change + spaces + change, into one op; drop empty ops."""
    out: list[DiffOp] = []
    for op in ops:
        if op.a_start == op.a_end and op.b_start == op.b_end:
            continue
        if op.tag != "equal" and len(out) >= 2:
            gap, prev = out[-1], out[-2]
            if gap.tag == "equal" and prev.tag != "equal" and _is_spaces(a, gap):
                del out[-2:]
                out.append(DiffOp("replace", prev.a_start, gap.a_end, prev.b_start, gap.b_end))
        if out and out[-1].tag != "equal" and op.tag != "equal":
            prev = out[-1]
            if prev.a_end == op.a_start and prev.b_end == op.b_start:
                tag: OpTag = "replace"
                if prev.tag == op.tag and op.tag in ("insert", "delete"):
                    tag = op.tag
                out[-1] = DiffOp(tag, prev.a_start, op.a_end, prev.b_start, op.b_end)
                continue
        if out and out[-1].tag == "equal" and op.tag == "equal":
            prev = out[-1]
            out[-1] = DiffOp("equal", prev.a_start, op.a_end, prev.b_start, op.b_end)
            continue
        out.append(op)
    return out


def apply_ops(a: str, b: str, ops: list[DiffOp]) -> str:
    """Rebuild ``b`` from ``a`` and the ops (a self-check used by tests)."""
    return "".join(
        b[op.b_start : op.b_end] if op.tag != "equal" else a[op.a_start : op.a_end] for op in ops
    )


def apply_changes(a: str, b: str, ops: Sequence[DiffOp]) -> str:
    """Rebuild ``b`` from ``a`` and only the non-equal ops (what the window receives)."""
    out: list[str] = []
    pos = 0
    for op in ops:
        out.append(a[pos : op.a_start])
        out.append(b[op.b_start : op.b_end])
        pos = op.a_end
    out.append(a[pos:])
    return "".join(out)
