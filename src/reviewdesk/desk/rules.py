"""Rules as an editor reads them: a human name for every rule id, which rules are a whole
spell checker, and which flagged texts are words a dictionary can take.

Rule ids are the engines' own (Harper's ``SpellCheck``, LanguageTool's
``EN_A_VS_AN``, our ``missing-space-after-comma``, ``house-style/banned/very``). They
stay in the library and in tooltips, where a desk that shares settings needs them; on
screen the window and the CLI show :func:`rule_name`. The name is made from the id's
shape, so an engine's new rules get a readable name without a table entry; the few ids
whose shape says nothing useful are named in :data:`KNOWN_NAMES`.
"""

from __future__ import annotations

import re

# Rules that are an engine's whole spell checker: switching one off would stop every
# spelling check at once, so the window offers "Add to dictionary" for them instead.
SPELL_CHECKER_RULES = frozenset({"SpellCheck"})
SPELL_CHECKER_PREFIXES = ("MORFOLOGIK_RULE", "HUNSPELL_RULE", "HUNSPELL_NO_SUGGEST_RULE")

KNOWN_NAMES = {
    "SpellCheck": "Spelling",
    "LANGUAGETOOL": "LanguageTool",
    # ids naming a pair of words read better with "or" between them
    "AnA": "A or an",
    "ThenThan": "Then or than",
}

_HOUSE_KINDS = {
    "banned": "banned word",
    "cautioned": "cautioned word",
    "substitute": "preferred form",
    "name": "spelling of a name",
    "capitalize": "capital letter",
    "lowercase": "lower case",
}
_FAMILY_PREFIXES = {"debris": "Web debris"}
# LanguageTool's ids often start with the language: EN_, EN_US_, DE_CH_ …
_LANGUAGE_PREFIX = re.compile(r"^[A-Z]{2}(?:_[A-Z]{2})?_(?=[A-Z0-9])")
_CAMEL_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
_ACRONYMS = {"us", "uk", "ai", "eu", "un", "tv", "pm", "am", "id", "ok", "html", "url"}


def is_spell_checker(rule: str) -> bool:
    """Whether ``rule`` is an engine's whole spell checker (not one specific check)."""
    return rule in SPELL_CHECKER_RULES or rule.startswith(SPELL_CHECKER_PREFIXES)


def _sentence(words: list[str]) -> str:
    """Words as a sentence-case phrase, acronyms kept in capitals."""
    out = []
    for n, word in enumerate(w for w in words if w):
        lower = word.lower()
        if lower in _ACRONYMS:
            out.append(lower.upper())
        else:
            out.append(lower.capitalize() if n == 0 else lower)
    return " ".join(out)


def rule_name(rule: str) -> str:
    """A name for ``rule`` an editor can read: 'Spelling', 'A vs an', 'Missing space after
    comma', 'House style: banned word “very”'."""
    rule = rule.strip()
    if not rule:
        return "Unnamed rule"
    if rule in KNOWN_NAMES:
        return KNOWN_NAMES[rule]
    if is_spell_checker(rule):
        return "Spelling"
    if rule.startswith("house-style/"):
        _prefix, _sep, rest = rule.partition("/")
        kind, _sep, word = rest.partition("/")
        label = _HOUSE_KINDS.get(kind, kind.replace("-", " "))
        return f"House style: {label} “{word}”" if word else f"House style: {label}"
    if "/" in rule:  # another family's rule/detail: name the family's part
        rule = rule.split("/", 1)[0]
    if re.fullmatch(r"[a-z0-9]+(?:[-_.][a-z0-9]+)*", rule):  # kebab-case: ours
        words = re.split(r"[-_.]", rule)
        family = _FAMILY_PREFIXES.get(words[0])
        if family is not None and len(words) > 1:
            return f"{family}: {_sentence(words[1:]).lower()}"
        return _sentence(words)
    if re.fullmatch(r"[A-Z0-9]+(?:_[A-Z0-9]+)*", rule):  # UPPER_SNAKE: LanguageTool
        stripped = _LANGUAGE_PREFIX.sub("", rule)
        return _sentence(stripped.split("_"))
    return _sentence(_CAMEL_WORD.findall(rule)) or rule  # CamelCase: Harper


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
