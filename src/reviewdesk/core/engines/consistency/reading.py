"""What one line says about the article's conventions, read once per line text.

Each occurrence is a :class:`Use` of one *family* ("percent", "quotes", "dashes",
"dates", "numbers", "apostrophes", "headings") or of one abbreviation: which form it
takes, where it stands in the line, and what it would read in each other form, so a
finding can offer "use this form everywhere". Nothing here knows any article.
"""

from __future__ import annotations

import re

from reviewdesk.core.engines.consistency import dash_marks, figures, forms, soundalikes, spellings
from reviewdesk.core.engines.consistency.use import Use
from reviewdesk.core.text.bylines import byline_name
from reviewdesk.core.text.labels import speaker_label
from reviewdesk.core.text.prose import overlaps, protected_spans

PERCENT, QUOTES, APOSTROPHES, DASHES, DATES, NUMBERS, HEADINGS = (
    "percent",
    "quotes",
    "apostrophes",
    "dashes",
    "dates",
    "numbers",
    "headings",
)
ABBREVIATION = "abbreviation"
# a month before a day written in full or abbreviated ("December 7", "Dec. 7"). Only the
# months AP abbreviates count: an AP article writes "Dec. 7" beside "March 7", so March,
# April, May, June and July say nothing about the article's choice.
MONTH_NAMES = "month-names"
_AP_MONTHS = {
    "January": "Jan.",
    "February": "Feb.",
    "August": "Aug.",
    "September": "Sept.",
    "October": "Oct.",
    "November": "Nov.",
    "December": "Dec.",
}
_FULL_MONTH = {short.rstrip("."): full for full, short in _AP_MONTHS.items()} | {"Sep": "September"}
# a quotation keeps its source's forms ("It began on Dec. 28," a geologist told the press)
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")


_PERCENT = re.compile(r"(?<![\w.,])(\d[\d,]*(?:\.\d+)?)(?:\s?(%)|\s(percent|per cent))(?!\w)")
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_MONTH_RE = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MDY = re.compile(rf"(?<![\w.])({_MONTH_RE})(\.?) (\d{{1,2}})(?:st|nd|rd|th)?(?![\w:])")
_DMY = re.compile(rf"(?<![\w.,:])(\d{{1,2}})(?:st|nd|rd|th)? ({_MONTH_RE})(?![\w])")
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_SMALL_WORDS = {v: k for k, v in _SMALL.items()}
_NUMBER_WORD = re.compile(
    r"(?<![\w’'-])(two|three|four|five|six|seven|eight|nine)(?![\w’'-])", re.I
)
_DIGIT = re.compile(r"(?<![\w.,:/$£€#№-])([2-9])(?![\w.,:/%-]|\.\d| ?(?:%|percent|per cent))")
# after a number, what keeps it in figures whatever the style (AP): units, ages, times...
_FIGURE_AFTER = re.compile(
    r"\s*(?:%|percent|per cent|a\.m\.|p\.m\.|am\b|pm\b|o['’]clock|-year|years? old|"
    r"years? of age|out of \d|"
    r"months? old|(?:hundred|thousand|million|billion|trillion)\b|"
    r"(?:kg|km|cm|mm|mph|kph|ft|in|lb|oz|m|g)\b|"
    r"(?:feet|foot|inches|inch|miles?|metres?|meters?|kilometres?|kilometers?|pounds?|"
    r"ounces?|degrees?|points?|goals?|runs?|seconds?|minutes?|hours?|yards?)\b|[-–]\d|:\d|"
    r"(?:st|nd|rd|th)\b)",
    re.I,
)
_FIGURE_BEFORE = re.compile(
    r"(?:\b(?:No|no|Nos|number|Number|page|Page|chapter|Chapter|Game|game|Route|route|"
    r"Section|section|Level|level|Category|category|Grade|grade|aged|age|Ward|Article|"
    r"Room|room|Gate|gate|Platform|Apollo|Windows|Stage|stage|Phase|phase|Round|round|"
    r"Week|week|Day|day|Act|act|Flight|flight|Channel|channel|Square|Street|Avenue|"
    r"version|Version|v|of|in|out of|Year|year|Term|term|Grade|Class|class|Type|type|"
    r"Rule|rule|Step|step|Part|part|Volume|vol|Vol|Issue|issue|Lot|lot|Unit|unit|"
    r"Amendment|amendment|Title|Figure|figure|Table|table)\.?|[$£€#]|\d\s*(?:[-–]|to|and|or)\s*|"
    rf"\b{_MONTH_RE}\.?|\b[A-Z][A-Z&]+)\s*$"  # "WESH 2 news": a station's or a model's name
)
# a capitalised word inside a sentence before a figure: the figure is the name's
# ("the Falcon 9 rocket", "a Boeing 737"), whatever the house style for counts; a
# weekday is no name's ("on Friday 3 people died")
_NAME_BEFORE = re.compile(r"(?<=[\w,;)] )(?P<word>[A-Z][a-z]+)\s$")
_WEEKDAYS = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)
_ANY_DIGIT = re.compile(r"\d")
_QUOTE = re.compile(r"[\"“”]")
_APOS = re.compile(r"(?<=[^\W\d_])(['’])(?=[^\W\d_])")
_DASH = re.compile(r"(?<=[^\W_]) ([—–]|--?) (?=[^\W_])|(?<=[^\W\d_])(—|--)(?=[^\W\d_])")
_DASH_CHAR = {"—": "—", "–": "–", "-": "–", "--": "—"}
# Words a title-case heading leaves in lowercase.
MINOR = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "but",
        "or",
        "nor",
        "for",
        "so",
        "yet",
        "as",
        "at",
        "by",
        "in",
        "of",
        "off",
        "on",
        "per",
        "to",
        "up",
        "via",
        "vs",
        "with",
        "from",
        "into",
        "onto",
        "over",
        "than",
        "is",
    ]
)
_HEADING_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_ABBR_DEF = re.compile(r"\(([A-Z][A-Z0-9&]{1,7}s?)\)")
_ABBR = re.compile(r"(?<![\w.&-])([A-Z][A-Z0-9&]{1,7})(?![\w&-])")
_DEF_SKIP = frozenset(["of", "the", "and", "for", "on", "in", "to", "at", "a", "an", "&"])


def _quote_form(line: str, i: int, curly: bool) -> str:
    """The quotation mark for position ``i``: opening after a space or at the start."""
    before = line[i - 1 : i]
    opening = not before or before.isspace() or before in "([{—–-/"
    if curly:
        return "“" if opening else "”"
    return '"'


def read_line(line: str) -> tuple[Use, ...]:
    """Every convention-bearing occurrence in one line."""
    if not line.strip():
        return ()
    uses: list[Use] = []
    protected = protected_spans(line)

    def add(use: Use) -> None:
        if not (protected and overlaps(protected, use.start, use.end)):
            uses.append(use)

    heading = _heading(line)
    if heading is not None:
        uses.append(heading)
    if "%" in line or "per" in line:
        for m in _PERCENT.finditer(line):
            n = m.group(1)
            form = "%" if m.group(2) else m.group(3)
            add(
                Use(
                    PERCENT,
                    "",
                    form,
                    m.start(),
                    m.end(),
                    (("%", f"{n}%"), ("percent", f"{n} percent"), ("per cent", f"{n} per cent")),
                )
            )
    if '"' in line or "“" in line or "”" in line:
        for m in _QUOTE.finditer(line):
            i = m.start()
            if m.group() == '"' and line[i - 1 : i].isdigit():
                continue  # inches: 6'2"
            form = "straight" if m.group() == '"' else "curly"
            add(
                Use(
                    QUOTES,
                    "",
                    form,
                    i,
                    i + 1,
                    (("straight", '"'), ("curly", _quote_form(line, i, True))),
                )
            )
    if "'" in line or "’" in line:
        for m in _APOS.finditer(line):
            form = "straight" if m.group(1) == "'" else "curly"
            add(Use(APOSTROPHES, "", form, m.start(), m.end(), (("straight", "'"), ("curly", "’"))))
    for m in _DASH.finditer(line):
        if m.group(1) is not None:
            dash = _DASH_CHAR[m.group(1)]
            add(
                Use(
                    DASHES,
                    "",
                    "spaced",
                    m.start(),
                    m.end(),
                    (("spaced", f" {dash} "), ("unspaced", "—")),
                )
            )
        else:
            add(
                Use(
                    DASHES,
                    "",
                    "unspaced",
                    m.start(),
                    m.end(),
                    (("spaced", " — "), ("unspaced", "—")),
                )
            )
    _dates(line, add)
    _numbers(line, add)
    _abbreviations(line, add)
    forms.read_big_numbers(line, add)
    if "." in line or "…" in line:
        forms.read_ellipses(line, add)
    forms.read_times(line, add)
    if _ANY_DIGIT.search(line) is not None:
        forms.read_units(line, add)
    forms.read_term_case(line, add)
    figures.read_figures(line, add)
    spellings.read_spellings(line, add)
    soundalikes.read_soundalikes(line, add)
    dash_marks.read_dash_marks(line, add)
    return tuple(sorted(uses, key=lambda u: (u.start, u.end, u.family)))


def _dates(line: str, add: object) -> None:
    quoted: list[tuple[int, int]] | None = None
    for m in _MDY.finditer(line):
        month, dot, day = m.group(1), m.group(2), m.group(3)
        if dot and month in _MONTHS:
            continue  # "in January. 5 people ...": a sentence ends there
        if quoted is None:
            quoted = [q.span() for q in _QUOTED.finditer(line)] if _QUOTE.search(line) else []
        if not any(a < m.start() < b for a, b in quoted):
            _month_name(m.start(), month, dot, add)
        add(
            Use(
                DATES,
                "",
                "month day",
                m.start(),
                m.end(),
                (("month day", m.group()), ("day month", f"{day} {month}{dot}")),
            )
        )  # type: ignore[operator]
    for m in _DMY.finditer(line):
        day, month = m.group(1), m.group(2)
        add(
            Use(
                DATES,
                "",
                "day month",
                m.start(),
                m.end(),
                (("day month", m.group()), ("month day", f"{month} {day}")),
            )
        )  # type: ignore[operator]


def _month_name(start: int, month: str, dot: str, add: object) -> None:
    """The month of a "month day" date, in full or abbreviated, when AP abbreviates it."""
    full = month if month in _AP_MONTHS else _FULL_MONTH.get(month)
    if full is None:
        return
    form = "full" if month == full else "abbreviated"
    short = month + dot if form == "abbreviated" else _AP_MONTHS[full]
    end = start + len(month) + len(dot)
    alts = (("full", full), ("abbreviated", short))
    add(Use(MONTH_NAMES, "", form, start, end, alts))  # type: ignore[operator]


def _numbers(line: str, add: object) -> None:
    """Small counts (two to nine) in words or in figures, where style decides."""
    for m in _NUMBER_WORD.finditer(line):
        word = m.group(1)
        if word[0].isupper():
            continue  # a sentence starts with it ("Three boats ...") whatever the style
        after = line[m.end() : m.end() + 14]
        if _FIGURE_AFTER.match(after) or re.match(r"-\w", after):
            continue
        n = _SMALL[word.lower()]
        add(Use(NUMBERS, "", "words", m.start(), m.end(), (("words", word), ("figures", str(n)))))  # type: ignore[operator]
    for m in _DIGIT.finditer(line):
        i = m.start()
        after = line[m.end() : m.end() + 14]
        if _FIGURE_AFTER.match(after) or _FIGURE_BEFORE.search(line[max(0, i - 14) : i]):
            continue
        named = _NAME_BEFORE.search(line[max(0, i - 30) : i])
        if named is not None and named.group("word") not in _WEEKDAYS:
            continue  # "the Falcon 9 rocket": a name's figure
        if not re.match(r" [a-z]", after):
            continue  # only a count of something: "5 people", not "Apollo 5" or "5)"
        word = _SMALL_WORDS[int(m.group(1))]
        add(Use(NUMBERS, "", "figures", i, m.end(), (("figures", m.group(1)), ("words", word))))  # type: ignore[operator]


def _abbreviations(line: str, add: object) -> None:
    """A definition ("World Health Organization (WHO)") and every use ("WHO")."""
    defined: set[int] = set()
    for m in _ABBR_DEF.finditer(line):
        abbr = (
            m.group(1).rstrip("s")
            if m.group(1).endswith("s") and len(m.group(1)) > 2
            else m.group(1)
        )
        words = _HEADING_WORD.findall(line[max(0, m.start() - 120) : m.start()])
        letters = [c for c in abbr if c.isalpha()]
        take = _spelled_by(words, letters)
        if not take:
            continue
        start = line.rfind(take[0], 0, m.start())
        defined.add(m.start(1))
        add(
            Use(
                ABBREVIATION,
                abbr,
                "definition",
                start,
                m.end(),
                (("definition", line[start : m.end()]), ("use", abbr)),
            )
        )  # type: ignore[operator]
    for m in _ABBR.finditer(line):
        if m.start(1) in defined or m.group(1).isdigit():
            continue
        add(Use(ABBREVIATION, m.group(1), "use", m.start(1), m.end(1), ()))  # type: ignore[operator]


def _spelled_by(words: list[str], letters: list[str]) -> list[str]:
    """The words before a "(ABBR)" whose initials spell it, skipping little words
    ("Centers for Disease Control and Prevention" for CDC); [] if none do."""
    want = list(reversed(letters))
    skipped = 0
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if want and word[0].upper() == want[0] and word[0].isupper():
            want.pop(0)
            if not want:
                return words[k:]
        elif word.lower() not in _DEF_SKIP:
            skipped += 1
            if skipped > len(letters) // 2 + 1:
                return []
    return []


def _heading(line: str) -> Use | None:
    """A heading's case style: title ("Grip on Power") or sentence ("Grip on power")."""
    text = line.strip()
    mark = re.match(r"#{1,6}\s+", text)
    offset = line.index(text) + (mark.end() if mark else 0)
    body = text[mark.end() :] if mark else text
    body = body.strip("*_ ")
    if not body or body[-1] in '.!?:;,”"’)' or speaker_label(line) is not None:
        return None
    words = list(_HEADING_WORD.finditer(body))
    if not 3 <= len(words) <= 14 or not words[0].group()[0].isupper() or body.isupper():
        return None
    if body.lower().startswith(("by ", "photo", "image", "credit")) or byline_name(body):
        return None  # a byline ("Jane Doe, Courts Reporter") is no heading
    rest = [w.group() for w in words[1:] if w.group().lower() not in MINOR]
    caps = sum(1 for w in rest if w[0].isupper())
    lows = len(rest) - caps
    if not rest:
        return None
    form = "title" if lows == 0 else "sentence" if caps == 0 else "mixed"
    start = line.index(body, offset) if body in line[offset:] else offset
    return Use(HEADINGS, "", form, start, start + len(body), ())
