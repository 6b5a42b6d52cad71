"""A past participle straight after "need": "The car needs washed" -> "needs to be
washed" (or "needs washing"). Regional speech drops "to be"; edited copy keeps it.

Only "need" and "needs" (a relative clause can put "needed" before a verb: "the help
needed arrived"), never as a noun ("their needs met", "special needs catered for"), and
only where the participle ends the clause, so a later verb cannot be the main one.
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at
from reviewdesk.core.engines.grammar.lexicon import (
    CLOSED_CLASS,
    DETERMINERS,
    SUBJECT_PRONOUNS,
    Lexicon,
    word_set,
)
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "verb-form"
_NEED = word_set("need needs")
# "get their needs met", "have my needs taken care of": "needs" there is a noun
_GETS = word_set("get gets got getting have has had having")
_CLAUSE_END = word_set("again by before soon now immediately urgently first quickly properly too")


def check_needs_done(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """ "needs fixed", "need checked again": "to be" left out."""
    for i, tok in enumerate(sent[1:-1], start=1):
        if tok.low not in _NEED or not _verb_use(sent, i, lex):
            continue
        part = sent[i + 1]
        tags = lex.tags(part.low)
        if "VBN" not in tags or not tags <= {"VBN", "VBD"} or lex.classes(part.low) != {"VERB"}:
            continue
        after = low_at(sent, i + 2)
        if after not in ("", ".", ",", "!", "?", ";", ":") and after not in _CLAUSE_END:
            continue
        message = f"“{tok.text} {part.text}” leaves out “to be”: “{tok.text} to be {part.text}”."
        yield Finding(part.start, part.end, RULE, message, (f"to be {part.text}",))


def _verb_use(sent: list[Token], i: int, lex: Lexicon) -> bool:
    """ "need" as a verb: after a subject, not after a determiner, an adjective or a
    verb that takes "needs" as its object."""
    before = sent[i - 1].low
    if before in DETERMINERS or lex.classes(before) == {"ADJ"}:
        return False
    if any(t.low in _GETS for t in sent[max(0, i - 4) : i]):
        return False
    return not _object_gap(sent, i, lex)


def _object_gap(sent: list[Token], i: int, lex: Lexicon) -> bool:
    """ "the parts the mechanic needs replaced", "everything you need explained": the
    subject follows a noun it describes, so "need" has its object further back and the
    participle is right."""
    k = i - 1
    if sent[k].low not in SUBJECT_PRONOUNS:
        while k > 0 and sent[k].is_word and lex.is_noun(sent[k].low):
            k -= 1
        if sent[k].low not in DETERMINERS:
            return False
    before = sent[k - 1] if k > 0 else None
    if before is None or not before.is_word or before.low in CLOSED_CLASS:
        return False  # "And it needs fixed"
    if before.low in ("everything", "all", "what", "something", "anything"):
        return True
    return lex.is_noun(before.low) and "ADV" not in lex.classes(before.low)  # not "Now"
