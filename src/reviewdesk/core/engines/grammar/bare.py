"""Verbs that take the bare infinitive, with a "to" too many: a modal ("must to leave"
-> "must leave"), "let" ("let's to go", "let me to explain"), active "make" ("made
me to laugh"; the passive "was made to wait" is right), "had better" and "would
rather" ("had better to leave"); and an "-ing" form where these verbs want the base
form after their object ("Let's going", "help me finding", "made them waiting").
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at, replace_word
from reviewdesk.core.engines.grammar.lexicon import DETERMINERS, MODALS, Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "bare-infinitive"
_LET = word_set("let lets letting")
_LET_US = word_set("let's lets")
_MAKE = word_set("make makes made making")
_OBJECTS = word_set("me you him her us them it")
_CAUSATIVE = _LET | _LET_US | _MAKE | word_set("help helps helped")
_PREFERENCE = {"better": word_set("had 'd"), "rather": word_set("would 'd")}
_NEGATIVE_MODALS = word_set("can't cannot couldn't won't wouldn't shouldn't mustn't mightn't")
_PASSIVE = word_set("be am is are was were been being 's 're get got gets")


def check_bare(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """A "to" between these verbs and the verb they govern."""
    for i, tok in enumerate(sent):
        low = tok.low
        if low in _CAUSATIVE:
            yield from _ing_after_object(sent, i, lex)
        modal = low in MODALS or low in _NEGATIVE_MODALS  # "can't to swim" too
        if modal and low_at(sent, i + 1) == "to" and _verb(sent, i + 2, lex):
            if low_at(sent, i - 1) in DETERMINERS or not _modal_use(sent, i, lex):
                continue  # "the will to live", "a can to open"
            yield _drop_to(sent, i, i + 1, i)
        elif low in _LET_US and tok.text[:3].lower() == "let" and low_at(sent, i + 1) == "to":
            if low == "let's" and _verb(sent, i + 2, lex):
                yield _drop_to(sent, i, i + 1, i)
        elif (low in _LET or low in _MAKE) and low_at(sent, i + 1) in _OBJECTS:
            if low_at(sent, i + 2) != "to" or not _verb(sent, i + 3, lex):
                continue
            if low in _MAKE and low_at(sent, i - 1) in _PASSIVE:
                continue  # "he was made to wait"
            if low == "made" and low_at(sent, i + 1) == "it":
                continue  # "made it to the final", "made it to say": arriving
            yield _drop_to(sent, i + 1, i + 2, i)
        elif (
            low in _PREFERENCE
            and low_at(sent, i - 1) in _PREFERENCE[low]
            and low_at(sent, i + 1) == "to"
            and _verb(sent, i + 2, lex)
        ):
            yield _drop_to(sent, i, i + 1, i)  # "had better to go", "would rather to"


def _ing_after_object(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "Let's going", "help me finding", "made them waiting": these verbs take the
    base form after their object (never "can't help laughing": no object there)."""
    j = i + 1 if sent[i].low in _LET_US else i + 2
    if j != i + 1 and low_at(sent, i + 1) not in _OBJECTS - {"it", "you", "her"}:
        return  # "made it working", "let you" and "help her" can be other phrases
    if j >= len(sent) or not sent[j].is_word or not sent[j].low.endswith("ing"):
        return
    if sent[i].low in _MAKE and low_at(sent, i - 1) in _PASSIVE:
        return
    word = sent[j].low
    if "VBG" not in lex.tags(word) or (j == i + 1 and lex.tags(word) - {"VBG", "JJ"}):
        return  # "let's meeting" could be a typo of a noun; after an object, a verb
    lemmas = lex.lemmas(word)
    if len(lemmas) != 1 or lemmas[0] == word:
        return
    tok = sent[j]
    message = f"After “{sent[i].text}” and its object the verb takes its base form."
    yield Finding(tok.start, tok.end, RULE, message, (replace_word(tok, lemmas[0]),))


def _verb(sent: list[Token], j: int, lex: Lexicon) -> bool:
    """Whether the word at ``j`` reads as a verb's base form ("leave", "go")."""
    if j >= len(sent) or not sent[j].is_word:
        return False
    tags = lex.tags(sent[j].low)
    return "VB" in tags and not tags & {"VBD", "VBN", "VBG"}


def _modal_use(sent: list[Token], i: int, lex: Lexicon) -> bool:
    """ "must", "will", "can" used as a modal, not a noun ("a will to win")."""
    before = low_at(sent, i - 1)
    if not before:
        return sent[i].low not in ("will", "can")
    return before not in ("free", "good", "strong", "iron", "political", "own")


def _drop_to(sent: list[Token], keep: int, to: int, verb: int) -> Finding:
    """The span from ``keep`` to the "to", replaced by ``keep`` alone."""
    word, mark = sent[keep], sent[to]
    message = f"“{sent[verb].text}” takes the verb without “to”."
    return Finding(word.start, mark.end, RULE, message, (word.text,))
