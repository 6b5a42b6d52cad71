"""Legacy Word form fields show the copy editor what the reporter sees, and go out intact.

A check box or a drop-down holds no text in the file (Word draws the box, ticked or not,
and shows the chosen entry), so reviewdesk showed nothing there: "Confirmed by the
harbour master" without the tick that says whether it was. The value is now text of the
draft, sealed: edits around it are tracked, and it never becomes text of the file.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from fixtures_import.word_forms import TEXT, write_form
from reviewdesk.formats import import_file
from reviewdesk.formats.docx_map import map_document
from reviewdesk.formats.docx_package import Package
from reviewdesk.formats.docx_rewrite import clean_from_source, tracked_from_source

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def body_xml(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return etree.fromstring(zf.read("word/document.xml"))


def fields(root: etree._Element) -> list[bytes]:
    """Each form field's definition, as written."""
    return [etree.tostring(ff) for ff in root.iter(f"{W}ffData")]


@pytest.fixture(scope="module")
def form(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, str]:
    path = write_form(tmp_path_factory.mktemp("forms") / "form.docx")
    doc = import_file(path)
    assert doc.source is not None
    return doc.source, doc.text


def test_the_ticked_box_the_empty_box_and_the_chosen_entry_read_as_the_reporter_sees_them(
    form: tuple[bytes, str],
) -> None:
    assert form[1] == TEXT


def test_edits_around_the_fields_are_tracked_and_the_fields_go_out_as_they_came(
    form: tuple[bytes, str],
) -> None:
    source, text = form
    draft = text.replace("harbour master", "port authority").replace("Source:", "From:")
    tracked = tracked_from_source(source, text, draft, author="Desk")
    assert tracked.revisions == 4 and not tracked.warnings
    package = Package.open(tracked.data, "tracked.docx")
    assert map_document(package).text == draft
    assert map_document(package, "reject").text == text
    root = body_xml(tracked.data)
    assert fields(root) == fields(body_xml(source))  # still a check box, still a drop-down
    written = "".join(t.text or "" for t in root.iter(f"{W}t", f"{W}delText"))
    assert "☒" not in written and "☐" not in written and "press office" not in written
    clean = clean_from_source(source, text, draft, author="Desk")
    assert map_document(Package.open(clean.data, "clean.docx")).text == draft


def test_unticking_a_box_in_the_text_is_left_out_and_said(form: tuple[bytes, str]) -> None:
    source, text = form
    draft = text.replace("☒ Confirmed", "☐ Confirmed")
    tracked = tracked_from_source(source, text, draft, author="Desk")
    assert any("form field" in w for w in tracked.warnings), tracked.warnings
    assert fields(body_xml(tracked.data)) == fields(body_xml(source))
    accepted = map_document(Package.open(tracked.data, "t.docx")).text
    assert accepted.split("\n")[1].startswith("☒")  # still ticked: the box is Word's to change


def test_a_reporters_file_keeps_reading_the_same(tmp_path: Path) -> None:
    """Reading twice (library, export) gives the same text: the value is not stored."""
    path = write_form(tmp_path / "again.docx")
    assert import_file(path).text == import_file(path).text == TEXT
