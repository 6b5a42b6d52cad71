"""Number words as English uses them: "dozen", "hundred", "thousand", "million" and
"billion" after a number take no "-s" and no "of" before a noun ("two hundred people",
"a dozen eggs"); their plurals are counts of their own and need "of" ("thousands of
people"). So "two hundreds people", "a dozen of eggs" and "Thousands people came" are
each one word off.

These are the number words' own grammar (a closed class), not a list of sentences.
"of" stays right before a determiner or a pronoun ("a hundred of them", "two million
of its shares"), and after a figure ("$5 million of debt", print's usage in finance).
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at, replace_word
from reviewdesk.core.engines.grammar.lexicon import (
    DETERMINERS,
    OBJECT_PRONOUNS,
    POSSESSIVES,
    Lexicon,
    word_set,
)
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "number-word"
_SINGULAR = word_set("dozen hundred thousand million billion")
_PLURAL = {word + "s": word for word in _SINGULAR}
_COUNTS = word_set(
    "a one two three four five six seven eight nine ten eleven twelve twenty thirty forty "
    "fifty sixty seventy eighty ninety several few"
)
_OF_STAYS = DETERMINERS | OBJECT_PRONOUNS | POSSESSIVES | word_set("which whom whose us them")


def check_number_words(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """The three slips above, in one sentence."""
    for i, tok in enumerate(sent[:-1]):
        low = tok.low
        if low in _SINGULAR:
            yield from _needless_of(sent, i, lex)
        elif low in _PLURAL:
            yield from _plural_number(sent, i, lex)


def _counted(sent: list[Token], i: int) -> bool:
    """A number word, or "a", before ``i`` (not a figure: "$5 million of debt")."""
    return i > 0 and sent[i - 1].is_word and sent[i - 1].low in _COUNTS


def _plural_noun(tok: Token | None, lex: Lexicon) -> bool:
    """A lowercase word that can only be a plural noun here ("people", "eggs")."""
    if tok is None or not tok.is_word or tok.is_capitalised:
        return False
    low = tok.low
    return lex.noun_number(low) == "plural" and not lex.tags(low) & {"VBD", "VBN"}


def _needless_of(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "a dozen of eggs", "two hundred of people" -> no "of"."""
    if low_at(sent, i + 1) != "of" or not _counted(sent, i) or i + 2 >= len(sent):
        return
    after = sent[i + 2]
    if after.low in _OF_STAYS or not _plural_noun(after, lex):
        return
    number = sent[i]
    message = f"After a number, “{number.text}” takes its noun without “of”."
    yield Finding(number.start, sent[i + 1].end, RULE, message, (number.text,))


def _plural_number(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "two hundreds people" -> "two hundred"; "Thousands people" -> "Thousands of"."""
    tok = sent[i]
    singular = _PLURAL[tok.low]
    after = sent[i + 1] if i + 1 < len(sent) else None
    if _counted(sent, i) and low_at(sent, i - 1) != "a":
        if after is None or not (after.low == "of" or _plural_noun(after, lex)):
            return
        message = f"After a number, “{singular}” takes no “-s”: “{singular}”."
        yield Finding(tok.start, tok.end, RULE, message, (replace_word(tok, singular),))
    elif _plural_noun(after, lex) and after is not None and after.low not in _OF_STAYS:
        message = f"“{tok.text}” needs “of” before its noun: “{tok.text} of”."
        yield Finding(tok.start, tok.end, RULE, message, (f"{tok.text} of",))
