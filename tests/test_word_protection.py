"""A Word file protected against editing (read-only, comments only, forms) comes back from
the tracked export with the protection stopped, as Word's Stop Protection leaves it, and a
warning: under an enforced protection neither Word nor LibreOffice lets the reporter accept
or reject the changes (LibreOffice's own Accept All is checked in test_word_libreoffice.py).
The clean export and an export without changes keep the settings as they came.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement
from lxml import etree

from reviewdesk.formats import import_file
from reviewdesk.formats.docx_rewrite import clean_from_source, tracked_from_source

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TITLE = "Council approves the ferry budget"
BODY = "The primary objective is a new ferry by spring, the mayor said."


def protected_story(path: Path, edit: str = "readOnly", enforced: str = "1") -> Path:
    """A small story (Heading 1 title, a bold name) protected against editing."""
    d = docx.Document()
    d.add_heading(TITLE, level=1)
    p = d.add_paragraph(BODY)
    p.add_run(" Ana Ruiz").bold = True
    protection = OxmlElement(
        "w:documentProtection", {qn("w:edit"): edit, qn("w:enforcement"): enforced}
    )
    d.settings.element.append(protection)
    d.save(str(path))
    return path


def protection(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        root = etree.fromstring(zf.read("word/settings.xml"))
    el = root.find(f"{W}documentProtection")
    assert el is not None
    return {k.rpartition("}")[2]: v for k, v in el.attrib.items()}


@pytest.mark.parametrize("kind", ["readOnly", "comments", "forms"])
def test_tracked_export_stops_a_protection_that_forbids_deciding_changes(
    tmp_path: Path, kind: str
) -> None:
    doc = import_file(protected_story(tmp_path / "story.docx", kind))
    assert doc.source is not None
    draft = doc.text.replace("primary objective", "main aim")
    tracked = tracked_from_source(doc.source, doc.text, draft, author="Desk")
    assert protection(tracked.data) == {"edit": kind, "enforcement": "0"}
    assert any("protected against editing" in w for w in tracked.warnings)
    clean = clean_from_source(doc.source, doc.text, draft, author="Desk")
    assert protection(clean.data) == {"edit": kind, "enforcement": "1"}
    assert not clean.warnings


def test_protection_stays_when_nothing_changed_or_changes_are_tracked_anyway(
    tmp_path: Path,
) -> None:
    doc = import_file(protected_story(tmp_path / "story.docx"))
    assert doc.source is not None
    same = tracked_from_source(doc.source, doc.text, doc.text, author="Desk")
    assert protection(same.data) == {"edit": "readOnly", "enforcement": "1"}
    assert not same.warnings
    doc = import_file(protected_story(tmp_path / "tracked.docx", "trackedChanges"))
    assert doc.source is not None
    draft = doc.text.replace("primary objective", "main aim")
    done = tracked_from_source(doc.source, doc.text, draft, author="Desk")
    assert protection(done.data) == {"edit": "trackedChanges", "enforcement": "1"}
