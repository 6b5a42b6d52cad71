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
_WORD_AFTER = re.compile(r"\s*([\w’']+)")
_WORD_BEFORE = re.compile(r"([\w’']+)\s*$")


def _next_word(text: str, end: int) -> str:
    m = _WORD_AFTER.match(text, end)
    return m.group(1) if m else ""


def _prev_word(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text, 0, start)
    return m.group(1) if m else ""


def misfires(
    rule: str, flagged: str, fixes: list[str], text: str, start: int, end: int, lex: Lexicon
) -> bool:
    """Whether Harper's ``rule`` flag on ``text[start:end]`` is wrong in this context."""
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
