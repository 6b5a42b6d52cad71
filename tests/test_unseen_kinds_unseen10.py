"""Kinds the first unread measure of four blind sets missed (issue 11, unseen10 pass),
in wording of our own, each beside copy of the same shape that stays:

- a page's own controls by their shape: a button's glyph ("Next story ›"), a gallery's
  or pager's counter, a yes/no prompt, a video's running time, account links between
  slashes, an input device's instruction, the site speaking to the reader in a line of
  its own; a time stamp with a date in dotted figures; "Editor's picks: <story>"; a
  menu between " :: " or " | ", a footer's copyright closing one;
- a figure that is part of a name ("the Falcon 9 rocket") is no count for the small
  numbers' consistency;
- "who's" before a noun that is a verb too and the clause's own verb ("who's season
  is") → "whose";
- "off" after a word that is only an adjective ("aware off the case") → "of";
- agreement past a short phrase of place when the verb is an "-s" word that could be a
  noun ("Deaths in nursing homes accounts for") → the plural verb.
"""

from __future__ import annotations

import pytest

from grammar_kinds import assert_clean, assert_kind_found
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.debris.checker import find_debris
from reviewdesk.core.pipeline import CheckPipeline

LEAD = "The ferry between the two islands will stop for a week while its engine is rebuilt."
TAIL = "Passengers can take the longer road bridge until the ferry returns on Monday."


@pytest.fixture(scope="module")
def pipeline() -> CheckPipeline:
    """Every fast engine, as the window checks (Harper included)."""
    from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline

    return build_fast_pipeline(EngineSettings())


def flagged(text: str) -> list[str]:
    return [i.text.strip() for i in find_debris(text)]


@pytest.mark.parametrize(
    "line",
    [
        "Older posts ›",
        "☰ Sections",
        "↑ Back to top",
        "Photo 4 of 12",
        "Slide 2 of 9   Previous   Next",
        "Did you find this story useful?   Yes   No",
        "Watch: Flood water reaches the old town square (2:14)",
        "Log in / Sign up",
        "Tap to expand",
        "Get our morning briefing in your inbox",
        "Follow the island desk @FerryNews",
        "Updated 03.06.2021, 09:15",
        "Editor's picks: Lighthouse keeper retires after forty years",
        "Weather :: Traffic :: Schools :: Jobs",
        "About us · Careers · Advertise · © 2021 Harbour Post",
    ],
)
def test_a_pages_control_goes(line: str) -> None:
    assert flagged(f"{LEAD}\n\n{line}\n\n{TAIL}") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Why the ferry matters to the islands",  # a subheading
        "What the closure means for us",  # a subheading may speak of "us"
        "A message from our island readers",  # and of "our": no verb asks the reader
        "Storms batter US east coast",  # "US", the country, is not "us"
        "Our islands, our ferry, said the banner.",  # a sentence
        "“Give us our ferry back,” one resident wrote",  # a quotation
        "Ferry timetable: two of three sailings cancelled",  # a colon, no site voice
        "Where will passengers go?",  # a question, no answer buttons
        "Updated figures were published on 3 June.",  # a sentence, with its full stop
        "Leeds 2 :: York 1 :: Hull 0 :: Bath 3",  # figures: a table of the copy's
    ],
)
def test_the_copys_own_lines_of_those_shapes_stay(line: str) -> None:
    assert flagged(f"{LEAD}\n\n{line}\n\n{TAIL}") == []


def test_a_figure_in_a_name_is_no_count(pipeline: CheckPipeline) -> None:
    text = (
        "The Soyuz 2 rocket carried three crew to the station. "
        "A second Soyuz 2 rocket is due in four weeks."
    )
    issues = pipeline.check(text, CheckContext(language="en-US")).issues
    assert [i.text for i in issues if i.rule == "consistency-numbers"] == []


def test_a_count_after_a_weekday_is_still_a_count(pipeline: CheckPipeline) -> None:
    text = "On Tuesday 4 ministers resigned. Two more left on Friday and three on Sunday."
    issues = pipeline.check(text, CheckContext(language="en-US")).issues
    assert [i.text for i in issues if i.rule == "consistency-numbers"] == ["4"]


@pytest.mark.parametrize(
    ("sentence", "flagged_word", "fix"),
    [
        ("The museum, who's collection was moved last year, reopened.", "who's", "whose"),
        ("The league, who's schedule is uncertain, met on Monday.", "who's", "whose"),
        ("She said she was not aware off the changes.", "off", "of"),
        ("Patients in rural clinics waits for hours.", "waits", "wait"),
    ],
)
def test_each_kind_is_flagged_with_its_fix(
    pipeline: CheckPipeline, sentence: str, flagged_word: str, fix: str
) -> None:
    assert_kind_found(pipeline, sentence, flagged_word, fix)


@pytest.mark.parametrize(
    "sentence",
    [
        "We asked who's coming to the meeting.",
        "The man who's leading the team is tired.",
        "The singer, who's touring this year, is tired.",
        "The boat drifted far off the coast.",
        "The crew were quick off the mark.",
        "He took those off the list.",
        "Patients in rural clinics wait for hours.",
        "Visitors in the city parks in summer are many.",
        "The farmers markets in the city draw crowds.",
        "The man in the car park waits outside.",
    ],
)
def test_correct_sentences_of_those_shapes_stay_clean(sentence: str) -> None:
    assert_clean(sentence)
