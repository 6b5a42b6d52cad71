"""A sound-alike written once where the article writes its partner again and again
(confused21): "the council" three times and "the counsel" once, "a key role" twice and
"a key roll" once. Read a line at a time like :mod:`.spellings`.

Each occurrence of a word of the copy desk's sound-alike nouns ("council"/"counsel",
"role"/"roll" ...) is keyed by its pair, with the word as its form; the
checker flags the one form the article writes once where it writes the other at least
twice, unless the word before it is one print puts before it more often than before its
partner ("legal counsel", "a bread roll"). The sentence alone cannot tell "the counsel"
(a lawyer) from "the council" (a body): the article's own use can. Nothing here knows
what any article is about.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable

from reviewdesk.core.engines.consistency.use import Use

SOUND_ALIKE = "sound-alike"

# nouns a desk sees written for each other, in each of their forms, that an article
# seldom needs both of: a pair of a noun and a verb ("advice"/"advise", "site"/"cite"),
# of two everyday nouns ("aid"/"aide", "break"/"brake", "site"/"sight"), or with a set
# phrase print does not hold ("free rein") would flag correct copy, and is left to the
# sentence's rules
_GROUPS = (
    ("council", "counsel"),
    ("councils", "counsels"),
    ("role", "roll"),
    ("roles", "rolls"),
    ("stationary", "stationery"),
    ("discreet", "discrete"),
)
_PARTNERS = {word: group for group in _GROUPS for word in group}
_WORDS = re.compile(
    r"(?<![\w’'-])(" + "|".join(sorted(_PARTNERS, key=len, reverse=True)) + r")(?![\w’'-])",
    re.IGNORECASE,
)
_AFTER = re.compile(r"[ \u00a0]+([A-Za-z]+)(?![\w’'-])")
_BEFORE = re.compile(r"(?<![\w’'-])([A-Za-z]+)[ \u00a0]+$")


def read_soundalikes(line: str, add: Callable[[Use], None]) -> None:
    """Every word of the pairs above, in any case (a capitalised "Council" is the
    article's word too), keyed by its pair."""
    for m in _WORDS.finditer(line):
        word = m.group(1).lower()
        group = _PARTNERS[word]
        alts = tuple((form, form) for form in group)
        add(Use(SOUND_ALIKE, group[0], sys.intern(word), m.start(1), m.end(1), alts))


def word_before(line: str, start: int) -> str:
    """The word before ``start`` in ``line``, lowercase: what print is asked about; "" at
    the line's start, after a mark or after a possessive ("the council's counsel": the
    owner's lawyer, and no pair print could weigh)."""
    m = _BEFORE.search(line, max(0, start - 40), start)
    return m.group(1).lower() if m else ""


def word_after(line: str, end: int) -> str:
    """The word after ``end`` in ``line``, lowercase ("" before a mark or the line's end)."""
    m = _AFTER.match(line, end)
    return m.group(1).lower() if m else ""
