"""The redline diff: paragraphs first, one revision per change, exact on random edits."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from random_edits import edit
from reviewdesk.core.diff import (
    _myers,
    apply_changes,
    apply_ops,
    changes,
    matching_blocks,
    word_diff,
)
from reviewdesk.core.diff_following import FollowingDiff

DEMO = (
    Path(__file__).resolve().parents[1]
    / "src"
    / "reviewdesk"
    / "resources"
    / "demo"
    / "newsroom-demo.txt"
)


def _revisions(a: str, b: str) -> list[tuple[str, str]]:
    return [(a[o.a_start : o.a_end], b[o.b_start : o.b_end]) for o in changes(a, b)]


def test_a_phrase_replaced_word_for_word_is_one_revision() -> None:
    # change, spaces, change: one revision (the redline, the .docx and the report agree)
    a = "Our primary objective is growth.\n\nThe end."
    b = "Our main aim is growth.\n\nThe end."
    assert _revisions(a, b) == [("primary objective", "main aim")]
    # a word kept between two changes keeps them apart
    assert len(_revisions("a big red car", "a small red van")) == 2


def _repetitive_article(words: int, seed: int = 1) -> str:
    """An article whose paragraphs repeat many times (wire copy, pull quotes, footers)."""
    paras = [p for p in DEMO.read_text(encoding="utf-8").split("\n") if len(p.split()) > 8]
    rng = random.Random(seed)
    out: list[str] = []
    count = 0
    while count < words:
        para = rng.choice(paras)
        out.append(para)
        count += len(para.split())
    return "\n\n".join(out) + "\n"


def test_two_small_insertions_in_a_long_repetitive_article_are_two_revisions() -> None:
    a = _repetitive_article(50_000)
    lines = a.split("\n")
    first, second = len(lines) // 5, 4 * len(lines) // 5
    edited = list(lines)
    edited[first] = edited[first].replace(" the ", " the very ", 1)
    edited[second] = "Editor’s note: " + edited[second]
    b = "\n".join(edited)
    assert _revisions(a, b) == [("", " very"), ("", "Editor’s note: ")]


@pytest.mark.parametrize("ends", ["kept", "edited"])
def test_edits_in_one_paragraph_repeated_throughout_stay_small(ends: str) -> None:
    """Every paragraph the same (a boilerplate line pasted all through): no anchor to hold
    on to, and a shortest edit script may insert a whole paragraph at one edit and delete
    another at the next. The edits are still one small revision each."""
    para = "The council met on Tuesday to discuss the harbour budget and the repairs."
    lines = [para] * 600
    edited = list(lines)
    edited[120] = para.replace(" to discuss", " in the evening to discuss")
    edited[480] = para.replace("harbour budget", "harbour and ferry budget")
    if ends == "edited":  # a deletion first, an insertion later: the mirror case
        edited[120] = para.replace(" on Tuesday", "")
        edited[480] = para.replace("repairs", "urgent repairs")
    got = [
        (old.strip(), new.strip()) for old, new in _revisions("\n".join(lines), "\n".join(edited))
    ]
    if ends == "kept":
        assert got == [("", "in the evening"), ("", "and ferry")]
    else:
        assert got == [("on Tuesday", ""), ("", "urgent")]


# -- random edits: applying the ops to the original gives the draft exactly -----------------


@pytest.mark.parametrize("seed", range(6))
def test_random_edits_of_many_kinds_rebuild_the_draft_exactly(seed: int) -> None:
    rng = random.Random(seed)
    original = _repetitive_article(1_500, seed) if seed % 2 else DEMO.read_text("utf-8")
    draft = original
    for step in range(40):
        draft = edit(draft, rng)
        if step % 4:
            continue
        ops = word_diff(original, draft)
        assert apply_ops(original, draft, ops) == draft
        assert "".join(original[o.a_start : o.a_end] for o in ops) == original
        assert "".join(draft[o.b_start : o.b_end] for o in ops) == draft
        revisions = changes(original, draft)
        assert apply_changes(original, draft, revisions) == draft
        for op in revisions:  # each revision really changes something
            assert original[op.a_start : op.a_end] != draft[op.b_start : op.b_end]


def _lcs(a: list[int], b: list[int]) -> int:
    row = [0] * (len(b) + 1)
    for x in a:
        prev = 0
        for j, y in enumerate(b, 1):
            cur = row[j]
            row[j] = prev + 1 if x == y else max(row[j], row[j - 1])
            prev = cur
    return row[-1]


def test_myers_finds_a_longest_common_subsequence() -> None:
    rng = random.Random(5)
    for _ in range(300):
        a = [rng.randrange(4) for _ in range(rng.randrange(12))]
        b = [rng.randrange(4) for _ in range(rng.randrange(12))]
        blocks = _myers(a, b, 100)
        assert blocks is not None
        for i, j, n in blocks:
            assert a[i : i + n] == b[j : j + n]
        assert sum(n for *_ij, n in blocks) == _lcs(a, b)
    assert _myers(list(range(50)), list(range(50, 100)), 10) is None  # too many edits


def test_matching_blocks_are_increasing_and_true() -> None:
    rng = random.Random(9)
    for _ in range(200):
        a = [rng.choice("abcdefgh") for _ in range(rng.randrange(30))]
        b = [rng.choice("abcdefgh") for _ in range(rng.randrange(30))]
        last_i = last_j = 0
        for i, j, n in matching_blocks(a, b):
            assert i >= last_i and j >= last_j and n > 0
            assert a[i : i + n] == b[j : j + n]
            last_i, last_j = i + n, j + n


@pytest.mark.parametrize("seed", range(4))
def test_following_the_draft_as_it_is_typed_stays_exact(seed: int) -> None:
    rng = random.Random(seed)
    original = _repetitive_article(3_000, seed) if seed % 2 else DEMO.read_text("utf-8")
    follow = FollowingDiff()
    draft = original
    for _ in range(60):
        draft = edit(draft, rng)
        ops = follow.changes(original, draft)
        assert apply_changes(original, draft, ops) == draft
        for op in ops:
            assert original[op.a_start : op.a_end] != draft[op.b_start : op.b_end]


def test_following_keeps_one_revision_per_change_in_a_long_repetitive_article() -> None:
    a = _repetitive_article(50_000)
    lines = a.split("\n")
    follow = FollowingDiff()
    edited = list(lines)
    for near, word in ((len(lines) // 5, " very"), (4 * len(lines) // 5, " quite")):
        at = next(n for n in range(near, len(lines)) if " the " in lines[n])
        edited[at] = edited[at].replace(" the ", f" the{word} ", 1)
        assert len(follow.changes(a, "\n".join(edited))) == (1 if word == " very" else 2)
