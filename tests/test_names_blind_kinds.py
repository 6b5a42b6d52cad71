"""Name slips the blind development articles showed missing (issue 11), tested on other
wording: a four-letter surname with two letters swapped, a first name spelled two ways
across the letters names are grouped by, a given name that is also an English word at a
sentence's start; and two of Harper's flags on names and sites that are no faults."""

from __future__ import annotations

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.models import Category, Issue
from reviewdesk.core.pipeline import CheckPipeline


@pytest.fixture(scope="module")
def fast() -> CheckPipeline:
    return build_fast_pipeline(EngineSettings())


def issues(pipeline: CheckPipeline, text: str, language: str = "en-US") -> list[Issue]:
    return pipeline.check(text, CheckContext(language=language)).issues


def on(text: str, found: list[Issue], word: str) -> list[Issue]:
    at = text.rindex(word)
    return [i for i in found if i.start <= at < i.end]


@pytest.mark.parametrize("language", ["en-US", "en-GB"])
def test_a_short_surname_with_two_letters_swapped(fast: CheckPipeline, language: str) -> None:
    text = (
        "😀 Ravi Dhar, the council's finance chief, said on Monday the budget was short.\n\n"
        "Dhar said the gap would close by spring.\n\n"
        "Ravi Dhra said the council would borrow to cover it."
    )
    (hit,) = [i for i in on(text, issues(fast, text, language), "Dhra")]
    assert hit.category is Category.CONSISTENCY
    assert hit.replacements[0] == "Dhar"


def test_two_short_surnames_with_other_first_names_stay(fast: CheckPipeline) -> None:
    text = (
        "Ravi Dhar, the finance chief, said the budget was short.\n\n"
        "Anil Dhra, a trader in the market, said prices had risen."
    )
    assert on(text, issues(fast, text), "Dhra") == []


@pytest.mark.parametrize(("good", "bad"), [("Thomas", "Tomas"), ("Rhonda", "Ronda")])
def test_a_first_name_spelled_two_ways(fast: CheckPipeline, good: str, bad: str) -> None:
    text = (
        f"The survey was led by {good} Ellwood, a geologist at the institute, who said "
        f"the cores were older than expected. {bad} Ellwood said more drilling was planned."
    )
    hits = [i for i in on(text, issues(fast, text), bad) if i.category is Category.CONSISTENCY]
    assert hits and hits[0].replacements[0] == good


def test_a_given_name_that_is_a_word_opens_a_sentence(fast: CheckPipeline) -> None:
    text = (
        "Speaking in Leeds, Tom Ferris, the union's regional secretary, said members would "
        "vote next week.\n\n"
        "The company has not commented.\n\n"
        "Grace Ferris said the vote was likely to back a strike."
    )
    hits = on(text, issues(fast, text), "Grace")
    assert [i.category for i in hits] == [Category.CONSISTENCY]
    assert hits[0].replacements[0] == "Tom"


def test_an_english_word_before_a_surname_is_no_first_name(fast: CheckPipeline) -> None:
    text = (
        "Ana Ferris, the union's regional secretary, said members would vote.\n\n"
        "Although Ferris said the vote was close, the result was clear."
    )
    assert on(text, issues(fast, text), "Although") == []


def test_initials_and_site_names_are_not_flagged(fast: CheckPipeline) -> None:
    text = (
        "Speaking to Politico.eu, Mary J. K. Lennox, the agency's director, said the "
        "review would end in June."
    )
    found = issues(fast, text)
    assert on(text, found, "J. K.") == []
    assert on(text, found, "eu") == []


@pytest.mark.parametrize(
    ("language", "kept", "other"),
    [("en-GB", "sceptical", "skeptical"), ("en-US", "pajamas", "pyjamas")],
)
def test_a_word_pair_of_the_two_dialects_mixed(
    fast: CheckPipeline, language: str, kept: str, other: str
) -> None:
    text = (
        f"Residents were {kept} about the plan, and the shop sold out of {kept} leaflets. "
        f"One trader said he remained {other} too."
        if kept.endswith("al")
        else f"The store sold {kept} and {kept} sets all week. Later it ran out of {other}."
    )
    hits = [
        i
        for i in on(text, issues(fast, text, language), other)
        if i.category is Category.CONSISTENCY
    ]
    assert hits and hits[0].replacements[0] == kept
