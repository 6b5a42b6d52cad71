"""Editing WordprocessingML in place: splitting runs and paragraphs, wrapping runs in
tracked changes, marking paragraph marks, making runs that look like their neighbours.

The rule that keeps offsets valid while a document is edited from its end to its start:
a split always leaves the *head* (the earlier text) in the original element and moves
the tail into a new one, so characters before the split keep their element and index.

Points between elements are ``("after", el)``, ``("before", el)``, ``("start", box)`` or
``("end", box)``.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from lxml import etree

from reviewdesk.formats.docx_pieces import REVISION_TAGS
from reviewdesk.formats.docx_styles import local, wchild

log = logging.getLogger(__name__)

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# Property children that stay with (a copy of) their element when it is split.
PROPS = frozenset(
    {"pPr", "rPr", "sdtPr", "sdtEndPr", "customXmlPr", "smartTagPr", "tblPr", "trPr", "tcPr"}
)
_MARK_ORDER_AFTER = frozenset({"sectPr", "pPrChange"})  # rPr comes before these in a pPr
_NOT_FORMATTING = frozenset({"ins", "del", "moveFrom", "moveTo", "rPrChange"})

Point = tuple[Literal["after", "before", "start", "end"], etree._Element]


def set_text(el: etree._Element, text: str) -> None:
    """Set a ``w:t``/``w:delText``'s text, keeping spaces at its edges."""
    el.text = text
    if text != text.strip():
        el.set(XML_SPACE, "preserve")


def content(el: etree._Element) -> list[etree._Element]:
    """Children that are not properties (``w:rPr``, ``w:pPr``...)."""
    return [c for c in el if local(c) not in PROPS]


def props_count(el: etree._Element) -> int:
    """How many property children come first."""
    count = 0
    for child in el:
        if local(child) not in PROPS:
            break
        count += 1
    return count


def previous_content(el: etree._Element) -> etree._Element | None:
    """The sibling before ``el`` that is content, not a property."""
    prev = el.getprevious()
    while prev is not None and local(prev) in PROPS:
        prev = prev.getprevious()
    return prev


def split_text(t: etree._Element, k: int) -> etree._Element:
    """Split a text element at ``k``: ``t`` keeps the head, a new element after it the tail."""
    text = t.text or ""
    tail = etree.Element(t.tag)
    set_text(tail, text[k:])
    set_text(t, text[:k])
    t.addnext(tail)
    return tail


def formatting(props: etree._Element | None) -> etree._Element | None:
    """A copy of a run's (or paragraph mark's) formatting, without revision marks."""
    if props is None:
        return None
    clean = copy.deepcopy(props)
    for child in list(clean):
        if local(child) in _NOT_FORMATTING:
            clean.remove(child)
    return clean


def text_run(
    q: Callable[[str], str],
    text: str,
    props: etree._Element | None = None,
    *,
    deleted: bool = False,
) -> etree._Element:
    """A new ``w:r`` of ``text`` formatted like ``props`` (its formatting, without revision
    marks): tabs become ``w:tab``, deleted text ``w:delText``. Every writer makes its runs
    of text here (tracked edits, the plain tracked export, comment bodies), so they agree
    on tabs and spaces. ``q`` names a ``w:`` tag in the document's namespace."""
    run = etree.Element(q("r"))
    style = formatting(props)
    if style is not None and len(style):
        style.tag = q("rPr")
        run.append(style)
    tag = q("delText" if deleted else "t")
    for i, piece in enumerate(text.split("\t")):
        if i:
            etree.SubElement(run, q("tab"))
        if piece:
            set_text(etree.SubElement(run, tag), piece)
    return run


@dataclass
class Editor:
    """Makes the elements of one author's tracked changes, with unique ids."""

    ns: str
    author: str
    date: str
    next_id: int
    touched: set[etree._Element] = field(default_factory=set)
    elements: int = 0
    _fresh: set[etree._Element] = field(default_factory=set)

    def q(self, name: str) -> str:
        """A ``w:`` tag or attribute name in the document's namespace."""
        return f"{{{self.ns}}}{name}"

    def new_id(self) -> str:
        """An id no other annotation in the document has."""
        value = self.next_id
        self.next_id += 1
        return str(value)

    def revision(self, name: str) -> etree._Element:
        """A new ``w:ins`` or ``w:del`` by this author."""
        self.elements += 1
        return etree.Element(
            self.q(name),
            {self.q("id"): self.new_id(), self.q("author"): self.author, self.q("date"): self.date},
        )

    def touch(self, el: etree._Element) -> None:
        """Note that the part holding ``el`` changed."""
        self.touched.add(el.getroottree().getroot())

    def new_op(self) -> None:
        """A new change starts: deletions no longer join the previous change's wrapper."""
        self._fresh.clear()

    # -- splitting ----------------------------------------------------------------------

    def shallow(self, el: etree._Element) -> etree._Element:
        """A copy of ``el`` with its attributes and properties, without content."""
        clone = etree.Element(el.tag, dict(el.attrib))
        if local(el) in REVISION_TAGS and clone.get(self.q("id")) is not None:
            clone.set(self.q("id"), self.new_id())
        for child in el:
            if local(child) in PROPS:
                prop = copy.deepcopy(child)
                if local(child) == "sdtPr":
                    ident = wchild(prop, "id")
                    if ident is not None:
                        prop.remove(ident)
                clone.append(prop)
        return clone

    def split_after(self, el: etree._Element, child: etree._Element) -> etree._Element | None:
        """Move the content after ``child`` into a copy of ``el`` placed right after it."""
        after = []
        node = child.getnext()
        while node is not None:
            after.append(node)
            node = node.getnext()
        if not after:
            return None
        clone = self.shallow(el)
        for node in after:
            clone.append(node)
        el.addnext(clone)
        self.touch(el)
        return clone

    def split_before(self, el: etree._Element, child: etree._Element) -> etree._Element:
        """Make ``child`` the first content of its element; return the element holding it."""
        prev = previous_content(child)
        if prev is None:
            return el
        clone = self.split_after(el, prev)
        assert clone is not None
        return clone

    def isolate_text(self, t: etree._Element, k0: int, k1: int) -> etree._Element:
        """A run holding exactly characters ``k0..k1`` of text element ``t``."""
        run = t.getparent()
        assert run is not None
        if k1 < len(t.text or ""):
            split_text(t, k1)
        self.split_after(run, t)
        if k0 > 0:
            split_text(t, k0)
            clone = self.split_after(run, t)
            assert clone is not None
            return clone
        return self.split_before(run, t)

    def isolate(self, el: etree._Element) -> etree._Element:
        """A run holding exactly ``el`` (a tab, break or symbol)."""
        run = el.getparent()
        assert run is not None
        self.split_after(run, el)
        return self.split_before(run, el)

    def after_char(self, t: etree._Element, k: int | None) -> etree._Element:
        """Split so that a run ends right after character ``k`` of ``t`` (or after the
        element ``t`` when ``k`` is None); return that run."""
        run = t.getparent()
        assert run is not None
        if k is not None and k < len(t.text or ""):
            split_text(t, k)
        self.split_after(run, t)
        return run

    def before_char(self, t: etree._Element, k: int | None) -> etree._Element:
        """Split so that a run starts right at character ``k`` of ``t``; return that run."""
        run = t.getparent()
        assert run is not None
        if k:
            split_text(t, k)
            clone = self.split_after(run, t)
            assert clone is not None
            return clone
        return self.split_before(run, t)

    # -- revision wrappers --------------------------------------------------------------

    def lift_after(self, host: etree._Element) -> etree._Element:
        """The element after which new content can go next to ``host`` without landing
        inside another tracked change (an enclosing change is split in two)."""
        parent = host.getparent()
        while parent is not None and local(parent) in REVISION_TAGS:
            self.split_after(parent, host)
            host, parent = parent, parent.getparent()
        return host

    def lift_before(self, host: etree._Element) -> etree._Element:
        """The element before which new content can go, outside other tracked changes."""
        parent = host.getparent()
        while parent is not None and local(parent) in REVISION_TAGS:
            holder = self.split_before(parent, host)
            host, parent = holder, holder.getparent()
        return host

    def delete_run(self, run: etree._Element) -> None:
        """Mark a run deleted: ``w:t`` becomes ``w:delText`` inside a ``w:del``."""
        for node in run.iter():
            name = local(node)
            if name == "t":
                node.tag = self.q("delText")
            elif name == "instrText":
                node.tag = self.q("delInstrText")
        prev = run.getprevious()
        if prev is not None and prev in self._fresh:
            prev.append(run)
            return
        wrapper = self.revision("del")
        run.addprevious(wrapper)
        wrapper.append(run)
        self._fresh.add(wrapper)
        self.touch(wrapper)

    def mark(self, p: etree._Element, kind: Literal["ins", "del"]) -> None:
        """Mark paragraph ``p``'s mark as inserted or deleted."""
        ppr = wchild(p, "pPr")
        if ppr is None:
            ppr = etree.Element(self.q("pPr"))
            p.insert(0, ppr)
        rpr = wchild(ppr, "rPr")
        if rpr is None:
            rpr = etree.Element(self.q("rPr"))
            later = next((c for c in ppr if local(c) in _MARK_ORDER_AFTER), None)
            if later is not None:
                later.addprevious(rpr)
            else:
                ppr.append(rpr)
        position = 0
        if kind == "del":
            while position < len(rpr) and local(rpr[position]) == "ins":
                position += 1
        rpr.insert(position, self.revision(kind))
        self.touch(p)

    # -- new content --------------------------------------------------------------------

    def new_run(self, props: etree._Element | None, text: str) -> etree._Element:
        """A run of ``text`` (tabs as ``w:tab``) formatted like ``props``."""
        return text_run(self.q, text, props)

    def place(self, point: Point, el: etree._Element) -> Point:
        """Put ``el`` at ``point``; the point right after it."""
        where, ref = point
        if where == "after":
            ref.addnext(el)
        elif where == "before":
            ref.addprevious(el)
        elif where == "start":
            ref.insert(props_count(ref), el)
        else:
            ref.append(el)
        self.touch(el)
        return ("after", el)

    def split_paragraph(self, point: Point) -> tuple[etree._Element, Point]:
        """Break the paragraph at ``point``: a new paragraph before it takes the content up
        to the point, with an inserted mark and the same paragraph properties; the point
        moves to the start of the rest."""
        where, ref = point
        if where in ("after", "before"):
            node = ref.getparent()
            assert node is not None
            cut = node.index(ref) + (1 if where == "after" else 0)
        else:
            node = ref
            cut = props_count(node) if where == "start" else len(node)
        innermost = node
        while True:
            moving = [c for c in list(node)[:cut] if local(c) not in PROPS]
            if local(node) == "p":
                head = self._paragraph_head(node)
                for child in moving:
                    head.append(child)
                node.addprevious(head)
                self.touch(node)
                return head, ("start", innermost)
            parent = node.getparent()
            assert parent is not None
            index = parent.index(node)
            if moving:
                clone = self.shallow(node)
                for child in moving:
                    clone.append(child)
                node.addprevious(clone)
                cut = index + 1
            else:
                cut = index
            node = parent

    def _paragraph_head(self, p: etree._Element) -> etree._Element:
        head = etree.Element(self.q("p"))
        ppr = wchild(p, "pPr")
        if ppr is not None:
            props = copy.deepcopy(ppr)
            for child in list(props):
                if local(child) == "sectPr":  # the section break stays with the old mark
                    props.remove(child)
                elif local(child) == "rPr":
                    for mark in list(child):
                        if local(mark) in ("ins", "del", "moveFrom", "moveTo"):
                            child.remove(mark)
            head.append(props)
        self.mark(head, "ins")
        return head
