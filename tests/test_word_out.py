"""Word in, Word out, through the CLI: the reporter's own document comes back with every
edit tracked where it was made, the notes as comments, incoming revisions as they came
(or as the editor decided), and nothing else touched.

Every export is read back from its XML (both views of the tracked changes) and opened
with python-docx; LibreOffice's own Accept All / Reject All is in test_word_libreoffice.py.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from fixtures_import.word_story import FOOTNOTE, REJECTED, TEXT, write_story
from reviewdesk.cli import main
from reviewdesk.core.anchors import Anchor, follow
from reviewdesk.core.models import Note
from reviewdesk.core.structure import changes_between
from reviewdesk.formats import import_file
from reviewdesk.formats.docx_comments import read_comments
from reviewdesk.formats.docx_map import map_document
from reviewdesk.formats.docx_package import Package
from reviewdesk.formats.docx_rewrite import tracked_from_source
from reviewdesk.store import Library
from word_checks import formatting, formatting_kept

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W15 = "{http://schemas.microsoft.com/office/word/2012/wordml}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"

EDITS = (
    ("primary objective", "main aim"),  # in the italic standfirst
    ("Ana Ruiz", "Ana Ruíz"),  # the bold name, under a comment thread
    ("Weeks\nsix", "Weeks\nseven"),  # a table cell
    ("budget office", "finance office"),  # the footnote
    ("Gazette", "Herald"),  # the page header
    ("Boats are back in the water\n", "Boats are back in the water\nFishermen are relieved\n"),
)


def edited(text: str) -> str:
    for old, new in EDITS:
        assert old in text
        text = text.replace(old, new, 1)
    return text


def xml(data: bytes, part: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return etree.fromstring(zf.read(part))


def entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def views(data: bytes) -> tuple[str, str]:
    package = Package.open(data, "out.docx")
    return map_document(package).text, map_document(package, "reject").text


def revisions_by(root: etree._Element, author: str) -> list[tuple[str, str, str]]:
    found = []
    for el in root.iter(f"{W}ins", f"{W}del"):
        if el.get(f"{W}author") == author:
            text = "".join(t.text or "" for t in el.iter(f"{W}t", f"{W}delText"))
            found.append((el.tag.removeprefix(W), text, el.get(f"{W}date") or ""))
    return found


@pytest.fixture
def story(tmp_path: Path, isolated_library: Path) -> tuple[Path, int, str]:
    """The story imported through the CLI and edited as the window would (notes follow)."""
    path = write_story(tmp_path / "story.docx")
    assert main(["import", str(path)]) == 0
    draft = edited(TEXT)
    with Library(isolated_library) as library:
        (article,) = library.list_articles()
        assert article.id is not None
        library.save_draft(article.id, draft)
        changes = changes_between(TEXT, draft)
        library.save_note_positions(
            article.id,
            [
                (n.id, a.start, a.end)
                for n in library.notes(article.id)
                if n.id is not None
                for a in [follow(Anchor(n.start, n.end), changes)]
            ],
        )
        return path, article.id, draft


def export(tmp_path: Path, article: int, fmt: str, name: str = "out.docx") -> bytes:
    out = tmp_path / name
    assert main(["export", str(article), "--to", fmt, "-o", str(out), "--author", "Copy Desk"]) == 0
    return out.read_bytes()


def test_tracked_export_is_the_reporters_document_with_the_edits_tracked(
    story: tuple[Path, int, str], tmp_path: Path
) -> None:
    path, article, draft = story
    original = path.read_bytes()
    path.rename(tmp_path / "moved-away.docx")  # the library kept the file's bytes
    data = export(tmp_path, article, "docx-tracked")
    accepted, rejected = views(data)
    assert accepted == draft
    assert rejected == REJECTED  # the reporter's own revision is still undecided
    # each edit is tracked where it was made, by the editor
    document = xml(data, "word/document.xml")
    mine = [(kind, text) for kind, text, _ in revisions_by(document, "Copy Desk")]
    assert ("ins", "seven") in mine and ("del", "six") in mine
    assert ("ins", "Fishermen are relieved") in mine
    footnotes = [(k, t) for k, t, _ in revisions_by(xml(data, "word/footnotes.xml"), "Copy Desk")]
    assert footnotes == [("del", "budget"), ("ins", "finance")]
    header = [(k, t) for k, t, _ in revisions_by(xml(data, "word/header1.xml"), "Copy Desk")]
    assert header == [("del", "Gazette"), ("ins", "Herald")]
    # typed text takes the formatting around it; the new list item is a list item
    for run_text, flag in (("Ruíz", "b"), ("aim", "i")):
        run = next(t for t in document.iter(f"{W}t") if (t.text or "").endswith(run_text))
        assert run.getparent().find(f"{W}rPr/{W}{flag}") is not None
    item = next(p for p in document.iter(f"{W}p") if "Fishermen" in "".join(p.itertext()))
    assert item.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "ListBullet"
    # as when Enter is pressed at the end of "Boats...": that paragraph's mark is new
    (marked,) = [p for p in document.iter(f"{W}p") if p.find(f"{W}pPr/{W}rPr/{W}ins") is not None]
    assert "".join(marked.itertext()) == "Boats are back in the water"
    assert marked.getnext() is item
    # the reporter's revisions go out again as they came
    assert revisions_by(document, "Reporter") == [
        ("ins", "will", "2024-03-14T09:00:00Z"),
        ("del", "may", "2024-03-14T09:00:00Z"),
    ]
    # nothing else touched: parts byte for byte, formatting counted from the XML
    before, after = entries(original), entries(data)
    for part in before:
        if part not in ("word/document.xml", "word/footnotes.xml", "word/header1.xml",
                        "word/comments.xml", "word/commentsExtended.xml",
                        "word/_rels/document.xml.rels", "[Content_Types].xml"):  # fmt: skip
            assert after[part] == before[part], part
    assert formatting_kept(original, data) == []
    assert formatting(data, "accept")["list numbering"] == formatting(original)["list numbering"]
    docx.Document(io.BytesIO(data))


def test_notes_go_out_as_comments_with_replies_dates_and_resolved_state(
    story: tuple[Path, int, str], tmp_path: Path
) -> None:
    _, article, draft = story
    data = export(tmp_path, article, "docx-tracked")
    package = Package.open(data, "out.docx")
    notes = read_comments(package, map_document(package))
    found = [(n.body, n.author, draft[n.start : n.end], n.resolved, n.reply_to) for n in notes]
    assert found == [
        ("Check the spelling", "Chief Sub", "Ana Ruíz", False, None),
        ("Checked, it is right", "Reporter", "Ana Ruíz", False, 0),
        ("Day confirmed", "Chief Sub", " resume on Monday.", True, None),
    ]
    extended = xml(data, "word/commentsExtended.xml")
    assert len(extended) == 3 and extended[1].get(f"{W15}paraIdParent") == extended[0].get(
        f"{W15}paraId"
    )
    comments = xml(data, "word/comments.xml")
    dates = {c.get(f"{W}date") for c in comments}
    assert len(dates) >= 1 and all(
        re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", d) for d in dates
    )
    ids = [el.get(f"{W}id") for el in xml(data, "word/document.xml").iter(f"{W}ins", f"{W}del")]
    ids += [el.get(f"{W}id") for el in xml(data, "word/footnotes.xml").iter(f"{W}ins", f"{W}del")]
    ids += [c.get(f"{W}id") for c in comments]
    assert len(ids) == len(set(ids))
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        types = zf.read("[Content_Types].xml").decode()
        rels = zf.read("word/_rels/document.xml.rels").decode()
    assert types.count("/word/comments.xml") == 1 and "/word/commentsExtended.xml" in types
    assert rels.count('Target="comments.xml"') == 1


def test_incoming_revisions_decided_one_by_one_go_out_decided(
    story: tuple[Path, int, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, article, draft = story
    assert main(["revisions", str(article)]) == 0
    listing = capsys.readouterr().out
    assert "1\tReporter inserted “will” on 2024-03-14 (pending)" in listing
    assert "2\tReporter deleted “may” on 2024-03-14 (pending)" in listing
    assert main(["revisions", str(article), "--reject", "1", "--reject", "2"]) == 0
    assert "(rejected)" in capsys.readouterr().out
    data = export(tmp_path, article, "docx-tracked")
    accepted, rejected = views(data)
    expected = draft.replace("ferry will resume", "ferry may resume")
    assert accepted == expected
    assert rejected == REJECTED  # 'may' is back, 'will' gone: no revision of the reporter left
    assert revisions_by(xml(data, "word/document.xml"), "Reporter") == []
    assert main(["revisions", str(article), "--accept", "1"]) == 2  # already decided


def test_one_incoming_revision_accepted_the_other_goes_out_undecided_by_its_author(
    story: tuple[Path, int, str], tmp_path: Path
) -> None:
    _, article, draft = story
    assert main(["revisions", str(article), "--accept", "1"]) == 0  # the reporter's "will"
    data = export(tmp_path, article, "docx-tracked")
    accepted, rejected = views(data)
    assert accepted == draft
    # Reject All now brings back only "may": "will" is part of the original
    assert rejected == TEXT.replace("ferry will resume", "ferry willmay resume")
    assert revisions_by(xml(data, "word/document.xml"), "Reporter") == [
        ("del", "may", "2024-03-14T09:00:00Z")
    ]


def test_accepting_all_incoming_revisions(story: tuple[Path, int, str], tmp_path: Path) -> None:
    _, article, draft = story
    assert main(["revisions", str(article), "--accept-all"]) == 0
    data = export(tmp_path, article, "docx-tracked")
    accepted, rejected = views(data)
    assert accepted == draft
    assert rejected == TEXT  # 'will' is now part of the original
    assert revisions_by(xml(data, "word/document.xml"), "Reporter") == []


def test_clean_export_is_the_same_document_with_the_changes_applied(
    story: tuple[Path, int, str], tmp_path: Path
) -> None:
    path, article, draft = story
    original = path.read_bytes()
    data = export(tmp_path, article, "docx")
    accepted, rejected = views(data)
    assert accepted == rejected == draft
    names = entries(data)
    assert "word/comments.xml" not in names
    for part, body in names.items():
        if part.endswith(".xml"):
            assert b"<w:ins " not in body and b"<w:del " not in body, part
    tracked = export(tmp_path, article, "docx-tracked", "tracked.docx")
    assert formatting(data) == formatting(tracked, "accept")  # the same, changes applied
    assert formatting(original)["tables"] == formatting(data)["tables"] == 1
    assert FOOTNOTE.replace("budget", "finance") in accepted


def test_a_file_whose_text_is_only_in_its_header_is_not_empty(tmp_path: Path) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Only the header speaks"
    document.save(str(tmp_path / "h.docx"))
    assert main(["import", str(tmp_path / "h.docx")]) == 0
    from reviewdesk.formats import import_file

    doc = import_file(tmp_path / "h.docx")
    assert doc.text == "Only the header speaks"
    assert "The document has no text" not in doc.warnings


def test_a_tab_in_a_note_goes_out_as_a_word_tab(tmp_path: Path) -> None:
    """Comment bodies are made like every other run of text: a tab is ``w:tab``, as Word
    writes it, never a raw tab character inside ``w:t``."""
    doc = import_file(write_story(tmp_path / "story.docx", comments=False))
    assert doc.source is not None
    body = "Cost:\t£4.2m\nCheck with the budget office"
    note = Note(1, 1, 0, 7, "", body, author="Chief Sub")
    data = tracked_from_source(doc.source, doc.text, doc.text, [note], author="Desk").data
    (comment,) = xml(data, "word/comments.xml")
    assert all("\t" not in (t.text or "") for t in comment.iter(f"{W}t"))
    assert len(list(comment.iter(f"{W}tab"))) == 1
    package = Package.open(data, "out.docx")
    (back,) = read_comments(package, map_document(package))
    assert back.body == body
