"""Web debris that the next line gives away, and lines a page adds around the copy
(issue 11, blind articles): a caption over its photo credit, a pull quote over its
attribution line, a time stamp (a byline stays), a breadcrumb trail written with ">".
The wording here is not the blind articles'; prose next to such lines stays."""

from __future__ import annotations

import pytest

from debris_checks import line_goes, line_stays, removed
from reviewdesk.core.engines.debris.checker import find_debris
from reviewdesk.core.models import Category

LEAD = (
    "😀 The ferry company cut its winter timetable on Monday, leaving two islands with "
    "one crossing a day."
)
TAIL = "The company said the full timetable would return in April."


@pytest.mark.parametrize(
    "caption",
    [
        "Passengers queue for the last sailing of the day at Kirkwall pier.",
        "The MV Hamnavoe leaving Stromness in heavy seas",
    ],
)
@pytest.mark.parametrize("credit", ["(Reuters)", "Photo: Orkney Ferries", "Credit: PA"])
def test_a_caption_over_its_credit_goes_with_it(caption: str, credit: str) -> None:
    text = f"{LEAD}\n\n{caption}\n\n{credit}\n\n{TAIL}"
    found = find_debris(text)
    assert [i.rule for i in found] == ["debris-caption", "debris-photo-credit"]
    assert all(i.category is Category.DEBRIS for i in found)
    assert removed(text, found) == f"{LEAD}\n\n{TAIL}"


def test_a_reported_paragraph_over_a_credit_stays() -> None:
    text = f"{LEAD}\n\nThe operator said the cuts would save money.\n\n(Getty Images)\n\n{TAIL}"
    assert [i.rule for i in find_debris(text)] == ["debris-photo-credit"]


def test_a_pull_quote_over_its_attribution_line_goes_with_it() -> None:
    quote = "“Without the boat, nobody gets to the doctor.”"
    text = f"{LEAD}\n\n{quote}\n\n— Morag Flett, island councillor\n\n{TAIL}"
    found = find_debris(text)
    assert [i.rule for i in found] == ["debris-pull-quote", "debris-pull-quote"]
    assert removed(text, found) == f"{LEAD}\n\n{TAIL}"


@pytest.mark.parametrize(
    "line",
    [
        "- Fewer sailings on Sundays",  # a list item, not an attribution
        "— and then, the council said, it would review the decision.",
    ],
)
def test_dash_lines_that_are_copy_stay(line: str) -> None:
    line_stays(f"{LEAD}\n\n“We were not asked,” one islander said.", line, TAIL)


@pytest.mark.parametrize(
    "line",
    [
        "Updated: 12/03/2021, 09:40",
        "Last updated 4 March 2021",
        "Published on March 4, 2021",
    ],
)
def test_time_stamps(line: str) -> None:
    line_goes(LEAD, line, TAIL, "debris-time-stamp")


@pytest.mark.parametrize(
    "line",
    [
        "By Alasdair MacLeod",  # a byline is the article's: its name is never removed
        "By Political Correspondent | Published 4 March 2021",
        "By the numbers",
        "By then, the last ferry had left.",
        "Updated timetables will be posted at each pier.",
    ],
)
def test_bylines_and_lines_that_start_like_stamps_stay(line: str) -> None:
    line_stays(LEAD, line, TAIL)


def test_a_breadcrumb_written_with_greater_than_signs() -> None:
    head = "Winter ferry cuts leave two islands with one crossing"
    text = f"Travel > Scotland > Islands > {head}\n\n{LEAD}\n\n{TAIL}"
    (issue,) = find_debris(text)
    assert issue.rule == "debris-breadcrumb"
    assert removed(text, [issue]).startswith(f"{head}\n\n")


def test_one_greater_than_sign_in_prose_is_no_trail() -> None:
    assert find_debris(f"{LEAD}\n\nDemand > supply on the north route, the report found.") == []


def test_a_short_pull_quote_repeating_the_copy_is_flagged() -> None:
    said = (
        "“It was cold. Very cold. Nobody expected snow in May,” said the harbour master, "
        "who has worked at the pier for thirty years."
    )
    pull = "“It was cold. Very cold. Nobody expected snow.”"
    text = f"{LEAD}\n\n{said}\n\n{pull}\n\n{TAIL}"
    (issue,) = find_debris(text)
    assert issue.rule == "debris-pull-quote"
    assert removed(text, [issue]) == f"{LEAD}\n\n{said}\n\n{TAIL}"


def test_a_short_quotation_of_its_own_is_copy() -> None:
    text = f"{LEAD}\n\n“We will keep the islands connected.”\n\n{TAIL}"
    assert find_debris(text) == []
