"""A note's anchor follows the draft's edits, and survives a fix to exactly its words."""

from __future__ import annotations

import pytest

from reviewdesk.core.anchors import Anchor, Change, follow

TEXT = "The mayor said the bridge would open by spring."
WORD = "bridge"


def _edit(text: str, start: int, end: int, new: str) -> tuple[str, Change]:
    return text[:start] + new + text[end:], Change(start, end - start, len(new))


def _anchor(text: str = TEXT, word: str = WORD) -> Anchor:
    start = text.index(word)
    return Anchor(start, start + len(word), word)


def test_edits_before_the_passage_move_it_and_edits_after_leave_it() -> None:
    text, before = _edit(TEXT, 4, 9, "deputy mayor")  # "mayor" -> "deputy mayor"
    text, after = _edit(text, text.index("spring"), text.index("spring") + 6, "summer")
    moved = follow(_anchor(), [before, after])
    assert text[moved.start : moved.end] == WORD
    assert moved.quote == WORD


def test_a_fix_to_exactly_the_noted_words_keeps_the_note_on_the_fix() -> None:
    anchor = _anchor()
    text, change = _edit(TEXT, anchor.start, anchor.end, "new footbridge")
    moved = follow(anchor, [change])
    assert text[moved.start : moved.end] == "new footbridge"
    assert moved.quote == WORD  # what the note was written on


def test_typing_at_either_edge_stays_outside_and_inside_grows() -> None:
    anchor = _anchor()
    text, at_start = _edit(TEXT, anchor.start, anchor.start, "old ")
    moved = follow(anchor, [at_start])
    assert text[moved.start : moved.end] == WORD
    text, at_end = _edit(text, moved.end, moved.end, "s")
    moved = follow(moved, [at_end])
    assert text[moved.start : moved.end] == WORD
    text, inside = _edit(text, moved.start + 3, moved.start + 3, "-")
    moved = follow(moved, [inside])
    assert text[moved.start : moved.end] == "bri-dge"


@pytest.mark.parametrize(
    ("lo", "hi", "new", "expected"),
    [
        (-4, 3, "a new bri", "a new bridge"),  # from before into the passage
        (3, 10, "ght", "bright"),  # from inside past its end
    ],
)
def test_an_edit_overlapping_an_edge_widens_the_anchor_over_it(
    lo: int, hi: int, new: str, expected: str
) -> None:
    anchor = _anchor()
    text, change = _edit(TEXT, anchor.start + lo, anchor.start + hi, new)
    moved = follow(anchor, [change])
    assert text[moved.start : moved.end] == expected


def test_deleting_the_whole_passage_leaves_an_empty_anchor_with_its_quote() -> None:
    anchor = _anchor()
    text, change = _edit(TEXT, anchor.start - 4, anchor.end + 1, "")
    moved = follow(anchor, [change])
    assert moved.start == moved.end == anchor.start - 4
    assert moved.quote == WORD
    assert text == "The mayor said would open by spring."


def test_no_change_gives_back_the_same_anchor() -> None:
    anchor = _anchor()
    assert follow(anchor, []) is anchor
    assert follow(anchor, [Change(len(TEXT), 0, 3)]) is anchor
