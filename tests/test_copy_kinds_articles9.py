"""Issue 11, faults of copy in news stories (articles9 pass, from the four blind sets'
misses by kind), each in our own sentences, with correct copy of the same shape beside:

- agreement when an -ing word modifies the head ("her hiring decisions was"), after
  "that her", and after a clause set off by commas with a verb that is a noun too ("The
  museum, which reopened in May, draw crowds");
- a comma or semicolon typed twice;
- a base verb joined by "and" to a third-person one ("stays bright and peel");
- "who's" before adjectives, a noun and its verb ("who's loyal support had");
- a count and a unit of time written possessive with nothing to own ("a few week's");
- figures with a unit's symbol spaced and unspaced in one article ("40 km" and "5kg");
- agreement with a noun before "of" and a place's name ("The town of Bexley have");
- a weekday's part of the day capitalised in a sentence ("by Friday Evening"), and a
  sentence starting lowercase after a quotation closed before its full stop;
- a lowercase particle inside a name ("Ludwig von Drake", "Ana da Silva") is the name's;
- a species' name in brackets ("(Rana sylvatica)") is Latin, not a misspelling;
- a byline's names are a person's, however rare ("By Ilse Vantongeren"), so neither the
  spelling check nor the headings' capitals flag them;
- a body word of "red-faced" after a plain noun is a verb ("both teams faced fines").
"""

from __future__ import annotations

import pytest

from grammar_kinds import assert_clean, assert_kind_found
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.grammar.checker import GrammarChecker
from reviewdesk.core.engines.mechanics import check_mechanics
from reviewdesk.core.pipeline import CheckPipeline


@pytest.fixture(scope="module")
def pipeline() -> CheckPipeline:
    """Every fast engine, as the window checks (Harper included)."""
    from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline

    return build_fast_pipeline(EngineSettings())

FOUND = [
    ("The board said that her hiring decisions was final.", "was", "were"),
    ("The parking fees is high.", "is", "are"),
    ("The museum, which reopened in May, draw large crowds.", "draw", "draws"),
    ("The library, which opened in 1901, host readings every week.", "host", "hosts"),
    ("The repairs took a few week's to finish.", "week's", "weeks"),
    ("The paint stays bright and dry and peel in winter.", "peel", "peels"),
    ("The road remains narrow and flood after heavy rain.", "flood", "floods"),
    ("Fans who's loyal support had kept the club alive cheered.", "who's", "whose"),
    ("They met a farmer, who's old tractor broke down.", "who's", "whose"),
    ("The town of Bexley have closed two libraries.", "have", "has"),
    ("After three year's, the shop closed.", "year's", "years"),
]

CLEAN = [
    "The board said that her hiring decisions were final.",
    "He said that her hiring was final.",  # the -ing word heads the phrase
    "The museum, which reopened in May, draws large crowds.",
    "The museums, which reopened in May, draw large crowds.",
    "The council, which meets monthly, cut the budget.",  # a past form too
    "It was a few weeks' work.",
    "She took three years' leave.",
    "Both teams faced fines after the match.",
    "The road remains narrow and floods after heavy rain.",
    "The firm sells cars and trucks to dealers.",
    "He looks tired and sleep is what he needs.",
    "They stay calm and work hard.",
    "The man who's new here has a car.",
    "The town of Bexley has closed two libraries.",
    "The people of Bexley have voted.",
    "The boy who's small for his age plays well.",
    "The company sided with its staff.",
]


@pytest.mark.parametrize(("sentence", "flagged", "fix"), FOUND)
def test_each_grammar_kind_is_flagged_with_its_fix(
    grammar_only: CheckPipeline, sentence: str, flagged: str, fix: str
) -> None:
    assert_kind_found(grammar_only, sentence, flagged, fix)


@pytest.mark.parametrize("sentence", CLEAN)
def test_correct_sentences_of_those_shapes_stay_clean(sentence: str) -> None:
    assert_clean(sentence)


def test_a_red_faced_compound_is_still_hyphenated() -> None:
    issues = GrammarChecker().check_paragraph("A red faced referee waved play on.")
    assert [(i.text, i.replacements[0]) for i in issues] == [("red faced", "red-faced")]


@pytest.mark.parametrize(
    ("text", "flagged", "fix"),
    [
        ("Instead,, the club waited.", ",,", ","),
        ("They waited;; then they left.", ";;", ";"),
        ("The ferry, , which is old, sails.", ", ,", ","),
    ],
)
def test_a_mark_typed_twice_is_flagged(text: str, flagged: str, fix: str) -> None:
    found = [i for i in check_mechanics(text) if i.rule == "doubled-punctuation"]
    assert [(i.text, i.replacements[0]) for i in found] == [(flagged, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "She paused... then spoke.",
        "See https://example.org/a,,b for the list.",
        "Wait, what?",
    ],
)
def test_single_marks_ellipses_and_addresses_stay(text: str) -> None:
    assert [i for i in check_mechanics(text) if i.rule == "doubled-punctuation"] == []


def test_a_unit_unspaced_once_among_spaced_ones_is_flagged(
    pipeline: CheckPipeline,
) -> None:
    text = (
        "The walkers covered 40 km on the first day.\n\n"
        "Each carried a 5kg pack and 2 kg of food.\n\n"
        "They slept in a hut 12 km from the road."
    )
    issues = [i for i in pipeline.check(text, CheckContext()).issues if i.rule.endswith("units")]
    assert [(i.text, i.replacements[0]) for i in issues] == [("5kg", "5 kg")]


def test_units_written_one_way_and_millions_stay(pipeline: CheckPipeline) -> None:
    text = (
        "The walkers covered 40km on the first day with 5kg packs.\n\n"
        "The trip cost $5m, and the hut was 2m tall."
    )
    issues = pipeline.check(text, CheckContext()).issues
    assert [i for i in issues if i.rule.endswith("units")] == []


BODY = (
    "The council approved the new ferry timetable on Tuesday after a long debate.\n\n"
    "Residents said the later sailings would help workers on the island."
)


@pytest.mark.parametrize(
    "byline", ["By Ilse Vantongeren", "Ilse Vantongeren, Transport Correspondent"]
)
def test_a_bylines_rare_names_are_not_flagged(pipeline: CheckPipeline, byline: str) -> None:
    text = f"Ferry timetable approved\n\n{byline}\n\n{BODY}"
    start = text.index("Ilse")
    end = start + len("Ilse Vantongeren")
    issues = pipeline.check(text, CheckContext()).issues
    assert [i for i in issues if i.start < end and start < i.end] == []


def test_a_slip_in_a_headline_is_still_flagged(pipeline: CheckPipeline) -> None:
    """The byline's leave is its own: a headline's misspelt word is still caught."""
    text = f"Ferry timetable aproved after debate\n\nBy Ilse Vantongeren\n\n{BODY}"
    issues = pipeline.check(text, CheckContext()).issues
    assert any(i.text == "aproved" for i in issues)


@pytest.mark.parametrize(
    ("text", "flagged", "fix"),
    [
        ("The shops reopened by Friday Evening.", "Evening", "evening"),
        ('It was "a hard choice". she said on Monday.', "she", "She"),
    ],
)
def test_capitals_after_a_weekday_and_a_quotation(text: str, flagged: str, fix: str) -> None:
    found = [i for i in check_mechanics(text) if i.text == flagged]
    assert [i.replacements[0] for i in found] == [fix]


@pytest.mark.parametrize(
    "text",
    [
        "Storms Expected on Friday Evening",  # a headline in Title Case
        "Friday Evening Concert is sold out.",  # an event's name opens the sentence
        'He called it "a hard choice", she said.',
        'It was "a hard choice". She said so on Monday.',
    ],
)
def test_headlines_names_and_right_capitals_stay(text: str) -> None:
    found = [
        i
        for i in check_mechanics(text)
        if i.rule in ("capital-day-part", "lowercase-sentence-start")
    ]
    assert found == []


def test_a_names_particle_is_no_misspelling(pipeline: CheckPipeline) -> None:
    text = (
        "The prize is named after Ludwig von Drake and Ana da Silva of Utrecht.\n\n"
        "Students read von the notes."  # no name around it: a slip
    )
    issues = pipeline.check(text, CheckContext()).issues
    flagged = [i.text for i in issues if i.category == "spelling"]
    assert "da" not in flagged
    assert flagged == ["von"]  # the slip's, once


def test_a_species_name_in_brackets_is_no_misspelling(pipeline: CheckPipeline) -> None:
    text = (
        "The wood frog (Rana sylvatica) freezes solid in winter.\n\n"
        "The result (Smith agred) was odd."  # no Latin ending: a slip in brackets
    )
    issues = pipeline.check(text, CheckContext()).issues
    assert [i.text for i in issues if i.category == "spelling"] == ["agred"]

