"""More families a line can show: numbers from ten up, ellipses, clock times, and a
term in capitals beside its ordinary capitalisation ("LIDL" and "Lidl").

Read like :mod:`.reading` (one line at a time, each occurrence a :class:`~.reading.Use`
with its wording in every form of its family); the checker decides per article. Every
reader here keeps to shapes that only the family can mean, so a line that uses one form
throughout is never flagged: the finding needs two forms in one article.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reviewdesk.core.engines.consistency.use import Use

BIG_NUMBERS, ELLIPSES, TIMES, TERM_CASE = "big-numbers", "ellipses", "times", "term-case"
UNITS = "units"
TWENTY_FOUR_HOUR = frozenset({"24-hour", "four figures"})
# a figure and a unit's symbol, with a space between or not: "37 kg", "37kg" (not "m" or
# "g" alone: "$5m" is five million; not a range's or a decimal's inside digits)
_UNIT = re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)?)( ?)(kg|km|cm|mm|mg|ml|mph|kph|km/h|lb|lbs|oz|kW|MW|GW|"
    r"kWh|GB|MB|TB|Hz|kHz|MHz|GHz)(?![\w/])"
)

_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9}  # fmt: skip
_WORDS_BY_VALUE = {v: k for k, v in {**_TEENS, **_TENS}.items()}
_GATE_WORDS = ("ten", "eleven", "twelve", "teen", "enty", "irty", "rty", "fty", "xty", "ghty")
_TWO_DIGITS = re.compile(r"[1-9]\d")
_BIG_WORD = re.compile(
    r"(?<![\w’'-])(" + "|".join(_TENS) + r")(?:-(" + "|".join(_UNITS) + r"))?"
    r"(?![\w’'-])|(?<![\w’'-])(" + "|".join(_TEENS) + r")(?![\w’'-])"
)
# hundreds and thousands in words ("four hundred people"), not "a hundred" or "hundreds"
_ROUND_WORDS = re.compile(
    r"(?<![\w’'-])((?:"
    + "|".join(_TENS)
    + r")(?:-(?:"
    + "|".join(_UNITS)
    + r"))?|"
    + "|".join([*_UNITS, *_TEENS])
    + r") (hundred|thousand)(?![\w’'-])"
)
_ROUND_FIGURES = re.compile(
    r"(?<![\w.,:/$£€#№'’-])([1-9]\d{2}|[1-9]\d?,\d{3})(?![\w.,:/%'’-]|\.\d)"
)
_AGE_FIGURES = re.compile(r"([1-9]\d)(?<![\w.,:/$£€#-]..)(?=-year-old|-month-old| years? old)")
# the look behind comes after the digits: tried only where two digits stand (faster)
_BIG_DIGITS = re.compile(r"([1-9]\d)(?<![\w.,:/$£€#№'’-]..)(?![\w.,:/%'’-]|\.\d)")
# what keeps a number as it is whatever the style: a unit, an age, a time, a round
# number ("ten thousand"), an ordinal, a range, an idiom ("one in ten")
_KEEP_AFTER = re.compile(
    r"\s*(?:%|percent|per cent|a\.m\.|p\.m\.|am\b|pm\b|o['’]clock|-|years? old|"
    r"(?:hundred|thousand|million|billion|trillion|dozen)\b|"
    r"(?:kg|km|cm|mm|mph|kph|ft|lb|oz|m|g)\b|"
    r"(?:feet|foot|inches|inch|miles?|metres?|meters?|kilometres?|kilometers?|pounds?|"
    r"ounces?|degrees?|points?|goals?|runs?|seconds?|minutes?|hours?|yards?|percent|"
    r"tons?|tonnes?|acres?|hectares?|litres?|liters?|gallons?)\b|"
    r"[–]\d|:\d|(?:st|nd|rd|th)\b|to (?:one|1)\b|or (?:so|more|fewer|less)\b)",
    re.I,
)
# a measure or a length of time after a number from 10 up: "30 mph", "twenty seconds".
# Such numbers are read apart from counts (key MEASURE): the styles that write counts
# from 10 in figures write these in figures too (AP: "30 mph", "20 seconds"), so
# "thirty miles per hour" beside "45 kilometers per hour" is a slip; but a measure's
# figures say nothing of how the article writes counts ("12 km" beside "twelve
# horses"), so the two are never weighed together
MEASURE = "measure"
_MEASURE_AFTER = re.compile(
    r" (?:miles?|mph|kph|km/h|km|kilomet(?:er|re)s?|met(?:er|re)s?|feet|foot|inches|yards?|"
    r"pounds?|kg|kilograms?|tons?|tonnes?|degrees?|knots|seconds?|minutes?|hours?|days?|"
    r"weeks?|months?)(?![\w/-])"
)
# words after a number that show it counts nothing there ("eleven and twelve")
_NOT_COUNTED = frozenset(
    ["and", "or", "nor", "but", "than", "to", "of", "per", "for", "from", "with"]
)
_KEEP_BEFORE = re.compile(
    r"(?:\b(?:No|no|number|Number|page|Page|chapter|Chapter|Route|route|Game|game|"
    r"Section|section|Level|level|aged|age|ages|Ward|Room|room|Gate|gate|Platform|"
    r"Round|round|Week|week|Day|day|Flight|flight|Channel|channel|top|Top|version|Year|"
    r"year|Class|Type|Rule|Step|Part|Volume|vol|Issue|issue|Unit|unit|Amendment|Title|"
    r"Figure|Table|in|of|out of|one|1|by|to|from|between|under|over|than)\.?|"
    r"[$£€#]|\d\s*(?:[-–]|to|and|or)\s*|\b[A-Z][A-Z&]+)\s*$"
)


# prepositions that keep a count as it is ("one in ten", "out of 20") but stand before a
# measure as before any ("winds of thirty miles per hour", "in 30 minutes", "by 12 km")
_AROUND_A_MEASURE = re.compile(r"in|of|by|under|over|than")


def read_big_numbers(line: str, add: Callable[[Use], None]) -> None:
    """Counts from 10 to 99 in words ("eleven officers") or in figures ("12 officers").

    "ten" in words is left out: house styles part at ten itself (AP and the Guardian spell
    out one to nine, Wikinews and others one to ten), and published copy written to the
    second kind raised three of the four flags on the Wikinews sets."""
    found = _BIG_WORD.finditer(line) if any(w in line for w in _GATE_WORDS) else ()
    for m in found:
        word = m.group()
        if word[0].isupper():
            continue  # a sentence starts with it, or a name ("Ocean's Eleven")
        value = _TENS[m.group(1)] + _UNITS[m.group(2)] if m.group(1) and m.group(2) else (
            _TENS.get(m.group(1) or "") or _TEENS[m.group(3)]
        )  # fmt: skip
        if value == 10:
            continue  # "ten": styles differ at ten itself (one to nine, one to ten)
        key = _count_or_measure(line, m.start(), m.end())
        if key is not None:
            add(Use(BIG_NUMBERS, key, "words", m.start(), m.end(),
                    (("words", word), ("figures", str(value)))))  # fmt: skip
    if "hundred" in line or "thousand" in line:
        _round_words(line, add)  # read before the figures' gate: a line in words has none
    if _TWO_DIGITS.search(line) is None:
        return
    for m in _BIG_DIGITS.finditer(line):
        value = int(m.group(1))
        key = _count_or_measure(line, m.start(), m.end())
        if key is None:
            continue
        tens, unit = divmod(value, 10)
        words = _WORDS_BY_VALUE.get(value) or (
            _WORDS_BY_VALUE[tens * 10] + "-" + next(k for k, v in _UNITS.items() if v == unit)
        )
        add(Use(BIG_NUMBERS, key, "figures", m.start(), m.end(),
                (("figures", m.group(1)), ("words", words))))  # fmt: skip
    for m in _ROUND_FIGURES.finditer(line):
        # a count from 100 in figures ("400 people"): the article's figures, offered in
        # no other form (a year or an address reads the same way, and stays)
        if _counts_something(line, m.start(), m.end()):
            add(Use(BIG_NUMBERS, "", "figures", m.start(), m.end(), (("figures", m.group()),)))
    for m in _AGE_FIGURES.finditer(line) if "old" in line else ():
        # an age in figures ("a 25-year-old") shows the article writes 10 and over in
        # figures; it is no count to rewrite, so it offers no other form
        add(Use(BIG_NUMBERS, "", "figures", m.start(), m.end(), (("figures", m.group(1)),)))


# the first end of a range before a number: "two to", "15 or", "20-"
_RANGE_BEFORE = re.compile(
    r"(?:\d|\b(?:" + "|".join([*_UNITS, *_TEENS, *_TENS]) + r"))(?:-\w+)?\s*(?:[-–]|to|or)\s*$"
)


def _round_words(line: str, add: Callable[[Use], None]) -> None:
    """ "four hundred people", "twelve thousand fans": a count in words past 99."""
    for m in _ROUND_WORDS.finditer(line):
        if not _counts_something(line, m.end(2) - len(m.group(2)), m.end()):
            continue
        if _RANGE_BEFORE.search(line[max(0, m.start() - 24) : m.start()]):
            continue  # "two to three hundred vehicles": a range, both ends in words
        tens, _, unit = m.group(1).partition("-")
        n = _UNITS.get(tens) or _TEENS.get(tens) or _TENS[tens] + _UNITS.get(unit, 0)
        value = n * (100 if m.group(2) == "hundred" else 1000)
        add(Use(BIG_NUMBERS, "", "words", m.start(), m.end(),
                (("words", m.group()), ("figures", f"{value:,}"))))  # fmt: skip


def _count_or_measure(line: str, start: int, end: int) -> str | None:
    """The key of a number from 10 to 99 at ``line[start:end]``: "" for a count ("12
    officers"), MEASURE for a measure or a length of time ("30 mph", "twenty minutes"),
    None for neither (an age, a rank, a range, a name's, a percentage)."""
    if _counts_something(line, start, end):
        return ""
    if _MEASURE_AFTER.match(line, end):
        before = line[max(0, start - 16) : start]
        keep = _KEEP_BEFORE.search(before)
        if keep is None or _AROUND_A_MEASURE.fullmatch(keep.group().strip()):
            return MEASURE
    return None


def _counts_something(line: str, start: int, end: int) -> bool:
    """Whether the number at ``line[start:end]`` counts the plain word after it ("12
    officers"), not a measure, an age, a rank, a range or part of a name."""
    after = line[end : end + 16]
    word = re.match(r" ([a-z]{3,})\b", after)
    if word is None or word.group(1) in _NOT_COUNTED or _KEEP_AFTER.match(after):
        return False
    return not _KEEP_BEFORE.search(line[max(0, start - 16) : start])


_ELLIPSIS = re.compile(r"(?<![.…])(\.\.\.|\. \. \.|…)(?![.…])")


def read_ellipses(line: str, add: Callable[[Use], None]) -> None:
    """An ellipsis as three full stops or as the one character "…"."""
    if "..." not in line and "…" not in line and ". . ." not in line:
        return
    for m in _ELLIPSIS.finditer(line):
        form = "character" if m.group() == "…" else "dots"
        dots = m.group() if form == "dots" else "..."
        add(Use(ELLIPSES, "", form, m.start(), m.end(), (("dots", dots), ("character", "…"))))


_TWELVE = re.compile(
    r"(?<![\w.:£$€])(1[0-2]|0?[1-9])(?:([:.])([0-5]\d))?(?:(\s?)(am|pm|AM|PM)|"
    r" ([ap])\.m\.)(?![\w])"
)
_TIME_GATE = re.compile(r"\d(?:\s?[apAP]\.?[mM]\b|:\d| ?(?:UTC|GMT|Zulu))")
# four figures on the 24-hour clock only before a zone: "1922 UTC" ("1200 hours" may
# be a length of time)
_FOUR_FIGURES = re.compile(r"(?<![\w.:,/-])([01]\d|2[0-3])([0-5]\d)(?= ?(?:UTC|GMT|Zulu)\b)")
_TWENTY_FOUR = re.compile(r"(?<![\w.:£$€-])([01]\d|2[0-3]):([0-5]\d)(?![\w:.,]\d|\d)")
# "19:00" is a time only where a time is expected: after these, or before these
_CLOCK_BEFORE = re.compile(
    r"\b(?:at|by|before|after|until|till|from|around|about|since|to|and|between|"
    r"shortly before|shortly after)\s+$",
    re.I,
)
_CLOCK_AFTER = re.compile(r"\s*(?:local time|hours|hrs|h\b|GMT|BST|UTC|CET|CEST|EST|EDT|PST)")


def read_times(line: str, add: Callable[[Use], None]) -> None:
    """A clock time as "7pm", as "7 p.m." or on the 24-hour clock ("19:00")."""
    if _TIME_GATE.search(line) is None:
        return
    for m in _TWELVE.finditer(line):
        hour, minutes = int(m.group(1)), m.group(3)
        half = (m.group(5) or m.group(6)).lower()[0]
        form = "p.m." if m.group(6) else "pm spaced" if m.group(4) else "pm"
        end, stop = _sentence_stop(line, m.end(), form)
        add(_time_use(m.start(), end, form, hour % 12 + (12 if half == "p" else 0), minutes,
                      stop, _zone(line, m.end())))  # fmt: skip
    for m in _TWENTY_FOUR.finditer(line):
        hour = int(m.group(1))
        if hour < 13 and not m.group(1).startswith("0"):
            continue  # "10:30" could be either clock
        if not (
            _CLOCK_BEFORE.search(line[max(0, m.start() - 20) : m.start()])
            or _CLOCK_AFTER.match(line[m.end() : m.end() + 12])
        ):
            continue  # a score, a lap time, a verse
        end, stop = _sentence_stop(line, m.end(), "24-hour")
        add(_time_use(m.start(), end, "24-hour", hour, m.group(2), stop, _zone(line, m.end())))
    for m in _FOUR_FIGURES.finditer(line):  # "1922 UTC": the military clock before a zone
        add(_time_use(m.start(), m.end(), "four figures", int(m.group(1)), m.group(2), False,
                      _zone(line, m.end())))  # fmt: skip


_ZONE = re.compile(r"\s*\(?(UTC|GMT|Zulu)\b")


def _zone(line: str, end: int) -> str:
    """ "utc" for a time given in universal time: news often glosses a local time with
    it in another form ("18:00 local time (1500 UTC)"), so universal times are compared
    only with each other."""
    return "utc" if _ZONE.match(line, end) else ""


_NEXT_SENTENCE = re.compile(r"\s*$|\s+(?!(?:UTC|GMT|[A-Z][SD]T)\b)[A-Z“\"]")


def _sentence_stop(line: str, end: int, form: str) -> tuple[int, bool]:
    """Where the time's span ends, and whether a sentence ends with it: "at 7pm." takes
    its full stop along, so "at 7 p.m." (whose last dot ends the sentence) and back do
    not double or lose it."""
    if form == "p.m.":
        # "7 p.m. UTC": a zone after it, so the last dot is the abbreviation's own
        return end, _NEXT_SENTENCE.match(line, end) is not None
    if line[end : end + 1] == "." and line[end + 1 : end + 2] in ("", " "):
        return end + 1, True
    return end, False


def _time_use(
    start: int,
    end: int,
    form: str,
    hour: int,
    minutes: str | None,
    stop: bool = False,
    zone: str = "",
) -> Use:
    twelve = hour % 12 or 12
    half = "a" if hour < 12 else "p"
    clock = f"{twelve}:{minutes}" if minutes and minutes != "00" else str(twelve)
    dot = "." if stop else ""
    alts = (
        ("pm", f"{clock}{half}m{dot}"),
        ("pm spaced", f"{clock} {half}m{dot}"),
        ("p.m.", f"{clock} {half}.m."),
        ("24-hour", f"{hour:02d}:{minutes or '00'}{dot}"),
        ("four figures", f"{hour:02d}{minutes or '00'}{dot}"),
    )
    return Use(TIMES, zone, form, start, end, alts)


_CAPS_GATE = re.compile(r"[A-Z]{3}")
_CAPS = re.compile(r"(?<![\w&.’'-])([A-Z]{3,})(?![\w&’'-]|\.\w)")
# words written in capitals for emphasis or at a sentence's start: never a term's case
_COMMON = frozenset(
    [
        "the",
        "and",
        "but",
        "for",
        "nor",
        "not",
        "all",
        "any",
        "are",
        "was",
        "were",
        "has",
        "had",
        "have",
        "her",
        "his",
        "its",
        "our",
        "their",
        "this",
        "that",
        "these",
        "those",
        "what",
        "when",
        "where",
        "which",
        "who",
        "whom",
        "whose",
        "why",
        "how",
        "with",
        "from",
        "into",
        "onto",
        "than",
        "then",
        "there",
        "here",
        "they",
        "them",
        "she",
        "you",
        "your",
        "yes",
        "now",
        "new",
        "one",
        "two",
        "six",
        "ten",
        "can",
        "may",
        "will",
        "shall",
        "must",
        "might",
        "could",
        "would",
        "should",
        "did",
        "does",
        "done",
        "get",
        "got",
        "out",
        "off",
        "own",
        "per",
        "via",
        "very",
        "only",
        "just",
        "also",
        "even",
        "ever",
        "never",
        "always",
        "still",
        "more",
        "most",
        "much",
        "many",
        "some",
        "such",
        "each",
        "every",
        "both",
        "few",
        "less",
        "least",
        "same",
        "other",
        "big",
        "top",
        "free",
        "sale",
        "live",
        "stop",
        "help",
        "note",
        "read",
        "see",
        "news",
        "open",
        "closed",
        "warning",
        "update",
        "breaking",
    ]
)


def read_term_case(line: str, add: Callable[[Use], None]) -> None:
    """A word in capitals ("LIDL"); the checker counts the article's capitalised words
    ("Lidl") itself, once per line, as names are counted for headings."""
    if _CAPS_GATE.search(line) is None:
        return
    letters = [c for c in line if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) * 2 > len(letters):
        return  # a line in capitals (a shouted headline): no term's own case
    for m in _CAPS.finditer(line):
        word = m.group(1)
        low = word.lower()
        if low in _COMMON or _caps_beside(line, m.start(), m.end()):
            continue
        title = word[0] + word[1:].lower()
        add(Use(TERM_CASE, low, "capitals", m.start(), m.end(),
                (("capitals", word), ("capitalised", title))))  # fmt: skip


def _caps_beside(line: str, start: int, end: int) -> bool:
    """Whether another word in capitals stands next to this one (a phrase shouted)."""
    before = re.search(r"([A-Za-z]+)\W{1,3}$", line[max(0, start - 20) : start])
    after = re.match(r"\W{1,3}([A-Za-z]+)", line[end : end + 20])
    return any(
        w is not None and len(w.group(1)) > 1 and w.group(1).isupper() for w in (before, after)
    )


def read_units(line: str, add: Callable[[Use], None]) -> None:
    """A figure with a unit's symbol, spaced ("37 kg") or not ("37kg")."""
    for m in _UNIT.finditer(line):
        n, unit = m.group(1), m.group(3)
        form = "spaced" if m.group(2) else "unspaced"
        add(
            Use(
                UNITS,
                "",
                form,
                m.start(),
                m.end(),
                (("spaced", f"{n} {unit}"), ("unspaced", f"{n}{unit}")),
            )
        )
