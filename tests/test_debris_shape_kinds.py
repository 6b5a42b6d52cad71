"""Page furniture known by its shape (issue 11, articles9 pass, from the blind articles'
misses by kind), in wording of our own, each beside copy of the same shape that stays:

- a menu bar: short capitalised items between bullets, or between wide gaps with a page
  control among them ("Search", "Sign in", "A+");
- a script's code left in the text;
- the page's title ("Headline - Site") over the headline, a menu bar between or not;
- a story title under a "Trending" or "Most read" heading; "Print this article"; "Be the
  first to comment."; a time stamp whose clock has dots ("4:12 p.m.").
"""

from __future__ import annotations

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.debris.checker import DebrisChecker, find_debris

LEAD = "The ferry between the two islands will stop for a week while its engine is rebuilt."
TAIL = "Passengers can take the longer road bridge until the ferry returns on Monday."


def flagged(text: str) -> list[str]:
    return [i.text.strip() for i in find_debris(text)]


@pytest.mark.parametrize(
    "bar",
    [
        "Home   Local   Sport   Weather   Search",
        "Menu    Sign in    Subscribe",
        "Politics · Business · Culture · Opinion",
        "Text size   A-   A+",
    ],
)
def test_a_menu_bar_goes(bar: str) -> None:
    assert flagged(f"{bar}\n\n{LEAD}\n\n{TAIL}") == [bar]


@pytest.mark.parametrize(
    "line",
    [
        "Team   Played   Won   Lost",  # a table's head, no page control in it
        "Apples · 3 kg · £4",  # figures: a list of the copy's
        "Bread, milk · eggs · butter were all that was left.",
        "The mayor  said the ferry  would return soon.",  # wide gaps inside a sentence
    ],
)
def test_rows_of_the_copys_own_stay(line: str) -> None:
    assert flagged(f"{LEAD}\n\n{line}\n\n{TAIL}") == []


@pytest.mark.parametrize(
    "code",
    [
        "window.adsQueue.push(function() { showSlot('mid-2'); });",
        "var pageTracker = loadTracker('news');",
        "analytics.track('article_view', { section: 'local' });",
    ],
)
def test_a_scripts_code_goes(code: str) -> None:
    assert flagged(f"{LEAD}\n\n{code}\n\n{TAIL}") == [code]


@pytest.mark.parametrize(
    "line",
    [
        "The council (which met on Monday) agreed the plan.",
        "Its web address, ferries.example.org, will list the new times.",
        "Tickets cost £5 (children go free);",
    ],
)
def test_prose_with_brackets_and_dots_stays(line: str) -> None:
    assert flagged(f"{LEAD}\n\n{line}\n\n{TAIL}") == []


HEADLINE = "Island ferry to stop for a week of engine repairs"


@pytest.mark.parametrize("between", ["", "News  •  Travel  •  Islands\n\n"])
def test_the_page_title_over_the_headline_goes(between: str) -> None:
    title = f"{HEADLINE} - The Harbour Times"
    text = f"{title}\n\n{between}{HEADLINE}\n\n{LEAD}\n\n{TAIL}"
    assert title in flagged(text)
    assert HEADLINE not in flagged(text)


def test_a_dash_before_a_name_in_a_headline_stays() -> None:
    """A headline with a dash stays when no headline repeats it under it."""
    line = "Ferry back after repairs - Islanders celebrate"
    assert flagged(f"{line}\n\n{LEAD}\n\n{TAIL}") == []


def test_the_page_title_follows_edits() -> None:
    """The title is found by the headline two lines down: edited in and out (the
    headline, the menu between), the kept result equals a fresh look each time."""
    title = f"{HEADLINE} - The Harbour Times"
    menu = "News  •  Travel  •  Islands"
    steps = [
        [title, "", menu, "", HEADLINE, "", LEAD],
        [title, "", menu, "", "Ferry stops for repairs", "", LEAD],
        [title, "", menu, "", HEADLINE, "", LEAD],
        [title, "", "A note from the editor", "", HEADLINE, "", LEAD],
        [title, "", menu, "", HEADLINE, "", LEAD],
    ]
    checker = DebrisChecker()
    for n, step in enumerate("\n".join(s) for s in steps):
        assert checker.check([step], CheckContext())[0] == find_debris(step), f"step {n}"
    assert title in flagged("\n".join(steps[0]))
    assert title not in flagged("\n".join(steps[1]))
    assert title not in flagged("\n".join(steps[3]))


@pytest.mark.parametrize("heading", ["Trending now", "Most read"])
def test_a_story_title_under_a_most_read_heading_goes(heading: str) -> None:
    link = "Lighthouse keeper retires after forty years"
    assert flagged(f"{LEAD}\n\n{TAIL}\n\n{heading}\n\n{link}") == [heading, link]


@pytest.mark.parametrize(
    "line", ["Print this article", "Email this story", "Be the first to comment."]
)
def test_page_buttons_and_an_empty_threads_invitation_go(line: str) -> None:
    assert flagged(f"{LEAD}\n\n{TAIL}\n\n{line}") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Print this article and bring it to the meeting, the council asked.",
        "She was the first to comment on the ferry's return.",
    ],
)
def test_sentences_with_those_words_stay(line: str) -> None:
    assert flagged(f"{LEAD}\n\n{line}\n\n{TAIL}") == []


@pytest.mark.parametrize(
    "stamp", ["Published: March 3, 2021 at 9:05 a.m.", "Updated 14 May 2022, 6:40 p.m. BST"]
)
def test_a_time_stamp_with_a_clocks_dots_goes(stamp: str) -> None:
    assert flagged(f"{stamp}\n\n{LEAD}\n\n{TAIL}") == [stamp]


def test_a_sentence_about_publishing_at_a_time_stays() -> None:
    line = "Published at 9 a.m., the report was read by noon. Its author was pleased."
    assert flagged(f"{LEAD}\n\n{line}\n\n{TAIL}") == []


def test_a_credit_with_a_licence_version_goes_with_its_caption() -> None:
    caption = "The old ferry at the quay in 1998."
    credit = "Credit: Ana Ruiz / Flickr (CC BY-SA 4.0)"
    assert flagged(f"{LEAD}\n\n{caption}\n\n{credit}\n\n{TAIL}") == [caption, credit]

