"""A header or footer that a later section inherits goes out with its tracked changes in
every section that shows it (LibreOffice's own check is in test_word_libreoffice.py).

Word lets a section without a header reference use the previous section's; LibreOffice
reads that inherited header as a copy without its revisions, so after Accept All the
later pages showed the deleted and the inserted words together.
"""

from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree

from fixtures_import.word_sections import FOOTER, TEXT, write_sections
from reviewdesk.formats import import_file
from reviewdesk.formats.docx_map import map_document
from reviewdesk.formats.docx_package import Package
from reviewdesk.formats.docx_rewrite import clean_from_source, tracked_from_source

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def references(data: bytes) -> list[dict[str, str]]:
    """Each section's header/footer references: ``{"headerReference default": rId}``."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        root = etree.fromstring(zf.read("word/document.xml"))
    return [
        {
            f"{etree.QName(ref).localname} {ref.get(f'{W}type')}": ref.get(f"{R}id") or ""
            for ref in sect
            if etree.QName(ref).localname in ("headerReference", "footerReference")
        }
        for sect in root.iter(f"{W}sectPr")
    ]


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, str]:
    path = write_sections(tmp_path_factory.mktemp("sections") / "sections.docx")
    doc = import_file(path)
    assert doc.text == TEXT and doc.source is not None
    return doc.source, doc.text


def test_a_later_section_shows_the_revised_header_it_inherits(story: tuple[bytes, str]) -> None:
    source, text = story
    assert references(source)[1] == {}  # the later section inherits both
    draft = text.replace("city edition", "late edition")  # the header only
    tracked = tracked_from_source(source, text, draft, author="Desk")
    first, later = references(tracked.data)
    assert later == {"headerReference default": first["headerReference default"]}
    package = Package.open(tracked.data, "tracked.docx")
    assert map_document(package).text == draft  # the header still reads once
    assert map_document(package, "reject").text == text


def test_both_margins_pinned_when_both_are_edited(story: tuple[bytes, str]) -> None:
    source, text = story
    draft = text.replace("city edition", "late edition").replace("city desk", "news desk")
    first, later = references(tracked_from_source(source, text, draft, author="Desk").data)
    assert later == first and len(later) == 2


def test_untouched_margins_and_the_clean_export_keep_the_sections_as_they_were(
    story: tuple[bytes, str],
) -> None:
    source, text = story
    body_only = text.replace("on Monday", "on Tuesday")
    assert references(tracked_from_source(source, text, body_only, author="Desk").data)[1] == {}
    draft = text.replace("city edition", "late edition")
    clean = clean_from_source(source, text, draft, author="Desk")
    assert references(clean.data)[1] == {}
    assert FOOTER in map_document(Package.open(clean.data, "clean.docx")).text
