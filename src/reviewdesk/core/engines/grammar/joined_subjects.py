"""Two subjects joined by "and" with a singular verb: "My brother and I was there",
"He and his wife was", "She and I is going" -> "were", "are".

Learner essays (W&I: "Michael and Kate was so happy") and quick copy alike write the
verb for the nearer subject. Only where one side is a personal pronoun, so the
phrase is surely two people and never one name or one thing ("Marks and Spencer is",
"Research and development is", "bread and butter is"); the other side is a pronoun, a
possessive's noun phrase ("my brother", "his wife") or a name of one or two words.
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.agreement import clause_start
from reviewdesk.core.engines.grammar.findings import Finding, low_at, replace_word
from reviewdesk.core.engines.grammar.lexicon import POSSESSIVES, Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "subject-verb-agreement"
_PERSONS = word_set("i he she we they you me him her us them")
_FIX = {
    "is": "are",
    "was": "were",
    "has": "have",
    "does": "do",
    "isn't": "aren't",
    "wasn't": "weren't",
    "hasn't": "haven't",
    "doesn't": "don't",
}
_NOT_BEFORE = word_set("between both either neither each every like than of")


def check_joined_subjects(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """ "My brother and I was" -> "were"."""
    for a, tok in enumerate(sent):
        if tok.low != "and" or a == 0:
            continue
        left = _conjunct_back(sent, a - 1)
        right = _conjunct_on(sent, a + 1)
        if left is None or right is None:
            continue
        start, verb_at = left, right
        if not clause_start(sent, start, lex) or low_at(sent, start - 1) in _NOT_BEFORE:
            continue
        if not (sent[a - 1].low in _PERSONS or sent[verb_at - 1].low in _PERSONS):
            continue
        verb = sent[verb_at]
        fix = _FIX.get(verb.low)
        if fix is None:
            continue
        subject = " ".join(t.text for t in sent[start:verb_at])
        message = f"“{subject}” are two: “{fix}”."
        yield Finding(verb.start, verb.end, RULE, message, (replace_word(verb, fix),))


def _conjunct_back(sent: list[Token], k: int) -> int | None:
    """Where the left side ending at ``k`` starts: a pronoun, "my brother", a name."""
    if sent[k].low in _PERSONS:
        return k
    return _phrase_start(sent, k)


def _conjunct_on(sent: list[Token], k: int) -> int | None:
    """The verb's index after the right side starting at ``k`` (None: no such side)."""
    if k < len(sent) and sent[k].low in _PERSONS:
        return k + 1 if k + 1 < len(sent) else None
    for end in range(k, min(k + 3, len(sent) - 1)):
        if _phrase_start(sent, end) == k:
            return end + 1
    return None


def _phrase_start(sent: list[Token], k: int) -> int | None:
    """A possessive and one or two words ("my brother", "his late wife"), or a name of
    one or two capitalised words not at the sentence's start; its first index."""
    if k < 0 or not sent[k].is_word:
        return None
    if sent[k].is_capitalised and sent[k].low not in _PERSONS:
        first = k - 1 if k > 0 and sent[k - 1].is_capitalised and sent[k - 1].is_word else k
        return first if first > 0 or sent[first].low not in POSSESSIVES else None
    for m in (k - 1, k - 2):
        if m >= 0 and sent[m].low in POSSESSIVES and all(t.is_word for t in sent[m : k + 1]):
            return m
    return None
