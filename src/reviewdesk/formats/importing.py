"""Import an article from a file: detect the format and hand back its text.

This is the entry point; each format has its own module.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from reviewdesk.core.text import normalize_newlines
from reviewdesk.formats.errors import FormatError

log = logging.getLogger(__name__)

MAX_BYTES = 20 * 1024 * 1024  # 20 MB: far above any article, far below trouble


@dataclass
class ImportedNote:
    """A comment found in the source file, anchored at code-point offsets into the text."""

    start: int
    end: int
    body: str
    author: str = ""


@dataclass
class ImportedDocument:
    """What an importer read: the article text (newlines normalised) and what came with it."""

    text: str
    title: str
    format: str
    encoding: str = "utf-8"
    notes: list[ImportedNote] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def _title_from(text: str, path: Path) -> str:
    for line in text.split("\n"):
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:120]
    return path.stem


def import_file(path: str | Path, *, encoding: str | None = None) -> ImportedDocument:
    """Read ``path`` as an article. Raises :class:`FormatError` with a plain message."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise FormatError(f"{path}: no such file") from None
    except OSError as exc:
        raise FormatError(f"{path}: cannot read ({exc.strerror})") from None
    if path.is_dir():
        raise FormatError(f"{path}: is a folder, not a file")
    if size > MAX_BYTES:
        raise FormatError(
            f"{path.name}: {size / 1e6:.0f} MB is too large for an article "
            f"(the limit is {MAX_BYTES // 1_000_000} MB)"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FormatError(f"{path}: cannot read ({exc.strerror})") from None
    suffix = path.suffix.lower()
    fmt = "md" if suffix in {".md", ".markdown"} else "txt"
    text, used = _decode_text(data, path, encoding)
    text = normalize_newlines(text)
    return ImportedDocument(text=text, title=_title_from(text, path), format=fmt, encoding=used)


def _decode_text(data: bytes, path: Path, encoding: str | None) -> tuple[str, str]:
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as exc:
            raise FormatError(f"{path.name}: cannot be read as {encoding}: {exc}") from None
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if b"\x00" in data[:8192]:
        raise FormatError(f"{path.name}: looks like a binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        raise FormatError(
            f"{path.name}: is not valid UTF-8 text; re-save it as UTF-8 or pick an encoding"
        ) from None
