"""Highlight layers follow edits (gui.layer_follow, plain Python): renumbered below a new
line, kept around the change inside the edited paragraph, never on other words."""

from __future__ import annotations

from reviewdesk.gui.layer_follow import BlockChange, follow, renumber
from reviewdesk.service.docmap import BlockSpans


def _layer(blocks: list[str], marks: dict[int, list[str]]) -> dict[int, BlockSpans]:
    """Spans over the given words of each block (kind 'k', ref = block*10 + n)."""
    out = {}
    for number, words in marks.items():
        text = blocks[number]
        ranges = []
        for n, word in enumerate(words):
            start = text.index(word)
            ranges.append((start, start + len(word), "k", number * 10 + n))
        out[number] = BlockSpans(text, tuple(ranges))
    return out


def _shown(layer: dict[int, BlockSpans], blocks: list[str]) -> dict[int, list[str]]:
    """The words each block would show (only where the block still holds that text)."""
    return {
        n: [blocks[n][s:e] for s, e, _k, _r in spans.ranges]
        for n, spans in sorted(layer.items())
        if n < len(blocks) and spans.text == blocks[n]
    }


def test_a_new_line_above_moves_every_mark_below_it() -> None:
    before = ["Headline teh", "One recieve here.", "Two definately there."]
    layer = _layer(before, {0: ["teh"], 1: ["recieve"], 2: ["definately"]})
    after = ["New first line", "Headline teh", "One recieve here.", "Two definately there."]
    # typing "New first line⏎" at the very start: block 0 splits into 0 and 1
    change = BlockChange(first=0, old_last=0, new_last=1, head=0, tail=len("Headline teh"))
    moved = follow(layer, change, after.__getitem__)
    assert _shown(moved, after) == {1: ["teh"], 2: ["recieve"], 3: ["definately"]}


def test_typing_inside_a_paragraph_keeps_the_marks_before_and_after() -> None:
    before = ["Teh mayor said teh plan was recieved."]
    layer = _layer(before, {0: ["Teh", "teh", "recieved"]})
    after = ["Teh mayor firmly said teh plan was recieved."]
    at = before[0].index("said")
    change = BlockChange(first=0, old_last=0, new_last=0, head=at, tail=len(before[0]) - at)
    kept = follow(layer, change, after.__getitem__)
    assert _shown(kept, after) == {0: ["Teh", "teh", "recieved"]}


def test_a_mark_inside_the_changed_words_goes() -> None:
    before = ["The council will recieve it."]
    layer = _layer(before, {0: ["recieve", "The"]})
    after = ["The council will receive it."]
    at = before[0].index("recieve")
    change = BlockChange(0, 0, 0, head=at, tail=len(before[0]) - at - len("recieve"))
    assert _shown(follow(layer, change, after.__getitem__), after) == {0: ["The"]}


def test_joining_two_lines_keeps_both_sides() -> None:
    before = ["First teh", "second recieve", "third definately"]
    layer = _layer(before, {0: ["teh"], 1: ["recieve"], 2: ["definately"]})
    after = ["First teh second recieve", "third definately"]  # the line break became a space
    change = BlockChange(
        first=0, old_last=1, new_last=0, head=len("First teh"), tail=len("second recieve")
    )
    joined = follow(layer, change, after.__getitem__)
    assert _shown(joined, after) == {0: ["teh", "recieve"], 1: ["definately"]}


def test_a_stale_layer_is_not_forced_onto_text_it_does_not_match() -> None:
    # the layer was already out of date for block 0: its words are not the block's
    layer = {0: BlockSpans("Other words entirely", ((0, 5, "k", 0),))}
    after = ["Teh plan, typed again"]
    change = BlockChange(0, 0, 0, head=3, tail=5)
    assert _shown(follow(layer, change, after.__getitem__), after) == {}


def test_queued_blocks_are_renumbered_and_the_changed_ones_queued() -> None:
    change = BlockChange(first=4, old_last=4, new_last=6, head=0, tail=0)
    assert renumber({1, 4, 9}, change) == {1, 4, 5, 6, 11}


def test_one_edit_over_many_lines_keeps_the_lines_and_words_it_left_alone() -> None:
    # Replace all: one edit from the first match to the last, as many lines as before
    before = ["Port Aldren teh", "Untouched recieve", "Also teh Port Aldren definately"]
    layer = _layer(before, {0: ["teh"], 1: ["recieve"], 2: ["teh", "definately"]})
    after = ["Port Alden teh", "Untouched recieve", "Also teh Port Alden definately"]
    last_tail = len(" definately")
    change = BlockChange(first=0, old_last=2, new_last=2, head=0, tail=last_tail)
    kept = follow(layer, change, after.__getitem__)
    assert _shown(kept, after) == {0: ["teh"], 1: ["recieve"], 2: ["teh", "definately"]}


def test_whole_lines_inside_a_multi_line_edit_are_found_again() -> None:
    before = ["Top teh", "Middle recieve", "Bottom line"]
    layer = _layer(before, {0: ["teh"], 1: ["recieve"]})
    # a paste replaced "teh" … "Bottom" and brought an extra line: the middle line survives
    after = ["Top X", "New line", "Middle recieve", "Y line"]
    change = BlockChange(first=0, old_last=2, new_last=3, head=4, tail=len(" line"))
    assert _shown(follow(layer, change, after.__getitem__), after) == {2: ["recieve"]}


def _u16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_marks_after_an_emoji_follow_typing_in_utf16_units() -> None:
    """Ranges and Qt's change count UTF-16 units; an emoji is two of them. Typing between
    two marks of a paragraph that opens with emoji keeps both, each on its word."""
    before = "🙂🙂 We recieve it here teh end."
    after = "🙂🙂 We recieve it now here teh end."
    ranges = []
    for ref, word in enumerate(("recieve", "teh")):
        start = _u16(before[: before.index(word)])
        ranges.append((start, start + len(word), "k", ref))
    layer = {0: BlockSpans(before, tuple(ranges))}
    typed_at = _u16(before[: before.index("here")])
    change = BlockChange(
        first=0,
        old_last=0,
        new_last=0,
        head=typed_at,
        tail=_u16(before) - typed_at,
        removed=0,
        added=4,
    )
    moved = follow(layer, change, lambda n: after)
    units = after.encode("utf-16-le")
    shown = [units[2 * s : 2 * e].decode("utf-16-le") for s, e, _k, _r in moved[0].ranges]
    assert shown == ["recieve", "teh"]


def test_enter_in_a_paragraph_with_emoji_keeps_the_marks_on_both_halves() -> None:
    before = "🙂🙂 We recieve it here. Then teh end."
    first, second = "🙂🙂 We recieve it here.", " Then teh end."
    ranges = []
    for ref, word in enumerate(("recieve", "teh")):
        start = _u16(before[: before.index(word)])
        ranges.append((start, start + len(word), "k", ref))
    layer = {0: BlockSpans(before, tuple(ranges))}
    change = BlockChange(
        first=0, old_last=0, new_last=1, head=_u16(first), tail=_u16(second), added=1
    )
    moved = follow(layer, change, [first, second].__getitem__)

    def words(n: int, text: str) -> list[str]:
        units = text.encode("utf-16-le")
        return [units[2 * s : 2 * e].decode("utf-16-le") for s, e, _k, _r in moved[n].ranges]

    assert words(0, first) == ["recieve"]
    assert words(1, second) == ["teh"]


def test_typing_inside_a_paragraph_keeps_every_queued_block_number() -> None:
    """A long article keeps thousands of far blocks queued for their marks; a keystroke
    that adds no line moves none of them and queues the edited block."""
    queued = {0, 5, 1_000, 5_999}
    change = BlockChange(first=7, old_last=7, new_last=7, head=3, tail=4, removed=0, added=1)
    assert renumber(queued, change) == {0, 5, 7, 1_000, 5_999}
    assert queued == {0, 5, 1_000, 5_999}  # a new set: the caller's is left alone
    enter = BlockChange(first=7, old_last=7, new_last=8, head=3, tail=4, removed=0, added=1)
    assert renumber(queued, enter) == {0, 5, 7, 8, 1_001, 6_000}
