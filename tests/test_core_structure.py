"""The structure model: spans that follow the draft's edits, stored as JSON; what the
Markdown and web-page importers put in it."""

from __future__ import annotations

from reviewdesk.core.anchors import Change
from reviewdesk.core.structure import (
    Revision,
    RevisionKind,
    Span,
    SpanKind,
    Structure,
    changes_between,
)
from reviewdesk.formats.md_structure import markdown_structure
from reviewdesk.formats.page_structure import with_page_parts

TEXT = "Harbour 😀 reopens\nMayor Ana Ruiz spoke.\nA footnote."
STRUCTURE = Structure(
    spans=(
        Span(SpanKind.HEADING, 0, 17, {"level": "1"}),
        Span(SpanKind.BOLD, 24, 32),
        Span(SpanKind.NOTE_REFERENCE, 39, 39, {"note": "footnote", "id": "1"}),
        Span(SpanKind.FOOTNOTE, 40, 51, {"id": "1", "number": "1"}),
    ),
    revisions=(Revision(1, RevisionKind.DELETE, 39, 39, " today", "Writer", "2024-03-14"),),
)


def text_of(structure: Structure, text: str, kind: SpanKind) -> list[str]:
    return [text[s.start : s.end] for s in structure.of_kind(kind)]


def test_typing_at_the_edge_of_a_heading_joins_it_but_not_a_bold_name() -> None:
    draft = TEXT[:17] + " today" + TEXT[17:]  # typed at the end of the heading
    draft = draft[:30] + "Dr. " + draft[30:]  # typed just before the bold name
    draft = draft[:40] + "íz" + draft[42:]  # a fix inside the bold name
    moved = STRUCTURE.follow([Change(17, 0, 6), Change(30, 0, 4), Change(40, 2, 2)])
    assert text_of(moved, draft, SpanKind.HEADING) == ["Harbour 😀 reopens today"]
    assert text_of(moved, draft, SpanKind.BOLD) == ["Ana Ruíz"]
    story = moved.story_at(draft.index("footnote"))
    assert story is not None and story.kind is SpanKind.FOOTNOTE


def test_structure_follows_a_saved_draft_through_the_diff() -> None:
    draft = TEXT.replace("Ana Ruiz", "Ana Ruíz García").replace("spoke.", "spoke today.")
    moved = STRUCTURE.follow_texts(TEXT, draft)
    assert text_of(moved, draft, SpanKind.BOLD) == ["Ana Ruíz"]  # "García" typed after it
    (reference,) = moved.of_kind(SpanKind.NOTE_REFERENCE)
    assert draft[: reference.start].endswith("spoke today.")
    assert moved.revisions[0].start == reference.start
    assert text_of(moved, draft, SpanKind.FOOTNOTE) == ["A footnote."]


def test_changes_between_place_a_point_between_the_right_words() -> None:
    old, new = "The ferry will resume", "The ferry  resume"
    (changed,) = STRUCTURE.follow(changes_between(old, new)).revisions
    point = Structure(revisions=(Revision(2, RevisionKind.DELETE, 14, 14, "x"),))
    assert point.follow(changes_between(old, new)).revisions[0].start == len("The ferry ")
    assert changed.kind is RevisionKind.DELETE


def test_json_round_trip_and_damage() -> None:
    assert Structure.from_json(STRUCTURE.to_json()) == STRUCTURE
    assert Structure.from_json('{"spans": [["heading", 5, 2]]}') == Structure()
    assert Structure.from_json("not json") == Structure()
    assert Structure.from_json(None) == Structure()


def test_markdown_headings_emphasis_links_and_lists() -> None:
    text = (
        "# Harbour reopens\n\nThe *primary* aim, said **Ana Ruiz**, see [the report](https://x.org)."
        "\n\n- Boats\n2. Cafés\n\nUpdate\n------\n```\n# not a heading\n```"
    )
    found = [
        (str(s.kind), text[s.start : s.end], dict(s.attrs)) for s in markdown_structure(text).spans
    ]
    assert found == [
        ("heading", "Harbour reopens", {"level": "1"}),
        ("italic", "primary", {}),
        ("bold", "Ana Ruiz", {}),
        ("link", "the report", {"target": "https://x.org"}),
        ("list_item", "Boats", {"kind": "bullet", "level": "0", "label": "-"}),
        ("list_item", "Cafés", {"kind": "number", "level": "0", "label": "2."}),
        ("heading", "Update", {"level": "2"}),
    ]


def test_a_web_page_keeps_its_standfirst_byline_and_photo_captions() -> None:
    html = (
        "<html><body><article><h1>Harbour reopens</h1>"
        '<p class="standfirst">Six weeks after the storm, boats are back.</p>'
        '<p class="byline">By Maria Lindqvist</p><p>First paragraph.</p>'
        "<figure><img src='a.jpg'><figcaption>The rebuilt wall.</figcaption></figure>"
        "<p>Second paragraph.</p></article></body></html>"
    )
    text, structure = with_page_parts("Harbour reopens\nFirst paragraph.\nSecond paragraph.", html)
    assert text == (
        "Harbour reopens\nSix weeks after the storm, boats are back.\nBy Maria Lindqvist\n"
        "First paragraph.\nThe rebuilt wall.\nSecond paragraph."
    )
    assert [(str(s.kind), text[s.start : s.end]) for s in structure.spans] == [
        ("headline", "Harbour reopens"),
        ("standfirst", "Six weeks after the storm, boats are back."),
        ("byline", "By Maria Lindqvist"),
        ("photo_caption", "The rebuilt wall."),
    ]
