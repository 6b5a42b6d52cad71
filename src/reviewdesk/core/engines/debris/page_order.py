"""Page furniture that a line's place in the page shows, whatever its words.

The phrase and shape rules (:mod:`.patterns`, :mod:`.page_shapes`) were each built on a
site's own wording, and a new site words its links, labels and counts anew: on a blind
set half its furniture lines were missed. What every site's furniture shares is where it
stands and what it is not. After the article's last paragraph, a page holds links to
other stories, tags, labels and counts: short lines that are no sentence. Between the
article's paragraphs, a run of two or more such lines is a box of links ("Trending" and
a headline under it), where the copy's own short line, a subheading, stands alone over
the paragraph it heads. Before the article's first paragraph, around its headline, a
page holds its section's label, its name, a reading time, a time stamp, a share row:
short lines unlike the headline, a few words or a figure among a few words.

What stays: a sentence (the article's last short paragraph, a correction), a list item
("- ..." or "1. ..."), a line ending in a colon over a list, a byline or a writer's
sign-off ("Jane Doe, Leeds" right after the last paragraph), a line in parentheses (a
wire's "(Reporting by ...)"), a quotation, and a heading with a sentence under it. The
decisions that need the lines around a line are made in :mod:`.incremental`; this
module reads one line at a time.
"""

from __future__ import annotations

import re

from reviewdesk.core.engines.debris.controls import READER_VERBS
from reviewdesk.core.engines.debris.lines import LineReading
from reviewdesk.core.engines.debris.page_shapes import bare_date, name_attribution
from reviewdesk.core.text.bylines import byline_name
from reviewdesk.core.text.sentences import (
    SENTENCE_BREAK_RE,
    ends_like_sentence,
    period_may_continue,
)

__all__ = [
    "BOX_LINE",
    "BOX_TITLE",
    "FOOTER_DEBRIS_SHARE",
    "FOOTER_REACH",
    "HEAD_REACH",
    "LINK_BOX",
    "LONG_FOOTER_REACH",
    "PAGE_END",
    "PAGE_HEAD",
    "PLACE_RULES",
    "REPEATED_LABEL",
    "box_facts",
    "box_item",
    "box_title",
    "bracketed",
    "framed",
    "furniture_shaped",
    "head_line",
    "heading_over",
    "heads_list",
    "label_line",
    "list_item",
    "page_row",
    "sign_off",
    "site_voice",
    "spaced_row",
    "web_address",
    "words",
]

PAGE_END = "debris-page-end"
LINK_BOX = "debris-link-box"
PAGE_HEAD = "debris-page-head"
REPEATED_LABEL = "debris-repeated-label"
BOX_TITLE = "debris-box-title"
BOX_LINE = "debris-box-line"
# the rules that read a line's place in a web page: a Word file is no web page (its
# tables' cells and its headers' lines stand where a page's footer would)
PLACE_RULES = frozenset({PAGE_END, LINK_BOX, PAGE_HEAD, REPEATED_LABEL, BOX_TITLE, BOX_LINE})
# a page's label over each advert, video or box ("Advertisement:", "Video Ad Feedback")
# holds a few words; the copy's subheadings differ from one another
_LABEL_WORDS = 6
# how many lines a page's head may hold before the article's first paragraph: more lines
# than that before any paragraph are a text of another kind, not an article on a page
HEAD_REACH = 30
# a page's line before the article holds a few words (a label, "Sign in / Register", the
# site's name: "City of Fairfield, California"), or a figure among a few more ("3 Min
# Read", "Published 2 December 2019"); a headline, a standfirst hold more
_HEAD_WORDS = 4
_HEAD_FIGURE_WORDS = 6
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# ... and, whatever its length, a row of two items or more between spaced separators
# ("Subscriber edition · 5 min read"), a line in capitals (a site's or a newsletter's
# name, a kicker) or a web address (a printed page's "Printed from www..."): a headline
# or a standfirst is set as a sentence is, with no separator and no address
_HEAD_ROW_WORDS = 12
_HEAD_CAPS_WORDS = 8
_SEPARATOR = re.compile(r"\s[·•|]\s")
_WEB_ADDRESS = re.compile(r"(?:\bwww\.|\bhttps?://)\S|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# ... or items set apart by runs of spaces, as a menu's or a toolbar's buttons are when
# copied ("Sign up   Sign in", "Mail   News   Finance   More..."): two items or more of
# four words at most, no sentence's stop before a gap (a typist's two spaces after a
# full stop part sentences, not items)
_GAP = re.compile(r"(?<![.!?:;,])(?: {2,}|\t+)(?=\S)")
_GAP_ITEM_WORDS = 4
# a box's label and its details between the article's paragraphs: "Branch meeting:
# Thursday, May 23, 6:30 p.m., Hall B", "Whitepaper: ... (PDF, 2.1 MB)": a label of a
# few words with no figure, a colon, then details holding one (a time, a date, a size)
_BOX_FACTS = re.compile(r"\s*[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,3}:\s+\S.*$")
_LABEL_PART = re.compile(r"[^:]*:")

# how many lines after the last paragraph a page's footer may hold: more short lines than
# that end a text of another kind (a list, a poem), not an article on a page
FOOTER_REACH = 40
# ... unless the page shows itself in them: a big site's footer (a list of its stories,
# its forums, with their time stamps and comment counts) runs past forty lines, but at
# least one line in ``FOOTER_DEBRIS_SHARE`` there is debris by a rule of its own; a
# list or a poem has none. The walk goes no further than ``LONG_FOOTER_REACH``.
LONG_FOOTER_REACH = 200
FOOTER_DEBRIS_SHARE = 8
# a list item's mark: "- ", "* ", "• ", "1. ", "2) ", "a) "
_LIST_MARK = re.compile(r"\s*(?:[-*•–]\s|\d{1,3}[.)]\s|[a-z][.)]\s)")
_MAX_WORDS = 20
_DIGIT = re.compile(r"\d")
# the page speaking to its reader: "you", "your"; a copyright's sign
_READER = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours)\b|©")
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
_FIRST_WORD = re.compile(r"[A-Za-z][\w-]*")
# a speaker's label before what they say: "Host: ...", "**Jane Doe:** ..."
_SPEAKER = re.compile(r"\s*(?:\*\*)?[A-Z][\w.'’ -]{0,40}?(?:\*\*)?\s*:(?:\*\*)?\s")
_MAX_VOICE_WORDS = 40
# a heading the copy marks as one: "## The court battle", "**Business**"
_MARKED_HEADING = re.compile(r"\s*(?:#+\s|\*\*.*\*\*\s*$|__.*__\s*$)")


def list_item(line: str) -> bool:
    """Whether ``line`` is marked as an item of a list (the copy's own list)."""
    return _LIST_MARK.match(line) is not None


def heads_list(line: str) -> bool:
    """Whether ``line`` ends in a colon (it introduces what follows: a list, a quote)."""
    return line.rstrip().endswith(":")


def sign_off(line: str) -> bool:
    """Whether ``line`` reads as the writer's sign-off after the last paragraph: a name
    alone or with a place or a role ("Jane Doe, Leeds")."""
    return name_attribution(line) or byline_name(line) is not None


def furniture_shaped(line: str, reading: LineReading) -> bool:
    """Whether ``line`` has a page furniture's shape: a few words (up to twenty) that are
    no sentence and hold none, no list item, no byline, no quotation and no aside in
    parentheses."""
    if not reading.listing or reading.whole is not None:
        return False
    text = line.strip()
    if len(text.split()) > _MAX_WORDS or ends_like_sentence(text):
        return False
    if _sentence_inside(text):
        return False  # "Photo: A crane works ... on Monday. (Harbor Ledger)": a sentence inside
    if list_item(line) or text.startswith("(") or byline_name(text) is not None:
        return False
    return not text.startswith(("“", '"', "‘"))


_LETTERS_BEFORE = re.compile(r"(?<![\w.])([^\W\d_]+(?:\.[^\W\d_]+)*)$")


def _sentence_inside(text: str) -> bool:
    """Whether ``text`` holds the end of a sentence before its last words: a stop that
    no abbreviation keeps inside ("2 p.m. ET", "charity no. 1104562" are one line of
    labels; "in 2018. (Credit)" and "£20. Join online" hold a sentence)."""
    for m in SENTENCE_BREAK_RE.finditer(text):
        before = text[: m.start()].rstrip()
        if not before.endswith("."):
            return True  # "?" or "!": a question, a cry
        word = _LETTERS_BEFORE.search(before[:-1])
        if word is None or not period_may_continue(word.group(1).rsplit(".", 1)[-1]):
            return True
    return False


def words(line: str) -> int:
    """How many words ``line`` holds (runs of letters: no figures, marks or glyphs)."""
    return len(_WORD.findall(line))


def head_line(line: str, reading: LineReading) -> bool:
    """Whether ``line``, before the article's first paragraph and not its headline, has
    the page's shape there: a furniture's shape (:func:`furniture_shaped`: bylines stay)
    and four words at most (a section's label, the site's name, a share row), or a
    figure among six words at most (a reading time, a time stamp, a pager). A date
    alone is the story's dateline, a line ending in a dash a dateline before the first
    paragraph, one ending in a comma or a colon leads into the next (a letter's "Dear
    Editor,"), a line opening with "By" in any case ("by Jane Doe May 2, 2019") is a
    byline and one in the copy's heading marks its own label: the copy's. A row of
    items set apart by runs of spaces (:func:`spaced_row`) is the page's whatever its
    last item ends in ("How Do I..."), and so is a line set between dashes
    (:func:`framed`), which is no dateline."""
    if reading.whole is None and spaced_row(line):
        return True
    if not furniture_shaped(line, reading):
        return False
    text = line.strip()
    if framed(text):
        return True  # "---------- Forwarded message ---------", "--": a rule, no dateline
    if bare_date(line):
        return False
    if text.endswith(("—", "–", "-", ",", ":")) or text[:3].lower() == "by ":
        # a dateline; a line leading into the next ("Dear Editor,", "The winners:"); a
        # byline no name reads ("By Wikinews staff")
        return False
    if _MARKED_HEADING.match(text) is not None:
        return False  # "**Business**": a label the copy marks as its own
    n = words(text)
    if n <= _HEAD_WORDS or (_DIGIT.search(text) is not None and n <= _HEAD_FIGURE_WORDS):
        return True
    if page_row(text):
        return True
    return n <= _HEAD_CAPS_WORDS and text.isupper()  # "ST BRIGID'S PARISH NEWSLETTER"


def page_row(line: str) -> bool:
    """Whether ``line`` is set as no headline is: items between spaced separators
    ("Subscriber content · Free article 2 of 3 this month", twelve words at most) or a
    web address ("Printed from www.example.com on 16/01/2019"). Before the article's
    first paragraph such a line is the page's, however many words it holds."""
    text = line.strip()
    if _SEPARATOR.search(text) is not None and len(text.split()) <= _HEAD_ROW_WORDS:
        return True
    return _WEB_ADDRESS.search(text) is not None or spaced_row(text)


def spaced_row(line: str) -> bool:
    """Whether ``line`` is a row of items set apart by runs of spaces or tabs ("Sign up
    Sign in" with three spaces between, a portal's menu): two items or more, each of
    four words at most, twelve words in all, not a byline's. A headline, a standfirst
    or a sentence of the copy is set with single spaces."""
    text = line.strip()
    items = _GAP.split(text)
    if len(items) < 2 or len(text.split()) > _HEAD_ROW_WORDS:
        return False
    if text[:3].lower() == "by " or byline_name(text) is not None:
        return False
    return all(0 < len(item.split()) <= _GAP_ITEM_WORDS for item in items)


def box_facts(line: str, reading: LineReading) -> bool:
    """Whether ``line`` is a box's label and its details ("Branch meeting: Thursday,
    May 23, 6:30 p.m., Hall B"; "Read the bill: HB 314 (PDF, 14 pages)"): a
    furniture's shape (:func:`furniture_shaped`: no sentence, no quotation), a label of
    one to four words opening with a capital and holding no figure, a colon, then
    details holding a figure (a time, a date, a size, a count). Between the article's
    paragraphs that is the page's box (a meeting, a download, a case, a teaser); the
    copy's subheading holds no colon, its speech ends as a sentence does."""
    if not furniture_shaped(line, reading) or _BOX_FACTS.match(line) is None:
        return False
    label = _LABEL_PART.match(line)
    if label is None:
        return False
    return _DIGIT.search(label.group()) is None and _DIGIT.search(line, label.end()) is not None


_FRAME = "-—–=~"
_FRAMED_WORDS = 14


# a web address with or without "www." ("Open the original on westminsterwire.co.uk")
_DOMAIN = re.compile(
    r"(?:\bwww\.|\bhttps?://)\S|(?<![\w@.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*"
    r"\.(?:com|org|net|edu|gov|info|news|io|co\.uk|org\.uk|ac\.uk|com\.au)\b"
)


def web_address(line: str) -> bool:
    """Whether ``line`` holds a web address, "www." or not ("westminsterwire.co.uk"): a
    site's name set in lowercase with its domain, as no sentence of the copy names it
    ("Amazon.com" is capitalised)."""
    return _DOMAIN.search(line) is not None


def framed(line: str) -> bool:
    """Whether ``line`` opens and closes on a dash (fourteen words at most): a page's
    rule or banner ("--", "---------- Forwarded message ---------", "— Sponsored by
    ... —", "- Story continues below -"). The copy's dateline ends on a dash but opens
    on its place; a list item's dash is followed by words that end otherwise."""
    text = line.strip()
    return (
        bool(text)
        and text[0] in _FRAME
        and text[-1] in _FRAME
        and len(text.split()) <= _FRAMED_WORDS
    )


def bracketed(line: str) -> bool:
    """Whether ``line`` is held whole in square brackets, two to thirty words ("[Image:
    Divers bring the recorder aboard]", "[Related: Boeing issues bulletin]"): a page's
    placeholder for a picture or a link left by a print view or a reader."""
    text = line.strip()
    return (
        text.startswith("[")
        and text.endswith("]")
        and "]" not in text[1:-1]
        and 2 <= len(text.split()) <= 30
    )


def label_line(line: str, reading: LineReading) -> bool:
    """Whether ``line`` may be a label the page sets over each of its adverts, videos or
    boxes: a furniture's shape (:func:`furniture_shaped`) of six words at most, no date
    alone (a dateline, repeated where pages of stories are joined), no list item, and
    no lowercase start (a page's label is set like a title: "dependency resolution is
    slow" twice is a table's cells, the copy's).
    Such a line found twice or more between the article's paragraphs is the page's: the
    copy's subheadings differ from one another."""
    text = line.strip()
    return (
        furniture_shaped(line, reading)
        and len(text.split()) <= _LABEL_WORDS
        and not bare_date(text)
        and words(text) > 0
        and not text[:1].islower()
    )


# a link's title holds a few words at least ("2.3 GB/s", "Tech" are a table's or a
# menu's); right over a paragraph it holds more than a subheading would (the copy's
# subheading may follow a photo's credit)
_TITLE_WORDS = 3
_TITLE_OVER_PROSE_WORDS = 12


def box_title(line: str, reading: LineReading, over_prose: bool) -> bool:
    """Whether ``line`` may be the title of a link or a video the page sets beside its
    furniture between the article's paragraphs ("Watch what Trump did ..." between
    "Video Ad Feedback" and "02:12"; a story's title over "Read more"): a furniture's
    shape (:func:`furniture_shaped`: no sentence, no byline, no quotation) of three
    words or more, no line ending in a colon (it introduces what follows), no heading
    the copy marks; right over a paragraph (``over_prose``), more than twelve words (a
    subheading is shorter)."""
    if not furniture_shaped(line, reading) or heads_list(line):
        return False
    if _MARKED_HEADING.match(line) is not None or list_item(line):
        return False
    n = words(line)
    return n >= _TITLE_WORDS and (not over_prose or n > _TITLE_OVER_PROSE_WORDS)


def heading_over(line: str, below: str) -> bool:
    """Whether ``line`` reads as the copy's heading over the sentence ``below`` it
    ("Correction" over what was wrong): a few words (six at most) with no figure (a
    count, "0 Comments") and no label before a colon ("Tags: a, b"), over a sentence of
    four words or more."""
    text = line.strip()
    if len(text.split()) > 6 or _DIGIT.search(text) or ":" in text.rstrip(":"):
        return False
    under = below.strip()
    return len(under.split()) >= 4 and ends_like_sentence(under)


def box_item(line: str, reading: LineReading) -> bool:
    """Whether ``line`` may be an item of a box of links between the article's
    paragraphs: a furniture's shape, no figure (a table's row, a score), no heading
    marks of the copy's ("## ...", "**...**") and no colon closing it (what the copy
    introduces follows)."""
    return (
        furniture_shaped(line, reading)
        and not heads_list(line)
        and _DIGIT.search(line) is None
        and _MARKED_HEADING.match(line) is None
    )


def site_voice(line: str) -> bool:
    """Whether ``line`` is the page speaking to its reader (forty words at most): it
    says "you" or "your" outside quotation marks and no speaker's label, opens with a
    verb a site asks its readers to act by ("Follow", "Get"), or holds a copyright's
    sign. After the
    article's last paragraph that is the page's (a comment form, a newsletter's box, a
    cookie notice), where the copy's last paragraph reports."""
    text = line.strip()
    if not text or len(text.split()) > _MAX_VOICE_WORDS or text[0] in "\"“‘'":
        return False
    if _SPEAKER.match(text) is not None:
        return False  # "Host: ... thank you for talking to us.": speech, the copy's
    if _READER.search(_QUOTED.sub(" ", text)) is not None:
        return True
    first = _FIRST_WORD.match(text)
    return first is not None and first.group().lower() in READER_VERBS
