"""Two subjects joined by "and" with a singular verb: "My brother and I was there",
"He and his wife was", "She and I is going" -> "were", "are".

Learner essays (W&I: "Michael and Kate was so happy") and quick copy alike write the
verb for the nearer subject. Only where one side is a personal pronoun, so the
phrase is surely two people and never one name or one thing ("Marks and Spencer is",
"Research and development is", "bread and butter is"); the other side is a pronoun, a
possessive's noun phrase ("my brother", "his wife") or a name of one or two words.

And "neither ... nor" / "either ... or" opening the sentence: the verb agrees with the
nearer subject ("Neither the coach nor the players was happy" -> "were"; "Either the
players or the coach are" -> "is"), as the grammar books teach.
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.agreement import clause_start
from reviewdesk.core.engines.grammar.findings import (
    Finding,
    low_at,
    replace_word,
    sentence_start,
)
from reviewdesk.core.engines.grammar.lexicon import (
    DETERMINERS,
    POSSESSIVES,
    TO_PLURAL,
    TO_SINGULAR,
    Lexicon,
    word_set,
)
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
    "am": "are",  # "My friends and I am going" (grammar14)
}
_NOT_BEFORE = word_set("between both either neither each every like than of")


def check_joined_subjects(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """ "My brother and I was" -> "were"; "Neither the coach nor the players was"."""
    for n, tok in enumerate(sent):
        if tok.low in ("nor", "or") and n > 1:
            yield from _neither_nor(sent, n, lex)
    for a, tok in enumerate(sent):
        if tok.low != "and" or a == 0:
            continue
        left = _conjunct_back(sent, a - 1)
        right = _conjunct_on(sent, a + 1)
        if left is None or right is None:
            yield from _two_things(sent, a, lex)
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


_OWN_DETERMINERS = word_set("the a an my your his her our their this that")


def _determined_phrase(sent: list[Token], k: int, stop: int, lex: Lexicon) -> int | None:
    """The index of the noun ending "the boy", "a tall man", "my old car" from ``k``
    (a determiner, adjectives, one singular noun), or None; never past ``stop``."""
    if k >= stop or sent[k].low not in _OWN_DETERMINERS:
        return None
    j = k + 1
    while j < stop and sent[j].is_word and lex.classes(sent[j].low) == {"ADJ"}:
        j += 1
    if j >= stop or not sent[j].is_word or sent[j].is_capitalised:
        return None
    word = sent[j].low
    if not lex.is_noun(word) or "NNS" in lex.tags(word) or word in _SAME_NUMBER:
        return None
    if lex.noun_number(word) != "singular":
        return None
    return j


def _two_things(sent: list[Token], a: int, lex: Lexicon) -> Iterator[Finding]:
    """ "The boy and the girl is here" -> "are": two noun phrases, each with its own
    determiner, joined by "and" at a clause's start, are two things ("the secretary and
    treasurer is", one person, has one determiner and is left alone) (grammar14)."""
    start = next(
        (k for k in range(a - 1, max(-1, a - 5), -1) if sent[k].low in _OWN_DETERMINERS), None
    )
    if start is None or _determined_phrase(sent, start, a, lex) != a - 1:
        return
    if not clause_start(sent, start, lex) or low_at(sent, start - 1) in _NOT_BEFORE:
        return
    if sentence_start(sent, start) and not sent[start].is_capitalised:
        return  # a wrapped line's start ("…the IP address of\nthe server and the")
    if low_at(sent, start - 1) in ("of", "in", "on", "at", "with", "for", "to", "from", "by"):
        return
    end = _determined_phrase(sent, a + 1, min(len(sent), a + 6), lex)
    if end is None or end + 1 >= len(sent):
        return
    verb = sent[end + 1]
    fix = _FIX.get(verb.low)
    if fix is None or verb.low == "am":
        return
    subject = " ".join(t.text for t in sent[start : end + 1])
    message = f"“{subject}” are two: “{fix}”."
    yield Finding(verb.start, verb.end, RULE, message, (replace_word(verb, fix),))


_PAIR = {"nor": "neither", "or": "either"}


def _neither_nor(sent: list[Token], n: int, lex: Lexicon) -> Iterator[Finding]:
    """The verb after "neither A nor B" agrees with B."""
    opener = next(
        (k for k in range(n - 1, max(-1, n - 6), -1) if sent[k].low == _PAIR[sent[n].low]), None
    )
    if (
        opener is None
        or not sentence_start(sent, opener)
        or not all(t.is_word for t in sent[opener:n])
    ):
        return
    j = n + 1
    while (
        j < len(sent)
        and j < n + 4
        and (sent[j].low in DETERMINERS or lex.classes(sent[j].low) == {"ADJ"})
    ):
        j += 1
    while (
        j + 2 < len(sent)
        and j < n + 6
        and sent[j + 1].is_word
        and not sent[j + 1].is_capitalised
        and sent[j + 1].low not in TO_PLURAL
        and sent[j + 1].low not in TO_SINGULAR
        and lex.is_noun(sent[j + 1].low)
        and lex.is_noun(sent[j].low)
    ):
        j += 1  # "nor the council members was": a compound's last noun heads it (grammar21)
    if j + 1 >= len(sent) or not sent[j].is_word:
        return
    head, verb = sent[j].low, sent[j + 1]
    if head in ("they", "we", "you"):
        number = "plural"
    elif head in ("he", "she", "it"):
        number = "singular"
    elif j > n + 1 and lex.is_noun(head) and head not in _SAME_NUMBER:
        number = lex.noun_number(head)
    else:
        return
    if number == "plural":
        fix = TO_PLURAL.get(verb.low)
    elif number == "singular":
        fix = TO_SINGULAR.get(verb.low)
    else:
        return
    if fix:
        pair = f"{sent[opener].text} … {sent[n].text}"
        message = f"After “{pair}” the verb agrees with “{sent[j].text}”: “{fix}”."
        yield Finding(verb.start, verb.end, RULE, message, (replace_word(verb, fix),))


_SAME_NUMBER = word_set("sheep fish deer species series aircraft news")
