"""A verb print never puts straight before a noun phrase, written with one: "I listen
music", "It depends the weather", "This belongs me", "We must comply the rules" ->
"listen to", "depends on", "belongs to", "comply with" (grammar14).

No list of verbs: the word-pair counts decide. A verb qualifies when print never has it
before "the", "a", "his", "him" or "them" (each pair under the cut-off) while one
preposition follows it far more often than every other ("depend on", "belong to",
"consist of", "rely on", "cope with"), and the verb itself is common. Its noun phrase
must start right after it, with a determiner or an object pronoun, and the verb must
be read as one: after a subject pronoun, a modal, "to", a negation or a frequency
adverb.

A noun phrase that is a time or a manner ("arrive the next day", "respond the same
way") is not an object and is left alone; so is a verb that also governs an object in
a sense print shows too seldom for the counts to hold (:data:`_ALSO_TRANSITIVE`:
"succeed his father", "worry me", "graduate college").
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at
from reviewdesk.core.engines.grammar.lexicon import Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token
from reviewdesk.core.engines.grammar.word_pairs import CUT_OFF

RULE = "missing-preposition"
_COMMON = 2_000_000  # the verb at least this common in print
_MIN_PREPOSITION = 20 * CUT_OFF  # "depend on" and the like: printed this often at least
_SHARE = 0.6  # and this share of the verb's pairs with a preposition
_PREPOSITIONS = ("to", "on", "of", "with", "at", "in", "for", "about", "from", "into")
# "to" is never offered: "tend to", "refuse to", "strive to" lead to a verb, and the
# pair counts cannot tell "refuses the offer" (right) from "belongs me"; a past or a
# participle is never judged: print has "was stored in" far more than "stored the"
_NOT_OFFERED = ("to",)
_JUDGED_TAGS = frozenset({"VB", "VBP", "VBZ", "VBG"})
_NOUN_PHRASE_STARTS = word_set("the a an my your his her our their these those me him them us")
_NO_OBJECT = ("the", "a", "his", "him", "them")
_BEFORE_VERB = word_set(
    "i you he she we they it this that which who to can could will would should must may "
    "might shall don't doesn't didn't won't can't cannot couldn't wouldn't shouldn't not never "
    "always often usually sometimes also just really 'll"
)
# a determiner's phrase that says when or how, not what: "arrive the next day"
_ADVERBIAL = word_set(
    "same next last following other whole entire rest day days night week weeks month "
    "months year years time times way morning evening afternoon moment minute hour while "
    "first second previous"
)
_ALSO_TRANSITIVE = word_set(
    "succeed succeeds succeeded worry worries worried graduate graduates graduated wait "
    "waits waited dream dreams dreamed dreamt smile smiles smiled object objects laugh "
    "laughs laughed live lives lived happen happens happened deal deals dealing focus "
    "focuses focusing acts"
)


def check_verb_prepositions(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """ "It depends the weather" -> "depends on the weather"."""
    for i in range(1, len(sent) - 1):
        verb = sent[i]
        if low_at(sent, i - 1) not in _BEFORE_VERB or not verb.is_word:
            continue
        after = sent[i + 1]
        if after.low not in _NOUN_PHRASE_STARTS or verb.is_capitalised:
            continue
        if low_at(sent, i + 2) in _ADVERBIAL or verb.low in _ALSO_TRANSITIVE:
            continue
        prep = _governed(lex, verb.low)
        if prep is None or lex.pair(verb.low, after.low):
            continue
        if prep == "for" and after.low in ("me", "him", "her", "them", "us"):
            continue  # "apologize her" wants "to", not "for"
        fix = f"{verb.text} {prep}"
        message = f"“{verb.text}” takes “{prep}” before its object: “{fix} {after.text}”."
        yield Finding(verb.start, verb.end, RULE, message, (fix,))


@functools.lru_cache(maxsize=4096)
def _governed(lex: Lexicon, word: str) -> str | None:
    """The preposition ``word`` takes before its object, when print never gives it a
    bare object, else None (cached: asked at every keystroke)."""
    if lex.classes(word) != {"VERB"} or not lex.tags(word) <= _JUDGED_TAGS:
        return None  # a noun too ("archive", "range"): its pairs are the noun's
    if lex.count(word) < _COMMON:
        return None
    if any(lex.pair(word, w) for w in _NO_OBJECT):
        return None
    pairs = {p: lex.pair(word, p) for p in _PREPOSITIONS}
    best = max(pairs, key=lambda p: pairs[p])
    if pairs[best] < _MIN_PREPOSITION or pairs[best] < _SHARE * sum(pairs.values()):
        return None
    if best in _NOT_OFFERED:
        return None
    return best
