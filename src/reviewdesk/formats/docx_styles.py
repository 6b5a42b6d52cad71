"""What a Word paragraph or run is, from styles.xml and numbering.xml.

Used by the text map to say which paragraphs are headings, captions and list items (with
the number or bullet Word shows), and which runs are bold, italic or underlined (direct
formatting and character styles; a paragraph style's own bold, as in a heading, is part
of being a heading, not marked again).
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass, field

from lxml import etree

from reviewdesk.formats.docx_package import W_NAMESPACES

log = logging.getLogger(__name__)

_OFF = {"0", "false", "off", "none"}
_BULLETS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢", "\uf0fc": "✓", "o": "◦", "\uf06f": "◦"}


@functools.lru_cache(maxsize=4096)
def _local_of(tag: str) -> str:
    return tag.rpartition("}")[2]


def local(el: etree._Element) -> str:
    """An element's local name ("" for comments and processing instructions)."""
    tag = el.tag
    return _local_of(tag) if isinstance(tag, str) else ""


_W, _W_STRICT = W_NAMESPACES


@functools.lru_cache(maxsize=1024)
def _names(name: str) -> tuple[str, str]:
    return f"{{{_W}}}{name}", f"{{{_W_STRICT}}}{name}"


def wattr(el: etree._Element, name: str) -> str | None:
    """A ``w:`` attribute in either the transitional or the strict namespace."""
    plain, strict = _names(name)
    value = el.get(plain)
    return value if value is not None else el.get(strict)


def wchild(el: etree._Element, name: str) -> etree._Element | None:
    """The first ``w:`` child called ``name`` (either namespace)."""
    plain, strict = _names(name)
    for child in el:
        tag = child.tag
        if tag in (plain, strict):
            return child
    return None


def flag(props: etree._Element | None, name: str) -> bool | None:
    """A toggle property (``w:b``, ``w:i``) of an rPr: True, False, or None when absent."""
    if props is None:
        return None
    el = wchild(props, name)
    if el is None:
        return None
    return (wattr(el, "val") or "true").lower() not in _OFF


def underline(props: etree._Element | None) -> bool | None:
    """``w:u`` of an rPr: underlined unless its value is ``none``."""
    if props is None:
        return None
    el = wchild(props, "u")
    if el is None:
        return None
    return (wattr(el, "val") or "single").lower() not in _OFF


@dataclass
class Style:
    """One style's facts that matter here."""

    id: str
    kind: str
    name: str
    based_on: str = ""
    outline: int | None = None
    num_id: str = ""
    num_level: int = 0
    bold: bool | None = None
    italic: bool | None = None
    underline: bool | None = None


@dataclass
class Styles:
    """The styles of a document, looked up by id (following ``basedOn``)."""

    by_id: dict[str, Style] = field(default_factory=dict)

    @classmethod
    def read(cls, root: etree._Element | None) -> Styles:
        """Parse a styles part (None: a document without one)."""
        styles = cls()
        if root is None:
            return styles
        for el in root:
            if local(el) != "style":
                continue
            style_id = wattr(el, "styleId") or ""
            name_el = wchild(el, "name")
            based = wchild(el, "basedOn")
            style = Style(
                id=style_id,
                kind=wattr(el, "type") or "paragraph",
                name=((wattr(name_el, "val") or "") if name_el is not None else "").lower(),
                based_on=(wattr(based, "val") or "") if based is not None else "",
            )
            ppr = wchild(el, "pPr")
            if ppr is not None:
                outline = wchild(ppr, "outlineLvl")
                if outline is not None:
                    try:
                        style.outline = int(wattr(outline, "val") or "9")
                    except ValueError:
                        style.outline = None
                num = wchild(ppr, "numPr")
                if num is not None:
                    style.num_id, style.num_level = numbering_of(num)
            rpr = wchild(el, "rPr")
            style.bold, style.italic = flag(rpr, "b"), flag(rpr, "i")
            style.underline = underline(rpr)
            styles.by_id[style_id] = style
        return styles

    def chain(self, style_id: str) -> list[Style]:
        """The style and the styles it is based on, nearest first (cycles cut)."""
        found: list[Style] = []
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            style = self.by_id.get(style_id)
            if style is None:
                break
            found.append(style)
            style_id = style.based_on
        return found

    def heading_level(self, style_id: str) -> int | None:
        """0 for the Title style, N for Heading N (or an outline level), else None."""
        for style in self.chain(style_id):
            if style.name == "title":
                return 0
            match = re.fullmatch(r"heading ?(\d)", style.name)
            if match:
                return int(match.group(1))
            if style.outline is not None and style.outline < 9:
                return style.outline + 1
        return None

    def is_caption(self, style_id: str) -> bool:
        """Whether the paragraph style is (based on) Caption."""
        return any(style.name == "caption" for style in self.chain(style_id))

    def numbering(self, style_id: str) -> tuple[str, int]:
        """The list a paragraph style puts its paragraphs in: (numId, level) or ("", 0)."""
        for style in self.chain(style_id):
            if style.num_id:
                return style.num_id, style.num_level
        return "", 0

    def run_flags(self, style_id: str) -> tuple[bool, bool, bool]:
        """Bold, italic, underline a character style gives."""
        result: list[bool | None] = [None, None, None]
        for style in self.chain(style_id):
            for i, value in enumerate((style.bold, style.italic, style.underline)):
                if result[i] is None and value is not None:
                    result[i] = value
        return bool(result[0]), bool(result[1]), bool(result[2])


def numbering_of(num_pr: etree._Element) -> tuple[str, int]:
    """(numId, ilvl) of a ``w:numPr``."""
    num = wchild(num_pr, "numId")
    lvl = wchild(num_pr, "ilvl")
    num_id = (wattr(num, "val") or "") if num is not None else ""
    try:
        level = int((wattr(lvl, "val") or "0") if lvl is not None else "0")
    except ValueError:
        level = 0
    return num_id, max(0, min(level, 8))


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."


class Numbering:
    """Counts list items as Word does and gives the label it shows ("3.", "b)", "•")."""

    def __init__(self, root: etree._Element | None) -> None:
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._abstract_xml: dict[str, etree._Element] = {}
        self._nums: dict[str, tuple[str, dict[int, int]]] = {}
        self._counters: dict[str, list[int]] = {}
        self._started: set[str] = set()
        if root is None:
            return
        for el in root:
            name = local(el)
            if name == "abstractNum":  # read on first use: some files define thousands
                self._abstract_xml.setdefault(wattr(el, "abstractNumId") or "", el)
            elif name == "num":
                abstract = wchild(el, "abstractNumId")
                overrides: dict[int, int] = {}
                for override in el:
                    if local(override) == "lvlOverride":
                        start = wchild(override, "startOverride")
                        if start is not None:
                            overrides[_int(wattr(override, "ilvl"), 0)] = _int(
                                wattr(start, "val"), 1
                            )
                self._nums[wattr(el, "numId") or ""] = (
                    (wattr(abstract, "val") or "") if abstract is not None else "",
                    overrides,
                )

    def next_label(self, num_id: str, level: int) -> tuple[str, str] | None:
        """The kind ("bullet" or "number") and label of the next item of list ``num_id``."""
        if not num_id or num_id == "0" or num_id not in self._nums:
            return None
        abstract_id, overrides = self._nums[num_id]
        levels = self._levels(abstract_id)
        counters = self._counters.setdefault(abstract_id, [0] * 9)
        if num_id not in self._started:
            self._started.add(num_id)
            for lvl, start in overrides.items():
                if 0 <= lvl < 9:
                    counters[lvl] = start - 1
        spec = levels.get(level, _Level())
        if counters[level] == 0 and spec.start != 1:
            counters[level] = spec.start - 1
        counters[level] += 1
        for deeper in range(level + 1, 9):
            counters[deeper] = 0
        if spec.fmt == "bullet":
            return "bullet", _BULLETS.get(spec.text, spec.text or "•")

        def number(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            if not 0 <= index < 9:
                return ""
            value = counters[index] or levels.get(index, _Level()).start
            return _format(value, levels.get(index, _Level()).fmt)

        return "number", re.sub(r"%(\d)", number, spec.text)

    def _levels(self, abstract_id: str) -> dict[int, _Level]:
        levels = self._abstract.get(abstract_id)
        if levels is None:
            levels = {}
            el = self._abstract_xml.get(abstract_id)
            for lvl in el if el is not None else ():
                if local(lvl) == "lvl":
                    levels[_int(wattr(lvl, "ilvl"), 0)] = _level(lvl)
            self._abstract[abstract_id] = levels
        return levels


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _level(lvl: etree._Element) -> _Level:
    start = wchild(lvl, "start")
    fmt = wchild(lvl, "numFmt")
    text = wchild(lvl, "lvlText")
    return _Level(
        start=_int(wattr(start, "val") if start is not None else None, 1),
        fmt=(wattr(fmt, "val") or "decimal") if fmt is not None else "decimal",
        text=(wattr(text, "val") or "") if text is not None else "%1.",
    )


def _roman(value: int) -> str:
    numerals = (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    )  # fmt: skip
    out = []
    for amount, numeral in numerals:
        while value >= amount:
            out.append(numeral)
            value -= amount
    return "".join(out)


def _letters(value: int) -> str:
    if value <= 0:
        return ""
    letter = chr(ord("a") + (value - 1) % 26)
    return letter * ((value - 1) // 26 + 1)


def _format(value: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letters(value)
    if fmt == "upperLetter":
        return _letters(value).upper()
    if fmt == "lowerRoman":
        return _roman(value)
    if fmt == "upperRoman":
        return _roman(value).upper()
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt == "none":
        return ""
    return str(value)
