"""A big site's footer after the article's last paragraph (issue 11 point 7).

A real page pasted from the browser (goose's test pages: a technology site's story)
ends with far more than forty lines of the site's own: its other stories, its forums'
threads, each with a time stamp and a count of comments. The walk back from the end
gave up after forty lines (a text with no paragraph near its end is no article on a
page), so none of it was marked but the lines with debris of their own. It now goes on
while one line in eight there is the page's by a rule of its own; a long list of the
copy's own (results, a roll of names) shows none and stays. Every line below is
written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ferry_story import PARAGRAPHS, line_edits
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.debris.checker import DebrisChecker, find_debris
from reviewdesk.core.engines.debris.page_order import FOOTER_REACH

DEMO = Path(__file__).resolve().parents[1] / "src/reviewdesk/resources/demo/newsroom-demo.txt"

_FORUMS = ["Island Life", "Harbour Talk", "Sailing Club"]
_THREADS = [
    "Best route to the islands while the ferry is out",
    "Anyone else parking at the old quay this week",
    "Coach times posted at the terminal",
    "Summer moorings waiting list again",
    "Lost a blue kayak near the breakwater",
    "Fish market hours over the holidays",
    "Which cafe on the front opens earliest",
    "Tide tables for the regatta weekend",
    "New harbour master starts in June",
    "Bike racks on the replacement coaches",
    "Photos from the lighthouse open day",
    "Quiet beaches for a family picnic",
]
# the site's forums: a forum's name, a thread's title, when, how many comments
FOOTER = ["Latest from the forums"] + [
    line
    for k, thread in enumerate(_THREADS)
    for line in (_FORUMS[k % 3], thread, f"{k + 2} days ago", f"{k + 3} comments")
]
# the copy's own long list after its last paragraph (the coaches' stops, a timetable):
# the page's furniture by its shape, but with none of the page's debris in it
_PLACES = ["Old Quay car park", "Harbour Road church", "Westhaven school gates",
           "Mill Lane corner", "Station Square"]  # fmt: skip
STOPS = [f"Stop {k}: {_PLACES[k % 5]}" for k in range(1, 46)]


def flagged(text: str) -> dict[str, str]:
    """Each flagged line's rule, as the window checks ``text`` pasted."""
    issues = DebrisChecker().check([text], CheckContext())[0]
    return {i.text.strip(): i.rule for i in issues}


def test_the_footer_is_longer_than_the_old_reach() -> None:
    assert len(FOOTER) > FOOTER_REACH and len(STOPS) > FOOTER_REACH


def test_a_big_sites_footer_goes_whole() -> None:
    found = flagged("\n\n".join([*PARAGRAPHS, *FOOTER]))
    # the threads' titles and the forums' names carry no debris of their own: they go
    # as the footer's
    for line in (*_THREADS, *_FORUMS, "Latest from the forums"):
        assert found.get(line) == "debris-page-end", line
    assert not any(p in found for p in PARAGRAPHS)


def test_a_long_list_of_the_copys_own_after_its_last_paragraph_stays() -> None:
    """A timetable under the story shows none of the page's debris: it stays."""
    found = flagged("\n\n".join([*PARAGRAPHS, "The coaches will call at:", *STOPS]))
    assert found == {}


def test_a_footer_past_the_longest_reach_is_left() -> None:
    """More than two hundred lines after the last paragraph is no footer of a page."""
    text = "\n\n".join([*PARAGRAPHS, *(FOOTER * 5)])
    found = flagged(text)
    assert not any(thread in found for thread in _THREADS)


def test_copies_of_an_article_are_no_long_footer() -> None:
    """The demo article pasted eight times over, one word changed in a middle copy:
    walking back from the end passes the copies' paragraphs only for their marks (each
    a repeat), so what it walks is the copy's text, and the copies' headlines stay
    unmarked as a footer's."""
    paras = "\n\n".join([DEMO.read_text(encoding="utf-8")] * 8).split("\n")
    k = next(n for n in range(len(paras) // 2, len(paras)) if " the " in paras[n])
    paras[k] = paras[k].replace(" the ", " teh the ", 1)
    issues = find_debris("\n".join(paras))
    assert not [i for i in issues if i.rule == "debris-page-end"]


@pytest.mark.parametrize(
    "page",
    [[*PARAGRAPHS, *FOOTER], [*PARAGRAPHS, *FOOTER[:36], *STOPS[:12]]],
    ids=["footer", "footer-then-list"],
)
def test_edits_near_a_long_footer_equal_a_fresh_look(page: list[str]) -> None:
    """The incremental path (one checker, edit after edit) finds what a fresh look does,
    as edits take the footer's debris below one line in eight and back."""
    checker = DebrisChecker()
    ctx = CheckContext()
    base = "\n\n".join(page)
    for n, lines in enumerate(line_edits(page, 3)):
        text = "\n\n".join(lines)
        assert checker.check([text], ctx)[0] == find_debris(text), f"edit {n}"
        assert checker.check([base], ctx)[0] == find_debris(base), f"back from edit {n}"


def test_a_share_button_naming_its_network_goes_between_paragraphs() -> None:
    """ "Share this on Facebook" (the page's button, as a pasted page's head holds it)."""
    text = "\n\n".join([PARAGRAPHS[0], "Share this on Facebook", "Share it on X", *PARAGRAPHS[1:]])
    assert flagged(text) == {
        "Share this on Facebook": "debris-share",
        "Share it on X": "debris-share",
    }
