"""A number and a unit before a noun, written without their hyphens ("a two day visit",
"an 18 year old", "its 386 strong chain").

After a number above one, a unit in the singular can only be part of a compound modifier
("two days" is a count, "two-day" describes), so the singular is the evidence and no
part-of-speech guess is needed. Left alone: the plural ("18 years old", "ages 18 and
over"), "one" (a "one day" is also "some day"), a measure used as a predicate ("six foot
tall", "a crowd 5,000 strong") and years ("the 2019 season").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_NUMBER_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    "seventy|eighty|ninety|hundred"
)
_NUMBER = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})*|(?:{_NUMBER_WORDS})"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)"
)
# "18 year old", "18-year old", "18 year-old": an age with a space where a hyphen goes
_AGE = re.compile(rf"(?<![\w.,:$£€-])({_NUMBER})( |-)(year|month|week|day)( |-)old(?![\w-])")
_UNITS = (
    "day|week|month|year|hour|minute|mile|kilometre|kilometer|metre|meter|foot|inch|"
    "storey|story|seat|member|page|point|man|woman|person|acre|hectare|tonne|ton|lane|"
    "strong"
)
_UNIT_NOUN = re.compile(
    rf"(?<![\w.,:$£€-])({_NUMBER}) ({_UNITS}) (?=([a-z][\w’'-]+|[A-Z][a-z]+)\b)"
)
# a unit between spaces (or before a hyphen): only paragraphs holding one are searched
_GATE = re.compile(rf"[ -](?:{_UNITS})[ -]")
# words after the unit that show it is no modifier of the next word
_NOT_A_NOUN = frozenset(
    [
        "of",
        "and",
        "or",
        "nor",
        "but",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "per",
        "a",
        "an",
        "the",
        "than",
        "that",
        "which",
        "who",
        "tall",
        "high",
        "long",
        "wide",
        "deep",
        "old",
        "ago",
        "later",
        "earlier",
        "away",
        "before",
        "after",
        "since",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "has",
        "had",
        "have",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "should",
        "do",
        "does",
        "did",
        "as",
        "so",
        "if",
        "into",
        "onto",
        "off",
        "out",
        "over",
        "under",
        "about",
        "around",
        "between",
        "through",
        "during",
        "until",
    ]
)
_DETERMINER_NEAR = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|this|that)\s+"
    r"(?:(?:currently|now|some|about|nearly|almost|roughly)\s+)?$",
    re.I,
)


def compound_modifiers(text: str) -> Iterator[tuple[int, int, str]]:
    """Each number-and-unit modifier missing a hyphen: (start, end, hyphenated)."""
    if _GATE.search(text) is None:
        return
    seen: set[int] = set()
    for m in _AGE.finditer(text):
        if (m.group(2) == "-" and m.group(4) == "-") or _is_one(m.group(1)):
            continue
        seen.add(m.start())
        yield m.start(), m.end(), f"{m.group(1)}-{m.group(3)}-old"
    for m in _UNIT_NOUN.finditer(text):
        number, unit, after = m.group(1), m.group(2), m.group(3)
        if m.start() in seen or _is_one(number) or after.lower() in _NOT_A_NOUN:
            continue
        if unit.lower() == "strong" and not _DETERMINER_NEAR.search(text[: m.start()]):
            continue  # "a crowd 5,000 strong gathered": a predicate, not a modifier
        end = m.start() + len(number) + 1 + len(unit)
        yield m.start(), end, f"{number}-{unit}"


def _is_one(number: str) -> bool:
    return number.lower() in ("1", "one")
