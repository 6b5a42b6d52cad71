"""Clean .docx export of a draft (one Word paragraph per line), plus shared .docx helpers."""

from __future__ import annotations

import io
import logging
import re
from datetime import UTC, datetime

import docx
from docx.document import Document

log = logging.getLogger(__name__)

# Characters XML 1.0 cannot carry (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/F).
_XML_ILLEGAL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` with characters XML cannot hold replaced by U+FFFD (and CR/CRLF made LF)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _XML_ILLEGAL_RE.sub("\ufffd", text)


def revision_date(when: datetime | None = None) -> str:
    """An ISO 8601 UTC timestamp in the form Word writes (``2024-05-01T12:00:00Z``)."""
    when = (when or datetime.now(UTC)).astimezone(UTC)
    return when.replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_document(*, title: str = "", author: str = "", when: datetime | None = None) -> Document:
    """An empty python-docx document with its core properties filled in."""
    document = docx.Document()
    props = document.core_properties
    props.title = xml_safe(title)[:255]
    props.author = xml_safe(author)[:255]
    props.last_modified_by = xml_safe(author)[:255]
    stamp = (when or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0, tzinfo=None)
    props.created = stamp
    props.modified = stamp
    props.revision = 1
    return document


def document_bytes(document: Document) -> bytes:
    """Serialise a python-docx document to bytes (nothing touches the disk)."""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def build_clean_docx(
    text: str, *, title: str = "", author: str = "", when: datetime | None = None
) -> bytes:
    """A .docx with one paragraph per line of ``text`` (tabs kept as Word tabs)."""
    document = new_document(title=title, author=author, when=when)
    for line in xml_safe(text).split("\n"):
        document.add_paragraph(line)
    return document_bytes(document)
