"""Human names for rules: one table in core, used by the window and the report; the
rule id appears only in tooltips."""

from __future__ import annotations

from reviewdesk.core.models import Decision, DecisionAction
from reviewdesk.core.rule_names import rule_name, rule_tooltip
from reviewdesk.formats.report import build_report
from test_report import WHEN, article, notes, parse, section, table_rows, text_of


def test_known_rules_read_as_words() -> None:
    assert rule_name("harper", "UnclosedQuotes") == "Unclosed quotation mark"
    assert rule_name("names", "name-variant") == "Name spelt two ways"
    assert rule_name("grammar", "subject-verb-agreement") == "Subject–verb agreement"
    assert rule_name("languagetool", "MORFOLOGIK_RULE_EN_GB") == "Spelling"
    assert rule_name("house-style", "house-style/substitute/whilst") == "House style: whilst"
    assert rule_name("", "OxfordComma") == "Serial (Oxford) comma"  # only the id known


def test_unknown_rules_still_read_as_words() -> None:
    assert rule_name("harper", "EachOthersPossessive") == "Each others possessive"
    assert rule_name("languagetool", "EN_QUOTES") == "Quotes"
    assert rule_name("mechanics", "some-new-rule") == "Some new rule"
    assert rule_name("house-style", r"house-style/substitute/\b(\d)am\b") == "House style"
    assert rule_tooltip("harper", "UnclosedQuotes") == "Rule id: UnclosedQuotes (harper)"


def test_report_shows_names_and_keeps_ids_in_tooltips() -> None:
    decisions = [
        Decision(
            None, 3, DecisionAction.IGNORE, "UnclosedQuotes", "harper", "punctuation", 0, 1, "“"
        ),
        Decision(
            None,
            3,
            DecisionAction.APPLY,
            "name-variant",
            "names",
            "consistency",
            0,
            1,
            "Smyth",
            "Smith",
        ),
    ]
    page = build_report(article(), notes(), decisions, reviewer="Ed", when=WHEN).decode()
    decided = section(parse(page), "decisions")
    rows = table_rows(decided, "By rule")
    assert "Unclosed quotation mark / Harper / Punctuation" in rows
    assert "Name spelt two ways / Names / Consistency" in rows
    shown = text_of(decided)
    assert "UnclosedQuotes" not in shown and "name-variant" not in shown
    assert 'title="Rule id: UnclosedQuotes (harper)"' in page
