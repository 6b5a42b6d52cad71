"""Figures and terms written two ways in one article, read a line at a time like
:mod:`.forms`:

- a large number with its thousands comma and without: "100,000" and "37542" (only
  five figures and up are read without one: a four-figure number may be a year);
- a date with an ordinal and without: "August 4th" and "April 28", "4th August" and
  "28 April";
- a term with a figure in capitals and capitalised: "COVID-19" and "Covid-19" (a
  capitalised word's case is not counted in general, but this shape is always a term).

Codes, model numbers and addresses keep their figures as they are: a number after a
capitalised word, "No." or "#" is not read ("Flight 12345", "ZIP 90210").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reviewdesk.core.engines.consistency.use import Use

THOUSANDS, ORDINALS, TERM_FIGURES = "thousands", "date-ordinals", "term-figures"

_WITH_COMMAS = re.compile(r"(?<![\w.,:/#№'’-])(\d{1,3}(?:,\d{3})+)(\.\d+)?(?![\w,:/'’-]|\.\d)")
_WITHOUT = re.compile(r"(?<![\w.,:/#№'’-])([1-9]\d{4,})(\.\d+)?(?![\w,:/'’-]|\.\d)")
# what makes a long figure a code, not a count: a name or a label just before it
_CODE_BEFORE = re.compile(
    r"(?:\b[A-Z][\w.&-]*|\b(?i:no|number|code|zip|id|phone|tel|fax|ref|account|order|"
    r"case|file|serial|patent|pin|flight|route)\.?|[#№])\s*$"
)
_CODE_AFTER = re.compile(r"\s*(?:-\d|/\d)")
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
)
_MDY = re.compile(rf"(?<![\w.])({_MONTH})(\.?) ([1-3]?\d)(st|nd|rd|th)?(?![\w:,.]\d|\w)")
_DMY = re.compile(rf"(?<![\w.,:])([1-3]?\d)(st|nd|rd|th)? (?:of )?({_MONTH})(?!\w)")
_DIGIT = re.compile(r"\d")
_FIVE_FIGURES = re.compile(r"\d{5}")
_MONTH_GATE = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_TERM = re.compile(r"(?<![\w-])([A-Za-z][a-z]{2,}|[A-Z]{3,})-(\d{1,3})(?![\w-])")


def read_figures(line: str, add: Callable[[Use], None]) -> None:
    """Every use of this module's three families in one line."""
    if _DIGIT.search(line) is None:
        return  # most lines: one scan in C, not a loop over characters
    if "," in line or _FIVE_FIGURES.search(line):
        _thousands(line, add)
    if _MONTH_GATE.search(line):
        _ordinals(line, add)
    if "-" in line:
        _terms(line, add)


def _thousands(line: str, add: Callable[[Use], None]) -> None:
    for m in _WITH_COMMAS.finditer(line):
        plain = m.group(1).replace(",", "") + (m.group(2) or "")
        add(Use(THOUSANDS, "", "comma", m.start(), m.end(), (("comma", m.group()),
                                                             ("plain", plain))))  # fmt: skip
    for m in _WITHOUT.finditer(line):
        if _CODE_BEFORE.search(line[max(0, m.start() - 24) : m.start()]):
            continue
        if _CODE_AFTER.match(line[m.end() : m.end() + 3]):
            continue  # a range of codes, a date in figures
        digits = m.group(1)
        comma = f"{int(digits):,}" + (m.group(2) or "")
        add(Use(THOUSANDS, "", "plain", m.start(), m.end(), (("comma", comma),
                                                             ("plain", m.group()))))  # fmt: skip


def _suffix(day: int) -> str:
    if day % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _ordinals(line: str, add: Callable[[Use], None]) -> None:
    for m in _MDY.finditer(line):
        month, dot, day, suffix = m.group(1), m.group(2), m.group(3), m.group(4)
        if not 1 <= int(day) <= 31 or (dot and len(month) > 4):
            continue
        head = f"{month}{dot} {day}"
        form = "ordinal" if suffix else "plain"
        add(Use(ORDINALS, "", form, m.start(), m.end(),
                (("ordinal", head + _suffix(int(day))), ("plain", head))))  # fmt: skip
    for m in _DMY.finditer(line):
        day, suffix = m.group(1), m.group(2)
        if not 1 <= int(day) <= 31 or " of " in m.group():
            continue  # "the 4th of July": a name of the day, not a date style
        tail = f" {m.group(3)}"
        form = "ordinal" if suffix else "plain"
        add(Use(ORDINALS, "", form, m.start(), m.end(),
                (("ordinal", day + _suffix(int(day)) + tail), ("plain", day + tail))))  # fmt: skip


def _terms(line: str, add: Callable[[Use], None]) -> None:
    for m in _TERM.finditer(line):
        word, figure = m.group(1), m.group(2)
        if word.isupper():
            form = "capitals"
        elif word[0].isupper():
            form = "capitalised"
        else:
            continue  # a lowercase word before a figure ("under-18", "top-10")
        key = f"{word.lower()}-{figure}"
        alts = (("capitals", f"{word.upper()}-{figure}"),
                ("capitalised", f"{word.capitalize()}-{figure}"))  # fmt: skip
        add(Use(TERM_FIGURES, key, form, m.start(), m.end(), alts))
