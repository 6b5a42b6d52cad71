"""Importing Word .docx: headings and lists in order with the writer's exact text,
tracked changes read as after accepting them, and comments as notes at code-point offsets."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.text.paragraph import Paragraph

from fixtures_import.docx_parts import (
    NSDECL,
    REV,
    comment,
    comments_xml,
    dele,
    ins,
    para,
    run,
    write_docx,
)
from reviewdesk.formats import import_file


def _append_xml(paragraph: Paragraph, xml: str) -> None:
    """Append raw WordprocessingML (runs, w:ins, w:del...) to a python-docx paragraph."""
    wrapper = parse_xml(f"<w:wrap {NSDECL}>{xml}</w:wrap>")
    for child in list(wrapper):
        paragraph._p.append(child)


def _delete_mark(paragraph: Paragraph) -> None:
    """Mark the paragraph's mark as a tracked deletion (accepting joins it to the next)."""
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:rPr {NSDECL}><w:del w:id="901" {REV}/></w:rPr>'))


def build_article(path: Path, *, core_title: str = "Harbour reopens after storm") -> Path:
    """A Word file as a writer sends it: title, headings, lists, tracked changes, comments."""
    document = docx.Document()
    document.core_properties.title = core_title
    document.core_properties.author = "Maria Lindqvist"
    document.add_heading("Harbour reopens after storm", level=0)
    document.add_heading("Repairs finished early", level=1)
    p = document.add_paragraph("The harbour 😀 ")
    anchor = p.add_run("reopened")
    p.add_run(" on Thursday, ")
    _append_xml(p, ins("six weeks") + dele("two months") + run(" after the storm."))
    document.add_comment(anchor, text="Confirm the day with the council", author="Desk Editor")
    document.add_paragraph("Boats are back", style="List Bullet")
    p = document.add_paragraph("Café owners 😀 ", style="List Bullet")
    relieved = p.add_run("relieved")
    document.add_comment(relieved, text="Who said so?\nName the owner.", author="Chief Sub")
    document.add_paragraph("Wall rebuilt", style="List Number")
    document.add_paragraph("Fund paid most", style="List Number")
    document.add_heading("What’s next", level=2)
    p = document.add_paragraph("The council ")
    _append_xml(
        p,
        f'<w:moveFrom w:id="300" {REV}><w:r><w:t xml:space="preserve">will meet </w:t></w:r>'
        f"</w:moveFrom>"
        + run("said it ")
        + f'<w:moveTo w:id="301" {REV}>{run("will meet ")}</w:moveTo>'
        + run("soon."),
    )
    joined = document.add_paragraph("This paragraph was ")
    _delete_mark(joined)
    document.add_paragraph("joined by accepting.")
    gone = document.add_paragraph()
    _append_xml(gone, dele("A paragraph the writer deleted."))
    _delete_mark(gone)
    added = document.add_paragraph()
    _append_xml(added, ins("A new closing line."))
    byline = document.add_paragraph("By Maria Lindqvist")
    byline.runs[0].add_break()
    byline.add_run("Port Ellis\tHarbour desk")
    document.save(str(path))
    return path


EXPECTED = (
    "Harbour reopens after storm\n"
    "Repairs finished early\n"
    "The harbour 😀 reopened on Thursday, six weeks after the storm.\n"
    "Boats are back\n"
    "Café owners 😀 relieved\n"
    "Wall rebuilt\n"
    "Fund paid most\n"
    "What’s next\n"
    "The council said it will meet soon.\n"
    "This paragraph was joined by accepting.\n"
    "A new closing line.\n"
    "By Maria Lindqvist\n"
    "Port Ellis\tHarbour desk"
)


def test_docx_text_after_accepting_tracked_changes(tmp_path: Path) -> None:
    doc = import_file(build_article(tmp_path / "story.docx"))
    assert doc.text == EXPECTED
    assert doc.format == "docx"
    assert doc.title == "Harbour reopens after storm"
    assert doc.meta["author"] == "Maria Lindqvist"
    assert doc.warnings == [
        "7 tracked changes by Writer are kept as revisions: accept or reject them, "
        "or they go out again as they are"
    ]


def test_docx_incoming_tracked_changes_are_revisions_not_accepted_silently(
    tmp_path: Path,
) -> None:
    doc = import_file(build_article(tmp_path / "story.docx"))
    found = [(str(r.kind), r.text, r.author, r.date) for r in doc.structure.revisions]
    assert found == [
        ("insert", "six weeks", "Writer", "2024-03-14T09:00:00Z"),
        ("delete", "two months", "Writer", "2024-03-14T09:00:00Z"),
        ("delete", "will meet ", "Writer", "2024-03-14T09:00:00Z"),  # moved from here
        ("insert", "will meet ", "Writer", "2024-03-14T09:00:00Z"),  # to here
        ("delete", "\n", "Writer", "2024-03-14T09:00:00Z"),  # a joined paragraph
        ("delete", "A paragraph the writer deleted.\n", "Writer", "2024-03-14T09:00:00Z"),
        ("insert", "A new closing line.", "Writer", "2024-03-14T09:00:00Z"),
    ]
    for revision in doc.structure.revisions:
        if str(revision.kind) == "insert":
            assert doc.text[revision.start : revision.end] == revision.text
        else:  # a deletion is a point in the text, just where the words were
            assert revision.start == revision.end
    where = doc.structure.revisions[1].start
    assert doc.text[:where].endswith("six weeks")
    assert doc.text[where:].startswith(" after the storm.")


def test_python_docx_alone_would_lose_the_insertion(tmp_path: Path) -> None:
    """Why the importer reads the XML itself: python-docx drops runs inside w:ins."""
    path = build_article(tmp_path / "story.docx")
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    assert "The harbour 😀 reopened on Thursday,  after the storm." in texts
    assert "six weeks" in import_file(path).text


def test_docx_comments_become_notes_at_code_point_offsets(tmp_path: Path) -> None:
    doc = import_file(build_article(tmp_path / "story.docx"))
    first, second = doc.notes
    prefix = "Harbour reopens after storm\nRepairs finished early\nThe harbour 😀 "
    assert (first.start, first.end) == (len(prefix), len(prefix) + len("reopened"))
    assert first.start == 65  # code points; UTF-16 would say 66 because of the emoji
    assert doc.text[first.start : first.end] == "reopened"
    assert first.body == "Confirm the day with the council"
    assert first.author == "Desk Editor"
    assert doc.text[second.start : second.end] == "relieved"
    assert second.start == EXPECTED.index("relieved")
    assert second.body == "Who said so?\nName the owner."
    assert second.author == "Chief Sub"


def test_docx_title_falls_back_to_title_style_then_heading(tmp_path: Path) -> None:
    doc = import_file(build_article(tmp_path / "story.docx", core_title=""))
    assert doc.title == "Harbour reopens after storm"
    document = docx.Document()
    document.core_properties.title = ""
    document.add_paragraph("A standfirst before the heading.")
    document.add_heading("Storm repairs: the bill", level=1)
    document.add_paragraph("Body text.")
    document.save(str(tmp_path / "h.docx"))
    doc = import_file(tmp_path / "h.docx")
    assert doc.title == "Storm repairs: the bill"
    assert doc.text == "A standfirst before the heading.\nStorm repairs: the bill\nBody text."


def test_docx_tables_empty_paragraphs_and_hyperlinks(tmp_path: Path) -> None:
    body = (
        para(run("Results"), style="Heading1")
        + "<w:tbl><w:tblPr/><w:tblGrid/>"
        + "<w:tr><w:tc><w:tcPr/>"
        + para(run("Port Ellis"))
        + "</w:tc>"
        + "<w:tc>"
        + para(run("£4.2m"))
        + para(run("(est.)"))
        + "</w:tc></w:tr>"
        + '<w:tr><w:trPr><w:del w:id="5" '
        + REV
        + "/></w:trPr><w:tc>"
        + para(dele("Deleted row"))
        + "</w:tc></w:tr>"
        + "</w:tbl>"
        + para()
        + para(
            run("See "),
            '<w:hyperlink r:id="rId9">' + run("the report") + "</w:hyperlink>",
            run("."),
        )
        + para(
            run("Field: "),
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            + run("7")
            + '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        )
    )
    doc = import_file(write_docx(tmp_path / "t.docx", body))
    assert doc.text == "Results\nPort Ellis\n£4.2m\n(est.)\n\nSee the report.\nField: 7"


def test_docx_comment_without_range_and_reply(tmp_path: Path) -> None:
    body = (
        para(run("Intro 𝄞 line.")),
        para(
            run("Mayor "),
            '<w:commentRangeStart w:id="1"/>',
            run("Ana Ruiz"),
            '<w:commentRangeEnd w:id="1"/>',
            '<w:r><w:commentReference w:id="1"/></w:r>',
            run(" spoke"),
            '<w:r><w:commentReference w:id="3"/></w:r>',
            run("."),
        ),
    )
    comments = comments_xml(
        comment(1, "Spelling of the name?", "Desk", para_id="0A000001"),
        comment(2, "Checked: correct.", "Writer", para_id="0A000002"),
        comment(3, "Point comment", "Desk"),
    )
    ext = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w15:commentsEx xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">'
        '<w15:commentEx w15:paraId="0A000001" w15:done="0"/>'
        '<w15:commentEx w15:paraId="0A000002" w15:paraIdParent="0A000001" w15:done="0"/>'
        "</w15:commentsEx>"
    )
    doc = import_file(
        write_docx(
            tmp_path / "c.docx",
            "".join(body),
            comments=comments,
            comments_ext=ext,
            title="Mayor speaks",
        )
    )
    assert doc.text == "Intro 𝄞 line.\nMayor Ana Ruiz spoke."
    assert doc.title == "Mayor speaks"
    spans = [(n.body, n.author, doc.text[n.start : n.end], n.start) for n in doc.notes]
    name_at = doc.text.index("Ana Ruiz")
    assert spans == [
        ("Spelling of the name?", "Desk", "Ana Ruiz", name_at),
        ("Checked: correct.", "Writer", "Ana Ruiz", name_at),  # a reply sits on its parent
        ("Point comment", "Desk", "", doc.text.index(".", name_at)),
    ]


def test_docx_text_boxes_are_stories_after_the_body(tmp_path: Path) -> None:
    box = (
        '<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>'
        "<w:txbxContent>" + para(run("Pull quote in a box")) + "</w:txbxContent>"
        "</v:textbox></v:shape></w:pict></w:r>"
    )
    doc = import_file(write_docx(tmp_path / "b.docx", para(run("Body."), box, run(" More."))))
    assert doc.text == "Body. More.\nPull quote in a box"
    assert doc.warnings == []
    (story,) = doc.structure.stories()
    assert str(story.kind) == "text_box"
    assert doc.text[story.start : story.end] == "Pull quote in a box"


@pytest.mark.parametrize("suffix", [".docx", ".docm"])
def test_docx_source_file_is_left_untouched(tmp_path: Path, suffix: str) -> None:
    path = build_article(tmp_path / f"story{suffix}")
    path.chmod(0o444)  # importing needs only read access
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    assert import_file(path).text == EXPECTED
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"story{suffix}"]
