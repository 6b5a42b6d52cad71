"""Rules as an editor reads them: a human name for every rule id, which rules are a whole
spell checker, and which flagged texts are words a dictionary can take.

Rule ids are the engines' own (Harper's ``SpellCheck``, LanguageTool's
``EN_A_VS_AN``, our ``missing-space-after-comma``, ``house-style/banned/very``). They
stay in the library and in tooltips, where a desk that shares settings needs them; on
screen the window and the CLI show :func:`rule_name`, from the one table of
:mod:`reviewdesk.core.rule_names` (which also names unknown rules from their id's shape).
"""

from __future__ import annotations

import re

from reviewdesk.core.rule_names import rule_name as core_rule_name

# Rules that are an engine's whole spell checker: switching one off would stop every
# spelling check at once, so the window offers "Add to dictionary" for them instead.
SPELL_CHECKER_RULES = frozenset({"SpellCheck"})
SPELL_CHECKER_PREFIXES = ("MORFOLOGIK_RULE", "HUNSPELL_RULE", "HUNSPELL_NO_SUGGEST_RULE")


def is_spell_checker(rule: str) -> bool:
    """Whether ``rule`` is an engine's whole spell checker (not one specific check)."""
    return rule in SPELL_CHECKER_RULES or rule.startswith(SPELL_CHECKER_PREFIXES)


def rule_name(rule: str, engine: str = "") -> str:
    """A name for ``rule`` an editor can read ('Spelling', 'A or an'): the one table in
    :mod:`reviewdesk.core.rule_names`, shared with the report."""
    if is_spell_checker(rule):
        return "Spelling"
    return core_rule_name(engine, rule.strip())


_WORD = re.compile(r"\w(?:[\w'’.\-]*\w)?")


def is_word(text: str) -> bool:
    """Whether ``text`` is one word a dictionary can hold: letters (with digits,
    apostrophes, hyphens or inner full stops), never punctuation or a phrase."""
    text = text.strip()
    return (
        bool(text)
        and _WORD.fullmatch(text) is not None
        and "_" not in text
        and any(ch.isalpha() for ch in text)
    )
