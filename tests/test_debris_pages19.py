"""Page furniture between and after the article's paragraphs, by shape (issue 11 point 7).

Kinds of site nobody had tuned on (a podcast's page, a trade magazine, a museum's blog,
a student paper, a sports club) left lines the engine passed: a caption closing on a
credit in parentheses with the photographer in capitals, a row of labels between middle
dots, the writer's note under the story, a footer line whose "2 p.m." read as a
sentence's end. Every line below is written for these tests.
"""

from __future__ import annotations

import pytest

from ferry_story import PARAGRAPHS, line_edits
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.debris.checker import DebrisChecker, find_debris

P1, P2, P3, P4 = PARAGRAPHS


def flagged(lines: list[str]) -> dict[str, str]:
    """Each flagged line's rule, as the window checks the lines pasted."""
    issues = DebrisChecker().check(["\n\n".join(lines)], CheckContext())[0]
    return {i.text.strip(): i.rule for i in issues}


def test_a_caption_closing_on_a_slashed_credit_goes() -> None:
    caption = "Coaches wait at the Westhaven quay on Tuesday. (Harbour Herald / K. LINDQVIST)"
    credit_only = "The ramp is lifted out by a floating crane (Port archive / M. OSEI)"
    found = flagged([P1, caption, P2, credit_only, P3])
    assert found == {caption: "debris-caption", credit_only: "debris-caption"}


@pytest.mark.parametrize(
    "line",
    [
        "The coaches will run at up to 50 miles an hour (80 km/h) on the coast road.",
        "The survey's images were released by both agencies (NASA/JPL).",
    ],
    ids=["units", "agencies"],
)
def test_a_sentence_closing_on_a_slash_in_parentheses_stays(line: str) -> None:
    """A unit's slash, two agencies: no photographer named in capitals."""
    assert flagged([P1, line, P2]) == {}


def test_a_row_of_labels_between_middle_dots_goes() -> None:
    apps = "Listen on Overcast · Castbox · Player FM · RSS feed"
    chapters = "00:00 Welcome · 06:30 The ramp · 19:05 The traders · 28:40 Listener mail"
    found = flagged([P1, apps, P2, chapters, P3, P4])
    assert found == {apps: "debris-page-furniture", chapters: "debris-page-furniture"}


def test_a_byline_row_between_middle_dots_stays() -> None:
    """ "By Jane Doe · Staff Writer · date" is the article's byline."""
    byline = "By Ingrid Salo · Transport Reporter · May 2, 2019"
    assert flagged([byline, P1, P2]) == {}


def test_the_writers_note_under_the_story_goes() -> None:
    """The byline's name opening a line after the last paragraph, or a name and an
    e-mail address over the page's footer: the writer's note, not the story's."""
    note = "Ingrid Salo covers transport and the harbours for the Herald."
    tags = ["Topics: ferries, Westhaven, coaches", "Print this page"]
    found = flagged(["By Ingrid Salo", P1, P2, P3, note])
    assert found == {note: "debris-page-end"}
    contact = (
        "Tomas Berg reports on business for the Herald. Reach him at "
        "tberg@herald.example.com or on 01632 960 123."
    )
    found = flagged([P1, P2, P3, contact, *tags])
    assert found.get(contact) == "debris-page-end"


def test_a_help_line_closing_the_story_stays() -> None:
    """An e-mail address in the copy's last paragraph, no name opening it: the story's
    help line, even with the page's footer under it."""
    help_line = (
        "Anyone who saw the collision is asked to email the harbour police at "
        "witness@police.example.org."
    )
    tags = ["Topics: ferries, Westhaven, coaches", "Print this page"]
    found = flagged([P1, P2, P3, help_line, *tags])
    assert help_line not in found


def test_a_footer_line_with_a_clock_time_goes_with_the_footer() -> None:
    """ "2 p.m. ET" is no sentence's end: the line is the footer's like its neighbours."""
    event = "Webinar, June 3, 2 p.m. ET: What the ramp closure costs traders"
    found = flagged([P1, P2, P3, P4, event, "Topics: ferries, Westhaven", "Reprints"])
    assert found.get(event) == "debris-page-end"


PAGE = [
    "By Ingrid Salo",
    P1,
    "Coaches wait at the Westhaven quay on Tuesday. (Harbour Herald / K. LINDQVIST)",
    P2,
    P3,
    "Listen on Overcast · Castbox · Player FM · RSS feed",
    P4,
    "Ingrid Salo covers transport and the harbours for the Herald.",
    "Webinar, June 3, 2 p.m. ET: What the ramp closure costs traders",
    "Topics: ferries, Westhaven, coaches",
]


def test_edits_around_the_new_shapes_equal_a_fresh_look() -> None:
    """One checker, edit after edit (lines deleted, changed, doubled, moved), finds
    what a fresh look does: the writer's note reads the byline at the top, the
    footer's walk the lines below it."""
    checker = DebrisChecker()
    ctx = CheckContext()
    base = "\n\n".join(PAGE)
    assert len(find_debris(base)) >= 5
    for n, lines in enumerate(line_edits(PAGE)):
        text = "\n\n".join(lines)
        assert checker.check([text], ctx)[0] == find_debris(text), f"edit {n}"
        assert checker.check([base], ctx)[0] == find_debris(base), f"back from edit {n}"
