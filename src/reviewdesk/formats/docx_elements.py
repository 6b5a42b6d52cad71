"""Fast looks at WordprocessingML elements for the story walker, and what Word shows for a
legacy form field that has no text of its own.

The walker visits every element of a document several times per export (the map, then
the read-back of both views), so names are looked up once per tag and a run's or a
paragraph's properties are read in one pass.
"""

from __future__ import annotations

import functools

from lxml import etree

from reviewdesk.formats.docx_package import W_NAMESPACES
from reviewdesk.formats.docx_pieces import M_NS, M_STRICT_NS
from reviewdesk.formats.docx_styles import wattr

W_FAMILY, MATH_FAMILY, OTHER_FAMILY = 0, 1, 2
PLAIN = (False, False, False)
_OFF = frozenset({"0", "false", "off", "none"})
_PARAGRAPH_PROPS = frozenset({"pStyle", "numPr", "outlineLvl", "rPr"})
# what Word draws for a legacy check box (the glyphs it puts in a w14:checkbox as text)
CHECKED, UNCHECKED = "\u2612", "\u2610"


@functools.lru_cache(maxsize=2048)
def classify(tag: str) -> tuple[int, str]:
    """(namespace family, local name) of an element tag: looked up once per tag."""
    if not tag.startswith("{"):
        return OTHER_FAMILY, tag
    ns, _, name = tag[1:].partition("}")
    if ns in W_NAMESPACES:
        return W_FAMILY, name
    if ns in (M_NS, M_STRICT_NS):
        return MATH_FAMILY, name
    return OTHER_FAMILY, name


def w_children(props: etree._Element, names: frozenset[str]) -> dict[str, etree._Element]:
    """The first ``w:`` child of each of ``names``, in one pass over ``props``."""
    found: dict[str, etree._Element] = {}
    for child in props:
        tag = child.tag
        if isinstance(tag, str):
            family, name = classify(tag)
            if family == W_FAMILY and name in names and name not in found:
                found[name] = child
    return found


def paragraph_props(props: etree._Element) -> dict[str, etree._Element]:
    """The children of a pPr that the walk reads (style, numbering, outline, mark)."""
    return w_children(props, _PARAGRAPH_PROPS)


def toggle(el: etree._Element | None, default: str = "true") -> bool | None:
    """An on/off property's value (``w:b``, ``w:i``, ``w:u``...), None when absent."""
    if el is None:
        return None
    return (wattr(el, "val") or default).lower() not in _OFF


def form_display(ff_data: etree._Element) -> str:
    """What Word shows for a legacy check box or drop-down field (``w:ffData``), which
    holds no text of its own: the box, ticked or not, or the chosen entry ("" for any
    other field)."""
    found = w_children(ff_data, frozenset({"checkBox", "ddList"}))
    box = found.get("checkBox")
    if box is not None:
        state = w_children(box, frozenset({"checked", "default"}))
        checked = toggle(state.get("checked"))
        if checked is None:
            checked = bool(toggle(state.get("default")))
        return CHECKED if checked else UNCHECKED
    listing = found.get("ddList")
    if listing is None:
        return ""
    entries = [wattr(c, "val") or "" for c in listing if classify_el(c) == "listEntry"]
    chosen = w_children(listing, frozenset({"result", "default"}))
    pick = chosen.get("result")
    if pick is None:
        pick = chosen.get("default")
    try:
        index = int(wattr(pick, "val") or "0") if pick is not None else 0
    except ValueError:
        index = 0
    return entries[index] if 0 <= index < len(entries) else ""


def classify_el(el: etree._Element) -> str:
    """A ``w:`` element's local name ("" for anything else)."""
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    family, name = classify(tag)
    return name if family == W_FAMILY else ""
