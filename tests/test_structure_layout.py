"""The structure laid out per paragraph for the window (service.structure_layout) and
followed through edits paragraph by paragraph (gui.structure_follow): plain Python, so
checked here without a window, against the structure model's own rules."""

from __future__ import annotations

import random
from pathlib import Path

from fixtures_import.word_desk import TEXT, write_desk_story
from reviewdesk.core.anchors import Change
from reviewdesk.core.structure import (
    Revision,
    RevisionKind,
    Span,
    SpanKind,
    Structure,
    changes_between,
)
from reviewdesk.formats import import_file
from reviewdesk.gui.layer_follow import BlockChange
from reviewdesk.gui.structure_follow import follow_structure, point_of, point_range
from reviewdesk.service.docmap import BlockSpans, DocMap
from reviewdesk.service.draft_changes import changes_steps
from reviewdesk.service.structure_layout import BLOCK, is_point_kind, lay_out, lay_out_draft


def _kinds_at(layout, text: str, word: str) -> set[str]:  # type: ignore[no-untyped-def]
    """Kinds of the ranges covering the first occurrence of ``word`` whole."""
    docmap = DocMap(text)
    start = text.index(word)
    block = docmap.block_of(start)
    base = docmap.to_qt(docmap.block_start(block))
    lo, hi = docmap.to_qt(start) - base, docmap.to_qt(start + len(word)) - base
    spans = layout.layer[block]
    return {k for s, e, k, _r in spans.ranges if s <= lo and hi <= e and s < e}


def test_a_word_story_is_laid_out_as_word_shows_it(tmp_path: Path) -> None:
    doc = import_file(write_desk_story(tmp_path / "story.docx"))
    layout = lay_out(doc.structure, doc.text)
    assert layout.text == doc.text == TEXT
    assert "b:heading:1" in _kinds_at(layout, TEXT, "Harbour reopens")
    assert "s:italic" in _kinds_at(layout, TEXT, "primary objective")
    assert "s:bold" in _kinds_at(layout, TEXT, "Ana Ruiz")
    assert {"s:link", "s:underline"} <= _kinds_at(layout, TEXT, "the full report")
    labels = {
        layout.details[ref].label
        for spans in layout.layer.values()
        for _s, _e, kind, ref in spans.ranges
        if kind.startswith(BLOCK)
    }
    assert {"•", "Row 1", "Row 2", "Footnote 1", "Header"} <= labels
    # the footnote's mark is a place after "expected.", with the note's text as its tip
    marks = [
        (n, s, e, layout.details[ref])
        for n, spans in layout.layer.items()
        for s, e, kind, ref in spans.ranges
        if kind == "p:note_reference"
    ]
    ((block, start, end, detail),) = marks
    line = TEXT.split("\n")[block]
    assert start == end == line.index("expected.") + len("expected.")
    assert detail.label == "1" and "council's budget office" in detail.tip
    # cells know their rows: "£4.2m" is in row 1, "six" in row 2
    rows = {
        TEXT.split("\n")[n]: layout.details[ref].index
        for n, spans in layout.layer.items()
        for _s, _e, kind, ref in spans.ranges
        if kind == "b:row"
    }
    assert rows == {"Cost": 1, "£4.2m": 1, "Weeks": 2, "six": 2}
    # the revisions come with their places (UTF-16, whole text)
    assert [(r.author, TEXT[s:e]) for r, s, e in layout.revisions] == [
        ("Night Editor", ""),
        ("Night Editor", " early"),
        ("Reporter", "will"),
        ("Reporter", ""),
    ]


def test_places_are_utf16_after_emoji() -> None:
    text = "😀 Lead 𝄞 with a **bold** word\nsecond 😀 line"
    structure = Structure(
        (
            Span(SpanKind.BOLD, text.index("bold"), text.index("bold") + 4),
            Span(SpanKind.ITALIC, text.index("line"), text.index("line") + 4),
        ),
        (Revision(1, RevisionKind.INSERT, text.index("second"), text.index("second") + 6, "x"),),
    )
    layout = lay_out(structure, text)
    first = text.split("\n")[0]
    units = len(first[: first.index("bold")].encode("utf-16-le")) // 2
    assert layout.layer[0].ranges[0][:3] == (units, units + 4, "s:bold")
    second = text.split("\n")[1]
    units = len(second[: second.index("line")].encode("utf-16-le")) // 2
    assert layout.layer[1].ranges[0][:3] == (units, units + 4, "s:italic")
    ((_rev, start, end),) = layout.revisions
    line_break = len(first.encode("utf-16-le")) // 2
    assert (start, end) == (line_break + 1, line_break + 7)


def test_the_draft_gets_the_structure_carried_over_its_edits() -> None:
    original = "Title here\nMayor Ana Ruiz spoke."
    spans = (Span(SpanKind.HEADING, 0, 10, {"level": "1"}), Span(SpanKind.BOLD, 17, 25))
    draft = "New title here\nThe mayor Ana Ruiz spoke."
    layout = lay_out_draft(Structure(spans), original, draft)
    assert "b:heading:1" in _kinds_at(layout, draft, "New title here")
    assert "s:bold" in _kinds_at(layout, draft, "Ana Ruiz")


def test_rows_are_numbered_per_table_even_when_tables_nest() -> None:
    text = "a\nb\nc\nd"
    spans = (
        Span(SpanKind.TABLE, 0, 7),
        Span(SpanKind.ROW, 0, 5),
        Span(SpanKind.CELL, 0, 1),
        Span(SpanKind.CELL, 2, 5),
        Span(SpanKind.TABLE, 2, 5),  # a table inside the second cell
        Span(SpanKind.ROW, 2, 3),
        Span(SpanKind.ROW, 4, 5),
        Span(SpanKind.ROW, 6, 7),
    )
    layout = lay_out(Structure(spans), text)
    rows = [d.index for d in layout.details if d.kind is SpanKind.ROW]
    assert rows == [1, 1, 2, 2]  # outer 1, inner 1 and 2, outer 2


# -- following edits --------------------------------------------------------------------


def _gapped(layer: dict[int, BlockSpans]) -> dict[int, BlockSpans]:
    """Point ranges as the window stores them (the character whose spacing makes room)."""
    out = {}
    for n, spans in layer.items():
        ranges = [
            point_range(e, k, r, spans.text) if is_point_kind(k) else (s, e, k, r)
            for s, e, k, r in spans.ranges
        ]
        out[n] = BlockSpans(spans.text, tuple(sorted(ranges)))
    return out


def _shown(layer: dict[int, BlockSpans], text: str) -> set[tuple[int, int, int, str, int]]:
    """Every range of a layer over ``text``: (block, start, end, kind, ref); places as
    places (their gap character aside)."""
    lines = text.split("\n")
    out = set()
    for n, spans in layer.items():
        assert spans.text == lines[n], f"block {n} holds stale text"
        for s, e, k, r in spans.ranges:
            if is_point_kind(k):
                place = point_of(s, e, k)
                out.add((n, place, place, k.removesuffix(":a"), r))
            else:
                out.add((n, s, e, k, r))
    return out


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _edit(text: str, layer: dict[int, BlockSpans], start: int, removed: int, added: str):  # type: ignore[no-untyped-def]
    """Make one edit (code points) and follow the layer as the highlighter does, with the
    change in Qt's terms: blocks and UTF-16 units."""
    new = text[:start] + added + text[start + removed :]
    first = text.count("\n", 0, start)
    old_last = text.count("\n", 0, start + removed)
    new_last = new.count("\n", 0, start + len(added))
    line_start = new.rfind("\n", 0, start) + 1
    end = start + len(added)
    last_end = new.find("\n", end)
    last_end = len(new) if last_end < 0 else last_end
    change = BlockChange(
        first,
        old_last,
        new_last,
        _units(new[line_start:start]),
        _units(new[end:last_end]),
        _units(text[start : start + removed]),
        _units(added),
    )
    return new, follow_structure(layer, change, new.split("\n").__getitem__)


STORY = (
    "Harbour reopens\nThe 😀 primary objective was met, officials said.\n"
    "Mayor Ana Ruiz said it cost less.\nBoats are back\nCafés reopened\nCost\nsix\n"
    "Figures from the budget office."
)


def _story_structure() -> Structure:
    def at(word: str) -> tuple[int, int]:
        i = STORY.index(word)
        return i, i + len(word)

    return Structure(
        (
            Span(SpanKind.HEADING, *at("Harbour reopens"), {"level": "1"}),
            Span(SpanKind.ITALIC, *at("primary objective")),
            Span(SpanKind.BOLD, *at("Ana Ruiz")),
            Span(SpanKind.NOTE_REFERENCE, at("less.")[1], at("less.")[1], {"id": "1"}),
            Span(SpanKind.LIST_ITEM, *at("Boats are back"), {"kind": "bullet", "label": "•"}),
            Span(SpanKind.LIST_ITEM, *at("Cafés reopened"), {"kind": "bullet", "label": "•"}),
            Span(SpanKind.TABLE, at("Cost")[0], at("six")[1]),
            Span(SpanKind.ROW, at("Cost")[0], at("six")[1]),
            Span(SpanKind.CELL, *at("Cost")),
            Span(SpanKind.CELL, *at("six")),
            Span(SpanKind.FOOTNOTE, *at("Figures from the budget office."), {"number": "1"}),
        )
    )


def test_typing_inside_bold_is_bold_at_its_edge_is_not() -> None:
    layout = lay_out(_story_structure(), STORY)
    layer = _gapped(layout.layer)
    at = STORY.index("Ruiz")
    text, layer = _edit(STORY, layer, at, 0, "M. ")  # inside "Ana Ruiz"
    assert "s:bold" in _kinds_at_layer(layer, text, "Ana M. Ruiz")
    at = text.index("Ruiz") + len("Ruiz")
    text, layer = _edit(text, layer, at, 0, " Jr")  # at its end
    assert "s:bold" not in _kinds_at_layer(layer, text, " Jr")


def test_enter_at_the_end_of_a_list_item_starts_another() -> None:
    layer = _gapped(lay_out(_story_structure(), STORY).layer)
    at = STORY.index("Boats are back") + len("Boats are back")
    text, layer = _edit(STORY, layer, at, 0, "\nFishermen relieved")
    lines = text.split("\n")
    number = lines.index("Fishermen relieved")
    assert any(k == "b:list_item" for _s, _e, k, _r in layer[number].ranges)
    # everything below moved down one block and still describes its own text
    assert any(k == "b:footnote" for _s, _e, k, _r in layer[len(lines) - 1].ranges)


def _kinds_at_layer(layer: dict[int, BlockSpans], text: str, word: str) -> set[str]:
    docmap = DocMap(text)
    start = text.index(word)
    block = docmap.block_of(start)
    lo = start - docmap.block_start(block)
    hi = lo + len(word)
    return {k for s, e, k, _r in layer[block].ranges if s <= lo and hi <= e and s < e}


def test_following_agrees_with_the_structure_model_edit_after_edit() -> None:
    """Random typing, deleting, Enter, pasting lines and deleting whole paragraphs: the
    layer followed paragraph by paragraph holds exactly what a fresh layout of the
    structure model's own followed spans holds (the rules are written once, in
    core.structure)."""
    for seed in range(3):
        rng = random.Random(seed)
        structure = _story_structure()
        text = STORY
        layer = _gapped(lay_out(structure, text).layer)
        for step in range(200):
            pick = rng.random()
            at = rng.randrange(len(text) + 1)
            if pick < 0.45:
                removed = 0
                added = rng.choice(["x", "new words ", "\n", "é", "😀", "\nNew line", "a\nb\nc"])
            elif pick < 0.8:
                removed, added = min(rng.randrange(1, 12), len(text) - at), ""
            else:
                removed = min(rng.randrange(1, 8), len(text) - at)
                added = rng.choice(["yz", "p\nq", "𝄞 "])
            structure = structure.follow([Change(at, removed, len(added))])
            text, layer = _edit(text, layer, at, removed, added)
            expected = _shown(_gapped(lay_out(structure, text).layer), text)
            assert _shown(layer, text) == expected, f"{seed}/{step}: {at} -{removed} +{added!r}"


# -- the draft's edits, found a stretch at a time ----------------------------------------


def _replayed(old: str, new: str, changes: list[Change]) -> str:
    """``old`` with ``changes`` made, the inserted text read from ``new``: equals ``new``
    only when the text the changes leave alone is the same in both."""
    out, at, delta = [], 0, 0
    for change in sorted(changes, key=lambda c: c.start):
        assert change.start >= at, "changes overlap"
        out.append(old[at : change.start])
        begin = change.start + delta
        out.append(new[begin : begin + change.added])
        at = change.start + change.removed
        delta += change.added - change.removed
    out.append(old[at:])
    return "".join(out)


def _run(steps):  # type: ignore[no-untyped-def]
    count = 0
    while True:
        try:
            next(steps)
            count += 1
        except StopIteration as done:
            return done.value, count


def test_the_draft_edits_found_in_steps_make_the_draft() -> None:
    rng = random.Random(4)
    cells = ["Cost", "£4.2m", "yes", "no", "", "😀 six"]  # lines that repeat, like table cells
    lines = []
    for n in range(300):
        lines.append(f"Paragraph {n} about the harbour, the ferry and the storm.")
        lines.extend(rng.choice(cells) for _ in range(3))
    old = "\n".join(lines)
    for _ in range(40):
        words = old.split(" ")
        for _edit in range(rng.randrange(1, 30)):
            at = rng.randrange(len(words))
            words[at] = rng.choice(["", "new", "line\nbreak", "😀", words[at] + "s", "yes\nno"])
        new = " ".join(words)
        changes, steps = _run(changes_steps(old, new))
        assert _replayed(old, new, changes) == new
        assert [c.start for c in changes] == sorted((c.start for c in changes), reverse=True)
        assert steps >= 2  # cut in steps, never one long piece
        # one diff, not two: the steps find what the whole-text diff finds
        assert changes == changes_between(old, new)
    assert _run(changes_steps(old, old))[0] == []


def test_a_structure_carried_over_edits_found_in_steps() -> None:
    structure = _story_structure()
    draft = STORY.replace("Mayor Ana Ruiz said", "The mayor, Ana Ruiz, said").replace(
        "Boats are back", "Boats are back\nFishermen relieved"
    )
    changes, _steps = _run(changes_steps(STORY, draft))
    layout = lay_out(structure, draft, changes)
    assert "s:bold" in _kinds_at(layout, draft, "Ana Ruiz")
    assert "b:list_item" in _kinds_at(layout, draft, "Fishermen relieved")
    assert "b:heading:1" in _kinds_at(layout, draft, "Harbour reopens")
    # the same as following the structure model itself over those changes
    assert (
        lay_out(structure, draft, changes).layer == lay_out(structure.follow(changes), draft).layer
    )


def test_every_part_is_named_as_a_copy_editor_knows_it() -> None:
    text = "Body with a picture here.\nA caption\nBoxed text\nThe endnote.\nFirst page only"
    lines = text.split("\n")

    def line(n: int) -> tuple[int, int]:
        start = sum(len(x) + 1 for x in lines[:n])
        return start, start + len(lines[n])

    at = text.index(" here")
    structure = Structure(
        (
            Span(SpanKind.PICTURE, at, at, {"name": "Harbour", "description": "The wall"}),
            Span(SpanKind.CAPTION, *line(1)),
            Span(SpanKind.TEXT_BOX, *line(2)),
            Span(SpanKind.ENDNOTE, *line(3), {"id": "2", "number": "i"}),
            Span(SpanKind.HEADER, *line(4), {"type": "first"}),
        )
    )
    layout = lay_out(structure, text)
    assert [(str(d.kind), d.label, d.tip) for d in layout.details] == [
        ("picture", "▣", "Picture: Harbour — The wall"),
        ("caption", "Caption", ""),
        ("text_box", "Text box", ""),
        ("endnote", "Endnote i", ""),
        ("header", "First-page header", ""),
    ]
    assert layout.point_blocks == {0}
