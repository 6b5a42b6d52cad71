"""The web page's boxes between the article's paragraphs, decided by their place.

A run of short lines that are no sentence (links to other stories), a label repeated over
each advert or video, and a link's title beside such a box: each read from the line's
neighbours (:mod:`.doc`'s walks) and the page's label counts, never from their marks.
"""

from __future__ import annotations

from reviewdesk.core.engines.debris.doc import (
    REACH,
    DebrisDoc,
    next_line,
    prev_line,
    prose_after,
    prose_before,
)
from reviewdesk.core.engines.debris.lines import CREDIT, FURNITURE, Found
from reviewdesk.core.engines.debris.page_order import (
    BOX_TITLE,
    LINK_BOX,
    REPEATED_LABEL,
    box_item,
    box_title,
    heads_list,
    label_line,
)

SHARE = "debris-share"  # a lone share word beside a share bar (:mod:`.incremental`)
# a line's own debris that is the page's box by its words (a clip's time stamp, a
# photo's credit, "Read more", a share row): a title beside it is the box's
BOX_RULES = frozenset({CREDIT, FURNITURE, SHARE, "debris-time-stamp", "debris-subscribe"})


# a subheading's words at most (a link to another story is a headline, longer)
SUBHEAD_WORDS = 8


LINK_BOX_FOUND = Found(
    0,
    0,
    LINK_BOX,
    "Links to other stories between the article's paragraphs (a box of the web page's): "
    "not part of the article.",
    whole_line=True,
)


LABEL_FOUND = Found(
    0,
    0,
    REPEATED_LABEL,
    "The same short line again between the article's paragraphs (the web page's label "
    "over each advert, video or box of links): not part of the article.",
    whole_line=True,
)


BOX_TITLE_FOUND = Found(
    0,
    0,
    BOX_TITLE,
    "A link's or a video's title beside the web page's furniture between the article's "
    "paragraphs (a time stamp, a credit, a label): not part of the article.",
    whole_line=True,
)


def link_box(doc: DebrisDoc, k: int) -> Found | None:
    """A line in a run of two or more short lines that are no sentence, between the
    article's paragraphs (:func:`.page_order.box_item`): a box of links to other
    stories ("More from World News" over a headline). A subheading stands alone over
    its paragraph, so the run's last line is spared when it is short enough to be one
    (under an unknown share bar, say); a list under a line ending in a colon is the
    copy's."""
    reading = doc.readings[k]
    line = doc.lines.lines[k]
    if reading is None or not box_item(line, reading):
        return None
    run = [k]
    p = prev_line(doc, k)
    while p >= 0 and len(run) < REACH and in_box(doc, p):
        run.append(p)
        p = prev_line(doc, p)
    n = next_line(doc, k)
    while n >= 0 and len(run) < REACH and in_box(doc, n):
        run.append(n)
        n = next_line(doc, n)
    if len(run) < 2 or p < 0 or n < 0 or len(run) >= REACH:
        return None
    after = doc.readings[n]
    if heads_list(doc.lines.lines[p]) or after is None or not after.prose:
        return None  # a list the copy introduces; the run ends the article (the footer's)
    if k == max(run) and len(line.split()) <= SUBHEAD_WORDS:
        return None  # right over the paragraph, a few words: maybe its subheading
    return LINK_BOX_FOUND if prose_before(doc, min(run)) else None


def repeated_label(doc: DebrisDoc, k: int) -> Found | None:
    """A short line that is no sentence, found twice or more in the text, standing
    between the article's paragraphs: the page's label over each of its adverts, videos
    or boxes ("Advertisement:", "Video Ad Feedback"), where the copy's subheadings
    differ from one another. Speakers' labels (ending in a colon, or in capitals)
    alternate ("Q:", "A:"; "HOST", "GUEST"): such a label is left when another one
    repeats too."""
    reading = doc.readings[k]
    line = doc.lines.lines[k]
    if reading is None or not label_line(line, reading):
        return None
    text = line.strip()
    if doc.labels[text] < 2:
        return None
    if speaker_like(text) and any(
        n >= 2 and t != text and speaker_like(t) for t, n in doc.labels.items()
    ):
        return None  # "Q:" and "A:", "HOST" and "GUEST": a transcript's speakers
    if not prose_before(doc, k) or not prose_after(doc, k):
        return None
    return LABEL_FOUND


def title_beside_box(doc: DebrisDoc, k: int) -> Found | None:
    """A link's or a video's title (:func:`.page_order.box_title`) next to a line that
    is the page's box by itself (a clip's length, a photo's credit, "Read more", a
    label repeated between the paragraphs), between the article's paragraphs. Reads
    only its neighbours' own readings and the label counts, never their marks, so the
    order lines are decided in does not matter."""
    reading = doc.readings[k]
    if reading is None:
        return None
    p, n = prev_line(doc, k), next_line(doc, k)
    if p < 0 or n < 0:
        return None
    after = doc.readings[n]
    over_prose = after is not None and after.prose
    if not box_title(doc.lines.lines[k], reading, over_prose):
        return None
    if not (box_part(doc, p) or box_part(doc, n)):
        return None
    return BOX_TITLE_FOUND if prose_before(doc, k) and prose_after(doc, k) else None


def box_part(doc: DebrisDoc, k: int) -> bool:
    """Whether line ``k`` is the page's box by itself: its own debris of a box's kind,
    or a label repeated between the paragraphs."""
    reading = doc.readings[k]
    if reading is None:
        return False
    if reading.whole is not None:
        return reading.whole.rule in BOX_RULES
    return repeated_label(doc, k) is not None


def speaker_like(text: str) -> bool:
    """Whether a label line may name a speaker: it ends in a colon ("Q:") or its letters
    are all capitals ("HOST")."""
    return text.endswith(":") or text.isupper()


def in_box(doc: DebrisDoc, k: int) -> bool:
    reading = doc.readings[k]
    return reading is not None and box_item(doc.lines.lines[k], reading)
