"""A .docx package opened for reading and editing at the XML level (lxml).

Every entry's bytes are kept as they came; an XML part is parsed only when asked for, and
only the parts that were changed are serialised again when the package is written. Every
other entry is written back byte for byte, in its original order and compression, so
styles, numbering, pictures, settings and anything this code does not understand stay
exactly as they were.

Untrusted input: the archive goes through :class:`reviewdesk.formats.safety.SafeZip`
(size, entry count and zip-bomb limits) and XML through :func:`parse_part` (no DTD, no
entities, no network, libxml2's depth limit).
"""

from __future__ import annotations

import io
import logging
import posixpath
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from reviewdesk.formats.errors import FormatError, damaged
from reviewdesk.formats.safety import SafeZip

log = logging.getLogger(__name__)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
W_NAMESPACES = (W_NS, W_STRICT_NS)
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
STRICT_OFFICE_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships"
MS_COMMENTS_EXT = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"

_PARSER_OPTIONS = {
    "resolve_entities": False,
    "load_dtd": False,
    "no_network": True,
    "huge_tree": False,
    "remove_blank_text": False,
    "remove_comments": False,
}


def parse_part(data: bytes, name: str, part: str) -> etree._Element:
    """Parse one XML part of an untrusted file; plain :class:`FormatError` on trouble.

    A document type declaration is refused (a Word document never has one), so entities
    are never expanded; libxml2 refuses nesting deeper than 256 levels.
    """
    parser = etree.XMLParser(**_PARSER_OPTIONS)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        if "depth" in str(exc).lower():
            raise FormatError(
                f"{name}: is nested too deeply to be a genuine Word document"
            ) from None
        if b"<!DOCTYPE" in data[:65536] or b"<!ENTITY" in data[:65536]:
            raise _doctype(name, part) from None
        raise damaged(name) from None
    except ValueError:
        raise damaged(name) from None
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise _doctype(name, part)
    return root


def _doctype(name: str, part: str) -> FormatError:
    return FormatError(
        f"{name}: {part} contains a document type declaration or entities, "
        "which a Word document never has; it was not read, for safety"
    )


def serialize(root: etree._Element) -> bytes:
    """An XML part as Word writes it: UTF-8 with a standalone declaration."""
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


@dataclass(frozen=True, slots=True)
class Relationship:
    """One relationship of a part: id, type (full URI), target part (or URL) and mode."""

    id: str
    type: str
    target: str
    external: bool

    @property
    def kind(self) -> str:
        """The last segment of the type URI (``footnotes``, ``header``, ``hyperlink``...)."""
        return self.type.rsplit("/", 1)[-1]


def rels_name(part: str) -> str:
    """The relationships part of ``part`` (``""`` for the package)."""
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def resolve(part: str, target: str) -> str:
    """A relationship target, relative to ``part``'s folder, as a part name."""
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    folder = posixpath.dirname(part)
    return posixpath.normpath(posixpath.join(folder, target))


class Package:
    """The entries of a .docx: bytes as read, XML parts parsed and edited on demand."""

    def __init__(self, name: str, entries: dict[str, bytes], infos: dict[str, zipfile.ZipInfo]):
        self.name = name
        self._entries = entries
        self._infos = infos
        self._order = list(entries)
        self._xml: dict[str, etree._Element] = {}
        self._dirty: set[str] = set()

    # -- opening ------------------------------------------------------------------------

    @classmethod
    def open(cls, source: Path | bytes, name: str | None = None) -> Package:
        """Read every entry of a .docx (a path or its bytes) within the safety limits."""
        if isinstance(source, bytes):
            label = name or "document.docx"
            zf = SafeZip.from_bytes(source, label)
        else:
            label = name or source.name
            zf = SafeZip(source)
        with zf:
            entries: dict[str, bytes] = {}
            infos: dict[str, zipfile.ZipInfo] = {}
            for info in zf.infolist():
                if info.is_dir():
                    continue
                entries[info.filename] = zf.read(info.filename)
                infos[info.filename] = info
        return cls(label, entries, infos)

    # -- reading ------------------------------------------------------------------------

    def names(self) -> list[str]:
        """Entry names, in the archive's order."""
        return list(self._order)

    def has(self, part: str) -> bool:
        """Whether the package has that entry."""
        return part in self._entries

    def raw(self, part: str) -> bytes:
        """An entry's bytes (a changed XML part serialised)."""
        if part in self._dirty:
            return serialize(self._xml[part])
        return self._entries[part]

    def xml(self, part: str) -> etree._Element:
        """The parsed root of an XML part (parsed once; edits to it are kept)."""
        root = self._xml.get(part)
        if root is None:
            if part not in self._entries:
                raise damaged(self.name)
            root = parse_part(self._entries[part], self.name, part)
            self._xml[part] = root
        return root

    def relationships(self, part: str) -> list[Relationship]:
        """The relationships of ``part`` (``""``: the package's own), targets resolved."""
        name = rels_name(part) if part else "_rels/.rels"
        if name not in self._entries:
            return []
        found = []
        for rel in self.xml(name):
            if etree.QName(rel).localname != "Relationship":
                continue
            external = rel.get("TargetMode") == "External"
            target = rel.get("Target") or ""
            found.append(
                Relationship(
                    rel.get("Id") or "",
                    rel.get("Type") or "",
                    target if external else resolve(part, target),
                    external,
                )
            )
        return found

    def related(self, part: str, kind: str) -> list[str]:
        """Target parts of ``part``'s internal relationships of type ``kind`` that exist."""
        return [
            r.target
            for r in self.relationships(part)
            if r.kind == kind and not r.external and r.target in self._entries
        ]

    def main_part(self) -> str | None:
        """The main document part, from the package relationships (else the usual name)."""
        for rel in self.relationships(""):
            if rel.kind == "officeDocument" and not rel.external and rel.target in self._entries:
                return rel.target
        return "word/document.xml" if "word/document.xml" in self._entries else None

    def is_strict(self) -> bool:
        """Whether the main part uses Strict OOXML names."""
        main = self.main_part()
        return bool(main) and etree.QName(self.xml(main or "")).namespace == W_STRICT_NS

    # -- editing ------------------------------------------------------------------------

    def touch(self, part: str) -> None:
        """Mark an XML part (already parsed and edited in place) to be written again."""
        self.xml(part)
        self._dirty.add(part)

    def put_xml(self, part: str, root: etree._Element) -> None:
        """Add or replace an XML part."""
        if part not in self._entries:
            self._order.append(part)
            self._entries[part] = b""
        self._xml[part] = root
        self._dirty.add(part)

    def remove(self, part: str) -> None:
        """Drop an entry (its relationships and content type are the caller's business)."""
        self._entries.pop(part, None)
        self._xml.pop(part, None)
        self._dirty.discard(part)
        self._infos.pop(part, None)
        if part in self._order:
            self._order.remove(part)

    def put_bytes(self, part: str, data: bytes) -> None:
        """Add or replace a binary entry (a picture)."""
        if part not in self._entries:
            self._order.append(part)
        self._entries[part] = data
        self._xml.pop(part, None)
        self._dirty.discard(part)
        self._infos.pop(part, None)

    def free_name(self, wanted: str) -> str:
        """``wanted``, or a name like it that no entry has yet."""
        stem, dot, ext = wanted.rpartition(".")
        name, number = wanted, 1
        while name in self._entries:
            number += 1
            name = f"{stem}{number}{dot}{ext}"
        return name

    def ensure_default_type(self, extension: str, content_type: str) -> None:
        """Declare the content type of files ending in ``extension`` unless it is known."""
        root = self.xml("[Content_Types].xml")
        for item in root:
            if etree.QName(item).localname == "Default" and (
                (item.get("Extension") or "").lower() == extension.lower()
            ):
                return
        etree.SubElement(
            root, f"{{{CT_NS}}}Default", {"Extension": extension, "ContentType": content_type}
        )
        self.touch("[Content_Types].xml")

    def content_type(self, part: str) -> str | None:
        """The declared content type of ``part`` (its override, else its extension's)."""
        root = self.xml("[Content_Types].xml")
        ext = part.rpartition(".")[2].lower()
        found = None
        for item in root:
            name = etree.QName(item).localname
            if name == "Override" and item.get("PartName") == "/" + part:
                return item.get("ContentType")
            if name == "Default" and (item.get("Extension") or "").lower() == ext:
                found = item.get("ContentType")
        return found

    def add_relationship(
        self, source: str, kind_uri: str, target_part: str, *, external: bool = False
    ) -> str:
        """Relate ``source`` to ``target_part`` (relative target, or a URL when
        ``external``); return the new id."""
        name = rels_name(source) if source else "_rels/.rels"
        if name in self._entries:
            root = self.xml(name)
        else:
            root = etree.Element(f"{{{REL_NS}}}Relationships", nsmap={None: REL_NS})
        used = {rel.get("Id") for rel in root}
        number = len(used) + 1
        while f"rId{number}" in used:
            number += 1
        rid = f"rId{number}"
        if external:
            attrs = {"Id": rid, "Type": kind_uri, "Target": target_part, "TargetMode": "External"}
        else:
            target = posixpath.relpath(target_part, posixpath.dirname(source) or ".")
            attrs = {"Id": rid, "Type": kind_uri, "Target": target}
        etree.SubElement(root, f"{{{REL_NS}}}Relationship", attrs)
        self.put_xml(name, root)
        return rid

    def drop_relationships(self, source: str, kinds: set[str]) -> list[str]:
        """Remove ``source``'s relationships whose type ends in one of ``kinds``; their
        target parts are returned (not removed)."""
        name = rels_name(source) if source else "_rels/.rels"
        if name not in self._entries:
            return []
        root = self.xml(name)
        gone = []
        for rel in list(root):
            if (rel.get("Type") or "").rsplit("/", 1)[-1] in kinds:
                if rel.get("TargetMode") != "External":
                    gone.append(resolve(source, rel.get("Target") or ""))
                root.remove(rel)
        if gone:
            self.touch(name)
        return gone

    def set_content_type(self, part: str, content_type: str | None) -> None:
        """Declare (or with None, forget) the content type override of ``part``."""
        root = self.xml("[Content_Types].xml")
        for item in list(root):
            if etree.QName(item).localname == "Override" and item.get("PartName") == "/" + part:
                root.remove(item)
        if content_type:
            etree.SubElement(
                root,
                f"{{{CT_NS}}}Override",
                {"PartName": "/" + part, "ContentType": content_type},
            )
        self.touch("[Content_Types].xml")

    # -- writing ------------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        """The package as a .docx: unchanged entries byte for byte, changed ones re-serialised."""
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
            for part in self._order:
                data = self.raw(part)
                old = self._infos.get(part)
                info = zipfile.ZipInfo(
                    part, date_time=old.date_time if old else (1980, 1, 1, 0, 0, 0)
                )
                info.compress_type = (
                    old.compress_type
                    if old is not None
                    and part not in self._dirty
                    and old.compress_type in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
                    else zipfile.ZIP_DEFLATED
                )
                info.external_attr = 0o600 << 16
                out.writestr(info, data)
        return buffer.getvalue()
