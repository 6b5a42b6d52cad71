"""Harper findings that its own context shows to be wrong, by kind.

Each test looks at the words around the flag, which Harper's rule did not weigh:
"We parents" is an appositive, not "We parent"; "Phase I corresponds" has a Roman
numeral, not the pronoun; a space before "..." is AP style; "Unix" and "Al" (aluminium)
are written in capitals and small letters on purpose; "it's time" and "it's Tom" are
"it is". Measured on LanguageTool's correct examples and on published news.
"""

from __future__ import annotations

import re

from reviewdesk.core.engines.grammar.lexicon import Lexicon

_IT_IS_BEFORE = frozenset(
    [
        "time",
        "birthday",
        "okay",
        "ok",
        "fun",
        "true",
        "worth",
        "nothing",
        "something",
        "everything",
        "all",
        "just",
        "not",
        "a",
        "an",
        "the",
    ]
)
_PREFIXES = frozenset(
    ["ex", "co", "re", "un", "de", "pre", "non", "anti", "sub", "bi", "tri", "mid", "semi", "multi"]
)
_WORD_AFTER = re.compile(r"\s*([\w’']+)")
_WORD_BEFORE = re.compile(r"([\w’']+)\s*$")


def _next_word(text: str, end: int) -> str:
    m = _WORD_AFTER.match(text, end)
    return m.group(1) if m else ""


def _prev_word(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text, 0, start)
    return m.group(1) if m else ""


def _after_digit(text: str, start: int) -> bool:
    return start > 0 and text[start - 1].isdigit()


def _dialect_twin(word: str, fix: str) -> bool:
    """ "centre"/"center", "travelling"/"traveling": one spelling of the same word."""
    from reviewdesk.core.engines.names.spelling_variants import dialect_twins

    return dialect_twins(word.lower(), fix.lower())


def misfires(
    rule: str, flagged: str, fixes: list[str], text: str, start: int, end: int, lex: Lexicon
) -> bool:
    """Whether Harper's ``rule`` flag on ``text[start:end]`` is wrong in this context."""
    if rule == "SpellCheck" and (any(c.isdigit() for c in flagged) or _after_digit(text, start)):
        return True  # "A300s", the "s" of "747s": model numbers and their plurals
    if rule == "MergeWords" and _after_digit(text, start):
        return True  # "707s and" is no "sand"
    if rule == "SpellCheck" and len(flagged) == 1 and flagged.isupper():
        return True  # "Stefan W": an initial without its period
    if rule == "SpellCheck" and lex.count(flagged.lower()) >= 1_000_000:
        # a word common in print that Harper's dictionary lacks ("storey", "metres"):
        # only a suggestion from the other dialect makes the flag worth showing
        if fixes and fixes[0].lower() == flagged.lower():
            return False  # "lebanon" -> "Lebanon": a capital is missing
        return not any(_dialect_twin(flagged, fix) for fix in fixes[:3])
    if rule == "SplitWords" and fixes and fixes[0].split()[0].lower() in _PREFIXES:
        return True  # "ex filtration": a prefix is no word of its own ("as well" is)
    if rule == "DisjointPrefixes" and (" " in flagged or "-" in flagged):
        return True  # "Under current", "co-author": two words, or the house's hyphen
    if rule == "CompoundNouns" and all(w[:1].isupper() for w in flagged.split()):
        return True  # "Coast Guard": a proper name is written as its owner writes it
    if rule == "Spaces" and text[end : end + 3] in ("...", "…"):
        return True  # "wait ..." (AP's ellipsis, spaced)
    if rule == "PronounVerbAgreement":
        before = _prev_word(text, start)
        word = flagged.lower()
        if lex.tags(word) == {"NNS"} or (
            before.lower() in ("we", "you", "us") and lex.noun_number(word) == "plural"
        ):
            return True  # "We parents", "You guys": a noun in apposition
        if before == "I" and _prev_word(text, start - len(before) - 1)[:1].isupper():
            return True  # "Phase I corresponds": a Roman numeral
        if before.lower() == "i" and _prev_word(text, start - len(before) - 1).lower() == "am":
            return True  # "am I nuts?"
    if rule == "OrthographicConsistency" and fixes:
        first = fixes[0]
        if first.isupper() and flagged[:1].isupper() and not flagged.isupper():
            return True  # "Unix" -> "UNIX", "Al" -> "AL": the writer's own capitals
        if first[:1].islower() and flagged[:1].isupper() and first.lower() == flagged.lower():
            return _prev_word(text, start) == ""  # "Who's" at a sentence start
    if rule == "ItsPossessive":
        after = _next_word(text, end)
        return after.lower() in _IT_IS_BEFORE or after[:1].isupper()
    if rule == "AnA":
        after = _next_word(text, end)
        return (len(after) > 1 and after.isupper()) or text[end : end + 1] == "."
    return False
