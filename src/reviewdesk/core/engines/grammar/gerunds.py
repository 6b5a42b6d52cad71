"""A verb after a preposition takes "-ing": "without say a word" -> "without saying",
"before to leave" -> "before leaving", "instead of go" -> "instead of going".

Only a word that can be nothing but a verb's base form is judged ("eat"; "say" and "use"
are nouns too, so only with an object after them), and only where print does not put it
after the preposition ("of act" is common: LemmInflect does not know every noun).
"About to" is left alone ("about to leave" is the near future).
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at, replace_word
from reviewdesk.core.engines.grammar.lexicon import Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "verb-form"
_PREPOSITIONS = word_set("after before without of by despite besides upon instead")
_OBJECT_STARTS = word_set("a an them him me us")  # "after work the day": a noun
_NOT_BEFORE_TO = word_set("of by upon instead")  # "a way of to" never; "close by to" is odd


def check_gerunds(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Base verbs right after a preposition, or after a preposition and "to"."""
    for i, tok in enumerate(sent[:-1]):
        if tok.low not in _PREPOSITIONS or (tok.low == "instead" and low_at(sent, i + 1) != "of"):
            continue
        j = i + 2 if tok.low == "instead" else i + 1
        if low_at(sent, j) == "to" and tok.low not in _NOT_BEFORE_TO:
            if "VB" in lex.tags(low_at(sent, j + 1)):  # "before to" + a noun does not occur
                yield from _gerund(sent, j, j + 1, lex)
        elif tok.low in _NOT_BEFORE_TO and tok.low != "instead":
            continue  # "kind of act", "by law": LemmInflect does not know every noun
        elif _verb(sent, j, lex) and not lex.pair(sent[j - 1].low, sent[j].low):
            # a pair print knows ("of act", "after school") is a noun's use
            yield from _gerund(sent, j, j, lex)


def _verb(sent: list[Token], j: int, lex: Lexicon) -> bool:
    """A verb's base form: nothing else ("eat"), or a noun too ("say", "use") when an
    object follows it ("without say a word", "by use the tool")."""
    word = low_at(sent, j)
    tags = lex.tags(word)
    if not tags or not tags <= {"VB", "VBP", "NN", "NNS"} or "VB" not in tags:
        return False
    if lex.classes(word) == {"VERB"}:
        return True
    return lex.classes(word) == {"VERB", "NOUN"} and low_at(sent, j + 1) in _OBJECT_STARTS


def _gerund(sent: list[Token], first: int, verb_at: int, lex: Lexicon) -> Iterator[Finding]:
    verb = sent[verb_at]
    form = lex.inflect(verb.low, "VBG")
    if not form or form == verb.low:
        return
    start = sent[first]
    message = f"After “{sent[first - 1].text}” a verb takes “-ing”: “{form}”."
    yield Finding(start.start, verb.end, RULE, message, (replace_word(start, form),))
