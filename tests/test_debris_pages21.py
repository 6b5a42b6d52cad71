"""Page furniture on ten more kinds of site, by place and shape (issue 11 point 7).

A newsletter's post, a blogging platform, a city's news flash, a think tank's
commentary and a portal's syndicated story left lines the engine passed: a menu copied
as items set apart by runs of spaces, a contact's e-mail address and a site's name of
four words above the headline, a rule or a banner between dashes, a link to the
original with its web address between paragraphs, a caption closing on
"Photo by ..." or "Courtesy of ...", and a notice (a charity's number, "Refresh the page
...") set among the footer's furniture, which ended the walk back from the end so that
the footer above it was never read. Every line below is written for these tests.
"""

from __future__ import annotations

import pytest

from ferry_story import PARAGRAPHS, line_edits
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.debris.checker import DebrisChecker, find_debris

P1, P2, P3, P4 = PARAGRAPHS
HEADLINE = "Northern ferry route to close for three weeks"


def flagged(lines: list[str]) -> dict[str, str]:
    """Each flagged line's rule, as the window checks the lines pasted."""
    issues = DebrisChecker().check(["\n\n".join(lines)], CheckContext())[0]
    return {i.text.strip(): i.rule for i in issues}


@pytest.mark.parametrize(
    "line",
    [
        "Sign up   Sign in",
        "Home   News   Sport   Weather   More...",
        "Media contact: Ingrid Salo, isalo@westhaven.example",
        "City of Westhaven, Maine",
        "---------- Forwarded message ---------",
        "--",
    ],
    ids=["spaced-row", "menu", "e-mail", "site-name", "forwarded", "rule"],
)
def test_a_page_line_above_the_article_goes(line: str) -> None:
    """Items set apart by runs of spaces, an e-mail address, a site's name of four
    words, a line between dashes: the page's, never taken for the headline."""
    found = flagged([line, HEADLINE, "By Ingrid Salo", P1, P2])
    assert found == {line: "debris-page-head"}


@pytest.mark.parametrize(
    "standfirst",
    [
        "Ferries stop.  Coaches run instead for three weeks from the start of June",
        "Coaches will run between the harbours while engineers replace the ramp",
    ],
    ids=["two-spaces-after-a-stop", "plain"],
)
def test_the_headline_and_standfirst_stay(standfirst: str) -> None:
    """A typist's two spaces after a full stop part sentences, not a menu's items."""
    found = flagged(["Westhaven Herald", HEADLINE, standfirst, P1, P2])
    assert found == {"Westhaven Herald": "debris-page-head"}


@pytest.mark.parametrize(
    "caption",
    [
        "The landing ramp at Westhaven at low tide. Photo by Aila Berg on Unsplash",
        "The landing ramp at Westhaven in 2018. Courtesy of the Westhaven Harbour Trust",
    ],
    ids=["photo-by", "courtesy"],
)
def test_a_caption_closing_on_its_credit_goes(caption: str) -> None:
    found = flagged([P1, P2, caption, P3, P4])
    assert found == {caption: "debris-caption"}


def test_a_banner_between_dashes_goes_and_a_section_break_stays() -> None:
    """Words between dashes alone between two paragraphs are the page's banner; a rule
    with no words is the copy's own break between sections."""
    banner = "— Sponsored by Westhaven Coaches: every 90 minutes from 6 a.m. —"
    assert flagged([P1, P2, banner, P3, P4]) == {banner: "debris-box-line"}
    assert flagged([P1, P2, "* * *", P3, P4]) == {}
    assert flagged([P1, P2, "---", P3, P4]) == {}


def test_a_link_to_the_original_alone_between_paragraphs_goes() -> None:
    """A line that is no sentence, with a web address in lowercase, between two
    paragraphs: a reader's or a feed's link; the copy's sentence naming a site stays."""
    link = "Open the original on westhavenherald.co.uk"
    assert flagged([P1, P2, link, P3, P4]) == {link: "debris-box-line"}
    said = "The timetable is on the company's site, westhavenferries.co.uk, from Friday."
    assert flagged([P1, P2, said, P3, P4]) == {}


@pytest.mark.parametrize(
    "footer",
    [
        [
            "Get in touch: ferries@westhaven.example",
            "Refresh the page for the latest updates. All times are local.",
            "Live reporting: Ingrid Salo and Aila Berg",
        ],
        [
            "Tags: ferries · Westhaven · coaches",
            "The Westhaven Harbour Trust is a registered charity, no. 1104562.",
            "Share   Facebook   Email",
        ],
        [
            "Download the timetable",
            "Support local journalism. Subscribe today.",
            "Registered charity in England and Wales (1104562). Company limited by guarantee.",
        ],
    ],
    ids=["live-page", "charity-between", "charity-last"],
)
def test_a_notice_among_the_footer_goes_with_it(footer: list[str]) -> None:
    """A sentence or two with the footer's furniture on both sides (at the very end: on
    the two lines above it) is the page's, and the walk back goes on past it."""
    found = flagged([P1, P2, P3, P4, *footer])
    assert set(footer) <= set(found)
    assert not {P1, P2, P3, P4} & set(found)


def test_a_heading_over_a_notice_closing_the_footer_goes() -> None:
    """At the very end, under the footer's own debris, a heading and its notice are the
    page's "About us" box, not the copy's heading over a sentence."""
    heading = "About the Harbour Trust"
    notice = "The Trust has run the Westhaven crossing since 1891 for the island's people."
    share = "Tags: ferries · Westhaven · coaches"
    found = flagged([P1, P2, P3, P4, share, heading, notice])
    assert heading in found and notice in found
    # between two lines of furniture the line above it decides: a heading is no
    # furniture of the page's plainly, so heading and notice stay
    found = flagged([P1, P2, P3, P4, heading, notice, share])
    assert heading not in found and notice not in found


@pytest.mark.parametrize(
    "after",
    [
        ["Coaches instead of the crossing", "Ingrid Salo contributed to this report.", "0"],
        ["Tickets: £4.50 for adults", "The first coach leaves at 6 a.m.", "Fares: £2 for children"],
        ["Advertisement", "The council meets again in March.", "Share this article"],
    ],
    ids=["under-a-subheading", "among-the-copys-facts", "under-an-advert"],
)
def test_the_copys_short_last_lines_stay(after: list[str]) -> None:
    """A short closing line under the copy's subheading, among the copy's own facts set
    as labels, or under an advert's label (a box between paragraphs, of a few words),
    has nothing plainly the page's right above it (a footer's own row or prompt, a line
    asking the reader to act)."""
    found = flagged([P1, P2, P3, P4, *after])
    assert after[1] not in found


PAGE = [
    "Sign up   Sign in",
    "City of Westhaven, Maine",
    HEADLINE,
    "By Ingrid Salo",
    P1,
    "The landing ramp at Westhaven at low tide. Photo by Aila Berg on Unsplash",
    P2,
    "— Sponsored by Westhaven Coaches: every 90 minutes from 6 a.m. —",
    P3,
    P4,
    "Get in touch: ferries@westhaven.example",
    "Refresh the page for the latest updates. All times are local.",
    "Live reporting: Ingrid Salo and Aila Berg",
    "Download the timetable",
    "Support local journalism. Subscribe today.",
    "Registered charity in England and Wales (1104562). Company limited by guarantee.",
]


def test_edits_around_the_new_shapes_equal_a_fresh_look() -> None:
    """One checker, edit after edit (lines deleted, changed, doubled, moved), finds what
    a fresh look does: the notices read the lines on both sides of them, found again on
    every walk back from the end."""
    checker = DebrisChecker()
    ctx = CheckContext()
    base = "\n\n".join(PAGE)
    assert len(find_debris(base)) >= 10
    for n, lines in enumerate(line_edits(PAGE)):
        text = "\n\n".join(lines)
        assert checker.check([text], ctx)[0] == find_debris(text), f"edit {n}"
        assert checker.check([base], ctx)[0] == find_debris(base), f"back from edit {n}"
