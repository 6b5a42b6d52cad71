"""Pasted pages' furniture by its place (issue 11 point 7): what real pasted pages showed.

A page copied from the browser brings, between the article's paragraphs, a clip's or a
link's title beside the box's own furniture (its label, its length, a photo's credit,
"Read more"); after the last paragraph, a footer broken by a short paragraph of the
page's own (a newsletter's pitch), where the walk back from the end used to stop.
Every line below is written for these tests.
"""

from __future__ import annotations

import pytest

from debris_checks import removed
from ferry_story import PARAGRAPHS, line_edits
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.debris.checker import DebrisChecker, find_debris
from reviewdesk.core.filing import for_word_file
from reviewdesk.core.rule_names import rule_name

TITLE = "See how the new landing ramp is lowered into place at Westhaven"
LINK = "Island councils across the north weigh a second summer of coach replacements"
CLIP = [PARAGRAPHS[0], "Clip Feedback", TITLE, "03:41", *PARAGRAPHS[1:]]
FOOTER = [
    "Deals of the week",
    "Island hopping on a budget this summer",
    "The best harbour walks in the county",
    "Sign up for the",
    "newsletter",
    "Harbour Notes",
    "Harbour Notes brings the week's news from the coast and the islands every Friday morning.",
    "Email (required)",
    "By signing up, you agree to our Privacy Policy.",
    "Loading comments...",
]


def flagged(text: str) -> dict[str, str]:
    """Each flagged line's rule, as the window checks ``text`` pasted."""
    issues = DebrisChecker().check([text], CheckContext())[0]
    return {i.text.strip(): i.rule for i in issues}


def test_a_clips_title_beside_its_length_goes() -> None:
    text = "\n\n".join(CLIP)
    found = flagged(text)
    assert found[TITLE] == "debris-box-title"
    assert found["03:41"] == "debris-time-stamp"
    assert not any(p in found for p in PARAGRAPHS)
    assert rule_name("debris", "debris-box-title") == (
        "A link's title beside the web page's furniture"
    )
    left = removed(text, find_debris(text))
    assert left == "\n\n".join([PARAGRAPHS[0], "Clip Feedback", *PARAGRAPHS[1:]])


def test_a_word_file_keeps_a_title_beside_a_time_stamp() -> None:
    """A Word file is no web page: a line's place there offers nothing."""
    text = "\n\n".join(CLIP)
    issues = DebrisChecker().check([text], for_word_file(CheckContext()))[0]
    assert TITLE not in {i.text.strip() for i in issues}


def test_a_links_title_over_read_more_goes() -> None:
    text = "\n\n".join([*PARAGRAPHS[:2], LINK, "Read more", *PARAGRAPHS[2:]])
    assert flagged(text) == {LINK: "debris-box-title", "Read more": "debris-page-furniture"}


@pytest.mark.parametrize(
    "heading",
    [
        "Coaches instead of the crossing",  # a subheading under a photo's credit
        "What the three weeks without the northern ferry route will mean",  # twelve words
    ],
)
def test_a_subheading_under_a_photos_credit_stays(heading: str) -> None:
    credit = "Mark Lowe/Harbour Ledger/Getty Images"
    text = "\n\n".join([PARAGRAPHS[0], credit, heading, *PARAGRAPHS[1:]])
    assert flagged(text) == {credit: "debris-photo-credit"}


def test_a_headline_beside_a_time_stamp_above_the_article_stays() -> None:
    """Before the first paragraph a line is the page head's to judge (the headline)."""
    text = "\n\n".join([LINK, "03:41", *PARAGRAPHS])
    assert LINK not in flagged(text)


def test_a_footer_goes_past_a_newsletters_pitch() -> None:
    text = "\n\n".join([*PARAGRAPHS, *FOOTER])
    found = flagged(text)
    for line in ("Deals of the week", "Island hopping on a budget this summer", "Sign up for the"):
        assert line in found, line
    # the pitch itself, a sentence, and the heading over it stay; so does the article
    assert FOOTER[6] not in found
    assert "Harbour Notes" not in found
    assert not any(p in found for p in PARAGRAPHS)


def test_the_articles_last_paragraph_under_a_box_stays() -> None:
    """A short last paragraph under a box of links and over the footer is the copy's:
    the walk passes it, and marks only the box's lines above it."""
    text = "\n\n".join([*PARAGRAPHS[:3], "Read more", LINK, PARAGRAPHS[3], *FOOTER[3:]])
    found = flagged(text)
    assert PARAGRAPHS[3] not in found and PARAGRAPHS[2] not in found
    assert "Read more" in found


def test_a_footer_needs_its_own_debris_to_pass_a_paragraph() -> None:
    """Short lines over the last paragraph with nothing of the page's among them (a
    timetable the copy introduces) keep the walk at the paragraph."""
    table = ["The coaches will run:", "Mondays 7am and 9am", "Fridays 6pm"]
    text = "\n\n".join([*PARAGRAPHS[:3], *table, PARAGRAPHS[3], *FOOTER[7:]])
    found = flagged(text)
    assert not any(line in found for line in table)


@pytest.mark.parametrize(
    "page",
    [
        [*CLIP[:5], "Clip Feedback", LINK, "02:10", *PARAGRAPHS[2:]],
        [*PARAGRAPHS[:3], "Read more", LINK, PARAGRAPHS[3], *FOOTER],
        # a "Related" heading removed: the links under it read it (they kept its mark)
        [*PARAGRAPHS, "More from Travel", *FOOTER[1:3], "Loading comments..."],
    ],
    ids=["clips", "footer", "related"],
)
def test_edits_near_a_box_or_a_footer_equal_a_fresh_look(page: list[str]) -> None:
    """The incremental path (one checker, edit after edit) finds what a fresh look does."""
    checker = DebrisChecker()
    ctx = CheckContext()
    base = "\n\n".join(page)
    for n, lines in enumerate(line_edits(page)):
        text = "\n\n".join(lines)
        assert checker.check([text], ctx)[0] == find_debris(text), f"edit {n}"
        assert checker.check([base], ctx)[0] == find_debris(base), f"back from edit {n}"
