"""Debris kept up to date line by line: an edit costs what the lines around it cost.

A line's debris depends on the line itself (its :class:`~.lines.LineReading`, cached
by text), on its neighbours (a lone "Email" line next to a share bar; the blank lines a
removal takes; the run of debris at the end of the text) and, for duplicated
paragraphs, on the lines that repeat it (:class:`~.duplicates.RepeatIndex`). So after an
edit this module re-reads the changed lines, re-decides the lone share words and the
removal spans around them, re-marks the repeat groups that contain a changed line's text
(found through the index's partners and a count of each candidate text), and regroups
the issues of the lines that moved. Everything else is kept as it was, as the very same
objects, which is how the pipeline knows to skip it.

The first text is handled the same way, with every line changed.

The document and its walks over lines are in :mod:`.doc`; the boxes between the
article's paragraphs (links, repeated labels, a title beside them) in :mod:`.boxes`.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable

from reviewdesk.core.engines.debris.boxes import (
    BOX_TITLE_FOUND,
    LABEL_FOUND,
    LINK_BOX_FOUND,
    link_box,
    repeated_label,
    speaker_like,
    title_beside_box,
)
from reviewdesk.core.engines.debris.doc import (
    REACH,
    WEDGED_WORDS,
    DebrisDoc,
    Item,
    following,
    next_line,
    packed_between,
    preceding,
    prev_line,
    prose_before,
)
from reviewdesk.core.engines.debris.duplicates import RepeatIndex, find_repeats
from reviewdesk.core.engines.debris.lines import (
    ATTRIBUTION,
    BREADCRUMB,
    CAPTION,
    CAPTION_MESSAGE,
    CREDIT,
    PULL_QUOTE_MESSAGE,
    RELATED_HEADING,
    Found,
    LineReading,
    caption_before_credit,
    hyphen_attribution,
    lone_quotation,
    opens_quote,
    read_line,
)
from reviewdesk.core.engines.debris.page_end import (
    _FOOTER_FOUND,
    _lone,
    _page_end,
    _run_start,
    _share_run,
)
from reviewdesk.core.engines.debris.page_order import (
    BOX_LINE,
    HEAD_REACH,
    PAGE_HEAD,
    box_facts,
    bracketed,
    framed,
    furniture_shaped,
    head_line,
    label_line,
    page_row,
    site_voice,
    web_address,
    words,
)
from reviewdesk.core.engines.debris.page_shapes import name_attribution, post_signature
from reviewdesk.core.lines import NO_ISSUES, LineIssues, Lines, Splice
from reviewdesk.core.models import Category, Issue, Severity, context_hash
from reviewdesk.core.text.bylines import byline_name

ENGINE = "debris"
REPEATED_HEADLINE = "debris-repeated-headline"
_CRUMB_HEADLINE = (
    "A breadcrumb trail (site navigation) ending in the headline, which the article "
    "repeats below: remove the whole line."
)
_REPEATED_HEADLINE = "The same line twice in a row (a headline repeated by the web page)."
_PAGE_TITLE = "The page's title (the headline with the site's name) above the headline."
_HEADLINE_AGAIN = (
    "The headline once more, above the page's furniture (a headline repeated by the web page)."
)
_SPACE_AFTER = re.compile(r"\s*")


class Reader:
    """Line readings cached by text, shared by every document."""

    def __init__(self, limit: int = 20_000) -> None:
        self._readings: dict[str, LineReading] = {}
        self._limit = limit

    def clear(self) -> None:
        self._readings.clear()

    def __call__(self, line: str) -> LineReading | None:
        if not line or line.isspace():
            return None
        reading = self._readings.get(line)
        if reading is None:
            if len(self._readings) > self._limit:
                self._readings.clear()
            # interned: one copy of the line shared with the other engines' caches
            reading = self._readings[sys.intern(line)] = read_line(line)
        return reading


def update(
    base: DebrisDoc | None,
    splice: Splice | None,
    lines: Lines,
    read: Reader,
    repeats: RepeatIndex,
) -> DebrisDoc:
    """The debris of ``lines``, from ``base`` (the text ``splice`` turns into it) if given."""
    if base is None or splice is None:
        splice = Splice(0, 0, len(lines))
        base = DebrisDoc(lines, [], [], [], [], Counter(), 0)
    middle = range(splice.start, splice.new_end)
    n_new = len(middle)
    readings = splice.apply(base.readings, [read(lines.lines[k]) for k in middle])
    doc = DebrisDoc(
        lines,
        readings,
        splice.apply(base.whole, [None] * n_new),
        splice.apply(base.items, [()] * n_new),
        splice.apply(base.out, [NO_ISSUES] * n_new),
        base.counts.copy(),
        _moved(base.tail, splice),
        _moved(base.footer, splice),
        _moved(base.head, splice),
    )
    # candidate texts that left and came: counts, the repeat index, the groups to re-mark
    gone = [base.lines.lines[k] for k in range(splice.start, splice.old_end) if _cand(base, k)]
    came = [lines.lines[k] for k in middle if _cand(doc, k)]
    doc.counts.subtract(gone)
    doc.counts.update(came)
    for text in gone:
        if doc.counts[text] <= 0:
            del doc.counts[text]
    repeats.add({lines.lines[k]: readings[k] for k in middle if _cand(doc, k)})  # type: ignore[misc]
    relabel = _recount_labels(base, doc, splice)
    # lines whose issues must be worked out again, and lines whose groups must be rebuilt
    redo: set[int] = set(middle)
    regroup: set[int] = set(middle)
    for k in range(splice.start, splice.old_end):  # removed lines: their issues go
        for back, _issue in base.items[k]:
            moved = splice.new_index(k + back)
            if moved is not None:
                regroup.add(moved)
    # the first paragraph after the splice may have reached back across it (a removal
    # taking the blank lines before it): its issues count lines
    # back, which the splice changed, so they are found again and their old places
    # regrouped
    k = splice.old_end
    while k < len(base.items):
        for back, _issue in base.items[k]:
            if k + back < splice.old_end:
                moved = splice.new_index(k + back)
                if moved is not None:
                    regroup.add(moved)
        if base.readings[k] is not None:
            redo.add(k + splice.shift)
            break
        k += 1
    # the line after the splice: when lines were only removed, the one now at
    # ``splice.start`` (reading from ``splice.start`` skipped it, and it kept a mark that
    # read the removed line: a link under a "Related" heading that went)
    last = splice.new_end - 1
    around = {prev_line(doc, splice.start), next_line(doc, last)}
    # a listing's item reads back to its heading and the heading back to the prose
    around |= following(doc, last, 2 * REACH)
    around |= _prev_titles(doc, splice.start)
    # a box of links reads the lines after; a box's title reads a label's beside it,
    # which reads as far again: two lines more
    around |= preceding(doc, splice.start, REACH + 2)
    around.discard(-1)
    # a title beside a label whose count crossed two reads that count
    relabel |= {near for k in relabel for near in (prev_line(doc, k), next_line(doc, k))}
    relabel.discard(-1)
    changed_whole = _own_and_lone(doc, set(middle) | around | relabel)
    changed_whole |= _marks(doc, set(gone), set(came), repeats)
    changed_whole |= _page_end(doc)
    changed_whole |= _page_head(doc)
    redo |= around | changed_whole
    for k in list(changed_whole):
        redo.update((prev_line(doc, k), next_line(doc, k)))
    redo |= _tail(doc)
    redo.discard(-1)
    for k in redo:
        old = doc.items[k]
        doc.items[k] = _items(doc, k)
        regroup.update(k + back for back, _i in old)
        regroup.update(k + back for back, _i in doc.items[k])
    for k in regroup:
        found = _group(doc, k)
        if found != doc.out[k]:  # equal results stay the very same object
            doc.out[k] = found
    return doc


def _label(doc: DebrisDoc, k: int) -> bool:
    """Whether line ``k`` may be a page's label (by its text alone)."""
    reading = doc.readings[k]
    return reading is not None and label_line(doc.lines.lines[k], reading)


def _recount_labels(base: DebrisDoc, doc: DebrisDoc, splice: Splice) -> set[int]:
    """Count the label lines that left and came; the lines whose text's count crossed
    two (a label repeated, or no longer), to be decided again (a speaker's label
    weighs the other such labels: all of those when one crossed)."""
    gone = [
        base.lines.lines[k].strip() for k in range(splice.start, splice.old_end) if _label(base, k)
    ]
    came = [
        doc.lines.lines[k].strip() for k in range(splice.start, splice.new_end) if _label(doc, k)
    ]
    if not gone and not came:
        doc.labels = base.labels  # the same counts (never changed in place)
        return set()
    labels = doc.labels = base.labels.copy()
    labels.subtract(gone)
    labels.update(came)
    crossed = {t for t in {*gone, *came} if (base.labels[t] >= 2) != (labels[t] >= 2)}
    for text in gone:
        if labels[text] <= 0:
            del labels[text]
    if not crossed:
        return set()
    if any(speaker_like(t) for t in crossed):
        crossed |= {t for t, n in labels.items() if n >= 2 and speaker_like(t)}
    return {k for k, line in enumerate(doc.lines.lines) if line.strip() in crossed}


def _cand(doc: DebrisDoc, k: int) -> bool:
    """Whether line ``k`` may be a duplicated paragraph or a pull quote."""
    reading = doc.readings[k]
    return reading is not None and bool(reading.norm)


def _moved(line: int, splice: Splice) -> int:
    if line < splice.start:
        return line
    if line >= splice.old_end:
        return line + splice.shift
    return splice.start


def _own_and_lone(doc: DebrisDoc, touched: set[int]) -> set[int]:
    """Set each touched line's own whole-line debris; re-decide the lone share words in
    the runs next to them. Returns the lines whose whole-line status changed."""
    changed: set[int] = set()
    runs: set[int] = set()
    starts: dict[int, int] = {}  # each lone line's run start, found once
    for k in touched:
        reading = doc.readings[k]
        if reading is None:
            continue
        if not _lone(doc, k) and not _cand(doc, k):  # a candidate's status is its mark
            own = (
                reading.whole
                or _repeated_head(doc, k)
                or _before_credit(doc, k)
                or _under_quote(doc, k)
                or _under_related(doc, k)
                or _plain_caption(doc, k)
                or _box_line(doc, k)
                or link_box(doc, k)
                or repeated_label(doc, k)
                or title_beside_box(doc, k)
            )
            if doc.whole[k] != own:
                doc.whole[k] = own
                changed.add(k)
        elif _cand(doc, k) and _neighbourly(doc.whole[k]):
            # a candidate repeating nothing may still be a caption or a pull quote by
            # the line after it; a repeat's mark (set by _marks) comes first
            own = _neighbour_mark(doc, k)
            if doc.whole[k] != own:
                doc.whole[k] = own
                changed.add(k)
        for near in (k, prev_line(doc, k), next_line(doc, k)):
            if near >= 0 and _lone(doc, near):
                runs.add(_run_start(doc, near, starts))
    for start in runs:
        changed |= _share_run(doc, start)
    return changed


def _repeated_head(doc: DebrisDoc, k: int) -> Found | None:
    """A short line repeated by the next one, or a breadcrumb ending in the line after
    it (the headline once more): the page's, not the article's."""
    reading = doc.readings[k]
    if reading is None:
        return None
    size = len(doc.lines.lines[k])
    if reading.crumb_head:
        n = next_line(doc, k)
        after = doc.readings[n] if n >= 0 else None
        if after is not None and after.head == reading.crumb_head:
            return Found(0, size, BREADCRUMB, _CRUMB_HEADLINE, whole_line=True)
    if reading.head:
        p = prev_line(doc, k)
        before = doc.readings[p] if p >= 0 else None
        if before is not None and before.head == reading.head:
            return Found(0, size, REPEATED_HEADLINE, _REPEATED_HEADLINE, whole_line=True)
    return _page_title(doc, k)


def _page_title(doc: DebrisDoc, k: int) -> Found | None:
    """A line shaped like the page's title ("Headline - Site") over the headline itself
    (menu bars between them aside): the page's, not the article's."""
    reading = doc.readings[k]
    if reading is None or not (reading.title_head or reading.head):
        return None
    n = _next_kept(doc, k)
    after = doc.readings[n] if n >= 0 else None
    if after is None:
        return None
    size = len(doc.lines.lines[k])
    if reading.title_head and after.head == reading.title_head:
        return Found(0, size, REPEATED_HEADLINE, _PAGE_TITLE, whole_line=True)
    if reading.head and after.head == reading.head and n != next_line(doc, k):
        # the headline, the page's furniture (a weather box, a menu), the headline again:
        # the first is the page's (the one next to the article stays)
        return Found(0, size, REPEATED_HEADLINE, _HEADLINE_AGAIN, whole_line=True)
    return None


def _next_kept(doc: DebrisDoc, k: int) -> int:
    """The nearest non-blank line after ``k`` that is not debris by itself (a menu bar
    between a page's title and its headline), or -1."""
    n = next_line(doc, k)
    while n >= 0 and (reading := doc.readings[n]) is not None and reading.whole is not None:
        n = next_line(doc, n)
    return n


def _prev_titles(doc: DebrisDoc, k: int) -> set[int]:
    """The lines before ``k`` whose page-title decision reads ``k``: the nearest
    non-blank one, and before it those past lines that are debris by themselves."""
    out: set[int] = set()
    p = prev_line(doc, k)
    while p >= 0:
        out.add(p)
        reading = doc.readings[p]
        if reading is None or reading.whole is None:
            break
        p = prev_line(doc, p)
    return out


_CAPTION_FOUND = Found(0, 0, CAPTION, CAPTION_MESSAGE, whole_line=True)
_QUOTE_FOUND = Found(0, 0, ATTRIBUTION, PULL_QUOTE_MESSAGE, whole_line=True)
_ATTRIBUTION_FOUND = Found(
    0,
    0,
    ATTRIBUTION,
    "A pull quote's attribution line from the web page (the quote's words are in the "
    "article already).",
    whole_line=True,
)
_RELATED_FOUND = Found(
    0,
    0,
    "debris-page-furniture",
    "A link to another story under a “Related” heading, from the web page.",
    whole_line=True,
)
_PLAIN_CAPTION_FOUND = Found(
    0,
    0,
    CAPTION,
    "A photo caption from the web page, left in the article's text (a phrase with no "
    "verb of the story's own, between its paragraphs).",
    whole_line=True,
)
_BOX_LINE_FOUND = Found(
    0,
    0,
    BOX_LINE,
    "A box of the web page's between the article's paragraphs (a label and its "
    "details, a picture or a link left in square brackets): not part of the article.",
    whole_line=True,
)
_HEAD_FOUND = Found(
    0,
    0,
    PAGE_HEAD,
    "The web page's line above the article (a section's label, a reading time, a time "
    "stamp, a share row): not part of the article.",
    whole_line=True,
)
_NEIGHBOURLY = (
    BOX_TITLE_FOUND,
    _RELATED_FOUND,
    LABEL_FOUND,
    _CAPTION_FOUND,
    _QUOTE_FOUND,
    _ATTRIBUTION_FOUND,
    _PLAIN_CAPTION_FOUND,
    _BOX_LINE_FOUND,
    _FOOTER_FOUND,
    LINK_BOX_FOUND,
    _HEAD_FOUND,
)


def _neighbourly(found: Found | None) -> bool:
    """Whether a candidate line's mark is none or one its neighbours decide (not a
    repeat's, which :func:`_marks` sets)."""
    return found is None or found in _NEIGHBOURLY or found.message in (_PAGE_TITLE, _HEADLINE_AGAIN)


def _neighbour_mark(doc: DebrisDoc, k: int) -> Found | None:
    """A candidate line's mark by the lines around it: a caption or pull quote by the
    line after it, the page's title, a link under a "Related" heading (a story's title
    is long enough to be a candidate), a caption among the article's paragraphs."""
    return (
        _before_credit(doc, k)
        or _page_title(doc, k)
        or _under_related(doc, k)
        or _plain_caption(doc, k)
        or _box_line(doc, k)
        or link_box(doc, k)
        or repeated_label(doc, k)
        or title_beside_box(doc, k)
    )


def _box_line(doc: DebrisDoc, k: int) -> Found | None:
    """A box's line alone between two of the article's paragraphs: a label and its
    details (:func:`.page_order.box_facts`), a line held whole in square brackets
    (:func:`.page_order.bracketed`), or a banner's words between dashes
    (:func:`.page_order.framed`; a rule alone is the copy's section break), or a line
    that is no sentence with a web address ("Open the original on example.co.uk"). Alone,
    because the copy's own lines of that shape come in runs (a fact box's "Date: ...",
    "Venue: ..." lines, a list); before the first paragraph and after the last, the
    page's head and footer decide."""
    reading = doc.readings[k]
    if reading is None or reading.whole is not None:
        return None
    line = doc.lines.lines[k]
    if not (
        bracketed(line)
        or box_facts(line, reading)
        or (framed(line) and words(line) > 0)
        or (furniture_shaped(line, reading) and web_address(line))
    ):
        return None
    return (
        _BOX_LINE_FOUND
        if _prose_line(doc, prev_line(doc, k)) and _prose_line(doc, next_line(doc, k))
        else None
    )


def _prose_line(doc: DebrisDoc, k: int) -> bool:
    """Whether line ``k`` (-1: none) is a paragraph of prose."""
    reading = doc.readings[k] if k >= 0 else None
    return reading is not None and reading.prose


def _plain_caption(doc: DebrisDoc, k: int) -> Found | None:
    """A phrase with no finite verb (:func:`.page_shapes.verbless_caption`) after the
    article's prose has begun and before more of it: a photo's caption, its credit left
    behind or never there. Before the first paragraph it is the headline or a standfirst."""
    reading = doc.readings[k]
    if reading is None or not reading.verbless or next_line(doc, k) < 0:
        return None
    return _PLAIN_CAPTION_FOUND if prose_before(doc, k) else None


def _before_credit(doc: DebrisDoc, k: int) -> Found | None:
    """A caption whose photo credit is the next line, or a pull quote whose attribution
    line ("— Jane Doe, mayor") is: the page's, removed with the line after it."""
    n = next_line(doc, k)
    after = doc.readings[n] if n >= 0 else None
    if after is None:
        return None
    line = doc.lines.lines[k]
    below = doc.lines.lines[n]
    if after.whole is None:
        quoted = lone_quotation(line) and (hyphen_attribution(below) or name_attribution(below))
        return _QUOTE_FOUND if quoted else None
    if after.whole.rule == CREDIT and caption_before_credit(line):
        return _CAPTION_FOUND
    if after.whole.rule == ATTRIBUTION and opens_quote(line):
        return _QUOTE_FOUND
    if after.whole.rule == ATTRIBUTION and post_signature(below) and len(line.split()) <= 60:
        return _QUOTE_FOUND  # an embedded post's text over "— Jane Doe (@jdoe) date"
    return None


def _under_quote(doc: DebrisDoc, k: int) -> Found | None:
    """A hyphen-led attribution ("- Jane Doe, mayor") under a line that is one quotation:
    the pull quote's, removed with it (elsewhere a hyphen starts a list item)."""
    line = doc.lines.lines[k]
    if not (hyphen_attribution(line) or name_attribution(line)):
        return None
    p = prev_line(doc, k)
    return _ATTRIBUTION_FOUND if p >= 0 and lone_quotation(doc.lines.lines[p]) else None


def _under_related(doc: DebrisDoc, k: int) -> Found | None:
    """A headline-like line (short, no sentence) under a "Related stories" heading: a
    link to another story, the page's."""
    reading = doc.readings[k]
    if reading is None or not reading.listing or byline_name(doc.lines.lines[k]) is not None:
        return None  # a byline under a "Trending" bar is the article's own
    p = prev_line(doc, k)
    for step in range(REACH):  # up through the listing's other items (titles, dates)
        if p < 0:
            return None
        if RELATED_HEADING.fullmatch(doc.lines.lines[p].strip()) is not None:
            # a bar over the article (no prose before it) lists one story: the headline
            # under it is the article's
            return _RELATED_FOUND if step == 0 or prose_before(doc, p) else None
        above = doc.readings[p]
        if above is None or not above.listing or byline_name(doc.lines.lines[p]) is not None:
            return None
        p = prev_line(doc, p)
    return None


def _byline_shaped(line: str) -> bool:
    """Whether ``line`` is a byline, named or not ("By Wikinews staff")."""
    text = line.strip()
    return text[:3].lower() == "by " or byline_name(text) is not None


def _full_stop(line: str) -> bool:
    """Whether ``line`` closes on a full stop (not an ellipsis, a question or a cry)."""
    text = line.rstrip(" \"'”’*_")
    return text.endswith(".") and not text.endswith("..")


def _page_head(doc: DebrisDoc) -> set[int]:
    """Mark the page's lines before the article's first paragraph (a sentence of twelve
    words or more that does not speak to the reader, within ``HEAD_REACH`` lines of the
    top): each of a page's shape there (:func:`.page_order.head_line`) but the headline,
    taken as the line of the most words there. Found again after every edit (the walk
    stops at the first paragraph). Returns the lines whose mark changed."""
    region: list[int] = []
    k = next_line(doc, -1)
    first = -1
    while k >= 0 and len(region) <= HEAD_REACH:
        reading = doc.readings[k]
        line = doc.lines.lines[k]
        own = doc.whole[k] in (None, _HEAD_FOUND)  # no other rule's debris
        if reading is not None and reading.prose and own and not site_voice(line):
            first = k
            break
        region.append(k)
        k = next_line(doc, k)
    marks: set[int] = set()
    if first >= 0:
        # lines with debris of their own (a breadcrumb before the headline's words) are
        # neither the headline nor the page's by their place
        kept = [
            j
            for j in region
            if doc.whole[j] in (None, _HEAD_FOUND) and not doc.readings[j].parts  # type: ignore[union-attr]
        ]
        # a row between separators or a web address is no headline, however long
        titles = [j for j in kept if not page_row(doc.lines.lines[j])] or kept
        if kept:
            # a byline is never the headline, however many words its date adds ("By
            # Jane Doe · May 2, 2019" over "Council Backs Seawall" had the headline
            # offered for removal as the page's)
            named = [j for j in titles if not _byline_shaped(doc.lines.lines[j])] or titles
            # nor is a line closing on a full stop (a standfirst, a speaker's line) over
            # a headline of four words ("Interview: The Harbour Plan" over "**Reporter:**
            # Thank you ..."); a headline may ask ("Were the moai built ...?")
            heads = [j for j in named if not _full_stop(doc.lines.lines[j])] or named
            heads = _not_wedged(doc, kept, heads)
            headline = max(heads, key=lambda j: words(doc.lines.lines[j]))  # first on ties
            marks = {
                j
                for j in kept
                if j != headline and head_line(doc.lines.lines[j], doc.readings[j])  # type: ignore[arg-type]
            }
            marks |= _wedged_in_head(doc, kept, headline, frozenset(marks))
    changed: set[int] = set()
    for j in range(min(max(doc.head, first), len(doc.whole))):
        new = _HEAD_FOUND if j in marks else None
        if (doc.whole[j] is _HEAD_FOUND or new is not None) and doc.whole[j] is not new:
            doc.whole[j] = new
            changed.add(j)
    doc.head = max(first, 0)
    return changed


def _not_wedged(doc: DebrisDoc, kept: list[int], heads: list[int]) -> list[int]:
    """The headline's candidates less those wedged between the page's lines by their
    shapes alone (a site's tagline between its name and its menu), when another stands
    apart as a paragraph of its own, as a headline does: the longest line there is then
    the page's, not the headline."""
    shaped = frozenset(j for j in kept if head_line(doc.lines.lines[j], doc.readings[j]))  # type: ignore[arg-type]

    def marked(i: int) -> bool:
        return i in shaped or doc.whole[i] not in (None, _HEAD_FOUND)

    wedged = {
        j
        for j in heads
        if words(doc.lines.lines[j]) <= WEDGED_WORDS and packed_between(doc, j, marked)
    }
    if not wedged:
        return heads
    apart = [j for j in heads if j not in wedged and _set_apart(doc, j)]
    return apart or heads


def _set_apart(doc: DebrisDoc, k: int) -> bool:
    """Whether line ``k`` is a paragraph of its own (a blank line or the text's edge on
    either side)."""
    return all(not 0 <= j < len(doc.readings) or doc.readings[j] is None for j in (k - 1, k + 1))


def _wedged_in_head(
    doc: DebrisDoc, kept: list[int], headline: int, marks: frozenset[int]
) -> set[int]:
    """The head's lines wedged between the page's own in a packed run (a site's tagline
    between its name and its menu, a capture's dates between its counts, a subject line
    between an e-mail's headers): never the headline nor a byline, and short."""

    def marked(i: int) -> bool:
        return i in marks or doc.whole[i] not in (None, _HEAD_FOUND)

    return {
        j
        for j in kept
        if j != headline
        and j not in marks
        and words(doc.lines.lines[j]) <= WEDGED_WORDS
        and not _byline_shaped(doc.lines.lines[j])
        and packed_between(doc, j, marked)
    }


def _marks(doc: DebrisDoc, gone: set[str], came: set[str], repeats: RepeatIndex) -> set[int]:
    """Re-mark duplicates and pull quotes in every repeat group holding a text that left
    or came (a group: texts linked as repeats, and the lines holding them)."""
    group: set[str] = set()
    todo = [*gone, *came]
    while todo:
        text = todo.pop()
        if text in group:
            continue
        group.add(text)
        todo.extend(p for p in repeats.partners(text) if p not in group and p in doc.counts)
    live = {t for t in group if t in doc.counts}
    if all(_alone(doc, t, came, repeats) for t in live):
        return set()  # new lines, each text once, repeating nothing: nothing to mark
    where = [k for k, line in enumerate(doc.lines.lines) if line in live and _cand(doc, k)]
    marked = find_repeats(
        [doc.lines.lines[k] for k in where],
        [doc.readings[k] for k in where],  # type: ignore[misc]
        {t: repeats.partners(t) for t in live},
    )
    changed: set[int] = set()
    for n, k in enumerate(where):
        new = marked.get(n) or _neighbour_mark(doc, k)
        if doc.whole[k] != new:
            doc.whole[k] = new
            changed.add(k)
    return changed


def _alone(doc: DebrisDoc, text: str, came: set[str], repeats: RepeatIndex) -> bool:
    """A text only a new line holds, that no line present repeats."""
    if text not in came or doc.counts[text] != 1:
        return False
    return not any(p in doc.counts for p in repeats.partners(text))


def _tail(doc: DebrisDoc) -> set[int]:
    """Find the final run of debris lines again; the lines whose place in it changed."""
    n = len(doc.readings)
    first_text = next_line(doc, -1)
    k = prev_line(doc, n)
    start = n
    while k >= 0 and doc.whole[k] is not None:
        start = k
        k = prev_line(doc, k)
    if start == first_text:
        start = n  # nothing but debris: every removal takes what follows
    old = doc.tail
    doc.tail = start
    if old == start:
        last = prev_line(doc, n)
        return {last} if last >= 0 else set()
    lo = min(old, start)
    return {k for k in range(max(0, lo), n) if doc.readings[k] is not None}


def _items(doc: DebrisDoc, k: int) -> tuple[Item, ...]:
    """Line ``k``'s debris issues, each placed in the line it starts in."""
    reading = doc.readings[k]
    if reading is None:
        return ()
    lines = doc.lines
    found = doc.whole[k]
    base = lines.starts[k]
    if found is None:
        items = tuple((0, _issue(lines, k, base + f.start, base + f.end, f)) for f in reading.parts)
        return items
    text = lines.text
    size = len(text)
    start, end = base, base + len(lines.lines[k])
    if k >= doc.tail:
        while start > 0 and text[start - 1].isspace():
            start -= 1
        if next_line(doc, k) < 0:
            end = size
    else:
        blank = _SPACE_AFTER.match(text, end)  # always matches, maybe empty
        nxt = blank.end() if blank else end
        end = max(end, text.rfind("\n", end, nxt) + 1) if nxt < size else nxt
    at = lines.line_of(start)
    return ((at - k, _issue(lines, at, start, end, found)),)


def _issue(lines: Lines, at: int, start: int, end: int, found: Found) -> Issue:
    """An issue for ``start..end`` of the text, relative to line ``at`` (its key's context)."""
    base = lines.starts[at]
    return Issue(
        start - base,
        end - base,
        lines.text[start:end],
        Category.DEBRIS,
        found.rule,
        ENGINE,
        found.message,
        (found.fix,),
        Severity.WARNING,
        (ENGINE,),
        context_hash(lines.lines[at], start - base, end - base),
    )


def _group(doc: DebrisDoc, k: int) -> LineIssues:
    """The issues that start in line ``k``: its own, and a later line's that reach back."""
    found: list[Issue] = [i for back, i in doc.items[k] if back == 0]
    after = next_line(doc, k)
    if after >= 0:
        found.extend(i for back, i in doc.items[after] if after + back == k)
    if not found:
        return NO_ISSUES
    found.sort(key=lambda i: (i.start, i.end))
    return tuple(found)


def debris_issues(doc: DebrisDoc) -> Iterable[Issue]:
    """Every issue of ``doc`` with offsets in the whole text, in order."""
    starts = doc.lines.starts
    for k, found in enumerate(doc.out):
        for issue in found:
            yield issue.shifted(starts[k])
