"""Word-level diff used by the redline and tracked changes."""

from __future__ import annotations

import random

from reviewdesk.core.diff import apply_ops, changes, word_diff


def test_word_level_changes_are_reported_word_by_word() -> None:
    a = "Hello wrld, this are bad.\n\nSecond para stays."
    b = "Hello world, these are bad.\n\nSecond para stays."
    got = [(a[o.a_start : o.a_end], b[o.b_start : o.b_end]) for o in changes(a, b)]
    assert got == [("wrld", "world"), ("this", "these")]


def test_inserted_and_deleted_paragraphs() -> None:
    a = "One.\nTwo.\nThree."
    b = "One.\nNew.\nTwo.\n"
    ops = word_diff(a, b)
    assert apply_ops(a, b, ops) == b
    assert "".join(a[o.a_start : o.a_end] for o in ops) == a


def test_random_texts_rebuild_exactly() -> None:
    rng = random.Random(3)
    vocab = ["the", "cat", "😀", "naïve", ",", ".", "\n", " ", "dog"]
    for _ in range(300):
        a = " ".join(rng.choice(vocab) for _ in range(rng.randint(0, 25)))
        b = " ".join(rng.choice(vocab) for _ in range(rng.randint(0, 25)))
        ops = word_diff(a, b)
        assert apply_ops(a, b, ops) == b
        assert "".join(a[o.a_start : o.a_end] for o in ops) == a
        assert "".join(b[o.b_start : o.b_end] for o in ops) == b


def test_identical_texts_have_no_changes() -> None:
    assert changes("Same text.\nAgain.", "Same text.\nAgain.") == []
