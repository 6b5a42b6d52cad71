"""Prepositions of time: the word after them decides which one English uses.

- a weekday or a date takes "on" ("in Monday" -> "on Monday");
- a year, a month alone or a season of years takes "in" ("on 1990", "at May" -> "in");
- a clock time takes "at" ("in 8 o'clock", "on noon" -> "at");
- a length of time counted in units takes "for", not "since" or "during" ("since three
  years", "during two hours" -> "for"): "since" wants a starting point ("since 2019",
  "since three years ago" is judged by the "ago" and left to the reader).

Only where the time word ends its phrase: "on 1990 prices", "in Monday's game" and
"at noon tomorrow" are other uses and stay; so is "in" after a past verb ("sworn in
Friday": a particle, the "on" left out as headlines do).
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at, replace_word
from reviewdesk.core.engines.grammar.lexicon import WEEKDAYS, Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "preposition"
_MONTHS = word_set(
    "january february march april june july august september october november december"
)
_UNITS = word_set("seconds minutes hours days weeks months years decades centuries")
_COUNTS = word_set("two three four five six seven eight nine ten eleven twelve several many few")
_COMPARED = word_set("up down rise fall rose fell compared percent cent % higher lower")
_CLOCK = word_set("noon midnight")
_ENDS = frozenset(("", ".", ",", ";", ":", "!", "?", ")", "and", "but", "when", "where"))


def check_time_prepositions(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """The wrong preposition before a day, a year, a month, a clock time or a length."""
    for i, tok in enumerate(sent[:-1]):
        low = tok.low
        if low in ("in", "at", "on"):
            if i and lex.tags(sent[i - 1].low) & {"VBD", "VBN"} and low != "on":
                continue  # "sworn in Friday", "checked in Monday": a particle, "on" left out
            fix = _point_preposition(sent, i + 1)
            if fix and fix != low:
                message = f"Before “{sent[i + 1].text}” English uses “{fix}”."
                yield Finding(tok.start, tok.end, RULE, message, (replace_word(tok, fix),))
        elif low in ("since", "during") and _length(sent, i + 1):
            message = f"A length of time takes “for”, not “{tok.text}”."
            yield Finding(tok.start, tok.end, RULE, message, (replace_word(tok, "for"),))


def _point_preposition(sent: list[Token], j: int) -> str | None:
    """The preposition the time word at ``j`` takes, when it ends its phrase."""
    word = sent[j]
    low = word.low
    after = low_at(sent, j + 1)
    if low in WEEKDAYS and word.is_capitalised and after in _ENDS:
        return "on"
    if low in _MONTHS and word.is_capitalised and after in _ENDS:
        return "in"
    if word.is_number and len(word.text) == 4 and word.text[:2] in ("19", "20"):
        if any(t.low in _COMPARED for t in sent[max(0, j - 5) : j]):
            return None  # "up 5% on 2019": against a year, British business usage
        return "in" if after in _ENDS else None
    if low in _CLOCK and after in _ENDS:
        return "at"
    if word.is_number and after == "o'clock":
        return "at"
    return None


def _length(sent: list[Token], j: int) -> bool:
    """ "three years", "10 days", "several months" with no "ago" after them."""
    count = sent[j]
    if not (count.is_number or count.low in _COUNTS) or low_at(sent, j + 1) not in _UNITS:
        return False
    return low_at(sent, j + 2) not in ("ago", "before", "earlier", "later", "of")
