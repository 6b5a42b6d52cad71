"""One variant planted in an article that has chosen its form (consistency15): a month
abbreviated once where the article writes it in full, one curly quotation mark in an
article of straight ones. The slip is the one flagged, and its fix restores the form."""

from __future__ import annotations

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.consistency.checker import ConsistencyChecker, find_consistency
from reviewdesk.core.merge import apply_edits, edit_for
from reviewdesk.core.style import load_default_style_sheet

DIALECTS = ["en-US", "en-GB"]


def ctx(language: str = "en-US") -> CheckContext:
    return CheckContext(language=language, style=load_default_style_sheet())


def fixed(text: str, language: str = "en-US") -> str:
    found = find_consistency(text, ctx(language))
    return apply_edits(text, [edit_for(i) for i in found]).text


@pytest.mark.parametrize("language", DIALECTS)
def test_a_month_abbreviated_once_where_the_article_writes_it_in_full(language: str) -> None:
    text = "Voting opened on December 4.\n\nCounting ended Dec. 9, and results came December 12.\n"
    (issue,) = find_consistency(text, ctx(language))
    assert issue.text == "Dec."
    assert "“December 5” (2×)" in issue.message
    assert fixed(text, language) == text.replace("Dec. 9", "December 9")


def test_months_ap_never_abbreviates_say_nothing_about_the_choice() -> None:
    # AP: "Dec. 7" beside "March 9" is one style, not two
    text = "Voting opened on Dec. 4.\n\nCounting ended March 9, and results came Jan. 12.\n"
    assert [i for i in find_consistency(text, ctx()) if "month" in i.rule] == []


def test_one_stray_curly_quote_in_an_article_of_straight_ones_is_the_one_flagged() -> None:
    text = (
        'He said "yes" on Monday.\n\nShe said “no" on Tuesday.\n\nThey said "maybe" on Wednesday.\n'
    )
    (issue,) = find_consistency(text, ctx())
    assert issue.text == "“"
    assert issue.replacements == ('"',)
    assert fixed(text) == text.replace("“", '"')


def test_a_curly_pair_still_follows_the_house_sheet() -> None:
    # a pair typed with smart quotes (the default house sheet's curly) is a choice
    text = 'He said "yes" and "fine".\n\nShe said “no” on Tuesday.\n'
    found = find_consistency(text, ctx())
    assert {i.text for i in found} == {'"'}
    assert '"' not in fixed(text)


def test_the_incremental_checker_agrees_with_a_fresh_look_on_strays() -> None:
    checker = ConsistencyChecker()
    first = 'He said "yes" on December 4.\n\nShe said "no" on December 9.\n\nThey said "so".\n'
    second = first.replace('"no"', '“no"').replace("December 9", "Dec. 9")
    third = second + "\n“Fine,” said all on December 12.\n"
    for text in (first, second, third, second, first):
        assert checker.check([text], ctx())[0] == find_consistency(text, ctx())


def test_a_month_abbreviated_inside_a_quotation_is_the_source_s_form() -> None:
    text = (
        "The swarm began on December 28.\n\n"
        'A geologist said, "It began on Dec. 28, and it goes on."\n\n'
        "It eased on December 30.\n"
    )
    assert [i for i in find_consistency(text, ctx()) if "month" in i.rule] == []


def test_use_one_form_everywhere_names_the_months_and_their_counts() -> None:
    from reviewdesk.core.rule_names import rule_name
    from reviewdesk.desk.uniform import uniform_for

    text = "Voting opened on Dec. 4.\n\nCounting ended December 9, and results came December 12.\n"
    issues = find_consistency(text, ctx())
    (issue,) = issues
    assert rule_name("consistency", issue.rule) == "Months in full and abbreviated"
    found = uniform_for(issue, issues, text)
    assert found is not None and found.counts() == "months in full “December 5” ×2, " + (
        "months abbreviated “Dec. 5” ×1"
    )
