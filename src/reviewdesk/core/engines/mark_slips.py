"""Punctuation marks typed wrong beside one another, found from the marks alone:

- two different marks in a row ("ate,. Then", "Why?." -> one mark, the stronger): never
  after a full stop ("Inc., the firm" and "U.S.:" are an abbreviation's), nor "!"
  ("Yahoo!, the firm" is a name);
- a comma after a quotation closed by its own "?" ('"Why?", he asked' -> no comma: the
  mark ends the quotation for it); not "!", which ends names too ('"Jeopardy!", which');
- a colon between "such as" or "including" and what they introduce ("such as: apples");
- a space inside brackets ("( after a while )" -> "(after a while)");
- an abbreviation short of its full stops: "etc" ("pears etc and plums" -> "etc."),
  "e.g", "i.e", "a.m", "p.m", and "eg"/"ie" after a comma or a bracket ("fruit, eg
  apples" -> "e.g.");
- a weekday with no comma before its date ("Monday January 5" -> "Monday, January 5").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reviewdesk.core.engines.grammar.punctuation import MONTHS
from reviewdesk.core.models import Category

# (start, end, fix, category, rule, message)
Slip = tuple[int, int, str, Category, str, str]

# two marks in a row after a word or a closing mark (that is checked apart: a look-behind
# tried at every position made the engine half as slow again)
_MIXED = re.compile(r"[,;:?][.,;:](?![.,;:?!])")
_MIXED_AFTER = re.compile(r"[^\W_]|[”’\"')\]]")
_QUOTE_MARK_COMMA = re.compile(r"(?<=\?[\"”])(,)(?= )")
_LIST_COLON = re.compile(r"\b(?:[Ss]uch as|[Ii]ncluding)(:)(?= )")
_STRENGTH = {".": 3, "?": 3, ";": 2, ":": 1, ",": 0}
_SPACE_AFTER_OPEN = re.compile(r"[(\[]([ \t]+)(?=[^\W_])")
_SPACE_BEFORE_CLOSE = re.compile(r"(?<=[^\W_])([ \t]+)[)\]]")
_ETC = re.compile(r"(?<![\w.])etc\b(?![.’'])")
_LATIN = re.compile(r"(?<![\w.])(?:e\.g|i\.e|a\.m|p\.m)\b(?!\.)")
_BARE_LATIN = re.compile(r"[(,] (eg|ie)(?=[ ,])")
_WEEKDAY_DATE = re.compile(rf"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?= (?:{MONTHS}) \d)")


def mark_slips(text: str) -> Iterator[Slip]:
    """The slips of marks in one paragraph, each with its fix."""
    pun, sp = Category.PUNCTUATION, Category.SPACING
    for m in _MIXED.finditer(text):
        pair = m.group()
        if pair[0] == pair[1] or not m.start() or not _MIXED_AFTER.match(text, m.start() - 1):
            continue  # ",," and ";;": the doubled-mark rule's; a mark after a space
        keep = max(pair, key=lambda mark: _STRENGTH[mark])
        message = f"Two marks in a row: “{keep}” is enough."
        yield (*m.span(), keep, pun, "mixed-punctuation", message)
    if '",' in text or "”," in text:
        for m in _QUOTE_MARK_COMMA.finditer(text):
            message = "No comma after a quotation that ends with its own mark."
            yield (*m.span(1), "", pun, "mixed-punctuation", message)
    if "such as:" in text or "ncluding:" in text:
        for m in _LIST_COLON.finditer(text):
            message = "No colon after “such as” or “including”."
            yield (*m.span(1), "", pun, "list-colon", message)
    if "( " in text or " )" in text or "[ " in text or " ]" in text:
        for pattern in (_SPACE_AFTER_OPEN, _SPACE_BEFORE_CLOSE):
            for m in pattern.finditer(text):
                message = "No space inside brackets."
                yield (*m.span(1), "", sp, "space-inside-brackets", message)
    yield from _abbreviations(text)


def _abbreviations(text: str) -> Iterator[Slip]:
    """ "etc", "e.g", "p.m" and "eg" short of their stops; a weekday's comma before its date."""
    pun = Category.PUNCTUATION
    if "etc" in text:
        for m in _ETC.finditer(text):
            yield (*m.span(), "etc.", pun, "abbreviation-period", "“etc.” takes a full stop.")
    if ".g" in text or ".e" in text or ".m" in text:
        for m in _LATIN.finditer(text):
            fix = m.group() + "."
            message = f"“{fix}” takes a full stop after each letter."
            yield (*m.span(), fix, pun, "abbreviation-period", message)
    if " eg" in text or " ie" in text:
        for m in _BARE_LATIN.finditer(text):
            fix = "e.g." if m.group(1) == "eg" else "i.e."
            message = f"“{fix}” takes a full stop after each letter."
            yield (*m.span(1), fix, pun, "abbreviation-period", message)
    if "day " in text:
        for m in _WEEKDAY_DATE.finditer(text):
            day = m.group()
            message = f"A comma after the weekday, before its date: “{day},”."
            yield (*m.span(), day + ",", pun, "weekday-comma", message)
