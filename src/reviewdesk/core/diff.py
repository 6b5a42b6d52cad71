"""Word-level differences between two texts (the original and the draft).

Used for the quiet redline in the window and for tracked changes in .docx exports.
Paragraphs are matched first, then words inside changed paragraphs, so a 50k-word
article with a few edits diffs quickly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

# A token is a word (with inner apostrophes/hyphens), a run of spaces, or one other char.
_TOKEN_RE = re.compile(r"\w+(?:['’\-]\w+)*|[ \t]+|\n|.", re.UNICODE | re.DOTALL)

OpTag = Literal["equal", "replace", "delete", "insert"]


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


def _diff_tokens(a: str, b: str, a_off: int, b_off: int) -> list[DiffOp]:
    ta, tb = tokenize(a), tokenize(b)
    sa = [a[s:e] for s, e in ta]
    sb = [b[s:e] for s, e in tb]
    ops: list[DiffOp] = []
    matcher = SequenceMatcher(None, sa, sb, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        a1 = ta[i1][0] if i1 < len(ta) else len(a)
        a2 = ta[i2 - 1][1] if i2 > i1 else a1
        b1 = tb[j1][0] if j1 < len(tb) else len(b)
        b2 = tb[j2 - 1][1] if j2 > j1 else b1
        ops.append(DiffOp(tag, a_off + a1, a_off + a2, b_off + b1, b_off + b2))
    return ops


def word_diff(a: str, b: str) -> list[DiffOp]:
    """Word-level opcodes turning ``a`` into ``b``; adjacent ops are coalesced.

    Lines are matched first (common leading and trailing lines are skipped cheaply, and
    blank lines never anchor a match), then words inside the lines that differ.
    """
    la = _lines(a)
    lb = _lines(b)
    starts_a = _starts(la)
    starts_b = _starts(lb)
    head = 0
    while head < len(la) and head < len(lb) and la[head] == lb[head]:
        head += 1
    tail = 0
    while tail < len(la) - head and tail < len(lb) - head and la[-1 - tail] == lb[-1 - tail]:
        tail += 1
    ops: list[DiffOp] = []
    if head:
        ops.append(DiffOp("equal", 0, starts_a[head], 0, starts_b[head]))
    matcher = SequenceMatcher(
        _is_blank, la[head : len(la) - tail], lb[head : len(lb) - tail], autojunk=False
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        a1, a2 = starts_a[head + i1], starts_a[head + i2]
        b1, b2 = starts_b[head + j1], starts_b[head + j2]
        if tag == "equal":
            ops.append(DiffOp("equal", a1, a2, b1, b2))
        else:
            ops.extend(_diff_tokens(a[a1:a2], b[b1:b2], a1, b1))
    if tail:
        ops.append(
            DiffOp("equal", starts_a[len(la) - tail], len(a), starts_b[len(lb) - tail], len(b))
        )
    return _coalesce(ops)


def _is_blank(line: str) -> bool:
    return not line.strip()


def changes(a: str, b: str) -> list[DiffOp]:
    """Only the non-equal operations of :func:`word_diff`."""
    return [op for op in word_diff(a, b) if op.tag != "equal"]


def _lines(text: str) -> list[str]:
    """Lines with their trailing newline kept, so they concatenate back to ``text``."""
    parts = text.split("\n")
    lines = [p + "\n" for p in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


def _starts(lines: list[str]) -> list[int]:
    """Start offset of each line, plus the total length at the end."""
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    return starts


def _coalesce(ops: list[DiffOp]) -> list[DiffOp]:
    out: list[DiffOp] = []
    for op in ops:
        if op.a_start == op.a_end and op.b_start == op.b_end:
            continue
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
