"""Pictures added or removed between two Word files, tracked the way Word tracks them.

Used by compare. The pictures of both files are matched in order by what they show (the
bytes of the image, else its link, else its name); a picture only the first file has is
wrapped in a ``w:del`` where it stands, and one only the second file has is copied in
(with its image part and relationship) as a ``w:ins`` at the matching place of the text.
"""

from __future__ import annotations

import copy
import hashlib
import logging
import posixpath
from dataclasses import dataclass
from difflib import SequenceMatcher

from lxml import etree

from reviewdesk.core.structure import Span, SpanKind, Structure, changes_between
from reviewdesk.formats.docx_edit import Editor
from reviewdesk.formats.docx_map import Picture, TextMap
from reviewdesk.formats.docx_package import Package
from reviewdesk.formats.docx_pieces import R_NAMESPACES
from reviewdesk.formats.docx_redline import place_at
from reviewdesk.formats.docx_styles import local

log = logging.getLogger(__name__)

_REL_ATTRS = frozenset(f"{{{ns}}}{name}" for ns in R_NAMESPACES for name in ("embed", "link", "id"))
_IMAGE_TYPES = {
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "bmp": "image/bmp",
    "tif": "image/tiff",
    "tiff": "image/tiff",
    "emf": "image/x-emf",
    "wmf": "image/x-wmf",
    "svg": "image/svg+xml",
}


@dataclass(frozen=True, slots=True)
class PictureChanges:
    """How many pictures were tracked as added and removed, and how many could not be."""

    added: int = 0
    removed: int = 0
    missed: int = 0


def picture_key(package: Package, picture: Picture) -> str:
    """What a picture shows: its image's bytes (hashed), else its link, else its name."""
    rels = {rel.id: rel for rel in package.relationships(picture.part)}
    keys = []
    for el in picture.shape.iter():
        if not isinstance(el.tag, str):
            continue
        for attr, value in el.attrib.items():
            rel = rels.get(value) if attr in _REL_ATTRS else None
            if rel is None:
                continue
            if rel.external:
                keys.append(f"url:{rel.target}")
            elif package.has(rel.target):
                keys.append(hashlib.sha256(package.raw(rel.target)).hexdigest())
    if keys:
        return "|".join(sorted(set(keys)))
    names = [
        f"{el.get('name')}|{el.get('descr')}" for el in picture.shape.iter() if local(el) == "docPr"
    ]
    return "name:" + "|".join(names)


def _story_part(textmap: TextMap, pos: int) -> str:
    for story in textmap.stories:
        if story.start <= pos <= story.end:
            return story.part
    return textmap.stories[0].part if textmap.stories else ""


def _max_drawing_id(package: Package, parts: list[str]) -> int:
    top = 0
    for part in parts:
        for el in package.xml(part).iter():
            if local(el) == "docPr" and (el.get("id") or "").isdigit():
                top = max(top, int(el.get("id") or 0))
    return top


def _copy_resources(
    shape: etree._Element, other: Package, other_part: str, package: Package, part: str
) -> None:
    """Point the copied shape's relationships at copies of its images in ``package``."""
    rels = {rel.id: rel for rel in other.relationships(other_part)}
    for el in shape.iter():
        if not isinstance(el.tag, str):
            continue
        for attr, value in list(el.attrib.items()):
            rel = rels.get(value) if attr in _REL_ATTRS else None
            if rel is None:
                continue
            if rel.external:
                el.set(attr, package.add_relationship(part, rel.type, rel.target, external=True))
                continue
            if not other.has(rel.target):
                continue
            folder = posixpath.join(posixpath.dirname(part), "media")
            name = package.free_name(posixpath.join(folder, posixpath.basename(rel.target)))
            package.put_bytes(name, other.raw(rel.target))
            ext = name.rpartition(".")[2].lower()
            kind = other.content_type(rel.target) or _IMAGE_TYPES.get(
                ext, "application/octet-stream"
            )
            package.ensure_default_type(ext, kind)
            el.set(attr, package.add_relationship(part, rel.type, name))


def track_pictures(
    package: Package,
    base: TextMap,
    other: Package,
    other_map: TextMap,
    editor: Editor,
    body: etree._Element,
    parts: list[str],
) -> PictureChanges:
    """Track the pictures ``other`` adds to or removes from ``package`` (before its text
    is redlined: only runs are split, so the text map stays right)."""
    mine = [picture_key(package, p) for p in base.pictures]
    theirs = [picture_key(other, p) for p in other_map.pictures]
    matcher = SequenceMatcher(None, mine, theirs, autojunk=False)
    removed: list[Picture] = []
    added: list[Picture] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("delete", "replace"):
            removed.extend(base.pictures[i1:i2])
        if tag in ("insert", "replace"):
            added.extend(other_map.pictures[j1:j2])
    missed = done_removed = done_added = 0
    for picture in removed:
        run = picture.shape.getparent()
        if run is None or local(run) != "r":
            missed += 1
            continue
        editor.new_op()
        editor.delete_run(editor.isolate(picture.shape))
        done_removed += 1
    if added:
        points = Structure(tuple(Span(SpanKind.PICTURE, p.offset, p.offset) for p in added))
        moved = points.follow(changes_between(other_map.text, base.text)).spans
        next_id = _max_drawing_id(package, parts) + 1
        for picture, span in sorted(zip(added, moved, strict=True), key=lambda x: -x[1].start):
            source_run = picture.shape.getparent()
            run = etree.Element(editor.q("r"))
            props = source_run.find(editor.q("rPr")) if source_run is not None else None
            if props is not None:
                run.append(copy.deepcopy(props))
            shape = copy.deepcopy(picture.shape)
            run.append(shape)
            for el in shape.iter():
                if local(el) == "docPr":
                    el.set("id", str(next_id))
                    next_id += 1
            _copy_resources(shape, other, picture.part, package, _story_part(base, span.start))
            wrapper = editor.revision("ins")
            wrapper.append(run)
            if place_at(base, editor, body, span.start, wrapper):
                done_added += 1
            else:
                missed += 1
    return PictureChanges(done_added, done_removed, missed)
