"""Issue 11 points 3 and 4: one word written two ways, found by a key its writings share
(accents folded, inner capitals lowered, full stops dropped, a term's case after "the"),
the mark that stands for a dash, counts in words past 99, and ties between clock times.
Each with look-alikes that must stay quiet; all in wording of our own."""

from __future__ import annotations

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.consistency.checker import ConsistencyChecker, find_consistency
from reviewdesk.core.merge import Edit, apply_edits
from reviewdesk.core.models import Issue

US = CheckContext(language="en-US")
GB = CheckContext(language="en-GB")


def _rule(text: str, rule: str, ctx: CheckContext = US) -> list[Issue]:
    return [i for i in find_consistency(text, ctx) if i.rule == rule]


def _fixed(text: str, issues: list[Issue]) -> str:
    return apply_edits(text, [Edit(i.start, i.end, i.replacements[0]) for i in issues]).text


def _pairs(issues: list[Issue]) -> list[tuple[str, str]]:
    return [(i.text, i.replacements[0]) for i in issues]


# -- one spelling: accents and inner capitals ----------------------------------------------


def test_a_name_without_its_accent_is_flagged_with_counts() -> None:
    text = (
        "The bridge was designed by Zoë Lindqvist.\n\n"
        "Lindqvist said Zoe had worked on it for years.\n\n"
        "Zoë's partner, an engineer, agreed."
    )
    found = _rule(text, "consistency-spelled")
    assert _pairs(found) == [("Zoe", "Zoë")]
    assert "“Zoë” (2×) and “Zoe” (1×)" in found[0].message
    assert not _rule(_fixed(text, found), "consistency-spelled")


def test_a_brand_with_its_inner_capital_dropped_is_flagged() -> None:
    text = "Clips on YouTube drew crowds. Youtube removed one. YouTube said it would review."
    assert _pairs(_rule(text, "consistency-spelled")) == [("Youtube", "YouTube")]


def test_a_tie_says_nothing_of_which_is_the_slip() -> None:
    # once with its accent in the text, once without in a book's title
    text = "Pólya was his teacher. He read “How to Solve It” by George Polya as a boy."
    assert _rule(text, "consistency-spelled") == []


# -- full stops in abbreviations and titles ------------------------------------------------


def test_an_abbreviation_with_and_without_its_full_stops() -> None:
    text = (
        "The U.S. envoy landed on Monday. Talks with U.S. officials went well.\n\n"
        "Trade with the US fell last year."
    )
    found = _rule(text, "consistency-dots")
    assert _pairs(found) == [("US", "U.S.")]
    assert "“U.S.” (2×) and “US” (1×)" in found[0].message


def test_a_sentence_ending_with_the_abbreviation_keeps_one_full_stop() -> None:
    text = "Aid came from the US. The US envoy said so. Officials in the U.S. agreed."
    found = _rule(text, "consistency-dots")
    assert _pairs(found) == [("U.S.", "US")]
    assert _fixed(text, found).endswith("Officials in the US agreed.")
    ending = "The US envoy said so. The US team left. Aid came from the U.S.\n\nNo more."
    fixed = _fixed(ending, _rule(ending, "consistency-dots"))
    assert "Aid came from the US.\n" in fixed


def test_a_title_with_and_without_its_full_stop() -> None:
    text = "Mr. Benning spoke first. Mr Benning then left. Mr. Okafor stayed."
    assert _pairs(_rule(text, "consistency-dots")) == [("Mr", "Mr.")]


@pytest.mark.parametrize(
    "text",
    [
        # "US" and "us" are two words; a currency's letters are no abbreviation
        "Let us hope, the US envoy said. The US team agreed. The fee was US$6 million.",
        "The U.S. fund paid US$4 million. The U.S. envoy agreed.",
    ],
)
def test_look_alikes_of_an_abbreviation_are_left_alone(text: str) -> None:
    assert _rule(text, "consistency-dots") == []


# -- a term's case after "the" ---------------------------------------------------------------


def test_a_term_capitalised_and_in_lowercase_after_the() -> None:
    text = (
        "The Prime Minister spoke on Monday. Later the prime minister left for Paris.\n\n"
        "Aides said the Prime Minister was tired."
    )
    found = _rule(text, "consistency-the-term")
    assert _pairs(found) == [("prime minister", "Prime Minister")]
    assert "“Prime Minister” (2×) and “prime minister” (1×)" in found[0].message


def test_an_institution_capitalised_once_against_the_article_lowercase() -> None:
    text = (
        "The government denied it. Critics said the government had known.\n\n"
        "A spokesman for the Government declined to comment."
    )
    assert _pairs(_rule(text, "consistency-the-term")) == [("Government", "government")]


@pytest.mark.parametrize(
    "text",
    [
        # a title before a name is the name's; the office after "the" is lowercase
        "Prime Minister Jane Doe spoke. Later the prime minister left. Aides said the "
        "prime minister was tired.",
        # a quotation keeps its own style
        "Aides said the prime minister was tired. “We know the Prime Minister better,” "
        "one said. Later the prime minister left.",
        # a full name is not the short term
        "The Department of Health said no. Later the department said yes. The department "
        "agreed.",
        # a direction is no region's name
        "Storms hit the West. Farms in the west of the state were spared. Rain hit the west.",
        # a generic "a prime minister" says nothing of the article's style
        "The Prime Minister spoke. A prime minister must listen. The Prime Minister left.",
    ],
)
def test_a_terms_look_alikes_are_left_alone(text: str) -> None:
    assert _rule(text, "consistency-the-term") == []


# -- the mark that stands for a dash -----------------------------------------------------


def test_a_hyphen_typed_for_a_dash_is_flagged_beside_real_dashes() -> None:
    text = (
        "The plan — if it passes — will cost more.\n\n"
        "This is a national problem - there are too few beds."
    )
    found = _rule(text, "consistency-dash-marks")
    assert _pairs(found) == [("-", "—")]
    assert "em dashes “—” (2×) and hyphens “-” (1×)" in found[0].message


def test_a_score_with_a_hyphen_among_scores_with_en_dashes() -> None:
    text = "Hawks beat Lions 27–12, Kings won 30–14 and Rovers beat Saints 41-7."
    assert _pairs(_rule(text, "consistency-dash-marks")) == [("-", "–")]


@pytest.mark.parametrize(
    "text",
    [
        # scores with hyphens and breaks with em dashes: two marks, two jobs (AP)
        "The Hawks won 27-12 — their third win — and the Kings won 30-14.",
        # hyphens only: the article's own habit, no real dash to keep
        "It rained - again - on Sunday. The vote - a close one - passed.",
        # a compound and a date are no dashes
        "A well-known author spoke on 2020-09-10 — at last — to fans.",
    ],
)
def test_dash_look_alikes_are_left_alone(text: str) -> None:
    assert _rule(text, "consistency-dash-marks") == []


# -- counts past 99 in words -------------------------------------------------------------


def test_a_count_of_hundreds_in_words_beside_counts_in_figures() -> None:
    text = "Some 250 doctors and 36 nurses signed. Later about four hundred students joined."
    found = _rule(text, "consistency-big-numbers")
    assert _pairs(found) == [("four hundred", "400")]


def test_hundreds_as_an_idiom_are_left_alone() -> None:
    text = "Some 250 doctors and 36 nurses signed. Hundreds of students and a hundred staff joined."
    assert _rule(text, "consistency-big-numbers") == []


# -- ties between clock times ------------------------------------------------------------


def test_a_tie_on_one_clock_goes_to_the_dialects_form() -> None:
    text = "The bus crashed at about 8:10 am today.\n\nPolice said they were called at 8.10am."
    assert _pairs(_rule(text, "consistency-times", GB)) == [("8:10 am", "8:10am")]


def test_a_tie_between_clocks_goes_to_the_first() -> None:
    text = "The attack began shortly before 19:00 local time.\n\nShots rang out at 7pm, a man said."
    assert _pairs(_rule(text, "consistency-times", GB)) == [("7pm", "19:00")]


# -- headings keep their abbreviations ----------------------------------------------------


def test_an_abbreviation_in_a_heading_is_no_sign_of_title_case() -> None:
    text = (
        "# Storm hits the coast\n\nRain fell.\n\n# Schools closed in the north\n\n"
        "Pupils stayed home.\n\n# Rail services suspended across the UK\n\nTrains stopped.\n\n"
        "# Crews clear fallen trees\n\nRoads opened."
    )
    assert _rule(text, "consistency-headings") == []


# -- incremental --------------------------------------------------------------------------


def test_edits_give_what_a_fresh_check_gives() -> None:
    checker = ConsistencyChecker()
    first = "The U.S. envoy came.\n\nThe plan — a good one — passed.\n\nZoë Lindqvist spoke."
    second = first + "\n\nThe US team left; Zoë said it was a national problem - sadly."
    third = second.replace("U.S.", "US") + "\n\nThe Prime Minister and the prime minister."
    for text in (first, second, third, first):
        assert checker.check([text], US)[0] == find_consistency(text, US)
