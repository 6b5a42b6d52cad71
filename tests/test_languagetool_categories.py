"""LanguageTool's categories and issue types map onto our vocabulary."""

from __future__ import annotations

import pytest

from reviewdesk.core.engines.languagetool.categories import (
    category_for,
    clean_message,
    is_misspelling,
    severity_for,
)
from reviewdesk.core.models import Category, Severity


def _rule(rule_id: str, category: str, issue_type: str = "") -> dict[str, object]:
    return {
        "id": rule_id,
        "description": "",
        "issueType": issue_type,
        "category": {"id": category, "name": category.title()},
    }


@pytest.mark.parametrize(
    ("category", "issue_type", "ours"),
    [
        ("TYPOS", "misspelling", Category.SPELLING),
        ("GRAMMAR", "grammar", Category.GRAMMAR),
        ("CASING", "typographical", Category.CAPITALIZATION),
        ("PUNCTUATION", "typographical", Category.PUNCTUATION),
        ("TYPOGRAPHY", "typographical", Category.TYPOGRAPHY),
        ("CONFUSED_WORDS", "misspelling", Category.CONFUSION),
        ("STYLE", "style", Category.STYLE),
        ("REDUNDANCY", "style", Category.STYLE),
        ("SEMANTICS", "inconsistency", Category.CONFUSION),
        ("COLLOCATIONS", "grammar", Category.CONFUSION),
        ("MISC", "uncategorized", Category.GRAMMAR),
        ("COMPOUNDING", "misspelling", Category.SPELLING),
        ("REPETITIONS", "duplication", Category.GRAMMAR),
        ("PLAIN_ENGLISH", "style", Category.STYLE),
        ("WIKIPEDIA", "style", Category.STYLE),
        ("SOMETHING_NEW", "misspelling", Category.SPELLING),
        ("SOMETHING_NEW", "typographical", Category.TYPOGRAPHY),
        ("SOMETHING_NEW", "", Category.GRAMMAR),
    ],
)
def test_categories(category: str, issue_type: str, ours: Category) -> None:
    assert category_for(_rule("SOME_RULE", category, issue_type), "word", ["other"]) is ours


@pytest.mark.parametrize(
    "rule",
    [
        _rule("WHITESPACE_RULE", "TYPOGRAPHY", "whitespace"),
        _rule("COMMA_PARENTHESIS_WHITESPACE", "TYPOGRAPHY", "typographical"),
        _rule("SOME_SPACE_RULE", "PUNCTUATION", "whitespace"),
    ],
)
def test_whitespace_rules_are_spacing(rule: dict[str, object]) -> None:
    assert category_for(rule, "  ", [" "]) is Category.SPACING


def test_a_case_only_fix_is_capitalization() -> None:
    rule = _rule("MORFOLOGIK_RULE_EN_US", "TYPOS", "misspelling")
    assert category_for(rule, "english", ["English"]) is Category.CAPITALIZATION
    assert category_for(rule, "englsh", ["English"]) is Category.SPELLING


def test_what_counts_as_a_misspelling() -> None:
    assert is_misspelling(_rule("MORFOLOGIK_RULE_EN_GB", "TYPOS", "misspelling"))
    assert is_misspelling(_rule("HUNSPELL_RULE", "", ""))
    assert is_misspelling(_rule("X", "SOMETHING_NEW", "misspelling"))
    # LanguageTool files these as 'misspelling' too, but they are not about a word's spelling
    assert not is_misspelling(_rule("EN_A_VS_AN", "GRAMMAR", "misspelling"))
    assert not is_misspelling(_rule("COULD_OF", "CONFUSED_WORDS", "misspelling"))
    assert not is_misspelling({"id": "X"})


def test_missing_fields_do_not_crash() -> None:
    assert category_for({}, "x", []) is Category.GRAMMAR
    assert category_for({"category": "not a dict"}, "x", []) is Category.GRAMMAR


def test_severity_and_message() -> None:
    assert severity_for(Category.SPELLING) is Severity.ERROR
    assert severity_for(Category.STYLE) is Severity.INFO
    assert severity_for(Category.SPACING) is Severity.WARNING
    assert clean_message("Did you mean <suggestion>have</suggestion>?") == "Did you mean “have”?"
