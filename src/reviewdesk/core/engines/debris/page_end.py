"""The page's furniture after the article's last paragraph, found by its place (issue 11 point 7).

Split from :mod:`incremental` (the document-level pass that calls it) to keep each module
readable in one sitting; the rules are unchanged.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reviewdesk.core.engines.debris.boxes import (
    SHARE,
)
from reviewdesk.core.engines.debris.controls import READER_VERBS
from reviewdesk.core.engines.debris.doc import (
    REACH,
    WEDGED_WORDS,
    DebrisDoc,
    next_line,
    packed_between,
    prev_line,
)
from reviewdesk.core.engines.debris.lines import (
    FURNITURE,
    Found,
)
from reviewdesk.core.engines.debris.page_order import (
    FOOTER_DEBRIS_SHARE,
    FOOTER_REACH,
    HEAD_REACH,
    LONG_FOOTER_REACH,
    PAGE_END,
    furniture_shaped,
    heading_over,
    heads_list,
    list_item,
    sign_off,
    site_voice,
    words,
)
from reviewdesk.core.text.bylines import byline_name
from reviewdesk.core.text.sentences import ends_like_sentence

# a paragraph inside a page's footer (a newsletter's pitch) holds a few words, under a
# run of furniture lines at least this long
_ISLAND_WORDS = 30


_ISLAND_RUN = 3


# a writer's note after the article ("Jane Doe covers courts for the Ledger. Reach her at
# jdoe@ledger.com."): a person's name first, then the words about them; an e-mail address
_BIO_NAME = re.compile(r"[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'’-]+\s+[a-z]")


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


_BIO_WORDS = 60


_FIRST_WORD = re.compile(r"[A-Za-z][\w-]*")
# a page's notice among its footer is a line or two ("Registered charity no. ...",
# "Refresh the page for the latest updates."); the copy's paragraphs run longer
_NOTICE_WORDS = 20
# the footer's line that shows a notice is the page's holds a few words at least (a row
# of tags, a prompt): a box's label of one to three words stands between paragraphs too
_PLAIN_WORDS = 4


# the rules whose lines are a footer's own (a row of labels, share words, a time stamp,
# a subscription's or a comment form's prompt), where a caption, a pull quote or
# markup may stand between the article's paragraphs
_FOOTER_RULES = frozenset(
    {
        FURNITURE,
        SHARE,
        "debris-time-stamp",
        "debris-subscribe",
        "debris-comment-form",
        "debris-anti-spam",
        "debris-cookie",
    }
)


def _lone(doc: DebrisDoc, k: int) -> bool:
    reading = doc.readings[k]
    return reading is not None and reading.lone_share and reading.whole is None


_FOOTER_FOUND = Found(
    0,
    0,
    PAGE_END,
    "The web page's furniture after the article's last paragraph (a link to another "
    "story, a label, a count): not part of the article.",
    whole_line=True,
)


def _page_end(doc: DebrisDoc) -> set[int]:
    """Mark the page's furniture after the article's last paragraph (:mod:`.page_order`):
    each line of a furniture's shape, unless it heads a sentence or a list under it, or
    signs the article off right after its last paragraph; and, once the footer shows
    (some line there is the page's), the lines speaking to the reader ("Be the first to
    comment.", a cookie notice). A paragraph speaking to the reader is the article's last
    unless furniture follows it (a help line closing a story stays). Found again after
    every edit (the walk back from the end stops at the last paragraph, or
    ``FOOTER_REACH`` lines up: a text with no paragraph near its end is no article on a
    page, unless the lines walked show the page's own debris often enough to be a big
    site's footer, :func:`_long_footer`). Returns the lines whose mark changed."""
    n = len(doc.readings)
    region: list[int] = []
    shown = False  # a line walked is the page's furniture
    bylines: list[set[str]] = []  # the article's bylines' names, read once if needed
    notices: set[int] = set()  # short paragraphs passed between the footer's furniture
    k = prev_line(doc, n)
    while k >= 0 and len(region) <= LONG_FOOTER_REACH:
        reading = doc.readings[k]
        line = doc.lines.lines[k]
        own = doc.whole[k] in (None, _FOOTER_FOUND)  # no other rule's debris
        paragraph = reading is not None and reading.prose and own
        if (paragraph or (own and _notice_shape(doc, k))) and _between_furniture(doc, k, region):
            notices.add(k)  # a notice, a short paragraph, with the footer's furniture around it
        elif (
            paragraph
            and not (shown and (site_voice(line) or _island(doc, k)))
            and not _bio(doc, k, shown, bylines)
        ):
            break  # the article's last paragraph (a short one amid furniture is passed)
        region.append(k)
        shown = shown or not own or k in notices or _footer_line(doc, k, top=-1)
        k = prev_line(doc, k)
    found = k >= 0 and bool(region)
    if found and len(region) > FOOTER_REACH:
        found = len(region) <= LONG_FOOTER_REACH and _long_footer(doc, region)
    start = region[-1] if found else n
    if start == n:
        region = []
    changed: set[int] = set()
    for j in range(min(doc.footer, start), min(start, n)):
        if doc.whole[j] is _FOOTER_FOUND:
            doc.whole[j] = None
            changed.add(j)
    doc.footer = start
    for j in reversed(region):
        if doc.whole[j] not in (None, _FOOTER_FOUND):
            continue
        own = _footer_line(doc, j, top=region[-1], notices=notices)
        voice = shown and site_voice(doc.lines.lines[j])
        under = shown and j != region[-1] and _notice_under(doc, j)
        among = j in notices
        new = (
            _FOOTER_FOUND
            if own or voice or under or among or _bio(doc, j, shown, bylines)
            else None
        )
        if doc.whole[j] is not new:
            doc.whole[j] = new
            changed.add(j)
    for j in _wedged_in_footer(doc, region):
        doc.whole[j] = _FOOTER_FOUND
        changed.add(j)
    return changed


def _wedged_in_footer(doc: DebrisDoc, region: list[int]) -> set[int]:
    """The footer's short lines left unmarked but wedged between its marked lines in a
    packed run (an appeal and a charity's number between the share icons and the
    footer's links): the page's, found after the walk's marks, from those alone."""
    marked = frozenset(j for j in region if doc.whole[j] is not None)
    return {
        j
        for j in region
        if doc.whole[j] is None
        and words(doc.lines.lines[j]) <= WEDGED_WORDS
        and packed_between(doc, j, marked.__contains__)
    }


def _notice_under(doc: DebrisDoc, k: int) -> bool:
    """Whether line ``k``, in a footer already shown and not right under the article's
    last paragraph, is a short notice of the page's under its furniture ("Attorney
    Advertising. Prior results do not guarantee a similar outcome.", "Authorized and
    paid for by ..."): a sentence or two of fewer than twelve words (no paragraph of
    prose), no quotation, list item, aside or byline, right under two lines of the
    footer's furniture (:func:`_footer_furniture`). The copy's closing line ("The
    Associated Press contributed to this report.") stands under its last paragraph,
    under another such line, or under a box between them (a caption, a pull quote)."""
    if not _notice_shape(doc, k):
        return False
    p = prev_line(doc, k)
    if not _footer_furniture(doc, p):
        return False
    return _footer_furniture(doc, prev_line(doc, p))


def _notice_shape(doc: DebrisDoc, k: int) -> bool:
    """Whether line ``k`` has a page's notice's shape: a sentence or two of fewer than
    twelve words (a paragraph, a newsletter's pitch, is the walk's to pass, not to
    mark), no quotation, list item, aside or byline."""
    reading = doc.readings[k]
    line = doc.lines.lines[k]
    text = line.strip()
    if reading is None or reading.prose or not ends_like_sentence(text):
        return False
    return not (text[0] in "\"“‘'(" or list_item(line) or byline_name(text) is not None)


def _footer_furniture(doc: DebrisDoc, k: int) -> bool:
    """Whether line ``k`` (-1: none) is the footer's own furniture: marked as the
    page's after the article, of the furniture's shape, or a footer's own kind of
    debris (``_FOOTER_RULES``: a row of labels, share words, a time stamp). A caption,
    a pull quote or markup is a box's, which may stand between the article's
    paragraphs, over its short last one."""
    reading = doc.readings[k] if k >= 0 else None
    if reading is None:
        return False
    found = doc.whole[k]
    if found is _FOOTER_FOUND or (found is not None and found.rule in _FOOTER_RULES):
        return True
    return found is None and furniture_shaped(doc.lines.lines[k], reading)


def _bio(doc: DebrisDoc, k: int, shown: bool, bylines: list[set[str]]) -> bool:
    """Whether line ``k``, after the article's last paragraph, is its writer's note: it
    opens with the name a byline above the article gives ("By Jane Doe" over the story,
    "Jane Doe covers courts ..." under it), or, under the page's furniture (``shown``),
    opens with a person's name and holds an e-mail address ("... Reach her at
    jdoe@ledger.com."). A help line closing the story ("Anyone with information ...
    tips@police.org") opens with no name. ``bylines`` keeps the names once read."""
    text = doc.lines.lines[k].strip()
    if not text or len(text.split()) > _BIO_WORDS or text[0] in "\"“‘'":
        return False
    if shown and "@" in text and _BIO_NAME.match(text) and _EMAIL.search(text):
        return True
    if not bylines:
        bylines.append(_byline_names(doc))
    return any(text.startswith(name + " ") for name in bylines[0])


def _byline_names(doc: DebrisDoc) -> set[str]:
    """The names the bylines above the article give (two words or more), read in its
    first ``HEAD_REACH`` lines."""
    names: set[str] = set()
    k = next_line(doc, -1)
    for _ in range(HEAD_REACH):
        if k < 0:
            break
        line = doc.lines.lines[k]
        span = byline_name(line)
        if span is not None and len(line[span[0] : span[1]].split()) >= 2:
            names.add(line[span[0] : span[1]])
        k = next_line(doc, k)
    return names


def _long_footer(doc: DebrisDoc, region: list[int]) -> bool:
    """Whether the lines walked from the end (``region``, more than ``FOOTER_REACH``)
    are a big site's footer: at least one line in ``FOOTER_DEBRIS_SHARE`` is debris by
    a rule of its own (a time stamp, a comment count, a share line), as a list of the
    site's stories and forums shows (a list or a poem with no paragraph shows none), and
    no paragraph of prose among them carries a mark of another rule: the walk passed it
    for that mark (a paragraph repeated, a pull quote), so it went back into the copy's
    own text, not the page's."""
    own = 0
    for j in region:
        marked = doc.whole[j] not in (None, _FOOTER_FOUND)
        reading = doc.readings[j]
        if marked and reading is not None and reading.prose:
            return False
        own += marked
    return own * FOOTER_DEBRIS_SHARE >= len(region)


def _island(doc: DebrisDoc, k: int) -> bool:
    """Whether the paragraph ``k``, in a footer already shown below it, stands among
    the page's furniture: a short paragraph (a newsletter's pitch, a box's note) with
    ``_ISLAND_RUN`` lines right above it that are no paragraph of prose (furniture, a
    short sentence), one of them debris by a rule of its own. The walk then passes it
    (the paragraph itself is never marked: it is no furniture's shape); the article's
    last paragraph has prose above it, or a subheading alone."""
    if len(doc.lines.lines[k].split()) > _ISLAND_WORDS:
        return False
    above: list[int] = []
    p = prev_line(doc, k)
    while p >= 0 and len(above) < _ISLAND_RUN:
        reading = doc.readings[p]
        if reading is None or (reading.prose and not _furniture(doc, p)):
            return False
        above.append(p)
        p = prev_line(doc, p)
    if len(above) < _ISLAND_RUN:
        return False
    return any(doc.whole[j] is not None and doc.whole[j] is not _FOOTER_FOUND for j in above)


def _between_furniture(doc: DebrisDoc, k: int, region: list[int]) -> bool:
    """Whether the paragraph ``k``, met walking up from the end (``region``: the lines
    walked below it), is a page's notice set among its footer ("Refresh the page for the
    latest updates.", "Registered charity no. ..."): short (``_NOTICE_WORDS`` at most),
    with the footer's furniture right above it and right below it (at the very end of
    the text: on the two lines above it), the line right above it (at the very end:
    either) plainly the page's (:func:`_footer_strong`). The copy's last paragraph has
    prose above it, or a box between paragraphs (a caption, a pull quote), a subheading
    ("CNN's ... contributed to this report." under one), or a list it introduced (a
    timetable), none of them the page's plainly, whatever footer follows it. Read by
    shape and by each line's own rules only, never by the marks of an earlier walk, so
    an edit finds what a fresh check finds."""
    if len(doc.lines.lines[k].split()) > _NOTICE_WORDS:
        return False
    p = prev_line(doc, k)
    other = region[-1] if region else prev_line(doc, p)
    if not (_footer_side(doc, p) and _footer_side(doc, other)):
        return False
    return _footer_strong(doc, p) or (not region and _footer_strong(doc, other))


def _footer_side(doc: DebrisDoc, k: int) -> bool:
    """Whether line ``k`` (-1: none) may be the footer's beside a notice: no paragraph,
    and debris by a footer's own rule, or of the furniture's shape, or the page speaking
    to its reader ("Support independent research. Donate today.")."""
    reading = doc.readings[k] if k >= 0 else None
    if reading is None or reading.prose:
        return False
    found = doc.whole[k]
    if found is not None and found is not _FOOTER_FOUND:
        return found.rule in _FOOTER_RULES
    line = doc.lines.lines[k]
    return furniture_shaped(line, reading) or site_voice(line)


def _footer_strong(doc: DebrisDoc, k: int) -> bool:
    """Whether line ``k``, beside a notice (:func:`_footer_side`), is plainly the page's:
    debris by a footer's own rule (a row of labels, share words, a subscription's
    prompt), or a line opening on a verb a site asks its readers to act by ("Support
    ...", "Get in touch: ..."), four words or more: a box's short label ("Advertisement",
    "See more photos:") stands between the article's paragraphs as well, over the copy's
    short paragraph (a test of a gallery's and a list's labels said so). A label and its
    details ("Tags: ...") is not enough: the
    copy sets its own facts that way too, and a version that took it flagged three more
    article lines of one blog's post on the held-out pages (counted, never read)."""
    line = doc.lines.lines[k]
    if words(line) < _PLAIN_WORDS:
        return False  # "Advertisement", "See more photos:": a box's label between paragraphs
    found = doc.whole[k]
    if found is not None and found is not _FOOTER_FOUND:
        return found.rule in _FOOTER_RULES
    first = _FIRST_WORD.match(line.strip())
    return first is not None and first.group().lower() in READER_VERBS


def _footer_line(
    doc: DebrisDoc, k: int, top: int, notices: frozenset[int] | set[int] = frozenset()
) -> bool:
    """Whether line ``k``, after the article's last paragraph, has the page furniture's
    shape (:func:`.page_order.furniture_shaped`) and none of the copy's exceptions
    (``notices``: the short paragraphs passed among the footer, furniture beside it)."""
    reading = doc.readings[k]
    line = doc.lines.lines[k]
    if reading is None or not furniture_shaped(line, reading):
        return False
    n = next_line(doc, k)
    after = doc.readings[n] if n >= 0 else None
    if _signs_off(doc, top) and (k == top or (k == next_line(doc, top) and n < 0)):
        return False  # "Jane Doe" under a letter, her town under it: the writer's
    if not _in_run(doc, k, notices):
        return False  # one short line alone: maybe the copy's heading, written last
    if after is None or doc.whole[n] not in (None, _FOOTER_FOUND):
        return True
    if n in notices:
        return True  # "About the University" over the page's notice among the footer
    below = doc.lines.lines[n]
    if heads_list(line) and list_item(below):
        return False  # "The winners:" over "- Jane Doe": the copy's list
    if _notice_shape(doc, n) and _furniture(doc, prev_line(doc, k)):
        return True  # two lines of furniture over a page's notice, no heading over copy
    # a heading over a sentence of the copy ("Correction" over what was wrong)
    return not (
        heading_over(line, below) and not furniture_shaped(below, after) and not site_voice(below)
    )


def _signs_off(doc: DebrisDoc, top: int) -> bool:
    """Whether the first line after the last paragraph (``top``) is the writer's
    sign-off: a name, alone or with a town or a role on the one line after it."""
    if top < 0 or not sign_off(doc.lines.lines[top]):
        return False
    n = next_line(doc, top)
    return n < 0 or (next_line(doc, n) < 0 and _place_line(doc.lines.lines[n]))


def _place_line(line: str) -> bool:
    """Whether ``line`` is a few capitalised words (a town, a role under a sign-off)."""
    words = line.split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words)


def _in_run(doc: DebrisDoc, k: int, notices: frozenset[int] | set[int] = frozenset()) -> bool:
    """Whether line ``k`` stands in a run of two or more lines of furniture (its shape,
    or debris by another rule) with three words or more in all: the page's footer is a
    run of such lines, where a short line alone may be the copy's last heading and two
    words ("Email", "Print") are too little to judge."""
    run = [k]
    for step in (prev_line, next_line):
        j = step(doc, k)
        while j >= 0 and len(run) < REACH and (j in notices or _furniture(doc, j)):
            run.append(j)
            j = step(doc, j)
    return len(run) >= 2 and sum(len(doc.lines.lines[j].split()) for j in run) >= 3


def _furniture(doc: DebrisDoc, k: int) -> bool:
    """Whether line ``k`` is debris by a rule of its own or has the furniture's shape."""
    reading = doc.readings[k]
    if reading is None:
        return False
    if doc.whole[k] is not None and doc.whole[k] is not _FOOTER_FOUND:
        return True
    return furniture_shaped(doc.lines.lines[k], reading)


def _run_start(doc: DebrisDoc, k: int, starts: dict[int, int]) -> int:
    """The first line of the run of lone lines ``k`` is in. ``starts`` remembers it for
    every line walked: walking back from each line of a run of 10,000 took minutes."""
    walked: list[int] = []
    while k not in starts:
        walked.append(k)
        p = prev_line(doc, k)
        if p < 0 or not _lone(doc, p):
            starts[k] = k
            break
        k = p
    start = starts[k]
    for line in walked:
        starts[line] = start
    return start


def _share_run(doc: DebrisDoc, start: int) -> set[int]:
    """A run of lone "Email"/"Print" lines is share debris when a share line borders it:
    each takes the share line's finding (the one before the run, else the one after)."""
    run = [start]
    while (n := next_line(doc, run[-1])) >= 0 and _lone(doc, n):
        run.append(n)
    source: Found | None = None
    for near in (prev_line(doc, run[0]), next_line(doc, run[-1])):
        found = doc.whole[near] if near >= 0 else None
        if found is not None and found.rule == SHARE and not _lone(doc, near):
            source = found
            break
    changed: set[int] = set()
    for k in run:
        new = replace(source, end=len(doc.lines.lines[k])) if source is not None else None
        if doc.whole[k] != new:
            doc.whole[k] = new
            changed.add(k)
    return changed
