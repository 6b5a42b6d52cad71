"""Accepting and rejecting tracked changes in a package, as Word does.

Used to carry the editor's decisions on incoming revisions into an export (each
revision names its elements as ``part#ordinal``), and to accept every change for the
clean .docx export. Accepting an insertion keeps its runs and drops the wrapper;
rejecting it drops the runs. A deletion is the other way round (its ``w:delText`` becomes
``w:t`` again when rejected). A paragraph mark that goes away joins its paragraph to the
next one.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from lxml import etree

from reviewdesk.core.structure import Revision, RevisionStatus
from reviewdesk.formats.docx_package import Package
from reviewdesk.formats.docx_pieces import (
    DELETED,
    INSERTED,
    is_w,
    next_block,
    revision_elements,
)
from reviewdesk.formats.docx_styles import local, wchild

log = logging.getLogger(__name__)

# Formatting changes and other revision records that accepting all simply drops.
_PROPERTY_CHANGES = frozenset(
    {
        "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange",
        "tblGridChange", "tblPrExChange", "numberingChange", "moveFromRangeStart",
        "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd", "cellIns", "cellMerge",
    }
)  # fmt: skip


def _join_with_next(p: etree._Element) -> bool:
    """Move ``p``'s content to the start of the next paragraph and drop ``p``."""
    following = next_block(p)
    if following is None or local(following) != "p":
        return False
    ppr = wchild(following, "pPr")
    at = 1 if ppr is not None and following.index(ppr) == 0 else 0
    for child in [c for c in p if local(c) != "pPr"]:
        following.insert(at, child)
        at += 1
    parent = p.getparent()
    assert parent is not None
    parent.remove(p)
    return True


def _unwrap(el: etree._Element, deleted: bool) -> None:
    if deleted:
        for node in el.iter():
            name = local(node)
            if name == "delText":
                node.tag = node.tag[: -len("delText")] + "t"
            elif name == "delInstrText":
                node.tag = node.tag[: -len("delInstrText")] + "instrText"
    parent = el.getparent()
    assert parent is not None
    at = parent.index(el)
    for child in list(el):
        parent.insert(at, child)
        at += 1
    parent.remove(el)


def decide(el: etree._Element, accept: bool) -> bool:
    """Accept or reject one tracked-change element; False when it could not be done."""
    parent = el.getparent()
    if parent is None:
        return True  # already gone with an enclosing change
    name = local(el)
    inserted = name in INSERTED
    keep_content = inserted == accept  # accepted insertion, rejected deletion
    holder = parent.getparent()
    if local(parent) == "rPr" and holder is not None and local(holder) == "pPr":
        parent.remove(el)  # a paragraph mark
        p = holder.getparent()
        if not keep_content and p is not None:
            return _join_with_next(p)
        return True
    if local(parent) == "trPr":  # a whole table row
        parent.remove(el)
        row = parent.getparent()
        if not keep_content and row is not None and row.getparent() is not None:
            table = row.getparent()
            assert table is not None
            table.remove(row)
        return True
    if keep_content:
        _unwrap(el, deleted=name in DELETED)
    else:
        parent.remove(el)
    return True


def apply_decisions(package: Package, revisions: Iterable[Revision]) -> int:
    """Carry the editor's accept/reject decisions into ``package``; how many failed."""
    wanted: list[tuple[etree._Element, bool]] = []
    elements: dict[str, list[etree._Element]] = {}
    for revision in revisions:
        if revision.status is RevisionStatus.PENDING:
            continue
        for place in revision.places:
            part, _, ordinal = place.rpartition("#")
            if not package.has(part):
                continue
            if part not in elements:
                elements[part] = revision_elements(package.xml(part))
            try:
                el = elements[part][int(ordinal)]
            except (ValueError, IndexError):
                log.warning("revision %s: no element %s", revision.id, place)
                continue
            wanted.append((el, revision.status is RevisionStatus.ACCEPTED))
    failed = 0
    for el, accept in wanted:
        root = el.getroottree().getroot()
        failed += 0 if decide(el, accept) else 1
        for part in elements:
            if package.xml(part) is root:
                package.touch(part)
    return failed


def accept_all(package: Package, parts: Iterable[str]) -> None:
    """Accept every tracked change (text and formatting) in ``parts``."""
    for part in parts:
        root = package.xml(part)
        changed = False
        for el in revision_elements(root):
            decide(el, True)
            changed = True
        for el in [e for e in root.iter() if local(e) in _PROPERTY_CHANGES and is_w(e)]:
            parent = el.getparent()
            if parent is not None:
                parent.remove(el)
                changed = True
        if changed:
            package.touch(part)
