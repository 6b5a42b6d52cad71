"""British and American spellings: mixed in one article, or foreign to its dialect."""

from __future__ import annotations

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.names.checker import NamesChecker
from reviewdesk.core.engines.names.spelling_variants import classify, convert, dialect_twins
from reviewdesk.core.models import Category, Issue


def check(text: str, language: str) -> list[Issue]:
    return NamesChecker().check([text], CheckContext(language=language))[0]


def flags(text: str, language: str) -> list[tuple[str, str]]:
    return [
        (i.text, i.replacements[0]) for i in check(text, language) if i.rule.startswith("spelling-")
    ]


def test_ize_in_a_british_article_is_an_error() -> None:
    text = "We will organise the fair. They organized the vote and realized it was late."
    assert flags(text, "en-GB") == [("organized", "organised"), ("realized", "realised")]
    issue = check(text, "en-GB")[0]
    assert issue.category == Category.CONSISTENCY
    assert "British English" in issue.message


@pytest.mark.parametrize("language", ["en-AU", "en-GB"])
def test_ize_and_yze_in_australian_and_british(language: str) -> None:
    # the article spells the British way too ("centre"): American forms beside it mix
    text = "Analysts analyze the data at the centre. Officials apologized."
    assert flags(text, language) == [("analyze", "analyse"), ("apologized", "apologised")]


def test_ise_in_an_american_article_is_an_error() -> None:
    text = "Organise the files, then catalogue them. We recognize the problem."
    assert flags(text, "en-US") == [("Organise", "Organize")]


def test_mixed_forms_of_one_word_flag_the_minority_when_the_dialect_has_no_preference() -> None:
    # American English accepts both "catalog" and "catalogue": only the mix is a problem
    text = "The catalog is online. Order from the catalog today. The catalogue ships free."
    assert flags(text, "en-US") == [("catalogue", "catalog")]


def test_mixed_colour_and_travelled_in_a_british_article() -> None:
    text = (
        "The colour of the sky, the colours of the sea and the color of sand. "
        "She travelled far; he traveled further; we are travelling now."
    )
    assert flags(text, "en-GB") == [("color", "colour"), ("traveled", "travelled")]


def test_centre_and_center_mixed() -> None:
    text = "The centre opened in May. The center closed in June. The centres are full."
    assert flags(text, "en-GB") == [("center", "centre")]
    assert flags(text, "en-US") == [("centre", "center"), ("centres", "centers")]


def test_words_that_only_look_like_variants_are_left_alone() -> None:
    text = (
        "We advise, exercise, advertise, surprise and compromise. The size of the prize "
        "was a surprise; they seized it. Four hours on tour. Better numbers. The analyses "
        "were otherwise precise. Canoes and canes. She filed and filled the forms."
    )
    assert flags(text, "en-GB") == []
    assert flags(text, "en-US") == []


def test_names_are_not_spelling_variants() -> None:
    text = "Ms Colour met the Center for Justice. The Organize Now group and Mr Colour spoke."
    assert flags(text, "en-GB") == []


def test_words_in_the_dictionary_are_accepted() -> None:
    issues = NamesChecker().check(
        ["They organized it well."], CheckContext(language="en-GB", words=frozenset({"organized"}))
    )[0]
    assert issues == []


def test_emoji_before_a_flagged_word_keeps_code_point_offsets() -> None:
    text = "😀𝄞 They organized it. 🎉 We organise it."
    issues = [i for i in check(text, "en-GB") if i.rule.startswith("spelling-")]
    assert [(i.start, i.text) for i in issues] == [(8, "organized")]
    assert text[issues[0].start : issues[0].end] == "organized"


def test_rules_and_conversions() -> None:
    variant = classify("realisation")
    assert variant is not None and variant.family == "ise"
    assert convert("realisation", variant, "us") == "realization"
    assert classify("advise") is None
    assert classify("exercise") is None
    assert classify("seize") is None
    assert dialect_twins("centrepiece", "centerpiece")
    assert dialect_twins("honourable", "honorable")
    assert not dialect_twins("recieve", "receive")
    assert not dialect_twins("travell", "travel")
