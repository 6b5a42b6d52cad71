"""The page's side of a scraped article, by shape: what sits around its pictures (labels,
credits with no agency, a chart's caption, a caption with no credit), its stamps, its
pull quotes and embedded posts, a tip line, a section trail in capitals.

The first unread measure of five blind sets in turn (issue 11) missed these more than
any kind of the copy's, and each writer's lines were new in their words: a broadcaster's
"Image caption, ...", a wire's "... 2019. WIRE/Jane Doe", a regional paper's "Courier
file photo", a blog's "— Name (@handle) date". What such lines share is a shape an
article's own paragraphs do not have: no finite verb, a clock time and nothing else, a
credit word closing a few capitalised words. Each test asks for that shape on the whole
line; the decisions that need the lines around it are made in :mod:`.incremental`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from reviewdesk.core.engines.debris.controls import READER_VERBS

__all__ = [
    "bare_date",
    "byline_stamp",
    "caps_trail",
    "caption_credit_at_end",
    "chart_caption",
    "contact_line",
    "media_label",
    "name_attribution",
    "plain_credit",
    "post_signature",
    "slash_credit",
    "stamp_line",
    "verbless_caption",
]


def _set(words: str) -> frozenset[str]:
    """A set of words written as one string (the lists below read as prose)."""
    return frozenset(words.split())


# a broadcaster's accessible label before an image's or video's caption or source:
# "Image source, Getty Images", "Image caption, Officers at the scene", "Media caption, ..."
_MEDIA_LABEL = re.compile(
    r"(?:image|media|video|photo|picture|audio)\s+(?:source|caption|credit|description)s?"
    r"\s*[,:]\s*\S.{0,300}",
    re.IGNORECASE,
)
# a credit that names no agency: "Courier file photo", "Staff photo", "Photo courtesy of
# the family", "Submitted image" (a few capitalised words, then the credit's words)
_PLAIN_CREDIT = re.compile(
    r"(?:[A-Z][\w.'’&-]*\s+){0,4}(?i:file|staff|submitted|contributed|handout|courtesy|"
    r"archive|pool|stock|supplied)\s+(?i:photo(?:graph)?|image|picture|video|illustration)s?"
    r"(?:\s*[/|,]\s*[^.!?]{1,60})?\.?"
    r"|(?i:(?:photo(?:graph)?|image|picture)s?\s+)?(?i:courtesy)\s+(?i:of\s+)?[^.!?]{1,60}\.?"
)
# a wire's credit closing its caption after the sentence: "... 2019. REUTERS/Jane Doe",
# "... on Friday. AFP/Getty Images" (capitals, a slash, a name: no full stop after it)
_WIRE_CREDIT = re.compile(
    r"(?<=[.!?”\"])\s+[A-Z]{2,}(?:[ -][A-Z]{2,})?/[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\s*$"
)
# a caption closing on its credit in parentheses: the outlet or the archive, a slash, and
# the photographer with the surname in capitals ("... (Harbor Ledger / J. MERCER)", "(U.S.
# ARMY / Staff Sgt. L. ORTIZ)"); a figure's units "(35 km/h)" and two agencies
# "(NASA/JPL)" name no one, and a caption has a few words before it
_SLASH_CREDIT = re.compile(r"(?<=\S)\s*\(([^()\n]{1,50}/[^()\n]{1,50})\)\s*$")
_CAPS_NAME = re.compile(r"/[^/]*\b(?:[A-Z]\.|[A-Z][a-z]+)\s+[A-Z][A-Z'’-]{2,}\s*$")
_SLASH_CAPTION_WORDS = (3, 40)
# a chart's or a figure's caption: "Figure 2: ...", "Chart: ...", "Graphic | ..."
_CHART_LABEL = re.compile(
    r"(?:fig(?:ure)?\.?|chart|graph|graphic|infographic|map|table|diagram)\s*\d{0,2}[a-z]?"
    r"\s*[:|–—]\s*\S.{0,300}",
    re.IGNORECASE,
)
# a caption ending in its data's source: "... by month. Source: Ministry of Health"
_SOURCE_AT_END = re.compile(r"(?<=[.!?)])\s+Sources?\s*:\s*[^.!?:]{1,80}\.?\s*$")
# the words a stamp holds besides its date and time ("November 27, 2019 / 4:12 AM /
# Updated 3 hours ago"); a bare date is the story's dateline, the article's own
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_STAMP_WORD = re.compile(
    r"\b(?:updated|published|posted|modified|last|ago|at|on|hours?|hrs?|minutes?|mins?|"
    r"days?|weeks?|yesterday|today|just now|a\.?m\.?|p\.?m\.?|gmt|utc|bst|cet|cest|[ecmp][sd]?t|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|"
    r"wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b\.?"
    r"|\d+(?:st|nd|rd|th)?|[/|·•,–—:()-]",
    re.IGNORECASE,
)
# a date and nothing else: the story's dateline ("Monday, May 6, 2019", "6 May 2019")
_DATE_WORD = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|"
    r"wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b\.?"
    r"|\d+(?:st|nd|rd|th)?|[/,.-]",
    re.IGNORECASE,
)
_STAMP_CLUE = re.compile(r"\b(?:ago|updated|just now)\b", re.IGNORECASE)
# a tip line: an e-mail address and the page asking the reader ("Have a news tip?
# Email ...", "Contact the reporter at ...")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_ASKS = re.compile(
    r"(?:(?:have|got|know|seen|spot(?:ted)?)\b[^.!?]{0,60}\?"
    r"|(?:e-?mail|contact|send|call|write|reach|tell|tip)\b)",
    re.IGNORECASE,
)
# a section trail in capitals: "SCIENCE · MATERIALS", "NEWS | LOCAL"
_TRAIL_SPLIT = re.compile(r"\s*[·•|/›»]\s*|\s{2,}")
_CAPS_ITEM = re.compile(r"[A-Z][A-Z&'’-]*(?: [A-Z][A-Z&'’-]*){0,2}")
# a pull quote's attribution without a dash: a name ("Thomas Gray"), a role after it
_NAME_WORD = r"(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.)"
_NAME_ATTRIBUTION = re.compile(
    rf"{_NAME_WORD}(?:\s+(?:(?:de|da|di|del|van|von|la|le|bin|al)\s+)?{_NAME_WORD}){{1,3}}"
    r"(?:\s*[,|–—]\s*[A-Za-z][\w'’&-]*(?:\s+[A-Za-z][\w'’&-]*){0,7})?"
)
# an embedded post's signature: "— Jane Doe (@jdoe) December 11, 2019"
_SIGNATURE = re.compile(r"\(@\w{2,}\)")

# -- a caption with no credit ------------------------------------------------------------

# the finite verbs that mark a paragraph of the copy: auxiliaries, reporting verbs and
# the common irregular past forms (a caption is a noun phrase, or a participle after one:
# "Mukherjee in 2014, at the Rashtrapati Bhavan", "Jane Doe speaking to reporters")
_FINITE = _set(
    """
    is are was were be been am isn't aren't wasn't weren't has have had hasn't haven't hadn't
    do does did don't doesn't didn't will would shall should can could may might must won't
    wouldn't can't couldn't shouldn't 's 're 've 'll 'd said says say told tells took takes
    made makes came comes went goes got gets gave gives saw sees found finds knew knows
    thought thinks left leaves won wins lost loses led leads held holds began begins became
    becomes brought brings kept keeps ran runs met meets felt feels paid pays sent sends built
    builds stood stands spoke speaks wrote writes grew grows fell falls rose rises drew draws
    chose chooses broke breaks struck strikes sold sells bought buys caught catches fought
    fights spent spends won't let lets put puts set sets hit hits cut cuts hurt hurts shut
    shuts quit quits read reads became seems seemed appears appeared remains remained wants
    wanted needs needed believes believed expects expected plans planned hopes hoped added
    adds announced announces reported reports confirmed confirms warned warns claimed claims
    explained explains stated states noted notes argued argues insisted insists
    """
)
_PRONOUN = _set("i we us you he she it they who which that there this these those what why how")
# a short caption says when or where: a year, a weekday, a comma before its place
_ANCHOR = re.compile(r",|\b(?:1[89]|20)\d\d\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
# what follows a finite verb and not a noun: its object's determiner, "to", "that"
# ("closed its doors", "plans to expand"; "the species scanned for the survey" stays)
_OBJECT = _set(
    """a an the his her its their our my your this that these those him them us me some
    all no every any each both to"""
)
_CAPTION_WORD = re.compile(r"[\w'’-]+")
# what may stand before a participle used as an adjective ("A coated bowl", "the
# damaged bus"); after any other word an "-ed" word is the copy's past tense ("Foodies
# in Japan searched ...", "The office pressed Trump ...")
_BEFORE_ADJECTIVE = _set(
    """a an the this that these those its his her their our my your some many several
    few two three four newly recently freshly and or"""
)
# a subheading or a paragraph may open on these; a caption opens on what it shows
_OPENERS = _set(
    """after before while when as in on at for with from since during despite although
    though because if but and or so yet once until unless whether"""
)
_QUOTES = frozenset('"“”')


def _before_adjective(word: str) -> bool:
    """Whether ``word`` may stand before a participle used as an adjective."""
    return word in _BEFORE_ADJECTIVE or word.endswith("ly")


def media_label(line: str) -> bool:
    """Whether ``line`` is a broadcaster's label for a picture or a video ("Image
    caption, ...", "Image source, Getty Images", "Media caption, ...")."""
    return _MEDIA_LABEL.fullmatch(line.strip()) is not None


def plain_credit(line: str) -> bool:
    """Whether ``line`` is a photo credit naming no agency ("Courier file photo",
    "Staff photo", "Photo courtesy of the family"): eight words at most."""
    text = line.strip()
    return len(text.split()) <= 8 and _PLAIN_CREDIT.fullmatch(text) is not None


def caption_credit_at_end(line: str) -> bool:
    """Whether ``line`` ends in a wire's credit after its sentence ("... 2019.
    REUTERS/Jane Doe") or in its data's source ("... Source: Ministry of Health")."""
    if "/" in line and _WIRE_CREDIT.search(line) is not None:
        return True
    if line.rstrip().endswith(")") and "/" in line and slash_credit(line):
        return True
    return "ource" in line and _SOURCE_AT_END.search(line) is not None


def slash_credit(line: str) -> bool:
    """Whether ``line`` is a caption closing on a credit in parentheses: a source, a
    slash and a photographer, the surname in capitals ("A crane works ... (Harbor
    Ledger / J. MERCER)"), after three to forty words. A unit's slash ("35 km/h") and
    two agencies ("NASA/JPL") name no one, and a paragraph of the copy is longer."""
    m = _SLASH_CREDIT.search(line)
    if m is None or _CAPS_NAME.search(m.group(1)) is None:
        return False
    low, high = _SLASH_CAPTION_WORDS
    return low <= len(line[: m.start()].split()) <= high


def chart_caption(line: str) -> bool:
    """Whether ``line`` is a chart's or figure's caption by its label ("Figure 2: ...",
    "Chart: ..."); a sentence naming a figure ("Table 2 shows ...") has no colon there."""
    return _CHART_LABEL.fullmatch(line.strip()) is not None


def stamp_line(line: str) -> bool:
    """Whether ``line`` is a time stamp of the page: dates, a clock time or "ago" /
    "Updated", and nothing else ("November 27, 2019 / 4:12 AM / Updated 3 hours ago").
    A date alone ("Saturday, November 23, 2019") is the story's dateline and stays."""
    text = line.strip()
    if not text or len(text) > 100 or len(text.split()) > 14:
        return False
    if _CLOCK.search(text) is None and _STAMP_CLUE.search(text) is None:
        return False
    return not _STAMP_WORD.sub(" ", text).strip()


# the marks a page sets between a byline's parts ("By Jane Doe | Updated 6:42 p.m.")
_BYLINE_SEPARATOR = re.compile(r"\s*[|·•]\s*")


def byline_stamp(line: str, is_byline: Callable[[str], bool]) -> int | None:
    """Where a page's time stamp starts at the end of a byline (its separator and the
    spaces before it), else None: "By Jane Doe, Staff Writer | Updated 6:42 p.m." keeps
    the byline, the article's own, and loses " | Updated 6:42 p.m.", which the page's
    template printed. The tail is a stamp by :func:`stamp_line` (a clock time or
    "Updated"/"ago"), so a bare date after a byline ("By Jane Doe · May 2") stays, as
    the story's dateline does; ``is_byline`` reads what comes before it."""
    if len(line) > 200 or ("|" not in line and "·" not in line and "•" not in line):
        return None
    for m in _BYLINE_SEPARATOR.finditer(line):
        if m.start() == 0:
            continue
        if stamp_line(line[m.end() :]) and is_byline(line[: m.start()]):
            return m.start()
    return None


def bare_date(line: str) -> bool:
    """Whether ``line`` is a date and nothing else ("Monday, May 6, 2019"): the story's
    dateline, the copy's, where a page's stamp has a word of its own ("Published ...")."""
    text = line.strip()
    return bool(text) and len(text) <= 40 and not _DATE_WORD.sub(" ", text).strip()


def contact_line(line: str) -> bool:
    """Whether ``line`` is the page asking for tips or contact, with an e-mail address
    ("Have a news tip? Email ..."); forty words at most."""
    text = line.strip()
    if "@" not in text or len(text.split()) > 40 or _EMAIL.search(text) is None:
        return False
    return _ASKS.match(text) is not None


def caps_trail(line: str) -> bool:
    """Whether ``line`` is a section trail in capitals ("SCIENCE · MATERIALS"): two to
    four items of capitals between dots, bars, slashes or wide gaps."""
    text = line.strip()
    if not text or len(text) > 80 or _TRAIL_SPLIT.search(text) is None:
        return False
    items = [i for i in _TRAIL_SPLIT.split(text) if i]
    return 2 <= len(items) <= 4 and all(_CAPS_ITEM.fullmatch(i) for i in items)


def name_attribution(line: str) -> bool:
    """Whether ``line`` is a name alone, or a name and a role ("Thomas Gray, tour
    manager"): the shape of a pull quote's attribution (the caller asks under a quote)."""
    text = line.strip()
    if not text or len(text) > 100 or text[-1] in '.!?:;"”':
        return False
    return _NAME_ATTRIBUTION.fullmatch(text) is not None


def post_signature(line: str) -> bool:
    """Whether ``line`` names an embedded post's author by handle ("— Jane Doe (@jdoe)
    December 11, 2019"): the line before it is the post's text."""
    return _SIGNATURE.search(line) is not None


def verbless_caption(line: str) -> bool:
    """Whether ``line`` reads as a photo's caption with no credit: one phrase of 6 to 22
    words with no finite verb of the copy's ("Greta Thunberg speaking to reporters
    outside the parliament in Stockholm"), no quotation and no person speaking, not in
    title case (a subheading), and no full stop: a paragraph of the copy ends as a
    sentence, a caption need not (tried with one allowed: 38 of 1,243 correct sentences
    set between two paragraphs were taken for captions, "The company employs over 25,000
    people"; without, 1). Whether its place makes it one, the lines around it say
    (:mod:`.incremental`)."""
    text = line.strip()
    if not text or not text[-1].isalnum() or text.count(" ") > 30:
        return False  # a paragraph of the copy ends as a sentence: a caption need not
    if text[0] in "-*#>•(" or any(c in _QUOTES for c in text):
        return False
    if "." in text or ";" in text or ":" in text:
        return False  # a paragraph of the copy ends as a sentence: a caption need not
    if any(dash in text for dash in (" - ", " – ", " — ")):
        return False  # "Minuet in G major - Beethoven": a title, a listing's item
    words = _CAPTION_WORD.findall(text)
    if not 6 <= len(words) <= 22 or (len(words) < 9 and _ANCHOR.search(text) is None):
        return False  # a short line with no time or place after a comma: a subheading
    lower = [w.lower() for w in words]
    if any(w in _FINITE or re.split(r"['’]", w)[0] in _PRONOUN for w in lower):
        return False
    if not text[0].isupper() or lower[0] in _OPENERS or lower[0].endswith(("ing", "ed")):
        return False  # "After a campaign of ...", "Sabotaging ...": a subheading's opening
    if lower[0] in READER_VERBS:
        return False  # "Follow us on ...": the site's voice, an imperative
    for before, word in itertools.pairwise(lower):
        if len(word) > 3 and word.endswith("ed") and not _before_adjective(before):
            return False  # "searched", "pressed": the copy's own past tense
    for word, after in itertools.pairwise(lower):
        if after in _OBJECT and len(word) > 4 and word.endswith(("ed", "s")):
            return False  # "closed its doors", "plans to expand": the copy's verb
    capitals = sum(1 for w in words if w[:1].isupper())
    return capitals * 2 < len(words)  # a subheading in title case is the copy's
