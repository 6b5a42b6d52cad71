"""Agreement that the subject-start rules do not reach: a relative clause's verb agrees
with the noun "who" or "that" stands for ("people who has", "a man who have"); a
pronoun followed by "all" or "both" keeps its number ("They all means"); "do" and
"does" that open a question agree with the subject after them ("Do she have").
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import (
    Finding,
    low_at,
    replace_word,
    sentence_start,
)
from reviewdesk.core.engines.grammar.lexicon import NUMBER_BY_MEANING, Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "subject-verb-agreement"
_TO_PLURAL = {"is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't"}
_TO_SINGULAR = {"are": "is", "were": "was", "have": "has", "do": "does", "don't": "doesn't"}
_ONE_OF = word_set("one each every any none only")
_PLURAL_PRONOUNS = word_set("they we you")
_PLURAL_ONLY = word_set("people men women children")
_SINGULAR_TAGS = frozenset({"NN", "VB", "VBP"})  # "police", "people" as a verb


def check_relative(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Relative-clause, "they all" and do-question agreement in one sentence."""
    for i, tok in enumerate(sent):
        if tok.low in ("who", "that") and i > 0:
            yield from _relative(sent, i, lex)
        elif tok.low in ("all", "both") and low_at(sent, i - 1) in _PLURAL_PRONOUNS:
            yield from _they_all(sent, i, lex)
        elif tok.low in ("do", "does") and sentence_start(sent, i) and sent[-1].text == "?":
            yield from _do_question(sent, i)


def _relative(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "people who has expertise" -> "have"."""
    noun = sent[i - 1]
    if not noun.is_word or noun.is_capitalised or noun.low in NUMBER_BY_MEANING:
        return
    if not lex.is_noun(noun.low) or _counted_by_one(sent, i - 1):
        return  # "one of the people who has": either form is defended
    verb = sent[i + 1] if i + 1 < len(sent) else None
    if verb is None or not verb.is_word:
        return
    number = lex.noun_number(noun.low)
    if lex.classes(noun.low) - {"NOUN", "VERB"}:
        return  # an adjective too: no sure head
    tags = lex.tags(noun.low)
    if number == "plural" and (noun.low in _PLURAL_ONLY or not tags & _SINGULAR_TAGS):
        if sent[i].low == "that":
            return  # "told the voters that was a lie": "that" may be the subject
        fix = _TO_PLURAL.get(verb.low)
    elif number == "singular" and "NNS" not in tags:
        fix = _TO_SINGULAR.get(verb.low)
        if sent[i].low == "that" and verb.low in ("have", "do"):
            fix = None  # "the book that I have": "that" can join a new clause
    else:
        return
    if sent[i].low == "that" and low_at(sent, i - 2) in ("so", "such"):
        return
    if fix:
        message = f"The verb agrees with “{noun.text}”: “{sent[i].text} {fix}”."
        yield Finding(verb.start, verb.end, RULE, message, (replace_word(verb, fix),))


def _counted_by_one(sent: list[Token], k: int) -> bool:
    """ "one of the people", "each of those men": a single one is picked out."""
    for m in range(k - 1, max(-1, k - 6), -1):
        if sent[m].low == "of":
            return low_at(sent, m - 1) in _ONE_OF or low_at(sent, m - 1) == "number"
        if not sent[m].is_word:
            return False
    return False


def _they_all(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "They all means the same" -> "mean"."""
    if i + 1 >= len(sent):
        return
    verb = sent[i + 1]
    low = verb.low
    if low in _TO_PLURAL:
        fix: str | None = _TO_PLURAL[low]
    elif "VBZ" in lex.tags(low) and low.endswith("s") and "VB" not in lex.tags(low):
        after = low_at(sent, i + 2)
        if lex.is_noun(after) and after not in ("same",):
            return  # "they all sports fans": a noun, not a verb
        lemmas = lex.lemmas(low)
        fix = lemmas[0] if len(lemmas) == 1 else None
    else:
        return
    if fix and fix != low:
        message = f"“{sent[i - 1].text} {sent[i].text}” is plural: “{fix}”."
        yield Finding(verb.start, verb.end, RULE, message, (replace_word(verb, fix),))


def _do_question(sent: list[Token], i: int) -> Iterator[Finding]:
    """ "Do she have dinner?" -> "Does"; "Does they know?" -> "Do"."""
    subject = low_at(sent, i + 1)
    tok = sent[i]
    fix = None
    if tok.low == "do" and subject in ("he", "she", "it"):
        fix = "does"
    elif tok.low == "does" and subject in ("i", "you", "we", "they"):
        fix = "do"
    if fix:
        message = f"“{tok.text}” agrees with “{sent[i + 1].text}”: “{fix}”."
        yield Finding(tok.start, tok.end, RULE, message, (replace_word(tok, fix),))
