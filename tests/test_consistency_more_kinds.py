"""Issue 11 point 4, the kinds the blind articles showed missing: numbers from 10 in
words beside figures, ellipses two ways, clock times two ways, a term in capitals beside
its ordinary capitalisation, and a number-and-unit modifier without its hyphen. Each with
correct copy beside it that must stay quiet (worded unlike the blind articles)."""

from __future__ import annotations

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.consistency.checker import ConsistencyChecker, find_consistency
from reviewdesk.core.engines.mechanics import check_mechanics
from reviewdesk.core.merge import Edit, apply_edits
from reviewdesk.core.models import Issue
from reviewdesk.core.style import StyleSheet
from reviewdesk.core.style_conventions import Conventions

US = CheckContext(language="en-US")


def _rule(text: str, rule: str, ctx: CheckContext = US) -> list[Issue]:
    return [i for i in find_consistency(text, ctx) if i.rule == rule]


def _fixed(text: str, issues: list[Issue]) -> str:
    return apply_edits(text, [Edit(i.start, i.end, i.replacements[0]) for i in issues]).text


# -- numbers from 10 ---------------------------------------------------------------------


def test_a_count_in_words_beside_counts_in_figures_is_flagged_with_counts() -> None:
    text = "The fire destroyed 14 homes and 23 barns. Crews rescued eleven horses."
    found = _rule(text, "consistency-big-numbers")
    assert [(i.text, i.replacements[0]) for i in found] == [("eleven", "11")]
    assert "in figures (2×) and in words (1×)" in found[0].message
    assert not _rule(_fixed(text, found), "consistency-big-numbers")


def test_an_age_in_figures_counts_as_the_articles_figures() -> None:
    text = "A 34-year-old driver was arrested. Witnesses said twelve cars were hit."
    assert [i.text for i in _rule(text, "consistency-big-numbers")] == ["twelve"]


@pytest.mark.parametrize(
    "text",
    [
        "Twelve people came. Later 14 more arrived.",  # a sentence opens with it
        "Only people aged 18 and over may vote; twelve voted early.",  # no count in figures
        "The team won 21 points to eleven and nineteen to 14 in the next game.",
        "They waited eleven years for 15 minutes of fame.",  # minutes: a measure
        "Crews rescued eleven horses, twelve cows and fifteen sheep; 14 dogs ran off.",
        # styles part at ten itself: one to nine (AP) or one to ten (Wikinews) in words
        "Ten days later, ten survivors were found among the 48 apartments.",
    ],
)
def test_numbers_the_article_writes_by_its_own_habit_are_left_alone(text: str) -> None:
    assert _rule(text, "consistency-big-numbers") == []


def test_a_sheet_that_spells_out_to_a_hundred_keeps_the_words() -> None:
    ctx = CheckContext(
        language="en-US", style=StyleSheet(conventions=Conventions(spell_out_below=101))
    )
    text = "Crews rescued eleven horses and twenty cows; 14 dogs ran off."
    assert [(i.text, i.replacements[0]) for i in _rule(text, "consistency-big-numbers", ctx)] == [
        ("14", "fourteen")
    ]


# -- ellipses -------------------------------------------------------------------------


def test_dots_and_the_ellipsis_character_mixed_keep_the_commoner() -> None:
    text = "“I thought… well, I hoped,” she said. “We tried… and failed… in the end... yes.”"
    found = _rule(text, "consistency-ellipses")
    assert [(i.text, i.replacements[0]) for i in found] == [("...", "…")]


def test_a_tie_goes_to_the_house_sheets_ellipsis() -> None:
    text = "He said: “Wait... no.” Then: “Go… now.”"
    assert [i.text for i in _rule(text, "consistency-ellipses")] == ["…"]  # AP: dots
    ctx = CheckContext(
        language="en-US", style=StyleSheet(conventions=Conventions(ellipsis="character"))
    )
    assert [i.text for i in _rule(text, "consistency-ellipses", ctx)] == ["..."]


def test_a_transcript_that_only_uses_dots_is_consistent() -> None:
    text = (
        "INTERVIEWER: And then...?\n\nWITNESS: I heard a bang... then nothing. I ran... I just ran."
    )
    assert _rule(text, "consistency-ellipses") == []


# -- times -----------------------------------------------------------------------------


def test_clock_styles_mixed_are_one_finding_keeping_the_commoner() -> None:
    text = (
        "The polls open at 7 a.m. and close at 8 p.m. on Tuesday.\n\n"
        "Results are expected after 11pm, officials said."
    )
    found = _rule(text, "consistency-times")
    assert [(i.text, i.replacements[0]) for i in found] == [("11pm", "11 p.m.")]
    assert "(2×)" in found[0].message and "(1×)" in found[0].message


def test_the_24_hour_clock_against_pm_keeps_the_first_on_a_tie() -> None:
    text = "The ferry left at 21:30 local time. Passengers were told at 10pm to stay inside."
    found = _rule(text, "consistency-times")
    assert [(i.text, i.replacements[0]) for i in found] == [("10pm", "22:00")]


def test_a_time_ending_a_sentence_keeps_one_full_stop() -> None:
    text = "Doors open at 6 p.m. and the show starts at 8 p.m. It ends at 10pm."
    found = _rule(text, "consistency-times")
    assert _fixed(text, found).endswith("It ends at 10 p.m.")


@pytest.mark.parametrize(
    "text",
    [
        "She won the 5,000 metres in 13:45 and the relay at 7 p.m. on Sunday.",  # a lap time
        "Read John 3:16 before the 9 a.m. service.",  # a verse
        "The score was 21:14 at half-time; kick-off had been at 3pm.",
        "At 10:30 the meeting began; it ended at 2 p.m.",  # 10:30 could be either clock
    ],
)
def test_numbers_with_a_colon_that_are_no_clock_are_left_alone(text: str) -> None:
    assert _rule(text, "consistency-times") == []


# -- a term in capitals ------------------------------------------------------------------


def test_a_trade_name_in_capitals_beside_its_usual_case_is_flagged() -> None:
    text = "Shoppers moved to Aldi last year.\n\nALDI now has 200 stores in the region."
    found = _rule(text, "consistency-term-case")
    assert [(i.text, i.replacements[0]) for i in found] == [("ALDI", "Aldi")]
    assert "“Aldi” (1×) and “ALDI” (1×)" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "IKEA opened a store. Later IKEA opened another. The IKEA board agreed.",  # all caps
        "“It was NOT fair,” he said. Not everyone agreed.",  # emphasis, a common word
        "BREAKING NEWS: Lidl shuts stores.",  # a shouted phrase
        "The WHO met. Who pays? The World Health Organization (WHO) said so.",
    ],
)
def test_consistent_capitals_and_emphasis_are_left_alone(text: str) -> None:
    assert _rule(text, "consistency-term-case") == []


def test_the_incremental_checker_agrees_with_a_fresh_look() -> None:
    checker = ConsistencyChecker()
    first = (
        "Shoppers moved to Aldi.\n\nPrices fell at 9pm.\n\nThe store closed at 21:00 local time."
    )
    second = first + "\n\nALDI said so at 10pm... or so… we hear."
    for text in (first, second, first):
        assert checker.check([text], US)[0] == find_consistency(text, US)


# -- number-and-unit modifiers -------------------------------------------------------------


def _hyphens(text: str) -> list[tuple[str, str]]:
    return [
        (i.text, i.replacements[0])
        for i in check_mechanics(text)
        if i.rule == "compound-modifier-hyphen"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police questioned a 17 year old on Monday.", [("17 year old", "17-year-old")]),
        ("The 40-year old singer cancelled.", [("40-year old", "40-year-old")]),
        ("Unions called a three day strike.", [("three day", "three-day")]),
        ("The party holds a 12 seat majority.", [("12 seat", "12-seat")]),
        ("Its now 2,400 strong workforce voted.", [("2,400 strong", "2,400-strong")]),
    ],
)
def test_a_number_and_unit_before_a_noun_takes_its_hyphens(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _hyphens(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The 9-year-old won the spelling bee.",  # hyphenated already (AP)
        "Tickets are for ages 18 and over.",
        "She is 18 years old and six foot tall.",
        "The strike lasted three days. One day he will return.",
        "A crowd 3,000 strong marched to the square.",  # a predicate, not a modifier
        "Members of the Seven Day Adventist church met in 2019 year-end talks.",
    ],
)
def test_correct_numbers_and_units_are_left_alone(text: str) -> None:
    assert _hyphens(text) == []
