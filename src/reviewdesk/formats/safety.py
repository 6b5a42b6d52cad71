"""Limits for reading untrusted files: size caps, zip-bomb guards, XML without DTDs.

Every importer reads its source through here. Files are only ever opened for reading,
so the source is never modified.
"""

from __future__ import annotations

import io
import logging
import stat
import zipfile
import zlib
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from reviewdesk.formats.errors import REMEDY_TOO_LARGE, FormatError, damaged

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

log = logging.getLogger(__name__)

MB = 1_000_000
MAX_TEXT_BYTES = 20 * MB  # plain text, Markdown, HTML: far above any article
MAX_DOCX_BYTES = 50 * MB  # the .docx file itself (pictures make them larger)
MAX_DOCX_EXPANDED = 100 * MB  # all entries together, uncompressed
MAX_DOCX_PART = 60 * MB  # any one XML part we read, uncompressed
MAX_DOCX_ENTRIES = 2000
MAX_COMPRESSION_RATIO = 200  # Word's XML deflates ~5-30x; bombs ~1000x (deflate's maximum)
RATIO_CHECK_FLOOR = 1024 * 1024  # entries smaller than this are too small to matter
_CHUNK = 64 * 1024


def _size_text(size: int) -> str:
    return f"{size / MB:.0f} MB" if size >= MB else f"{size / 1000:.0f} kB"


def file_size(path: Path) -> int:
    """Size of ``path`` in bytes, or a :class:`FormatError` saying why it cannot be read."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise FormatError(f"{path}: no such file") from None
    except OSError as exc:
        raise FormatError(f"{path}: cannot read ({exc.strerror})") from None
    if stat.S_ISDIR(st.st_mode):
        raise FormatError(f"{path}: is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise FormatError(f"{path.name}: is not a regular file (a pipe, device or socket)")
    return st.st_size


def check_size(path: Path, size: int, limit: int, what: str = "an article") -> None:
    """Refuse files larger than ``limit`` before reading a byte of them."""
    if size > limit:
        raise FormatError(
            f"{path.name}: {_size_text(size)} is too large for {what} "
            f"(the limit is {limit // MB} MB)",
            REMEDY_TOO_LARGE,
        )


def read_limited(path: Path, limit: int = MAX_TEXT_BYTES, what: str = "an article") -> bytes:
    """Read ``path`` (read-only) after checking its size; never more than ``limit`` bytes.

    The size is checked from the directory entry first, so a huge file is refused at once,
    and again while reading in case the file grows underneath us.
    """
    check_size(path, file_size(path), limit, what)
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise FormatError(f"{path}: cannot read ({exc.strerror})") from None
    check_size(path, len(data), limit, what)
    return data


def parse_xml(data: bytes, path: Path, part: str) -> Element:
    """Parse XML from an untrusted file: no DTD, no entities, no network, no file access."""
    # imported here: opening a text file (the window's usual start) needs no XML parser
    from xml.etree.ElementTree import ParseError

    import defusedxml.ElementTree as SafeET
    from defusedxml import DefusedXmlException

    try:
        root: Element = SafeET.fromstring(
            data, forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
    except DefusedXmlException:
        raise FormatError(
            f"{path.name}: {part} contains a document type declaration or entities, "
            "which a Word document never has; it was not read, for safety"
        ) from None
    except (ParseError, ValueError, RecursionError):
        raise damaged(path.name) from None
    return root


class SafeZip:
    """A zip archive opened read-only, checked against bombs before anything is inflated.

    Use as a context manager; :meth:`read` returns one entry's bytes through a bounded
    reader, so an entry that inflates beyond what its directory claims is stopped.
    """

    def __init__(
        self, path: Path, *, what: str = "a Word document", data: bytes | None = None
    ) -> None:
        self.path = path
        self.what = what
        self._read_total = 0
        size = file_size(path) if data is None else len(data)
        check_size(path, size, MAX_DOCX_BYTES, what)
        try:
            self._zip = zipfile.ZipFile(path if data is None else io.BytesIO(data), "r")
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError) as exc:
            log.info("not a zip: %s: %s", path, exc)
            raise self.damaged() from None
        try:
            self._check_directory()
        except BaseException:
            self._zip.close()
            raise

    @classmethod
    def from_bytes(cls, data: bytes, name: str, *, what: str = "a Word document") -> SafeZip:
        """The same checks for an archive held in memory (``name`` is used in messages)."""
        return cls(Path(name), what=what, data=data)

    def infolist(self) -> list[zipfile.ZipInfo]:
        """The archive's directory entries, in order."""
        return self._zip.infolist()

    def damaged(self) -> FormatError:
        """The error for a file that is not a readable archive."""
        return damaged(self.path.name, self.what)

    def _check_directory(self) -> None:
        infos = self._zip.infolist()
        if len(infos) > MAX_DOCX_ENTRIES:
            raise FormatError(
                f"{self.path.name}: has {len(infos)} parts inside; a genuine document has far "
                f"fewer (the limit is {MAX_DOCX_ENTRIES}), so it was not read"
            )
        total = 0
        for info in infos:
            total += info.file_size
            if info.file_size > RATIO_CHECK_FLOOR and (
                info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1)
            ):
                raise self.bomb()
        if total > MAX_DOCX_EXPANDED:
            raise self.bomb()

    def bomb(self) -> FormatError:
        """The error for an archive that would expand beyond the limits (a zip bomb)."""
        return FormatError(
            f"{self.path.name}: would expand to more than {MAX_DOCX_EXPANDED // MB} MB when "
            "unpacked (a 'zip bomb'), so it was not read"
        )

    def names(self) -> set[str]:
        """Names of the entries in the archive."""
        return set(self._zip.namelist())

    def read(self, name: str, limit: int = MAX_DOCX_PART) -> bytes:
        """One entry's bytes, never inflating more than ``limit`` (nor the archive's total)."""
        try:
            info = self._zip.getinfo(name)
        except KeyError:
            raise self.damaged() from None
        if info.file_size > limit:
            raise self.bomb()
        budget = min(limit, MAX_DOCX_EXPANDED - self._read_total)
        chunks: list[bytes] = []
        got = 0
        try:
            with self._zip.open(info, "r") as fh:
                while True:
                    chunk = fh.read(_CHUNK)
                    if not chunk:
                        break
                    got += len(chunk)
                    if got > budget or got > info.file_size:
                        raise self.bomb()
                    chunks.append(chunk)
        except FormatError:
            raise
        except (
            zipfile.BadZipFile,
            zlib.error,
            EOFError,
            ValueError,
            OSError,
            NotImplementedError,
            RuntimeError,
        ) as exc:
            log.info("bad zip entry %s in %s: %s", name, self.path, exc)
            raise self.damaged() from None
        self._read_total += got
        return b"".join(chunks)

    def close(self) -> None:
        """Close the archive."""
        self._zip.close()

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
