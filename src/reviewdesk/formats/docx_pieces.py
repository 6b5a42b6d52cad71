"""Where the text of a .docx lives: pieces of text tied to their XML elements, the
tracked-change elements read on the way, and small helpers about shapes and fields.

Shared by the walker (:mod:`reviewdesk.formats.docx_walk`) and the writers that edit the
package in place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from lxml import etree

from reviewdesk.formats.docx_package import W_NAMESPACES
from reviewdesk.formats.docx_styles import Numbering, Styles, local

View = Literal["accept", "reject"]
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
M_STRICT_NS = "http://purl.oclc.org/ooxml/officeDocument/math"
R_NAMESPACES = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/relationships",
)

TEXT, CHAR, MARK, SEP = "text", "char", "mark", "sep"

# Elements whose content is never text.
SKIP = frozenset(
    {
        "pPr", "rPr", "sectPr", "tblPr", "tblGrid", "tblPrEx", "trPr", "tcPr", "sdtPr",
        "sdtEndPr", "delInstrText", "rt", "annotationRef", "fldData",
        "bookmarkStart", "bookmarkEnd", "proofErr", "permStart", "permEnd",
        "lastRenderedPageBreak", "customXmlPr", "smartTagPr",
    }
)  # fmt: skip
SHAPES = frozenset({"drawing", "pict", "object", "AlternateContent"})
INSERTED = frozenset({"ins", "moveTo"})
DELETED = frozenset({"del", "moveFrom"})
REVISION_TAGS = INSERTED | DELETED
# Content controls whose text is a chosen value (a drop-down, a date, a check box).
FORM_CONTROLS = frozenset({"dropDownList", "comboBox", "date", "checkbox", "docPartList"})
# Siblings that may stand between two paragraphs without separating them.
INERT = frozenset(
    {
        "bookmarkStart", "bookmarkEnd", "commentRangeStart", "commentRangeEnd", "proofErr",
        "permStart", "permEnd", "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart",
        "moveToRangeEnd",
    }
)  # fmt: skip
_HYPERLINK_TARGET = re.compile(r'HYPERLINK\s+(?:"([^"]*)"|(\S+))?(?:.*?\\l\s+"([^"]*)")?', re.S)


@dataclass(slots=True)
class Piece:
    """A stretch of the text and where it lives: ``node`` is the ``w:t`` (text), the tab,
    break or symbol element (char), or the ``w:p`` whose mark it is (mark, sep).

    ``offset`` is where the piece starts inside ``node.text``; ``locked`` pieces cannot
    carry a tracked change (equation text; a paragraph mark that cannot join the next
    paragraph, such as the last one in a table cell; the break between two stories).
    """

    start: int
    length: int
    kind: str
    node: etree._Element
    para: etree._Element | None
    offset: int = 0
    locked: bool = False
    revised: bool = False  # a paragraph mark that is itself a tracked change
    why: str = ""  # why it is locked: math, form, mark, sep, odd


@dataclass(slots=True)
class RevisionMark:
    """One tracked-change element as read: an insertion covers ``start..end`` of the
    accept-all text; a deletion sits at ``start`` and carries its ``text``."""

    kind: Literal["insert", "delete"]
    author: str
    date: str
    place: str
    start: int
    end: int
    text: str = ""


@dataclass(slots=True)
class TextBox:
    """A text box met in a story: its content, and the same box in a fallback copy."""

    content: etree._Element
    mirror: etree._Element | None = None


class PartContext:
    """What walking needs to know about the document and the part being walked."""

    def __init__(
        self,
        part: str,
        root: etree._Element,
        styles: Styles,
        numbering: Numbering,
        links: dict[str, str],
        view: View,
    ) -> None:
        self.part = part
        self.styles = styles
        self.numbering = numbering
        self.links = links
        self.view = view
        self.ordinals = {el: i for i, el in enumerate(revision_elements(root))}

    def place(self, el: etree._Element) -> str:
        """``part#ordinal`` of a tracked-change element."""
        return f"{self.part}#{self.ordinals.get(el, -1)}"


def revision_elements(root: etree._Element) -> list[etree._Element]:
    """The tracked-change elements of a part, in document order (``part#ordinal``)."""
    tags = [f"{{{ns}}}{name}" for ns in W_NAMESPACES for name in sorted(REVISION_TAGS)]
    return list(root.iter(*tags))


def views_differ(root: etree._Element) -> bool:
    """Whether a part can read differently with every change accepted and rejected: it
    holds a tracked change (text, paragraph mark, table row) or deleted text."""
    names = (*REVISION_TAGS, "delText")
    tags = [f"{{{ns}}}{name}" for ns in W_NAMESPACES for name in names]
    return next(root.iter(*tags), None) is not None


def is_w(el: etree._Element) -> bool:
    tag = el.tag
    return isinstance(tag, str) and tag[1:].partition("}")[0] in W_NAMESPACES


def rel_id(el: etree._Element, name: str = "id") -> str | None:
    """An ``r:`` attribute (transitional or strict)."""
    for ns in R_NAMESPACES:
        value = el.get(f"{{{ns}}}{name}")
        if value is not None:
            return value
    return None


def int16(value: str, base: int = 16) -> int:
    try:
        return int(value, base)
    except ValueError:
        return 0 if base == 16 else 9


def not_in_run(el: etree._Element) -> bool:
    parent = el.getparent()
    return parent is None or local(parent) != "r"


def link_target(instr: str) -> str | None:
    instr = instr.strip()
    if not instr.upper().startswith("HYPERLINK"):
        return None
    match = _HYPERLINK_TARGET.match("HYPERLINK" + instr[9:])
    if match is None:
        return ""
    target = match.group(1) or match.group(2) or ""
    if match.group(3):
        target = f"{target}#{match.group(3)}"
    return target


def boxes_in(el: etree._Element) -> list[etree._Element]:
    """The outermost ``w:txbxContent`` elements inside ``el``."""
    found = [node for node in el.iter() if local(node) == "txbxContent"]
    known = set(found)
    return [box for box in found if not any(a in known for a in box.iterancestors())]


def picture_attrs(el: etree._Element) -> dict[str, str] | None:
    has_image = False
    attrs: dict[str, str] = {}
    for node in el.iter():
        name = local(node)
        if name in ("blip", "imagedata"):
            has_image = True
        elif name == "docPr":
            attrs["name"] = node.get("name") or ""
            if node.get("descr"):
                attrs["description"] = node.get("descr") or ""
    return attrs if has_image else None


def loose_text(el: etree._Element) -> bool:
    """Whether a shape holds text outside its text boxes (WordArt, diagrams)."""
    for node in el.iter():
        if (
            local(node) == "t"
            and (node.text or "").strip()
            and not any(local(a) == "txbxContent" for a in node.iterancestors())
        ):
            return True
    return False


def next_block(p: etree._Element) -> etree._Element | None:
    sibling = p.getnext()
    while sibling is not None and (not local(sibling) or local(sibling) in INERT):
        sibling = sibling.getnext()
    return sibling
