"""Page furniture found by its place in the page, whatever its words (issue 11): the lines
after the article's last paragraph, and a box of links between its paragraphs. Every
line below is written for these tests, in wording no phrase rule knows."""

from __future__ import annotations

import pytest

from debris_checks import removed
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.debris.checker import DebrisChecker, find_debris
from reviewdesk.core.filing import for_word_file

BODY = "\n\n".join(
    [
        "The ferry company said on Monday that the northern route would close for three "
        "weeks while engineers replace the landing ramp at Westhaven.",
        "Passengers will be carried by coach between the two harbours, a journey the "
        "company expects to take about forty minutes longer than the crossing.",
        "The council's transport committee will review the arrangement at its next "
        "meeting, and local traders have asked for the works to be finished before summer.",
    ]
)


def flagged(text: str) -> list[str]:
    """The debris lines of ``text``, as the editor reads them."""
    return [i.text.strip() for i in find_debris(text)]


# -- after the last paragraph ---------------------------------------------------------------


@pytest.mark.parametrize(
    "footer",
    [
        # a box of other stories under a heading no rule names
        ["Elsewhere Today", "Harbour pilots warn of a winter backlog at the northern locks"],
        # topic links under their label, and a count
        ["Explore Topics", "Ferries, Westhaven, Council", "12 Responses"],
        # a box's label and a story's headline with a tag under it
        ["Picked For You", "Lighthouse keepers' cottages go up for auction", "In Coastal Life"],
    ],
)
def test_furniture_after_the_last_paragraph_goes(footer: list[str]) -> None:
    text = "\n\n".join([BODY, *footer])
    issues = find_debris(text)
    assert [i.text.strip() for i in issues] == footer
    assert [i.rule for i in issues][:2] == ["debris-page-end"] * 2
    assert removed(text, issues) == BODY


def test_the_page_speaking_to_its_reader_goes_once_the_footer_shows() -> None:
    footer = [
        "Reader Responses",
        "Nothing posted yet",
        "Tell the newsroom what you think of the new timetable.",
    ]
    text = "\n\n".join([BODY, *footer])
    assert flagged(text) == footer


@pytest.mark.parametrize(
    "ending",
    [
        # the article's own last short sentence, and a correction under its heading
        ["The route last closed for repairs in 2011.", "Correction", "An earlier version "
         "of this story gave the wrong date for the closure."],
        # a list the copy introduces with a colon
        ["The affected sailings are:", "- the 07:10 from Westhaven", "- the 18:45 from "
         "Northport"],
        # the writer's sign-off under a letter, and a help line closing the story
        ["Maya Lind, Northport"],
        ["Maya Lind", "Northport"],
        ["If you are worried about a journey, you can call the ferry company's help line on "
         "weekdays between nine and five."],
        # a heading written last, with its paragraph still to come
        ["What Comes Next"],
        # a short quotation closing the story
        ["“We will be back on the water by June,” she said."],
        # a wire's credits in parentheses
        ["(Reporting by Maya Lind; editing by Tom Ashe)"],
    ],
)
def test_the_articles_own_closing_lines_stay(ending: list[str]) -> None:
    assert find_debris("\n\n".join([BODY, *ending])) == []


def test_a_word_file_keeps_its_closing_lines() -> None:
    # a Word file's tables and headers stand where a page's footer would: no web page
    text = "\n\n".join([BODY, "Elsewhere Today", "Harbour pilots warn of a winter backlog"])
    checker = DebrisChecker()
    assert len(checker.check([text], CheckContext())[0]) == 2
    assert checker.check([text], for_word_file(CheckContext())) == [[]]


# -- between paragraphs ---------------------------------------------------------------------


def test_a_box_of_links_between_paragraphs_goes() -> None:
    first, second, third = BODY.split("\n\n")
    box = ["Across The Coast", "Westhaven crews vote to strike over changes to their rotas"]
    text = "\n\n".join([first, *box, second, third])
    issues = find_debris(text)
    assert [i.text.strip() for i in issues] == box
    assert {i.rule for i in issues} == {"debris-link-box"}
    assert removed(text, issues) == BODY


@pytest.mark.parametrize(
    "middle",
    [
        ["A Long Wait At The Quay"],  # a subheading over its paragraph
        ["## Coaches and costs", "### The first week"],  # headings the copy marks
        ["The coaches will stop at:", "Kilbride", "Ashby Cross", "Northport station"],
        ["- Westhaven to Northport", "- Northport to Kilbride"],  # a list of the copy's
        ["Westhaven 3 Northport 1", "Kilbride 2 Ashby 2"],  # a table of results
    ],
)
def test_the_copys_short_lines_between_paragraphs_stay(middle: list[str]) -> None:
    first, second, third = BODY.split("\n\n")
    assert find_debris("\n\n".join([first, *middle, second, third])) == []


def test_a_short_line_under_unknown_furniture_that_heads_a_paragraph_stays() -> None:
    first, second, third = BODY.split("\n\n")
    text = "\n\n".join([first, "Pass It On  Post  Mail", "A Long Wait At The Quay", second, third])
    assert "A Long Wait At The Quay" not in flagged(text)


# -- after an edit ----------------------------------------------------------------------------


def test_an_edit_that_moves_the_last_paragraph_re_decides_the_footer() -> None:
    footer = "Elsewhere Today\n\nHarbour pilots warn of a winter backlog at the northern locks"
    before = f"{BODY}\n\n{footer}"
    more = (
        "Traders on the quay said they had been told of the closure only last week, and "
        "several asked the company to pay for the lost summer trade."
    )
    after = f"{BODY}\n\n{footer}\n\n{more}"
    checker = DebrisChecker()
    ctx = CheckContext()
    for text in (before, after, before):
        assert checker.check([text], ctx) == [find_debris(text)]
    assert find_debris(after) != []  # the box sits between paragraphs now: still the page's
