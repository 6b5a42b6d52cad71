"""Tracked-changes .docx: accept-all gives the draft, reject-all the original, notes anchor.

Every file is read back from its XML with ``formats.docx_revisions`` (python-docx's
``paragraph.text`` drops inserted and deleted runs) and opened with python-docx.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime

import docx
import pytest

from reviewdesk.core.models import Note
from reviewdesk.formats.docx_revisions import read_revisions
from reviewdesk.formats.docx_tracked import TrackedDocument, build_tracked_docx

WHEN = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass
class _Note:
    start: int
    end: int
    body: str
    author: str = ""


def note_on(draft: str, passage: str, body: str, *, occurrence: int = 0, author: str = "") -> Note:
    """A library Note anchored on the ``occurrence``-th ``passage`` of ``draft``."""
    start = -1
    for _ in range(occurrence + 1):
        start = draft.index(passage, start + 1)
    end = start + len(passage)
    return Note(None, 1, start, end, passage, body, author=author)


def build(original: str, draft: str, notes: list[Note] | None = None) -> TrackedDocument:
    return build_tracked_docx(original, draft, notes or [], author="Desk Editor", when=WHEN)


def document_xml(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("word/document.xml").decode("utf-8")


CASES = {
    "word replaced": ("The quick brown fox jumps.", "The quick red fox jumps."),
    "insert at paragraph start and end": (
        "alpha beta\ngamma delta",
        "Zero alpha beta omega\ngamma delta",
    ),
    "deleted whole paragraph": ("one\ntwo two\nthree", "one\nthree"),
    "inserted whole paragraph": ("one\nthree", "one\ntwo two\nthree"),
    "paragraphs added before and after": ("middle", "first\nmiddle\nlast"),
    "first and last paragraphs deleted": ("first\nmiddle\nlast", "middle"),
    "paragraph split": ("First sentence. Second sentence.", "First sentence.\nSecond sentence."),
    "paragraphs joined": ("First sentence.\nSecond sentence.", "First sentence. Second sentence."),
    "emoji and accents": (
        "Café 😀 naïve 𝄞 façade, Zürich — “quoted”",
        "Café 😀 naive 𝄞 façades, Zürich 😀 — “quoted”",
    ),
    "empty draft": ("Some text\n\nmore text", ""),
    "empty original": ("", "New text\nsecond paragraph"),
    "both empty": ("", ""),
    "tabs": ("a\tb c\tend", "a\tB\tc\tend\t"),
    "blank lines": ("a\n\nb", "a\n\n\nb\n"),
    "trailing newline removed": ("text\n", "text"),
    "trailing newline added": ("text", "text\n"),
    "spaces kept": ("  indented  text ", " indented text   "),
    "xml special characters": ('<b>&amp;</b> "q" 1 < 2', "<i>&</i> 'q' 1 > 2"),
    "whole rewrite": ("Completely different.", "Nothing alike here!\nAt all."),
}


@pytest.mark.parametrize(("original", "draft"), CASES.values(), ids=CASES.keys())
def test_accept_all_gives_draft_and_reject_all_gives_original(original: str, draft: str) -> None:
    doc = build(original, draft)
    view = read_revisions(doc.data)
    assert view.accepted == draft
    assert view.rejected == original
    assert len(view.revisions) == doc.revisions
    docx.Document(io.BytesIO(doc.data))  # python-docx opens it


def test_identical_texts_have_no_revisions() -> None:
    text = "Same words.\n\nSame paragraphs, 😀 and all."
    doc = build(text, text)
    xml = document_xml(doc.data)
    assert doc.revisions == 0
    assert "<w:ins " not in xml and "<w:del " not in xml
    view = read_revisions(doc.data)
    assert view.accepted == view.rejected == text
    assert [p.text for p in docx.Document(io.BytesIO(doc.data)).paragraphs] == text.split("\n")


def test_changes_are_word_level_not_whole_paragraphs() -> None:
    original = "The minister said onyl that the talks would continue next week."
    draft = "The minister said only that the talks would resume next week."
    view = read_revisions(build(original, draft).data)
    assert [(r.kind, r.text) for r in view.revisions] == [
        ("delete", "onyl"),
        ("insert", "only"),
        ("delete", "continue"),
        ("insert", "resume"),
    ]


def test_deleted_paragraph_marks_its_paragraph_mark_deleted() -> None:
    doc = build("keep\ndrop me\nkeep too", "keep\nkeep too")
    body = docx.Document(io.BytesIO(doc.data)).element.body
    paragraphs = body.findall(f"{W}p")
    assert len(paragraphs) == 3  # the deleted paragraph is still there, marked
    mark = paragraphs[1].find(f"{W}pPr/{W}rPr/{W}del")
    assert mark is not None
    deleted = "".join(t.text for t in paragraphs[1].iter(f"{W}delText"))
    assert deleted == "drop me"


def test_inserted_paragraph_marks_its_paragraph_mark_inserted() -> None:
    doc = build("keep\nkeep too", "keep\nnew one\nkeep too")
    paragraphs = docx.Document(io.BytesIO(doc.data)).element.body.findall(f"{W}p")
    assert len(paragraphs) == 3
    marked = [p for p in paragraphs if p.find(f"{W}pPr/{W}rPr/{W}ins") is not None]
    assert len(marked) == 1
    assert "".join(t.text for t in marked[0].iter(f"{W}t")) == "new one"


def test_revisions_have_unique_ids_author_and_iso_date() -> None:
    doc = build("a b c\nd e f\ng", "a x c\ng\nh i")
    xml = document_xml(doc.data)
    view = read_revisions(doc.data)
    assert view.revision_elements >= doc.revisions > 0
    assert len(set(view.revision_ids)) == len(view.revision_ids)
    stamps = re.findall(r'w:date="([^"]+)"', xml)
    authors = set(re.findall(r'<w:(?:ins|del) [^>]*w:author="([^"]+)"', xml))
    assert stamps and set(stamps) == {"2024-05-06T07:08:09Z"}
    assert authors == {"Desk Editor"}
    assert {r.author for r in view.revisions} == {"Desk Editor"}


def test_deleted_text_is_del_text_and_tabs_are_word_tabs() -> None:
    xml = document_xml(build("keep\tgone", "keep\tnew").data)
    assert "<w:delText>gone</w:delText>" in xml
    assert "<w:tab/>" in xml
    assert "\t" not in xml


def test_comment_on_unchanged_and_changed_text() -> None:
    original = "The cat sat on the mat.\nIt was happy."
    draft = "The black cat sat on the mat.\nIt was very happy."
    notes = [
        note_on(draft, "black cat", "Which cat?", author="Ann Lee"),  # spans an inserted word
        note_on(draft, "mat", "Rug?"),
        note_on(draft, "very happy", "Too strong"),
    ]
    doc = build(original, draft, notes)
    view = read_revisions(doc.data)
    assert doc.comments == 3
    by_body = {c.body: c for c in view.comments}
    assert by_body["Which cat?"].anchor == "black cat"
    assert by_body["Which cat?"].author == "Ann Lee"
    assert by_body["Which cat?"].initials == "AL"
    assert by_body["Rug?"].anchor == "mat"
    assert by_body["Rug?"].author == "Desk Editor"  # a note without author: the exporter's
    for note in notes:
        comment = by_body[note.body]
        assert (comment.start, comment.end) == (note.start, note.end)
    assert view.accepted == draft and view.rejected == original


def test_comment_after_emoji_uses_code_point_offsets() -> None:
    original = "Smile 😀 now 𝄞 please"
    draft = "Smile 😀 now 𝄞 please, friend"
    note = note_on(draft, "please", "Polite?")
    comment = read_revisions(build(original, draft, [note]).data).comments[0]
    assert comment.anchor == "please"
    assert (comment.start, comment.end) == (note.start, note.end)


def test_comment_inside_an_insertion_and_across_paragraphs() -> None:
    original = "Start.\nEnd."
    draft = "Start.\nA brand new paragraph here.\nEnd."
    inner = note_on(draft, "new paragraph", "Source?")
    across = Note(None, 1, draft.index("art."), draft.index("End") + 3, "", "Across")
    view = read_revisions(build(original, draft, [inner, across]).data)
    anchors = {c.body: c.anchor for c in view.comments}
    assert anchors == {
        "Source?": "new paragraph",
        "Across": "art.\nA brand new paragraph here.\nEnd",
    }
    assert view.accepted == draft and view.rejected == original


def test_point_note_multiline_body_and_out_of_range_note() -> None:
    original = "alpha beta"
    draft = "alpha gamma beta"
    point = Note(None, 1, 6, 6, "", "Line one\nLine two")
    beyond = Note(None, 1, 10, 999, "", "Clamped")
    view = read_revisions(build(original, draft, [point, beyond]).data)
    comments = {c.body: c for c in view.comments}
    assert comments["Line one\nLine two"].anchor == ""
    assert comments["Line one\nLine two"].start == 6
    assert comments["Clamped"].anchor == draft[10:]


def test_comments_part_is_wired_so_python_docx_reads_it() -> None:
    draft = "one two three"
    doc = build("one three", draft, [note_on(draft, "two", "Why two?")])
    document = docx.Document(io.BytesIO(doc.data))
    assert [c.text for c in document.comments] == ["Why two?"]
    with zipfile.ZipFile(io.BytesIO(doc.data)) as archive:
        types = archive.read("[Content_Types].xml").decode()
        rels = archive.read("word/_rels/document.xml.rels").decode()
    assert "comments+xml" in types
    assert "relationships/comments" in rels


def test_imported_notes_work_as_comments_too() -> None:
    draft = "Edited text with a note"
    doc = build("Original text", draft, [_Note(draft.index("note"), len(draft), "from file")])
    assert read_revisions(doc.data).comments[0].anchor == "note"


def test_characters_xml_cannot_hold_are_replaced_not_fatal() -> None:
    doc = build("page\x0cbreak", "page\x0bbreak\x00")
    view = read_revisions(doc.data)
    assert view.accepted == "page\ufffdbreak\ufffd"
    assert view.rejected == "page\ufffdbreak"


@pytest.mark.slow  # more than a second: hundreds of random round trips
def test_random_edits_round_trip() -> None:
    rng = random.Random(20240506)
    vocab = ["the", "cat", "😀", "naïve", "Zürich", ",", ".", " ", "  ", "\t", "\n", "\n\n", "x"]
    for _ in range(80):
        original = "".join(rng.choice(vocab) + rng.choice([" ", "", "\n"]) for _ in range(30))
        words = list(original)
        for _ in range(rng.randint(0, 8)):
            pos = rng.randint(0, len(words))
            action = rng.random()
            if action < 0.4 and words:
                del words[min(pos, len(words) - 1)]
            else:
                words.insert(pos, rng.choice(vocab))
        draft = "".join(words)
        notes = []
        if draft:
            a, b = sorted(rng.randint(0, len(draft)) for _ in range(2))
            notes.append(Note(None, 1, a, b, draft[a:b], "n"))
        doc = build(original, draft, notes)
        view = read_revisions(doc.data)
        assert view.accepted == draft, (original, draft)
        assert view.rejected == original, (original, draft)
        if notes:
            assert view.comments[0].anchor == draft[notes[0].start : notes[0].end]
