"""Spelling a desk can trust (issue 11): capitalised slips are still caught, fixes are
real words with the nearest first, and initials, abbreviations, datelines and names
are not misspellings. Through every fast engine, in both dialects, after an emoji."""

from __future__ import annotations

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.models import Category, Issue
from reviewdesk.core.pipeline import CheckPipeline
from reviewdesk.core.style import load_default_style_sheet

EMOJI = "😀 "
# (paragraph, misspelt word, the fix that must come first)
SLIPS = [
    ("The vote is in Febuary, the mayor said.", "Febuary", "February"),
    ("The council meets on Wensday at noon.", "Wensday", "Wednesday"),
    ("The Goverment said it would act.", "Goverment", "Government"),
    ("Wait untill the bridge reopens.", "untill", "until"),
    ("The extention opens next year.", "extention", "extension"),
    ("The report was publised last week.", "publised", "published"),
    ("She was surpised by the result.", "surpised", "surprised"),
]
# Text that holds no misspelling, however a spell checker reads it.
CLEAN = [
    "He fought in World War I.\nThe war ended in 1918.",
    "The initial was C.\nThe next paragraph follows.",
    "She won the Philip K. Dick Award last year.",
    "COLUMBIA, S.C. (AP) — The state said on Monday that it would act.",
    "It happened Friday, Dec. 6, near the station.",
    "They played at Shoreline Amphitheatre last night.",
]


@pytest.fixture(scope="module")
def pipeline() -> CheckPipeline:
    return build_fast_pipeline(EngineSettings())


def _check(pipeline: CheckPipeline, text: str, language: str) -> list[Issue]:
    ctx = CheckContext(language=language, style=load_default_style_sheet())
    return pipeline.check(text, ctx).issues


@pytest.mark.parametrize("language", ["en-US", "en-GB"])
@pytest.mark.parametrize(("sentence", "word", "fix"), SLIPS)
def test_a_misspelling_gets_the_nearest_real_word_first(
    pipeline: CheckPipeline, language: str, sentence: str, word: str, fix: str
) -> None:
    text = EMOJI + sentence
    found = [i for i in _check(pipeline, text, language) if i.text == word]
    assert found, f"{word!r} not flagged"
    issue = found[0]
    assert text[issue.start : issue.end] == word
    assert issue.replacements[0] == fix
    assert issue.category == Category.SPELLING  # not a dialect variant, not spacing
    assert all("*" not in r and " " not in r for r in issue.replacements[:1])


@pytest.mark.parametrize("language", ["en-US", "en-GB"])
@pytest.mark.parametrize("text", CLEAN)
def test_initials_abbreviations_datelines_and_names_are_not_misspellings(
    pipeline: CheckPipeline, language: str, text: str
) -> None:
    issues = [
        i
        for i in _check(pipeline, EMOJI + text, language)
        if i.category in (Category.SPELLING, Category.CAPITALIZATION, Category.CONFUSION)
        or "*" in "".join(i.replacements)
    ]
    assert issues == [], [(i.engine, i.rule, i.text, i.replacements[:2]) for i in issues]


def test_a_real_dialect_variant_is_still_reported_as_one(pipeline: CheckPipeline) -> None:
    # beside an American spelling ("center"): a mix, so the British words are findings
    issues = _check(pipeline, EMOJI + "They organise the colour guard at the center.", "en-US")
    by_text = {i.text: i for i in issues}
    assert by_text["organise"].replacements[0] == "organize"
    assert by_text["organise"].category == Category.CONSISTENCY


def test_a_quotation_continued_in_the_next_paragraph_is_not_unclosed(
    pipeline: CheckPipeline,
) -> None:
    text = (
        "😀 “We will rebuild the bridge,” the mayor said. “It will take two years.\n\n"
        "“And it will cost more than we hoped,” she added.\n\n"
        "He said “hello there.\n\nThe end."
    )
    quotes = [i for i in _check(pipeline, text, "en-US") if i.rule == "UnclosedQuotes"]
    assert [text[i.start : i.start + 6] for i in quotes] == ["“hello"]
