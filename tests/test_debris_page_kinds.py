"""More lines a saved page adds around the copy (issue 11, articles8 pass, from the
blind articles' misses by kind), in wording of our own, each beside copy of the same
shape that stays:

- a breadcrumb trail written with "/" or "|" between capitalised segments;
- a pull quote's attribution led by a hyphen, only under a line that is one quotation;
- a credit in brackets ("(Photo: Reuters)") and a caption ending in one;
- a story link under a "Related stories" heading; "Comments (0)"; "You may also like:
  ..."; "... to your inbox. Subscribe now".

A bare date over a story ("Monday, May 6, 2019") is its dateline, as Wikinews prints over
every article, and stays, as a byline does (with a stamp after it too: the lead's rule).
"""

from __future__ import annotations

import pytest

from debris_checks import line_goes, line_stays, removed
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.debris.checker import DebrisChecker, find_debris
from reviewdesk.core.models import Category

LEAD = "😀 The library will close for two weeks in March while its roof is repaired."
TAIL = "Books can be returned at the town hall until the library reopens."


@pytest.mark.parametrize("trail", ["Local / Culture / ", "News | Towns | "])
def test_a_slash_or_pipe_trail_before_the_headline_goes(trail: str) -> None:
    headline = "Library to close for roof repairs"
    text = f"{trail}{headline}\n\n{headline}\n\n{LEAD}\n\n{TAIL}"
    found = find_debris(text)
    assert found and found[0].rule == "debris-breadcrumb"
    assert removed(text, found).startswith(headline)


@pytest.mark.parametrize(
    "line",
    [
        "The 2019 / 2020 season / was long for everyone involved.",
        "Readers said and / or wrote / that they missed it.",
    ],
)
def test_slashes_in_prose_are_no_trail(line: str) -> None:
    line_stays(LEAD, line, TAIL)


@pytest.mark.parametrize("line", ["Monday, May 6, 2019", "By Ama Mensah"])
def test_a_dateline_and_a_byline_stay(line: str) -> None:
    assert find_debris(f"{line}\n\n{LEAD}\n\n{TAIL}") == []


def test_a_hyphen_led_attribution_under_a_quote_goes_with_it() -> None:
    quote = "“We will not lose a single book to the rain.”"
    text = f"{LEAD}\n\n{quote}\n\n- Ruth Adeyemi, head librarian\n\n{TAIL}"
    found = find_debris(text)
    assert [i.rule for i in found] == ["debris-pull-quote", "debris-pull-quote"]
    assert all(i.category is Category.DEBRIS for i in found)
    assert removed(text, found) == f"{LEAD}\n\n{TAIL}"


def test_a_hyphen_list_of_names_stays() -> None:
    text = f"{LEAD}\n\nThe new trustees are:\n\n- Ruth Adeyemi, librarian\n\n{TAIL}"
    assert find_debris(text) == []


@pytest.mark.parametrize(
    "credit_line",
    ["(Photo: Reuters)", "Workers on the roof on Tuesday. (Image: Tom Reid)"],
)
def test_a_bracketed_credit_and_a_caption_ending_in_one_go(credit_line: str) -> None:
    # (a reported paragraph above: a short one would go as the credit's caption)
    said = "The council said the work would cost 40,000 pounds."
    line_goes(f"{LEAD}\n\n{said}", credit_line, TAIL)


@pytest.mark.parametrize(
    "line",
    [
        "Comments (3)",
        "You may also like: Ten libraries worth the trip",
        "Get the week's local news delivered to your inbox. Subscribe now",
    ],
)
def test_page_furniture_lines_go(line: str) -> None:
    line_goes(LEAD, line, TAIL)


def test_a_story_link_under_a_related_heading_goes() -> None:
    text = f"{LEAD}\n\n{TAIL}\n\nRelated stories\n\nMuseum roof fixed after storm damage"
    found = find_debris(text)
    assert [i.text.strip() for i in found] == [
        "Related stories",
        "Museum roof fixed after storm damage",
    ]


def test_a_short_line_under_other_headings_stays() -> None:
    text = f"{LEAD}\n\nMore\n\nThe council will meet on Friday\n\n{TAIL}"
    assert all("council" not in i.text for i in find_debris(text))


def test_lines_found_by_their_neighbours_follow_edits() -> None:
    """The attribution and the story link depend on the line above: edited in and out,
    the kept result equals a fresh look each time."""
    quote, attribution = "“We will not lose a single book.”", "- Ruth Adeyemi, librarian"
    heading, link = "Related stories", "Museum roof fixed after storm damage"
    steps = [
        [LEAD, "", "The quote below.", "", attribution, "", TAIL, "", "Notes", "", link],
        [LEAD, "", quote, "", attribution, "", TAIL, "", "Notes", "", link],
        [LEAD, "", quote, "", attribution, "", TAIL, "", heading, "", link],
        [LEAD, "", "The quote below.", "", attribution, "", TAIL, "", heading, "", link],
        [LEAD, "", "The quote below.", "", attribution, "", TAIL, "", "Notes", "", link],
    ]
    checker = DebrisChecker()
    for n, step in enumerate("\n".join(s) for s in steps):
        assert checker.check([step], CheckContext())[0] == find_debris(step), f"step {n}"
    assert any(i.text.strip() == attribution for i in find_debris("\n".join(steps[1])))
    assert any(i.text.strip() == link for i in find_debris("\n".join(steps[2])))
    assert not any(i.text.strip() == attribution for i in find_debris("\n".join(steps[0])))
