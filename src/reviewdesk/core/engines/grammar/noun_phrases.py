"""Determiners a noun phrase cannot hold together, beyond :mod:`.determiners`:

- "a" or "an" before a possessive ("He found a his old letter" -> "his"): a phrase takes
  one of them (Harper has "the my");
- "a" before an adjective and a noun that is never counted ("a good news", "an
  important advice" -> "good news"; ``determiners.py`` judges "an advice" alone);
- "both" counting a singular ("both of the player", "both team" -> "players", "teams").
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.determiners import UNCOUNTABLE
from reviewdesk.core.engines.grammar.findings import Finding, low_at, replace_word
from reviewdesk.core.engines.grammar.lexicon import CLOSED_CLASS, POSSESSIVES, Lexicon, word_set
from reviewdesk.core.engines.grammar.number import count_noun
from reviewdesk.core.engines.grammar.tokens import Token

DETERMINER_RULE = "double-determiner"
NUMBER_RULE = "noun-number"
_NEVER_COUNTED = UNCOUNTABLE | word_set("news")
# after the noun, what may follow a phrase that ends there ("a good news for")
_PHRASE_END = word_set("of from on about for to and or that is was which in with")
_BOTH_DETERMINERS = word_set("the these those my your his her our their its")


def check_noun_phrases(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Article with possessive, "a" with an uncounted noun, "both" with a singular."""
    for i, tok in enumerate(sent[:-1]):
        low = tok.low
        if low in ("a", "an"):
            nxt = sent[i + 1]
            if nxt.low in POSSESSIVES and nxt.low != "her" and low_at(sent, i + 2) != "-":
                fix = replace_word(tok, nxt.low) if tok.is_capitalised else nxt.text
                message = f"One determiner is enough: “{fix}”."
                yield Finding(tok.start, nxt.end, DETERMINER_RULE, message, (fix,))
            else:
                yield from _a_adjective_mass(sent, i, lex)
        elif low == "both":
            yield from _both_singular(sent, i, lex)


def _a_adjective_mass(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "a good news" -> "good news": "a", one or two adjectives, a noun never counted."""
    j = i + 1
    while j <= i + 2 and _adjective(sent, j, lex):
        if j > i + 1 and "NOUN" in lex.classes(sent[j].low):
            break  # "an extensive set information": a noun, the phrase is another slip
        j += 1
    if j == i + 1 or j >= len(sent) or sent[j].low not in _NEVER_COUNTED:
        return
    after = low_at(sent, j + 1)
    if (after.isalpha() and after not in _PHRASE_END) or after == "-":
        return  # "a new software update": a modifier of a later noun
    tok, noun = sent[i], sent[j]
    message = f"“{noun.text}” is not counted: drop “{tok.text}”."
    yield Finding(tok.start, tok.end, NUMBER_RULE, message, ("",))


def _both_singular(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "both of the player" / "both team" -> the plural."""
    j = i + 1
    if low_at(sent, j) == "of":
        j += 1
    if low_at(sent, j) in _BOTH_DETERMINERS:
        j += 1
    if j >= len(sent) or not sent[j].is_word or sent[j].is_capitalised:
        return
    noun = sent[j]
    after = low_at(sent, j + 1)
    if after and sent[j + 1].is_word and after not in CLOSED_CLASS and lex.is_noun(after):
        return  # "both team captains": a modifier of a later noun
    if after in ("and", "or", "-", "'s", "’s"):
        return
    plural = count_noun(noun.low, lex)
    if plural and lex.tags(noun.low) <= {"NN", "VB", "VBP"}:
        message = f"“{sent[i].text}” counts two: “{plural}”."
        yield Finding(noun.start, noun.end, NUMBER_RULE, message, (replace_word(noun, plural),))


def _adjective(sent: list[Token], j: int, lex: Lexicon) -> bool:
    """An adjective ("good", "useful"), not a function word."""
    if j >= len(sent) or not sent[j].is_word or sent[j].low in CLOSED_CLASS:
        return False
    return "ADJ" in lex.classes(sent[j].low) and sent[j].low not in _NEVER_COUNTED
