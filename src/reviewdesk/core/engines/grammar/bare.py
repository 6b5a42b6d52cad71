"""Verbs that take the bare infinitive, with a "to" too many: a modal ("must to leave"
-> "must leave"), "let" ("let's to go", "let me to explain") and active "make" ("made
me to laugh"; the passive "was made to wait" is right).
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at
from reviewdesk.core.engines.grammar.lexicon import DETERMINERS, MODALS, Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "bare-infinitive"
_LET = word_set("let lets letting")
_LET_US = word_set("let's lets")
_MAKE = word_set("make makes made making")
_OBJECTS = word_set("me you him her us them it")
_PASSIVE = word_set("be am is are was were been being 's 're get got gets")


def check_bare(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """A "to" between these verbs and the verb they govern."""
    for i, tok in enumerate(sent):
        low = tok.low
        if low in MODALS and low_at(sent, i + 1) == "to" and _verb(sent, i + 2, lex):
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
