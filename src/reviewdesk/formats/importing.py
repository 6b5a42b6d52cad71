"""Import an article from a file: detect the format and hand back its text.

This is the entry point; each format has its own module (``text_import``,
``docx_import``, ``html_import``), all reading through the limits in ``safety``.
The source file is only ever opened for reading.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from reviewdesk.formats.encoding import candidate_encodings, decode_preview
from reviewdesk.formats.errors import FormatError
from reviewdesk.formats.imported import ImportedDocument, ImportedNote
from reviewdesk.formats.limits import check_text_limits
from reviewdesk.formats.safety import MAX_TEXT_BYTES, file_size, read_limited
from reviewdesk.formats.text_import import import_text

if TYPE_CHECKING:
    from reviewdesk.formats.docx_import import OpenedWord

log = logging.getLogger(__name__)

__all__ = [
    "MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "FormatError",
    "ImportedDocument",
    "ImportedNote",
    "candidate_encodings",
    "decode_preview",
    "detect_format",
    "import_file",
    "read_text_bytes",
]

MAX_BYTES = MAX_TEXT_BYTES  # 20 MB: far above any article, far below trouble

_FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".mdown": "md",
    ".mkd": "md",
    ".docx": "docx",
    ".docm": "docx",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(_FORMATS)

_UNSUPPORTED = {
    ".doc": "old Word .doc files cannot be read; save it as .docx in Word and open that",
    ".odt": "OpenDocument files cannot be read; save it as .docx and open that",
    ".rtf": "RTF files cannot be read; save it as .docx or plain text and open that",
    ".pdf": "PDF files cannot be read; copy the text out or ask for the Word file",
    ".pages": "Pages files cannot be read; export it as Word (.docx) and open that",
    ".mht": "web archives (.mht) cannot be read; save the page as HTML and open that",
    ".mhtml": "web archives (.mhtml) cannot be read; save the page as HTML and open that",
}


def detect_format(path: Path, head: bytes = b"") -> str:
    """``txt``, ``md``, ``docx`` or ``html`` for ``path``, from its suffix (else its content)."""
    suffix = path.suffix.lower()
    if suffix in _FORMATS:
        return _FORMATS[suffix]
    if suffix in _UNSUPPORTED:
        raise FormatError(f"{path.name}: {_UNSUPPORTED[suffix]}")
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    start = head[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "txt"


def _head(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(1024)
    except OSError as exc:
        raise FormatError(f"{path}: cannot read ({exc.strerror})") from None


def read_text_bytes(path: str | Path) -> bytes:
    """A text file's raw bytes within the size limit (for the encoding-preview dialog)."""
    return read_limited(Path(path), MAX_BYTES)


def import_file(path: str | Path, *, encoding: str | None = None) -> ImportedDocument:
    """Read ``path`` as an article. Raises :class:`FormatError` with a plain message.

    ``encoding`` forces the codec for text, Markdown and HTML (ignored for .docx). Text
    beyond the limits of :mod:`.limits` is refused before anything checks it.
    """
    return import_file_opened(path, encoding=encoding)[0]


def import_file_opened(
    path: str | Path, *, encoding: str | None = None
) -> tuple[ImportedDocument, OpenedWord | None]:
    """:func:`import_file`, also handing back a Word file's opened package and map."""
    path = Path(path)
    file_size(path)  # missing file, folder, unreadable: a plain message first
    fmt = detect_format(path, b"" if path.suffix.lower() in _FORMATS else _head(path))
    opened: OpenedWord | None = None
    if fmt == "docx":
        # python-docx and lxml are imported for a Word file only: a text file opened as
        # the window starts does without them (issue 14, a sooner first highlight)
        from reviewdesk.formats.docx_import import open_docx

        opened = open_docx(path)
        doc = opened.document
    else:
        data = read_limited(path, MAX_BYTES)
        if fmt == "html":
            # imported for a web page only, as python-docx is for a Word file
            from reviewdesk.formats.html_import import import_html

            doc = import_html(path, data, encoding)
        else:
            doc = import_text(path, data, fmt, encoding)
    check_text_limits(doc.text, path.name)
    return doc, opened
