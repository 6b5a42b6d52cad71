"""LanguageTool's rule categories and issue types, mapped onto our one vocabulary.

A LanguageTool match names its rule (``rule.id``), the rule's category
(``rule.category.id``: TYPOS, GRAMMAR, CASING, ...) and an issue type
(``rule.issueType``: misspelling, whitespace, typographical, ...). The category decides
most of the mapping; whitespace rules and misspellings are recognised first, whatever
category they are filed under; the issue type decides when the category is unknown.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from reviewdesk.core.models import Category, Severity

# LanguageTool category id -> our category.
CATEGORY_MAP: dict[str, Category] = {
    "TYPOS": Category.SPELLING,
    "GRAMMAR": Category.GRAMMAR,
    "CASING": Category.CAPITALIZATION,
    "PUNCTUATION": Category.PUNCTUATION,
    "TYPOGRAPHY": Category.TYPOGRAPHY,
    "CONFUSED_WORDS": Category.CONFUSION,
    "SEMANTICS": Category.CONFUSION,
    "COLLOCATIONS": Category.CONFUSION,
    "FALSE_FRIENDS": Category.CONFUSION,
    "STYLE": Category.STYLE,
    "REDUNDANCY": Category.STYLE,
    "PLAIN_ENGLISH": Category.STYLE,
    "WIKIPEDIA": Category.STYLE,
    "CREATIVE_WRITING": Category.STYLE,
    "TEXT_ANALYSIS": Category.STYLE,
    "GENDER_NEUTRALITY": Category.STYLE,
    "NONSTANDARD_PHRASES": Category.STYLE,
    "REGIONALISMS": Category.STYLE,
    "AMERICAN_ENGLISH_STYLE": Category.STYLE,
    "MISUSED_TERMS_EU_PUBLICATIONS": Category.STYLE,
    "BRITISH_ENGLISH": Category.SPELLING,
    "AMERICAN_ENGLISH": Category.SPELLING,
    "PROPER_NOUNS": Category.SPELLING,
    "COMPOUNDING": Category.SPELLING,
    "MISC": Category.GRAMMAR,
    "REPETITIONS": Category.GRAMMAR,
    "REPETITIONS_STYLE": Category.STYLE,
}

# LanguageTool issue type (Localization Quality Issue Type names) -> our category,
# used when the category id is unknown.
ISSUE_TYPE_MAP: dict[str, Category] = {
    "misspelling": Category.SPELLING,
    "whitespace": Category.SPACING,
    "typographical": Category.TYPOGRAPHY,
    "grammar": Category.GRAMMAR,
    "duplication": Category.GRAMMAR,
    "style": Category.STYLE,
    "register": Category.STYLE,
    "inconsistency": Category.CONSISTENCY,
    "terminology": Category.CONFUSION,
    "locale-violation": Category.SPELLING,
    "characters": Category.TYPOGRAPHY,
    "formatting": Category.TYPOGRAPHY,
}

# Rules about spaces, whatever category LanguageTool files them under.
WHITESPACE_RULES: frozenset[str] = frozenset(
    {
        "WHITESPACE_RULE",
        "COMMA_PARENTHESIS_WHITESPACE",
        "DOUBLE_PUNCTUATION_WHITESPACE",
        "WHITESPACE_PARAGRAPH",
        "WHITESPACE_PARAGRAPH_BEGIN",
        "SPACE_BEFORE_PARENTHESIS",
        "FRENCH_WHITESPACE",
        "UNIT_SPACE",
        "NON_STANDARD_WHITESPACE",
    }
)

_SEVERITY: dict[Category, Severity] = {
    Category.SPELLING: Severity.ERROR,
    Category.GRAMMAR: Severity.ERROR,
    Category.CAPITALIZATION: Severity.ERROR,
    Category.CONFUSION: Severity.ERROR,
    Category.STYLE: Severity.INFO,
    Category.TYPOGRAPHY: Severity.INFO,
}


def _rule_fields(rule: Mapping[str, Any]) -> tuple[str, str, str]:
    """(rule id, category id, issue type), each upper/lower-cased as LanguageTool spells them."""
    rule_id = str(rule.get("id") or "")
    category = rule.get("category")
    category_id = str(category.get("id") or "") if isinstance(category, Mapping) else ""
    issue_type = str(rule.get("issueType") or "").lower()
    return rule_id, category_id.upper(), issue_type


def is_misspelling(rule: Mapping[str, Any]) -> bool:
    """Whether a match comes from a spelling rule (TYPOS or issue type 'misspelling')."""
    rule_id, category_id, issue_type = _rule_fields(rule)
    if rule_id.startswith(("MORFOLOGIK_RULE", "HUNSPELL_RULE")) or category_id == "TYPOS":
        return True
    # LanguageTool also files e.g. "a"/"an" and "could of" as 'misspelling': only trust
    # the issue type when the category does not say otherwise.
    return issue_type == "misspelling" and CATEGORY_MAP.get(category_id) in (
        None,
        Category.SPELLING,
    )


def category_for(rule: Mapping[str, Any], text: str, replacements: Sequence[str]) -> Category:
    """Map a LanguageTool match's rule (the JSON ``rule`` object) onto our vocabulary.

    ``text`` is the flagged text and ``replacements`` the suggestions; a spelling or
    grammar fix that only changes letter case is reported as capitalization.
    """
    rule_id, category_id, issue_type = _rule_fields(rule)
    if rule_id in WHITESPACE_RULES or issue_type == "whitespace":
        return Category.SPACING
    category = CATEGORY_MAP.get(category_id) or ISSUE_TYPE_MAP.get(issue_type, Category.GRAMMAR)
    first = replacements[0] if replacements else None
    if (
        category in (Category.SPELLING, Category.GRAMMAR)
        and first is not None
        and first != text
        and first.lower() == text.lower()
    ):
        return Category.CAPITALIZATION
    return category


def severity_for(category: Category) -> Severity:
    """How loudly to show an issue of ``category``."""
    return _SEVERITY.get(category, Severity.WARNING)


_SUGGESTION_TAG = re.compile(r"</?suggestion>")


def clean_message(message: str) -> str:
    """LanguageTool marks suggestions in messages with ``<suggestion>`` tags; quote them."""
    return _SUGGESTION_TAG.sub(
        lambda m: "”" if m.group(0).startswith("</") else "“", message
    ).strip()
