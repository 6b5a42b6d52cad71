"""The house-style checker: the sheet in ``ctx.style`` applied to paragraphs."""

from __future__ import annotations

import pytest

from reviewdesk.core.checker import CheckContext, CheckerError
from reviewdesk.core.engines.house_style import HouseStyleChecker, match_case
from reviewdesk.core.models import Category, Issue
from reviewdesk.core.pipeline import CheckPipeline
from reviewdesk.core.style import (
    CanonicalName,
    FlaggedWord,
    StyleSheet,
    Substitution,
    load_default_style_sheet,
)

SHEET = StyleSheet(
    name="Test desk",
    substitutions=(
        Substitution("e-mail", "email"),
        Substitution("in order to", "to"),
        Substitution("towards", "toward", dialects=("en-US",)),
        Substitution("percent", "per cent", dialects=("en-GB",)),
        Substitution(r"\b(\d+)pc\b", r"\1 per cent", regex=True),
        Substitution("Govt", "government", case_sensitive=True, category="spelling"),
    ),
    names=(
        CanonicalName("Jane Q. Example", ("Jane Example", "J.Q. Example")),
        CanonicalName("Marta Wolniewiczowa"),
    ),
    capitalize=("Harbour Board", "Tuesday"),
    lowercase=("internet",),
    banned=(FlaggedWord("very unique", "Unique is absolute.", "unique"),
            FlaggedWord("illegal alien", "Describe the person.")),
    cautioned=(FlaggedWord("slammed", "Headlinese."),),
)  # fmt: skip


def check(text: str, language: str = "en-US", style: object = SHEET) -> list[Issue]:
    return HouseStyleChecker().check([text], CheckContext(language=language, style=style))[0]


def found(text: str, language: str = "en-US") -> list[tuple[str, tuple[str, ...], Category]]:
    return [(i.text, i.replacements, i.category) for i in check(text, language)]


def test_no_style_sheet_means_no_issues() -> None:
    assert check("Send an e-mail in order to win.", style=None) == []


def test_substitutions_match_whole_words_and_keep_the_capital() -> None:
    text = "E-mail the desk in order to help. The e-mails and e-mailing stay."
    assert found(text) == [
        ("E-mail", ("Email",), Category.STYLE),
        ("in order to", ("to",), Category.STYLE),
    ]


def test_phrases_match_across_line_wrapping_spaces() -> None:
    assert found("He came in  order\tto stay.") == [("in  order\tto", ("to",), Category.STYLE)]


def test_all_caps_headlines_get_all_caps_fixes() -> None:
    assert match_case("IN ORDER TO", "to") == "TO"
    assert match_case("In order to", "to") == "To"
    assert match_case("in order to", "to") == "to"


def test_substitutions_follow_the_article_dialect() -> None:
    text = "Prices moved towards 5 percent."
    assert found(text, "en-US") == [("towards", ("toward",), Category.STYLE)]
    assert found(text, "en-GB") == [("percent", ("per cent",), Category.STYLE)]


def test_regex_substitution_with_groups_and_own_category() -> None:
    assert found("Rates rose 5pc while the Govt and govt waited.") == [
        ("5pc", ("5 per cent",), Category.STYLE),
        ("Govt", ("government",), Category.SPELLING),
    ]


def test_canonical_names_variants_and_case() -> None:
    text = "Jane Q. Example spoke. Later jane q. example and Jane Example and J.Q. Example left."
    issues = check(text)
    assert [(i.text, i.replacements[0]) for i in issues] == [
        ("jane q. example", "Jane Q. Example"),
        ("Jane Example", "Jane Q. Example"),
        ("J.Q. Example", "Jane Q. Example"),
    ]
    assert {i.category for i in issues} == {Category.CONSISTENCY}
    assert check("JANE Q. EXAMPLE SPEAKS") == []  # a headline in capitals


def test_short_form_without_middle_initial_is_derived() -> None:
    sheet = StyleSheet(names=(CanonicalName("Tom B. Lindqvist"),))
    issues = check("Tom Lindqvist met Tom B. Lindqvist and Lindqvist.", style=sheet)
    assert [(i.text, i.replacements) for i in issues] == [("Tom Lindqvist", ("Tom B. Lindqvist",))]


def test_near_miss_spellings_of_a_canonical_surname() -> None:
    text = (
        "Marta Wolniewicz arrived. Wolniewicowa spoke to Wolniewiczowa’s staff, "
        "then the Wolniewiczowas left, and Wolnicki did not."
    )
    assert [(i.text, i.replacements) for i in check(text)] == [
        ("Wolniewicz", ("Wolniewiczowa",)),
        ("Wolniewicowa", ("Wolniewiczowa",)),
    ]


def test_near_miss_respects_the_dictionary() -> None:
    ctx = CheckContext(style=SHEET, words=frozenset({"Wolniewicowa"}))
    assert HouseStyleChecker().check(["Wolniewicowa spoke."], ctx) == [[]]


def test_must_capitalise() -> None:
    text = "The harbour board met on tuesday; the Harbour Board met on Tuesday. TUESDAY."
    assert found(text) == [
        ("harbour board", ("Harbour Board",), Category.CAPITALIZATION),
        ("tuesday", ("Tuesday",), Category.CAPITALIZATION),
    ]
    assert check("See tuesday.example.com or #tuesday.") == []


def test_must_be_lowercase_except_at_sentence_start_or_in_a_name() -> None:
    text = "Internet use grew. The Internet is big, says the Internet Archive."
    assert found(text) == [("Internet", ("internet",), Category.CAPITALIZATION)]
    assert check("**Reporter:** Internet use grew.") == []


def test_banned_and_cautioned_words() -> None:
    issues = check("A very unique plan; he slammed the illegal alien claim.")
    assert [(i.text, i.replacements, i.rule) for i in issues] == [
        ("very unique", ("unique",), "house-style/banned/very unique"),
        ("illegal alien", (), "house-style/banned/illegal alien"),
        ("slammed", (), "house-style/cautioned/slammed"),
    ]
    assert "Unique is absolute." in issues[0].message
    assert issues[2].severity == "info"


def test_style_sheet_as_dict_is_accepted() -> None:
    assert found("Send an e-mail.", "en-US") == found("Send an e-mail.", "en-US")
    issues = check("Send an e-mail.", style=SHEET.to_dict())
    assert [i.replacements for i in issues] == [("email",)]


def test_bad_style_sheet_is_a_checker_error() -> None:
    with pytest.raises(CheckerError, match="house style sheet"):
        check("Text.", style={"dialect": "en-XX"})


def test_offsets_are_code_points_with_emoji() -> None:
    text = "😀 We wrote 𝄞 an e-mail on tuesday."
    issues = check(text)
    assert [text[i.start : i.end] for i in issues] == ["e-mail", "tuesday"]


def test_default_sheet_in_a_pipeline() -> None:
    text = "He utilized the web site in order to e-mail us on monday. Very Unique! The utility."
    pipeline = CheckPipeline([HouseStyleChecker()])
    result = pipeline.check(text, CheckContext(style=load_default_style_sheet()))
    assert [(i.text, i.replacements) for i in result.issues] == [
        ("utilized", ("used",)),
        ("web site", ("website",)),
        ("e-mail", ("email",)),
        ("monday", ("Monday",)),
        ("Very Unique", ("Unique",)),
    ]
    assert all(i.engine == "house-style" for i in result.issues)
