"""Rule names and dictionary words as the window and the CLI show them (desk.rules)."""

from __future__ import annotations

import pytest

from reviewdesk.desk.rules import is_spell_checker, is_word, rule_name


@pytest.mark.parametrize(
    ("rule", "name"),
    [
        ("SpellCheck", "Spelling"),
        ("MORFOLOGIK_RULE_EN_US", "Spelling"),
        ("EN_A_VS_AN", "A or an"),
        ("AnA", "A or an"),
        ("debris-some-new-kind", "Web debris: some new kind"),
        ("COMMA_PARENTHESIS_WHITESPACE", "Space before punctuation"),
        ("OneOfTheSingular", "One of the singular"),
        ("LongSentences", "Long sentence"),
        ("missing-space-after-comma", "Missing space after a comma"),
        ("debris-breadcrumb", "Breadcrumb trail"),
        ("house-style/banned/very", "Banned word: very"),
        ("house-style/capitalize/internet", "House style: “internet” with a capital"),
    ],
)
def test_rule_names_read_as_words(rule: str, name: str) -> None:
    assert rule_name(rule) == name


@pytest.mark.parametrize(
    "rule", ["SomeNewHarperRule", "EN_US_SOME_NEW_RULE", "a-new-check", "x/y", "Q", ""]
)
def test_an_unknown_rule_still_gets_a_name_without_ids_marks(rule: str) -> None:
    name = rule_name(rule)
    assert name and "_" not in name and not (len(name) > 3 and name.isupper())


def test_spell_checkers_are_told_from_single_rules() -> None:
    assert is_spell_checker("SpellCheck")
    assert is_spell_checker("MORFOLOGIK_RULE_EN_GB")
    assert not is_spell_checker("EN_A_VS_AN")
    assert not is_spell_checker("house-style/name/Zelensky")


@pytest.mark.parametrize("text", ["Teh", "Okafor", "O’Neill", "re-election", "U.S", "COVID-19"])
def test_words_a_dictionary_can_take(text: str) -> None:
    assert is_word(text)


@pytest.mark.parametrize("text", ['"', "“", ".", ",", "…", "--", "123", "two words", " ", "“Teh"])
def test_punctuation_numbers_and_phrases_are_not_words(text: str) -> None:
    assert not is_word(text)
