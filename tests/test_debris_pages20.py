"""Page furniture between and after the article's paragraphs, by shape (issue 11 point 7).

Five more kinds of site nobody had tuned on (a hyperlocal news app, a union's bulletin,
a parish newsletter, a legal news service, a printer-friendly view) left lines the
engine passed: a box's label and its details alone between two paragraphs, a picture or
a link left in square brackets, a row between separators or a web address above the
headline, a newsletter's name in capitals, and a short notice under the footer's
furniture. Every line below is written for these tests.
"""

from __future__ import annotations

import pytest

from ferry_story import PARAGRAPHS, line_edits
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.debris.checker import DebrisChecker, find_debris
from reviewdesk.core.filing import for_word_file
from reviewdesk.core.rule_names import rule_name

P1, P2, P3, P4 = PARAGRAPHS
HEADLINE = "Northern ferry route to close for three weeks"


def flagged(lines: list[str]) -> dict[str, str]:
    """Each flagged line's rule, as the window checks the lines pasted."""
    issues = DebrisChecker().check(["\n\n".join(lines)], CheckContext())[0]
    return {i.text.strip(): i.rule for i in issues}


@pytest.mark.parametrize(
    "box",
    [
        "Drop-in session: Thursday, June 6, 6:30 p.m., Westhaven Community Hall",
        "Read the notice: Route closure order 2019/14 (PDF, 3 pages)",
        "[Image: The landing ramp at Westhaven before the works]",
        "[Related: Island councils weigh coach replacements]",
    ],
    ids=["meeting", "download", "image", "related"],
)
def test_a_box_alone_between_two_paragraphs_goes(box: str) -> None:
    found = flagged([P1, P2, box, P3, P4])
    assert found == {box: "debris-box-line"}
    assert rule_name("debris", "debris-box-line") == "A web page's box between the paragraphs"


@pytest.mark.parametrize(
    "line",
    [
        "Coaches instead of the crossing",  # a subheading: no colon
        "What the traders say",
        "Fares: £4.50 for adults, £2 for children.",  # a sentence's end: the copy's
        "Update, 4:10 p.m.: the company has published the timetable",  # a figure in its label
    ],
    ids=["subheading", "heading", "sentence", "update"],
)
def test_the_copys_own_short_lines_between_paragraphs_stay(line: str) -> None:
    """A subheading holds no label and colon; a line ending as a sentence does is the
    copy's, whatever figures it holds."""
    assert flagged([P1, P2, line, P3, P4]) == {}


def test_a_fact_box_of_several_lines_is_the_copys() -> None:
    """Label and details in a run ("Date: ...", "Venue: ..."): the copy's own box of
    facts, not one line of the page's alone between two paragraphs."""
    facts = ["Closure: June 3 to June 24", "Coaches: every 90 minutes from 6 a.m."]
    found = flagged([P1, P2, *facts, P3, P4])
    assert not set(facts) & set(found)


def test_a_box_line_in_a_word_file_stays() -> None:
    """A Word file is no web page: a line's place there offers nothing."""
    box = "Drop-in session: Thursday, June 6, 6:30 p.m., Westhaven Community Hall"
    text = "\n\n".join([P1, P2, box, P3, P4])
    issues = DebrisChecker().check([text], for_word_file(CheckContext()))[0]
    assert box not in {i.text.strip() for i in issues}


@pytest.mark.parametrize(
    "line",
    [
        "Subscriber content · Free article 2 of 3 this month",
        "Printed from www.harbourherald.example on 16/01/2019 at 09:12",
        "WESTHAVEN PARISH NEWSLETTER",
    ],
    ids=["row", "web-address", "capitals"],
)
def test_a_page_line_above_the_headline_goes(line: str) -> None:
    """A row between separators or a web address is no headline however many words it
    holds; a newsletter's name in capitals is no headline beside the one above the story."""
    found = flagged([line, HEADLINE, "By Ingrid Salo", P1, P2])
    assert found == {line: "debris-page-head"}


def test_the_headline_in_capitals_stays() -> None:
    """The line of the most words above the story is its headline, capitals or not."""
    headline = HEADLINE.upper()
    found = flagged(["WESTHAVEN NEWS", headline, P1, P2])
    assert headline not in found


def test_a_short_notice_under_the_footer_goes() -> None:
    """A sentence or two under the footer's furniture: the page's notice."""
    notice = "Paid for by the Westhaven Harbour Trust."
    disclaimer = "Attorney advertising. Prior results do not guarantee a similar outcome."
    footer = ["Topics: ferries, Westhaven, coaches", "Reprints & Permissions"]
    found = flagged([P1, P2, P3, P4, *footer, disclaimer, notice])
    assert found == dict.fromkeys([*footer, disclaimer, notice], "debris-page-end")
    found = flagged([P1, P2, P3, P4, *footer, notice])  # no heading over the copy's line
    assert found == dict.fromkeys([*footer, notice], "debris-page-end")


@pytest.mark.parametrize(
    "above",
    [
        ["Topics: ferries, Westhaven, coaches"],  # one line of furniture only
        ["“The ramp is older than I am.”", "— Aila Berg, trader"],  # a pull quote's box
    ],
    ids=["one-line", "pull-quote"],
)
def test_the_copys_short_last_paragraph_under_a_box_stays(above: list[str]) -> None:
    """A short closing line under one stray furniture line, or under a box that stands
    between paragraphs (a pull quote), is the copy's last paragraph."""
    closing = "The company will publish the coach timetable on Friday."
    found = flagged([P1, P2, P3, P4, *above, closing])
    assert closing not in found


PAGE = [
    "Subscriber content · Free article 2 of 3 this month",
    HEADLINE,
    "By Ingrid Salo",
    P1,
    "Drop-in session: Thursday, June 6, 6:30 p.m., Westhaven Community Hall",
    P2,
    "[Related: Island councils weigh coach replacements]",
    P3,
    P4,
    "Topics: ferries, Westhaven, coaches",
    "Reprints & Permissions",
    "Paid for by the Westhaven Harbour Trust.",
]


def test_edits_around_the_new_shapes_equal_a_fresh_look() -> None:
    """One checker, edit after edit (lines deleted, changed, doubled, moved), finds
    what a fresh look does: a box line reads the lines beside it, the notice the two
    lines above it, the page's head its headline."""
    checker = DebrisChecker()
    ctx = CheckContext()
    base = "\n\n".join(PAGE)
    assert len(find_debris(base)) >= 6
    for n, lines in enumerate(line_edits(PAGE)):
        text = "\n\n".join(lines)
        assert checker.check([text], ctx)[0] == find_debris(text), f"edit {n}"
        assert checker.check([base], ctx)[0] == find_debris(base), f"back from edit {n}"
