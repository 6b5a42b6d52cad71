"""Consistency kinds found by mechanism (consist16, issue 11 points 3-4): a one-to-one
percent tie decided by the order the article set, counts in hundreds written in words on a
line without figures, and a lone British spelling of a family known only by its pair
("centre", "travelled") in American copy whose other spellings are American. Each case
reads as a desk would: what is flagged, what is offered, and what is left alone."""

from __future__ import annotations

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.consistency.checker import find_consistency
from reviewdesk.core.engines.names.checker import NamesChecker
from reviewdesk.core.models import Issue

E = "😀 "


def _consistency(text: str, language: str = "en-US") -> list[Issue]:
    return find_consistency(text, CheckContext(language=language))


def _names(text: str, language: str = "en-US") -> list[Issue]:
    return NamesChecker().check([text], CheckContext(language=language))[0]


@pytest.mark.parametrize("language", ["en-US", "en-GB"])
@pytest.mark.parametrize(
    ("text", "slip", "fix"),
    [
        (
            E + "Wind supplies around 30% of the grid.\n\nNursing homes account for about "
            "40 percent of the deaths.",
            "40 percent",
            "40%",
        ),
        (
            E + "Turnout was about 71 percent.\n\nMore than 80% of the seats changed hands.",
            "80%",
            "80 percent",
        ),
        (
            E + "Prices rose 3 per cent in May. Wages rose 2% in June.",
            "2%",
            "2 per cent",
        ),
    ],
)
def test_a_percent_tie_flags_the_later_form(language: str, text: str, slip: str, fix: str) -> None:
    found = [i for i in _consistency(text, language) if i.rule == "consistency-percent"]
    assert [(i.text, i.replacements[0]) for i in found] == [(slip, fix)]


def test_a_percent_majority_still_wins_over_the_first_form() -> None:
    text = E + "It rose 5 percent, then 30%, 40% and 50%."
    found = [i for i in _consistency(text) if i.rule == "consistency-percent"]
    assert [(i.text, i.replacements[0]) for i in found] == [("5 percent", "5%")]


def test_hundreds_in_words_on_a_line_without_figures_are_read() -> None:
    text = (
        E + "The first round drew 250 entrants and 120 judges.\n\n"
        "The final drew about four hundred people.\n\nIt was attended by 46 people."
    )
    found = [i for i in _consistency(text) if i.rule == "consistency-big-numbers"]
    assert [(i.text, i.replacements[0]) for i in found] == [("four hundred", "400")]


@pytest.mark.parametrize(
    ("text", "slip", "fix"),
    [
        (E + "The organization met at the epicentre. They analyzed it.", "epicentre", "epicenter"),
        (
            E + "The team travelled far. The organization analyzed the data.",
            "travelled",
            "traveled",
        ),
        (E + "It was sceptical. The organization criticized the plan.", "sceptical", "skeptical"),
    ],
)
def test_a_lone_british_spelling_in_american_copy_that_spells_american(
    text: str, slip: str, fix: str
) -> None:
    found = [(i.text, i.replacements[0]) for i in _names(text)]
    assert (slip, fix) in found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # no other spelling shows the article's dialect: written that way, no slip
        (E + "The team travelled far. The data came late.", "en-US"),
        # American copy writes "archaeology" too
        (E + "The archaeology team met. The organization analyzed it.", "en-US"),
        # a British article's "meter" is a gas meter as well
        (E + "The gas meter was read. The organisation analysed it.", "en-GB"),
    ],
)
def test_a_lone_spelling_of_a_shared_shape_is_left_alone(text: str, language: str) -> None:
    flagged = {i.text for i in _names(text, language)}
    assert not flagged & {"travelled", "archaeology", "meter"}


def test_a_measure_in_words_among_measures_in_figures() -> None:
    text = (
        E + "Winds reached 30 mph, gusting to 45 km/h.\n\n"
        "The storm moved at thirteen mph for 20 minutes.\n\nTwelve horses fled."
    )
    found = [i for i in _consistency(text) if i.rule == "consistency-big-numbers"]
    assert [(i.text, i.replacements[0]) for i in found] == [("thirteen", "13")]


def test_measures_are_not_weighed_against_counts() -> None:
    # an article that spells out its counts may give measures in figures
    text = E + "The track is 12 km long and 15 km wide. It drew eleven horses and fifty riders."
    assert not [i for i in _consistency(text) if i.rule == "consistency-big-numbers"]


def test_the_first_form_decides_again_after_paragraphs_trade_places() -> None:
    from reviewdesk.core.engines.consistency.checker import ConsistencyChecker

    first = E + "Costs rose 30%.\n\nPrices rose 40 percent.\n\nPay held."
    moved = E + "Prices rose 40 percent.\n\nCosts rose 30%.\n\nPay held."
    ctx = CheckContext(language="en-US")
    checker = ConsistencyChecker()
    checker.check([first], ctx)
    incremental = checker.check([moved], ctx)[0]
    assert incremental == find_consistency(moved, ctx)
    assert [i.text for i in incremental if i.rule == "consistency-percent"] == ["30%"]


def test_a_range_in_words_keeps_its_hundreds() -> None:
    # "two to 300 vehicles" would be no fix (a published Wikinews report)
    text = (
        E + "The first round drew 250 entrants and 120 judges.\n\n"
        "An estimated two to three hundred vehicles were damaged."
    )
    assert not [i for i in _consistency(text) if i.rule == "consistency-big-numbers"]


@pytest.mark.parametrize("word", ["controlled", "compelled", "patrolled", "rebelled"])
def test_a_stressed_end_doubles_its_l_in_both_dialects(word: str) -> None:
    text = E + f"The team {word} it. The organization analyzed the data."
    assert word not in {i.text for i in _names(text)}


def test_a_compound_modifier_spaced_once_among_hyphenated_ones() -> None:
    text = E + "The bill names same-sex couples and a same-sex union. A same sex author was jailed."
    found = [i for i in _names(text) if i.rule == "term-hyphenation"]
    assert [(i.text, i.replacements[0]) for i in found] == [("same sex", "same-sex")]
    assert "“same-sex” (2×) and “same sex” (1×)" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        # no compound: after a noun, before a preposition or an adverb
        E + "He took a long-term view and a long-term loan. In the long term it paid.",
        E + "It was a well-known case by a well-known judge. He is well known in town.",
        E + "She works part-time hours in part-time jobs. She worked part time last year.",
        # a verb and its particle
        E + "The follow-up calls and follow-up visits came. They follow up leads.",
    ],
)
def test_words_apart_that_are_no_compound_are_left_alone(text: str) -> None:
    assert not [i for i in _names(text) if i.rule == "term-hyphenation"]


def test_british_spellings_of_every_family_are_one_finding() -> None:
    # switching the article's dialect, or converting them all, is one decision
    text = (
        E + "The team travelled to the epicentre. It was sceptical. The organization analyzed it."
    )
    groups = {i.group for i in _names(text) if i.rule == "spelling-dialect"}
    assert groups == {"dialect-spelling/uk"}
