"""Notes into a Word document as comments: anchors in the text, ``comments.xml`` and
``commentsExtended.xml`` (replies and resolved state), with relationships and content
types, so Word opens the file without a repair prompt.

A note that came from a comment of the source file and whose text was not changed keeps
that comment's own XML (its rich text); everything else is written from the note.
"""

from __future__ import annotations

import copy
import logging
import posixpath
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from lxml import etree

from reviewdesk.formats.docx_comments import (
    W14_NS,
    W15_NS,
    SourceComment,
    initials,
    remove_comment_parts,
    word_date,
)
from reviewdesk.formats.docx_edit import Editor, Point, text_run
from reviewdesk.formats.docx_export import xml_safe
from reviewdesk.formats.docx_map import TextMap, story_parts
from reviewdesk.formats.docx_package import (
    MS_COMMENTS_EXT,
    OFFICE_REL,
    STRICT_OFFICE_REL,
    W_STRICT_NS,
    Package,
)
from reviewdesk.formats.docx_pieces import CHAR, TEXT
from reviewdesk.formats.docx_styles import local

log = logging.getLogger(__name__)

MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"


class CommentNote(Protocol):
    """What a comment needs from a note (``reviewdesk.core.models.Note`` has it all)."""

    @property
    def id(self) -> int | None: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def body(self) -> str: ...
    @property
    def author(self) -> str: ...
    @property
    def created(self) -> str: ...
    @property
    def resolved(self) -> bool: ...
    @property
    def parent_id(self) -> int | None: ...
    @property
    def origin(self) -> str: ...


@dataclass
class _Thread:
    root: CommentNote
    replies: list[CommentNote] = field(default_factory=list)


def threads(notes: Sequence[CommentNote]) -> list[_Thread]:
    """Notes grouped into threads; a note's key is its id (its index when none has one)."""
    keyed = all(n.id is not None for n in notes)
    keys = [n.id if keyed else i for i, n in enumerate(notes)]
    by_key = dict(zip(keys, notes, strict=True))
    found: dict[object, _Thread] = {}
    order: list[_Thread] = []

    def root_of(note: CommentNote) -> CommentNote:
        seen: set[object] = set()
        while (
            note.parent_id is not None and note.parent_id in by_key and note.parent_id not in seen
        ):
            seen.add(note.parent_id)
            note = by_key[note.parent_id]
        return note

    for note in notes:
        root = root_of(note)
        thread = found.get(id(root))
        if thread is None:
            thread = found[id(root)] = _Thread(root)
            order.append(thread)
        if note is not root:
            thread.replies.append(note)
    return order


class CommentWriter:
    """Places comment anchors in an edited document and writes the comments parts."""

    def __init__(self, package: Package, editor: Editor, default_author: str) -> None:
        self.package = package
        self.editor = editor
        self.default_author = default_author
        self._used_para_ids = _para_ids(package)
        self._next_para = 0x10000000

    def write(
        self,
        textmap: TextMap,
        notes: Sequence[CommentNote],
        sources: dict[str, SourceComment],
    ) -> int:
        """Anchor every note in ``textmap``'s text and write the parts; how many comments."""
        remove_comment_parts(self.package)
        groups = threads(notes)
        if not groups:
            return 0
        size = len(textmap.text)
        placed: list[tuple[_Thread, list[str], int, int]] = []
        for thread in groups:
            start = min(max(thread.root.start, 0), size)
            end = min(max(thread.root.end, start), size)
            ids = [self.editor.new_id() for _ in range(1 + len(thread.replies))]
            placed.append((thread, ids, start, end))
        events: list[tuple[int, int, str, list[str]]] = []
        for _, ids, start, end in placed:
            if start == end:
                events.append((start, 1, "point", ids))
            else:
                events.append((end, 0, "end", ids))
                events.append((start, 2, "start", ids))
        for pos, _, kind, ids in sorted(events, key=lambda e: (e[0], e[1]), reverse=True):
            self._anchor(textmap, pos, kind, ids)
        self._parts(placed, sources)
        return sum(len(ids) for _, ids, _, _ in placed)

    # -- anchors ------------------------------------------------------------------------

    def _point(self, textmap: TextMap, pos: int, before: bool) -> Point:
        editor = self.editor
        if before:
            cur = textmap.piece_at(pos)
            if cur is not None and cur.kind in (TEXT, CHAR):
                at = pos - cur.start + cur.offset if cur.kind == TEXT else 0
                return ("before", editor.before_char(cur.node, at))
        if pos > 0:
            prev = textmap.piece_at(pos - 1)
            if prev is not None and prev.kind in (TEXT, CHAR):
                end = pos - prev.start + prev.offset if prev.kind == TEXT else None
                return ("after", editor.after_char(prev.node, end))
        cur = textmap.piece_at(pos) or (textmap.pieces[-1] if textmap.pieces else None)
        if cur is None or cur.para is None:
            raise ValueError("no paragraph to anchor a comment in")
        return ("end", cur.para)

    def _anchor(self, textmap: TextMap, pos: int, kind: str, ids: list[str]) -> None:
        q = self.editor.q
        try:
            point = self._point(textmap, pos, before=kind != "end")
        except ValueError:
            log.info("no place for comments %s", ids)
            return
        elements: list[etree._Element] = []
        if kind in ("start", "point"):
            elements += [etree.Element(q("commentRangeStart"), {q("id"): i}) for i in ids]
        if kind in ("end", "point"):
            for i in ids:
                elements.append(etree.Element(q("commentRangeEnd"), {q("id"): i}))
                run = etree.Element(q("r"))
                etree.SubElement(run, q("commentReference"), {q("id"): i})
                elements.append(run)
        if point[0] == "before":
            for el in elements:
                point[1].addprevious(el)
            self.editor.touch(point[1])
            return
        for el in elements:
            point = self.editor.place(point, el)

    # -- parts --------------------------------------------------------------------------

    def _para_id(self) -> str:
        while True:
            self._next_para += 1
            value = f"{self._next_para:08X}"
            if value not in self._used_para_ids:
                self._used_para_ids.add(value)
                return value

    def _comment(
        self, note: CommentNote, cid: str, sources: dict[str, SourceComment]
    ) -> tuple[etree._Element, str]:
        q = self.editor.q
        # a comment that came in without a name goes out without one: the editor's name
        # is for the notes typed here, never another's words
        author = xml_safe(note.author).strip() or ("" if note.origin else self.default_author)
        source = sources.get(note.origin) if note.origin else None
        if source is not None and source.body == note.body.strip():
            el = copy.deepcopy(source.element)
            el.tag = q("comment")
        else:
            el = etree.Element(q("comment"))
            for i, line in enumerate(xml_safe(note.body).split("\n")):
                p = etree.SubElement(el, q("p"))
                if i == 0:
                    etree.SubElement(etree.SubElement(p, q("r")), q("annotationRef"))
                if line:
                    p.append(text_run(q, line))
        el.set(q("id"), cid)
        el.set(q("author"), author)
        el.set(q("date"), word_date(note.created))
        el.set(q("initials"), initials(author) or ("" if note.origin else "R"))
        last = ""
        paragraphs = [p for p in el.iter() if local(p) == "p"]
        if not paragraphs:
            paragraphs = [etree.SubElement(el, q("p"))]
        for p in paragraphs:
            last = self._para_id()
            p.set(f"{{{W14_NS}}}paraId", last)
            p.set(f"{{{W14_NS}}}textId", "77777777")
        return el, last

    def _parts(
        self, placed: list[tuple[_Thread, list[str], int, int]], sources: dict[str, SourceComment]
    ) -> None:
        ns = self.editor.ns
        comments = etree.Element(f"{{{ns}}}comments", nsmap={"w": ns, "w14": W14_NS, "mc": MC_NS})
        comments.set(f"{{{MC_NS}}}Ignorable", "w14")
        extended = etree.Element(f"{{{W15_NS}}}commentsEx", nsmap={"w15": W15_NS, "mc": MC_NS})
        extended.set(f"{{{MC_NS}}}Ignorable", "w15")
        for thread, ids, _, _ in placed:
            root_el, root_para = self._comment(thread.root, ids[0], sources)
            comments.append(root_el)
            self._extended(extended, root_para, "", thread.root.resolved)
            for reply, cid in zip(thread.replies, ids[1:], strict=True):
                el, para = self._comment(reply, cid, sources)
                comments.append(el)
                self._extended(extended, para, root_para, reply.resolved or thread.root.resolved)
        main = self.package.main_part() or "word/document.xml"
        folder = posixpath.dirname(main)
        strict = ns == W_STRICT_NS
        for name, root, rel, kind in (
            ("comments.xml", comments, f"{STRICT_OFFICE_REL if strict else OFFICE_REL}/comments",
             "comments"),
            ("commentsExtended.xml", extended, MS_COMMENTS_EXT, "commentsExtended"),
        ):  # fmt: skip
            part = posixpath.join(folder, name)
            self.package.put_xml(part, root)
            self.package.add_relationship(main, rel, part)
            self.package.set_content_type(part, f"{_WML}.{kind}+xml")

    @staticmethod
    def _extended(root: etree._Element, para: str, parent: str, done: bool) -> None:
        ex = etree.SubElement(root, f"{{{W15_NS}}}commentEx")
        ex.set(f"{{{W15_NS}}}paraId", para)
        if parent:
            ex.set(f"{{{W15_NS}}}paraIdParent", parent)
        ex.set(f"{{{W15_NS}}}done", "1" if done else "0")


def _para_ids(package: Package) -> set[str]:
    """The paragraph ids the document's stories already use."""
    used: set[str] = set()
    key = f"{{{W14_NS}}}paraId"
    for part in story_parts(package):
        for el in package.xml(part).iter():
            value = el.get(key) if isinstance(el.tag, str) else None
            if value:
                used.add(value.upper())
    return used
