"""Edits written into a Word file where they were made: text boxes (and their fallback
copy), edits inside someone else's insertion, paragraph breaks typed and removed, edits
that Word cannot track (joining two table cells), and a stored file that no longer
matches the article."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from lxml import etree

from fixtures_import.docx_parts import REV, ins, para, run, write_docx
from reviewdesk.core.models import Article, SourceFile
from reviewdesk.formats import import_file
from reviewdesk.formats.docx_map import map_document
from reviewdesk.formats.docx_package import Package
from reviewdesk.formats.docx_rewrite import tracked_from_source
from reviewdesk.formats.export import render_document

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BOX = (
    '<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
    '<mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/'
    'drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/'
    'drawingml/2006/main"><a:graphicData><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/'
    'word/2010/wordprocessingShape"><wps:txbx><w:txbxContent>'
    + para(run("A pull quote in the box"))
    + "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
    '</mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>'
    "<w:txbxContent>" + para(run("A pull quote in the box")) + "</w:txbxContent></v:textbox>"
    "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
)


def views(data: bytes) -> tuple[str, str]:
    package = Package.open(data, "x.docx")
    return map_document(package).text, map_document(package, "reject").text


def part(data: bytes, name: str = "word/document.xml") -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return etree.fromstring(zf.read(name))


def source(path: Path) -> tuple[bytes, str]:
    doc = import_file(path)
    assert doc.source is not None
    return doc.source, doc.text


def test_an_edit_in_a_text_box_is_tracked_in_the_box_and_its_fallback_copy(tmp_path: Path) -> None:
    data, text = source(write_docx(tmp_path / "b.docx", para(run("Body text."), BOX)))
    assert text == "Body text.\nA pull quote in the box"
    draft = text.replace("pull quote", "quotation")
    done = tracked_from_source(data, text, draft, author="Desk")
    assert views(done.data) == (draft, text)
    boxes = list(part(done.data).iter(f"{W}txbxContent"))
    assert len(boxes) == 2
    for box in boxes:  # the box Word shows and the copy for older readers say the same
        assert [t.text for t in box.iter(f"{W}delText")] == ["pull quote"]
        assert [t.text for t in box.iter(f"{W}ins") for t in t.iter(f"{W}t")] == ["quotation"]
    ids = [el.get(f"{W}id") for el in part(done.data).iter(f"{W}ins", f"{W}del")]
    assert len(ids) == len(set(ids)) == 4


def test_typing_inside_someone_elses_insertion_splits_it(tmp_path: Path) -> None:
    body = para(run("The ferry "), ins("will surely"), run(" resume."))
    data, text = source(write_docx(tmp_path / "i.docx", body))
    draft = text.replace("will surely", "will very surely")
    done = tracked_from_source(data, text, draft, author="Desk")
    accepted, rejected = views(done.data)
    assert accepted == draft
    assert rejected == "The ferry  resume."
    document = part(done.data)
    writers = [el.get(f"{W}author") for el in document.iter(f"{W}ins")]
    assert writers == ["Writer", "Desk", "Writer"]  # never one insertion inside another
    assert document.find(f".//{W}ins/{W}ins") is None


def test_deleting_words_of_someone_elses_insertion_nests_the_deletion(tmp_path: Path) -> None:
    body = para(run("The ferry "), ins("will surely"), run(" resume."))
    data, text = source(write_docx(tmp_path / "d.docx", body))
    draft = text.replace(" surely", "")
    done = tracked_from_source(data, text, draft, author="Desk")
    assert views(done.data) == (draft, "The ferry  resume.")
    nested = part(done.data).find(f".//{W}ins/{W}del")
    assert nested is not None and nested.get(f"{W}author") == "Desk"


def test_paragraph_breaks_typed_and_removed(tmp_path: Path) -> None:
    body = para(run("First sentence. Second sentence."), style="Heading1") + para(run("Join "))
    body += para(run("these lines."))
    data, text = source(write_docx(tmp_path / "p.docx", body))
    draft = "First sentence.\nSecond sentence.\nJoin these lines.\n"
    done = tracked_from_source(data, text, draft, author="Desk")
    assert views(done.data) == (draft, text)
    paragraphs = list(part(done.data).iter(f"{W}p"))
    styles = [p.find(f"{W}pPr/{W}pStyle") for p in paragraphs]
    assert [s.get(f"{W}val") if s is not None else "" for s in styles][:2] == ["Heading1"] * 2


def test_an_edit_word_cannot_track_is_left_out_and_named(tmp_path: Path) -> None:
    cells = (
        "<w:tbl><w:tblPr/><w:tblGrid/><w:tr>"
        + "<w:tc>" + para(run("Left cell")) + "</w:tc>"
        + "<w:tc>" + para(run("right cell")) + "</w:tc>"
        + "</w:tr></w:tbl>"
    )  # fmt: skip
    data, text = source(write_docx(tmp_path / "t.docx", para(run("Intro.")) + cells))
    assert text == "Intro.\nLeft cell\nright cell"
    draft = "Intro!\nLeft cell right cell"  # the two cells joined: not possible in Word
    done = tracked_from_source(data, text, draft, author="Desk")
    accepted, _ = views(done.data)
    assert accepted == "Intro!\nLeft cell\n right cell"
    assert done.warnings == (
        "1 change joining a paragraph with a table, a table cell or a text box could not be "
        "tracked in Word and was left out",
    )


def test_a_stored_file_that_no_longer_matches_the_article_gives_a_new_document(
    tmp_path: Path,
) -> None:
    data, _ = source(write_docx(tmp_path / "m.docx", para(run("Stored words."))))
    article = Article(1, "T", "Other words.", "Other words, edited.")
    done = render_document(
        article, [], "docx-tracked", author="Desk", source=SourceFile("m.docx", "docx", data)
    )
    assert done.warnings == (
        "The stored Word file no longer matches this article's text, so a new document "
        "was built from the text",
    )
    assert views(done.data) == ("Other words, edited.", "Other words.")
    assert REV  # the fixture's revision author is used by ins()


def test_edits_in_two_paragraphs_at_once_leave_their_paragraph_marks_alone(
    tmp_path: Path,
) -> None:
    body = para(run("no specified style"), style="Quote") + para(run("missing style"))
    body += para(run("Heading 1"), style="Heading1")
    data, text = source(write_docx(tmp_path / "two.docx", body))
    draft = "no specified inserted style\nMedited style\nHeading 1"
    done = tracked_from_source(data, text, draft, author="Desk")
    assert views(done.data) == (draft, text)
    document = part(done.data)
    assert document.find(f".//{W}pPr/{W}rPr/{W}ins") is None  # no paragraph typed again
    assert document.find(f".//{W}pPr/{W}rPr/{W}del") is None
    assert [t.text for t in document.iter(f"{W}delText")] == ["missing"]


def test_a_drop_down_value_is_not_edited_as_prose(tmp_path: Path) -> None:
    drop_down = (
        '<w:sdt><w:sdtPr><w:dropDownList><w:listItem w:displayText="Silver" w:value="Silver"/>'
        "</w:dropDownList></w:sdtPr><w:sdtContent>" + run("Silver") + "</w:sdtContent></w:sdt>"
    )
    data, text = source(write_docx(tmp_path / "form.docx", para(run("Result: "), drop_down)))
    assert text == "Result: Silver"
    done = tracked_from_source(data, text, "Outcome: Gold", author="Desk")
    assert views(done.data) == ("Outcome: Silver", text)
    assert done.warnings == (
        "2 changes inside a form field (a drop-down list, a check box or a date) could not "
        "be tracked in Word and were left out",
    )


def test_edits_next_to_emoji_and_accents_land_on_the_right_characters(tmp_path: Path) -> None:
    body = para(
        run("Café 😀 naïve 𝄞 façade, "), "<w:r><w:rPr><w:b/></w:rPr><w:t>Zürich</w:t></w:r>"
    )
    data, text = source(write_docx(tmp_path / "e.docx", body))
    draft = "Café 😀 naive 𝄞 façades, 😀 Zürich!"
    done = tracked_from_source(data, text, draft, author="Desk")
    assert views(done.data) == (draft, text)
    document = part(done.data)
    assert [t.text for t in document.iter(f"{W}delText")] == ["naïve", "façade"]
    bold = [
        t.text for t in document.iter(f"{W}t") if t.getparent().find(f"{W}rPr/{W}b") is not None
    ]
    assert bold[0] == "Zürich" and "!" in "".join(bold[1:])  # typed after the bold word
