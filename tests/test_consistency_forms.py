"""PerfectIt-style consistency (issue 11 item 4): each finding names the forms with their
counts and offers the form to use everywhere; applying all of one finding's fixes leaves
one form. Through the engine with emoji before the findings, in both dialects."""

from __future__ import annotations

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.consistency.checker import find_consistency
from reviewdesk.core.merge import apply_edits, edit_for
from reviewdesk.core.models import Category
from reviewdesk.core.style import load_default_style_sheet
from reviewdesk.core.style_conventions import Conventions

EMOJI = "😀 𝄞 "
DIALECTS = ["en-US", "en-GB"]


def check(text: str, language: str, **conventions: object) -> list:  # type: ignore[type-arg]
    sheet = load_default_style_sheet()
    if conventions:
        from dataclasses import replace

        sheet = replace(sheet, conventions=Conventions(**conventions))  # type: ignore[arg-type]
    found = find_consistency(EMOJI + text, CheckContext(language=language, style=sheet))
    for i in found:
        assert (EMOJI + text)[i.start : i.end] == i.text
        assert i.category is Category.CONSISTENCY
    return found


def fixed(text: str, found: list) -> str:  # type: ignore[type-arg]
    return apply_edits(EMOJI + text, [edit_for(i) for i in found]).text[len(EMOJI) :]


@pytest.mark.parametrize("language", DIALECTS)
def test_percent_forms_with_counts(language: str) -> None:
    text = "Rents rose 5 percent, then 6 percent, then 7 percent; wages rose 2%."
    (issue,) = check(text, language)
    assert issue.rule == "consistency-percent"
    assert "“percent” (3×)" in issue.message and "“%” (1×)" in issue.message
    assert fixed(text, [issue]).endswith("wages rose 2 percent.")


@pytest.mark.parametrize("language", DIALECTS)
def test_straight_and_curly_quotes(language: str) -> None:
    text = '“We won,” she said. “It was hard.” He said "fine" and left.'
    found = check(text, language)
    assert {i.rule for i in found} == {"consistency-quotes"}
    assert fixed(text, found) == "“We won,” she said. “It was hard.” He said “fine” and left."


@pytest.mark.parametrize("language", DIALECTS)
def test_mixed_quotes_follow_the_house_choice_not_the_majority(language: str) -> None:
    # a desk on straight quotes (the house sheet's 'quotes') keeps the straight ones,
    # though curly ones are more common here
    text = '“We won,” she said. “It was hard.” He said "fine" and left.'
    found = check(text, language, quotes="straight")
    assert {i.rule for i in found} == {"consistency-quotes"}
    assert "House style: straight" in found[0].message
    assert fixed(text, found) == '"We won," she said. "It was hard." He said "fine" and left.'


@pytest.mark.parametrize("language", DIALECTS)
def test_spaced_and_unspaced_dashes(language: str) -> None:
    text = "The plan — a long one — passed. The vote—close—was late. The mood — calm — held."
    found = check(text, language)
    assert {i.rule for i in found} == {"consistency-dashes"}
    assert "—" not in fixed(text, found).replace(" — ", "")


@pytest.mark.parametrize("language", DIALECTS)
def test_dates_in_two_orders(language: str) -> None:
    text = "The vote is on March 5. The count ends March 9. Results come on 12 March."
    (issue,) = check(text, language)
    assert issue.rule == "consistency-dates"
    assert issue.replacements == ("March 12",)


@pytest.mark.parametrize("language", DIALECTS)
def test_numbers_follow_the_house_rule(language: str) -> None:
    text = "Three boats sank and 4 crews were saved; two pilots and seven divers helped."
    (issue,) = check(text, language)
    assert (issue.rule, issue.text, issue.replacements) == ("consistency-numbers", "4", ("four",))
    found = check(text, language, spell_out_below=0)  # every number in figures
    assert {i.text for i in found} == {"two", "seven"}


@pytest.mark.parametrize("language", DIALECTS)
def test_numbers_in_figures_where_style_wants_figures_are_left(language: str) -> None:
    text = "Two boats sank at 5 p.m. in 3 feet of water, 4 percent of the fleet, on May 6."
    assert check(text, language) == []


@pytest.mark.parametrize("language", DIALECTS)
def test_abbreviation_used_before_its_definition_and_defined_twice(language: str) -> None:
    text = (
        "The CDC said so.\n\n"
        "Later the Centers for Disease Control and Prevention (CDC) agreed.\n\n"
        "The Centers for Disease Control and Prevention (CDC) said it again."
    )
    found = {i.rule: i for i in check(text, language)}
    early = found["abbreviation-before-definition"]
    assert early.replacements == ("Centers for Disease Control and Prevention (CDC)",)
    again = found["abbreviation-defined-twice"]
    assert again.replacements == ("CDC",)


@pytest.mark.parametrize("language", DIALECTS)
def test_an_abbreviation_defined_once_first_is_fine(language: str) -> None:
    text = "The World Health Organization (WHO) said so. The WHO will meet again."
    assert check(text, language) == []


@pytest.mark.parametrize("language", DIALECTS)
def test_headline_capitalisation(language: str) -> None:
    text = (
        "Council Approves Harbour Plan\n\nThe council met in Port Aldren on Monday.\n\n"
        "Work Starts in Spring\n\nPort Aldren will pay half.\n\n"
        "Residents welcome the decision in Port Aldren\n\nThey cheered."
    )
    found = check(text, language)
    assert {i.text for i in found} == {"welcome", "decision"}
    assert all(i.rule == "consistency-headings" for i in found)
    assert "Residents Welcome the Decision in Port Aldren" in fixed(text, found)


@pytest.mark.parametrize("language", DIALECTS)
def test_one_form_throughout_is_fine(language: str) -> None:
    text = (
        "Rents rose 5 percent. “We won,” she said — calmly — on March 5. Three boats sank "
        "and two were saved. The World Health Organization (WHO) agreed; the WHO said so."
    )
    assert check(text, language) == []
