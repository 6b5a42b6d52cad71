"""Word in, Word out: the source document itself, with the editor's changes tracked.

Steps (nothing is rebuilt; untouched parts are written back byte for byte):

1. open the stored source file; its text must be the article's original;
2. carry the editor's decisions on incoming revisions into it (undecided ones stay as
   they are, with their authors and dates);
3. take the comment anchors out (the notes are written back as comments);
4. write the differences between the text and the draft as ``w:ins``/``w:del`` inside the
   original runs (:mod:`reviewdesk.formats.docx_redline`);
5. anchor the notes as comments, with replies and resolved state;
6. copy edited text boxes into their fallback copies;
7. stop a protection that forbids deciding changes (read-only, comments, forms), with a
   warning (:mod:`reviewdesk.formats.docx_protection`);
8. give each section that inherits a revised header or footer its own reference to it
   (:mod:`reviewdesk.formats.docx_sections`: LibreOffice drops the revisions otherwise);
9. read the result back: every change accepted must give the draft, every change
   rejected the source's own reject-all text, or nothing is written.

The clean export takes the same steps, then accepts every change and drops the comments.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from lxml import etree

from reviewdesk.core.structure import Structure
from reviewdesk.formats.docx_comment_writer import CommentNote, CommentWriter
from reviewdesk.formats.docx_comments import source_comments, strip_markers
from reviewdesk.formats.docx_decide import accept_all, apply_decisions, revision_elements
from reviewdesk.formats.docx_edit import Editor
from reviewdesk.formats.docx_export import revision_date, xml_safe
from reviewdesk.formats.docx_map import TextMap, map_document, story_parts, visible_text
from reviewdesk.formats.docx_package import W_NAMESPACES, Package
from reviewdesk.formats.docx_pictures import PictureChanges, track_pictures
from reviewdesk.formats.docx_pieces import TextBox, views_differ
from reviewdesk.formats.docx_protection import WARNING as PROTECTION_WARNING
from reviewdesk.formats.docx_protection import stop_blocking_protection
from reviewdesk.formats.docx_redline import Redline, redline
from reviewdesk.formats.docx_sections import pin_inherited_margins
from reviewdesk.formats.docx_styles import local, wchild
from reviewdesk.formats.errors import FormatError

log = logging.getLogger(__name__)


# every w:id value of a part (either namespace): an XPath walks the tree in C
_W_IDS = etree.XPath(
    "//@*[local-name()='id' and (namespace-uri()=$w or namespace-uri()=$strict)]",
    smart_strings=False,
)


class SourceMismatchError(FormatError):
    """The stored Word file does not read as the article's original text."""


@dataclass(frozen=True, slots=True)
class Rewritten:
    """A .docx written into the source document, and what it holds."""

    data: bytes
    revisions: int
    insertions: int
    deletions: int
    comments: int
    warnings: tuple[str, ...] = ()


@dataclass
class _Work:
    package: Package
    editor: Editor
    result: Redline
    rejected: str
    parts: list[str]
    warnings: list[str]
    comments: int = 0


def _max_id(package: Package, parts: Sequence[str]) -> int:
    """The largest numeric ``w:id`` of any annotation (revisions, comments, bookmarks)."""
    top = 0
    for part in parts:
        for value in _W_IDS(package.xml(part), w=W_NAMESPACES[0], strict=W_NAMESPACES[1]):
            if isinstance(value, str) and value.isdigit():
                top = max(top, int(value))
    return top


def _plain(box: etree._Element) -> str:
    return "".join(t.text or "" for t in box.iter() if local(t) == "t")


def _mirror(boxes: Sequence[TextBox], same: set[int], editor: Editor) -> None:
    """Copy each edited text box into its fallback copy (renumbered, without anchors)."""
    for i, box in enumerate(boxes):
        if (
            box.mirror is None
            or i not in same
            or box.content.getroottree().getroot() not in editor.touched
        ):
            continue
        fresh = copy.deepcopy(box.content)
        for el in list(fresh.iter()):
            name = local(el)
            parent = el.getparent()
            if name in ("commentRangeStart", "commentRangeEnd") and parent is not None:
                parent.remove(el)
            elif name == "commentReference" and parent is not None:
                holder = parent.getparent()
                if holder is not None:
                    holder.remove(parent)
        for el in revision_elements(fresh):
            el.set(editor.q("id"), editor.new_id())
        for child in list(box.mirror):
            box.mirror.remove(child)
        for child in list(fresh):
            box.mirror.append(child)


def _rewrite(
    source: bytes,
    original: str | None,
    draft: str,
    notes: Sequence[CommentNote],
    structure: Structure,
    *,
    author: str,
    when: datetime | None,
    name: str,
    compare_with: bytes | None = None,
    need_rejected: bool = True,
    opened: tuple[Package, TextMap] | None = None,
) -> _Work:
    if opened is not None:  # the source, opened and mapped by the caller: edited here
        package, base = opened
    else:
        package = Package.open(source, name)
        base = map_document(package)
    if original is not None and base.text != original:
        raise SourceMismatchError(f"{name}: the stored Word file does not match the article's text")
    comments = source_comments(package)
    warnings: list[str] = []
    decided = [r for r in structure.revisions if not r.pending]
    failed = apply_decisions(package, decided)
    if failed:
        warnings.append(
            f"{failed} decision{'s' if failed != 1 else ''} on incoming changes could not be "
            "carried into the Word file (a joined paragraph next to a table)"
        )
    parts = story_parts(package)
    strip_markers(package, parts)  # anchors are not text: the map stays right
    if decided:
        base = map_document(package)
    rejected = ""
    if need_rejected:  # without any revision the source reads the same both ways
        differ = any(views_differ(package.xml(part)) for part in parts)
        rejected = map_document(package, "reject").text if differ else base.text
    same = {
        i
        for i, b in enumerate(base.boxes)
        if b.mirror is not None and _plain(b.content) == _plain(b.mirror)
    }
    main = package.main_part()
    assert main is not None
    root = package.xml(main)
    editor = Editor(
        etree.QName(root).namespace or "",
        xml_safe(author).strip() or "reviewdesk",
        revision_date(when),
        next_id=_max_id(package, parts) + 1,
    )
    body = wchild(root, "body")
    if body is None:
        raise FormatError(f"{name}: is damaged or not a Word document (no body)")
    pictures = PictureChanges()
    if compare_with is not None:  # compare: pictures added or removed, tracked too
        other = Package.open(compare_with, "edited.docx")
        pictures = track_pictures(package, base, other, map_document(other), editor, body, parts)
        if pictures.missed:
            warnings.append(
                f"{pictures.missed} picture{'s' if pictures.missed != 1 else ''} added or "
                "removed could not be tracked where it stands"
            )
    result = redline(base, xml_safe(draft), editor, body)
    result.insertions += pictures.added
    result.deletions += pictures.removed
    warnings.extend(result.left_out)
    _touch(package, parts, editor)
    count = 0
    if notes:
        after = map_document(package)
        if after.text != result.expected:
            log.error("redline self-check failed for %s", name)
            raise FormatError("could not build the tracked changes correctly (internal error)")
        count = CommentWriter(package, editor, editor.author).write(after, notes, comments)
    else:
        CommentWriter(package, editor, editor.author).write(base, (), comments)
    _mirror(base.boxes, same, editor)
    _touch(package, parts, editor)
    return _Work(package, editor, result, rejected, parts, warnings, count)


def _touch(package: Package, parts: Sequence[str], editor: Editor) -> None:
    for part in parts:
        if package.xml(part) in editor.touched:
            package.touch(part)


def _check(data: bytes, name: str, accepted: str, rejected: str | None) -> None:
    """Read the written file back: every change accepted and rejected must read right."""
    package = Package.open(data, name)
    got = map_document(package).text
    if got != accepted:
        log.error("read-back of %s: accept-all differs from the draft", name)
        raise FormatError("could not build the tracked changes correctly (internal error)")
    if rejected is not None and map_document(package, "reject").text != rejected:
        log.error("read-back of %s: reject-all differs from the original", name)
        raise FormatError("could not build the tracked changes correctly (internal error)")


def tracked_from_source(
    source: bytes,
    original: str | None,
    draft: str,
    notes: Sequence[CommentNote] = (),
    structure: Structure | None = None,
    *,
    author: str,
    when: datetime | None = None,
    name: str = "document.docx",
    compare_with: bytes | None = None,
    opened: tuple[Package, TextMap] | None = None,
) -> Rewritten:
    """The source document with ``draft`` written in as tracked changes, notes as comments.

    ``original`` is the text the source must read as (None: any, as for compare);
    ``compare_with`` is the edited Word file of a compare, whose added and removed
    pictures are tracked as well; ``opened`` is ``source`` already opened and mapped
    (as the import left it: it is edited in place, so it is not to be used again).
    """
    work = _rewrite(
        source,
        original,
        draft,
        notes,
        structure or Structure(),
        author=author,
        when=when,
        name=name,
        compare_with=compare_with,
        opened=opened,
    )
    if work.result.revisions and stop_blocking_protection(work.package):
        work.warnings.append(PROTECTION_WARNING)
    pin_inherited_margins(work.package)
    data = work.package.to_bytes()
    _check(data, name, work.result.expected, work.rejected)
    return Rewritten(
        data,
        work.result.revisions,
        work.result.insertions,
        work.result.deletions,
        work.comments,
        tuple(work.warnings),
    )


def clean_from_source(
    source: bytes,
    original: str | None,
    draft: str,
    structure: Structure | None = None,
    *,
    author: str,
    when: datetime | None = None,
    name: str = "document.docx",
) -> Rewritten:
    """The source document with ``draft`` written in and every change accepted."""
    work = _rewrite(
        source, original, draft, (), structure or Structure(),
        author=author, when=when, name=name, need_rejected=False,
    )  # fmt: skip
    expected = visible_text(map_document(work.package))
    accept_all(work.package, work.parts)
    data = work.package.to_bytes()
    _check(data, name, expected, None)
    if any(revision_elements(work.package.xml(part)) for part in work.parts):
        log.error("clean export of %s still has tracked changes", name)
        raise FormatError("could not apply the changes correctly (internal error)")
    return Rewritten(data, 0, 0, 0, 0, tuple(work.warnings))
