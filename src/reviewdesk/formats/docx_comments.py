"""Word comments: reading them as notes (with replies, dates and resolved state), and
writing notes back as comments (``comments.xml`` plus ``commentsExtended.xml``).

Replies and the resolved ("done") state live in ``commentsExtended.xml`` (Word 2013+),
keyed by the ``w14:paraId`` of each comment's last paragraph. A reply usually has no
anchor of its own in the text; it sits on its parent's passage.
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from lxml import etree

from reviewdesk.formats.docx_map import TextMap
from reviewdesk.formats.docx_package import W_NAMESPACES, Package
from reviewdesk.formats.docx_pieces import PartContext
from reviewdesk.formats.docx_styles import Numbering, Styles, local, wattr
from reviewdesk.formats.docx_walk import StoryWalker
from reviewdesk.formats.imported import ImportedNote

log = logging.getLogger(__name__)

W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml"
_COMMENT_PARTS = ("comments", "commentsExtended", "commentsIds", "commentsExtensible")
_MARKER_TAGS = tuple(
    f"{{{ns}}}{name}"
    for ns in W_NAMESPACES
    for name in ("commentRangeStart", "commentRangeEnd", "commentReference")
)
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"


@dataclass(frozen=True, slots=True)
class SourceComment:
    """A comment as the source file had it: its id, its plain text and its XML."""

    id: str
    body: str
    element: etree._Element


def _comment_text(ctx: PartContext, comment: etree._Element) -> str:
    walker = StoryWalker(ctx)
    for child in comment:
        walker.walk(child)
    return walker.text.strip("\n").strip()


def _extended(package: Package, main: str) -> dict[str, tuple[str, bool]]:
    """paraId → (parent paraId, done) from commentsExtended.xml."""
    found: dict[str, tuple[str, bool]] = {}
    for part in package.related(main, "commentsExtended"):
        for ex in package.xml(part):
            para = ex.get(f"{{{W15_NS}}}paraId") or ""
            if para:
                parent = ex.get(f"{{{W15_NS}}}paraIdParent") or ""
                done = (ex.get(f"{{{W15_NS}}}done") or "0") in ("1", "true")
                found[para] = (parent, done)
    return found


def read_comments(package: Package, textmap: TextMap) -> list[ImportedNote]:
    """The document's comments as notes anchored in ``textmap``'s text, replies after
    their parents (``reply_to`` is the parent's index in the list)."""
    main = package.main_part()
    if main is None:
        return []
    parts = package.related(main, "comments")
    if not parts:
        return []
    part = parts[0]
    root = package.xml(part)
    ctx = PartContext(part, root, Styles(), Numbering(None), {}, "accept")
    extended = _extended(package, main)
    comments = [el for el in root if local(el) == "comment"]
    para_of: dict[str, str] = {}  # comment id → paraId of its last paragraph
    comment_of: dict[str, str] = {}  # paraId → comment id
    for el in comments:
        cid = wattr(el, "id") or ""
        last = ""
        for p in el.iter():
            value = p.get(f"{{{W14_NS}}}paraId")
            if value and local(p) == "p":
                last = value
                comment_of[value] = cid
        para_of[cid] = last
    parent_of: dict[str, str] = {}
    for cid, para in para_of.items():
        parent_para = extended.get(para, ("", False))[0]
        parent = comment_of.get(parent_para, "")
        if parent and parent != cid:
            parent_of[cid] = parent
    size = len(textmap.text)
    notes: list[ImportedNote] = []
    index_of: dict[str, int] = {}
    ordered = _threads(comments, parent_of)
    for el in ordered:
        cid = wattr(el, "id") or ""
        root_id = cid
        seen = {cid}
        while root_id in parent_of and parent_of[root_id] not in seen:
            root_id = parent_of[root_id]
            seen.add(root_id)
        anchor = cid if (cid in textmap.starts or cid in textmap.refs) else root_id
        found = textmap.starts.get(anchor, textmap.refs.get(anchor))
        if found is None:
            log.info("comment %s in %s has no anchor; placed at the start", cid, package.name)
            found = 0
        until = textmap.ends.get(anchor, textmap.refs.get(anchor, found))
        start, end = sorted((min(found, size), min(until, size)))
        answers = parent_of.get(cid)
        notes.append(
            ImportedNote(
                start,
                end,
                _comment_text(ctx, el),
                wattr(el, "author") or "",
                date=wattr(el, "date") or "",
                resolved=extended.get(para_of.get(cid, ""), ("", False))[1],
                reply_to=index_of.get(answers) if answers else None,
                origin=cid,
            )
        )
        index_of[cid] = len(notes) - 1
    return notes


def _threads(comments: list[etree._Element], parent_of: dict[str, str]) -> list[etree._Element]:
    """Comments in document order, each reply right after the thread it answers."""
    by_id = {wattr(el, "id") or "": el for el in comments}
    children: dict[str, list[etree._Element]] = {}
    roots = []
    for el in comments:
        parent = parent_of.get(wattr(el, "id") or "")
        if parent in by_id:
            children.setdefault(parent, []).append(el)
        else:
            roots.append(el)
    ordered: list[etree._Element] = []
    seen: set[str] = set()

    def visit(el: etree._Element) -> None:
        cid = wattr(el, "id") or ""
        if cid in seen:
            return
        seen.add(cid)
        ordered.append(el)
        for child in children.get(cid, []):
            visit(child)

    for el in roots:
        visit(el)
    for el in comments:  # replies caught in a cycle
        visit(el)
    return ordered


def source_comments(package: Package) -> dict[str, SourceComment]:
    """The source's comments by id, with their XML (to keep rich text that was not edited)."""
    main = package.main_part()
    parts = package.related(main, "comments") if main else []
    if not parts:
        return {}
    root = package.xml(parts[0])
    ctx = PartContext(parts[0], root, Styles(), Numbering(None), {}, "accept")
    found = {}
    for el in root:
        if local(el) == "comment":
            cid = wattr(el, "id") or ""
            found[cid] = SourceComment(cid, _comment_text(ctx, el), copy.deepcopy(el))
    return found


# -- writing ----------------------------------------------------------------------------


def strip_markers(package: Package, parts: Sequence[str]) -> None:
    """Remove every comment anchor and reference from the story parts (they are written
    again from the notes), and the empty runs and revision wrappers left behind."""
    for part in parts:
        root = package.xml(part)
        doomed = list(root.iter(*_MARKER_TAGS))
        if not doomed:
            continue
        for el in doomed:
            parent = el.getparent()
            if parent is None:
                continue
            parent.remove(el)
            if local(el) == "commentReference" and local(parent) == "r":
                _drop_if_empty(parent)
        package.touch(part)


def _drop_if_empty(run: etree._Element) -> None:
    if any(local(child) not in ("rPr", "") for child in run):
        return
    wrapper = run.getparent()
    if wrapper is None:
        return
    wrapper.remove(run)
    if local(wrapper) in ("ins", "del") and not any(local(c) for c in wrapper):
        holder = wrapper.getparent()
        if holder is not None:
            holder.remove(wrapper)


def remove_comment_parts(package: Package) -> None:
    """Drop the comments parts, their relationships and content types."""
    main = package.main_part()
    if main is None:
        return
    for part in package.drop_relationships(main, set(_COMMENT_PARTS)):
        package.remove(part)
        package.set_content_type(part, None)


def word_date(stamp: str) -> str:
    """A stored timestamp as Word writes dates (``2024-05-06T07:08:09Z``); now if unreadable."""
    text = stamp.strip().replace("Z", "+00:00")
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        when = datetime.now(UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def initials(name: str) -> str:
    """What Word shows in a comment balloon: the first letters of the author's name."""
    return "".join(part[0] for part in name.split() if part)[:8].upper()


_PARA_ID = re.compile(r"^[0-9A-F]{8}$")
