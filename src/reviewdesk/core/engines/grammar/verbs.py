"""The verb form after a modal, "to", "do" and "have": "could went", "to went",
"didn't knew", "has took".

A word is flagged only when every reading of it is the wrong form ("went" is only ever
a past tense); "saw" (also a noun) or "used" (also an adjective) are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at, replace_word
from reviewdesk.core.engines.grammar.lexicon import (
    ADVERBS_BETWEEN,
    DETERMINERS,
    MODALS,
    SUBJECT_PRONOUNS,
    Lexicon,
)
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "verb-form"
_DO_NEGATIVE = frozenset(
    {
        "didn't",
        "doesn't",
        "don't",
        "can't",
        "cannot",
        "won't",
        "wouldn't",
        "couldn't",
        "shouldn't",
        "mustn't",
        "mightn't",
    }
)
_DO = frozenset({"did", "does", "do"})
_HAVE = frozenset({"have", "has", "had", "haven't", "hasn't", "hadn't", "'ve", "'d"})
_OPENERS = frozenset({"", ",", ";", "and", "but", "so", "then", "yet", "because", "if", "when"})


def check_verb_forms(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Wrong verb forms after modals, "to", "do" and "have" in one sentence."""
    for i, tok in enumerate(sent):
        low = tok.low
        if (
            (low in MODALS and _modal_is_verb(sent, i))
            or low in _DO_NEGATIVE
            or (low in _DO and low_at(sent, i + 1) == "not")
            or (low in _DO and _do_is_auxiliary(sent, i))
        ):
            yield from _base_after(sent, i, lex, f"After “{tok.text}” use the base form")
        elif low == "to":
            yield from _base_after(sent, i, lex, "After “to” use the base form", strict=True)
        elif low in _HAVE and i > 0 and sent[i - 1].low in SUBJECT_PRONOUNS:
            yield from _participle_after(sent, i, lex)


def _modal_is_verb(sent: list[Token], i: int) -> bool:
    """ "will", "can", "may", "might", "must" are nouns or a month after a determiner."""
    tok = sent[i]
    if tok.text[0].isupper() and tok.low in ("may", "will") and i > 0:
        return False
    return not (i > 0 and (sent[i - 1].low in DETERMINERS or sent[i - 1].text in "'’"))


def _do_is_auxiliary(sent: list[Token], i: int) -> bool:
    """ "He did went" (not "What he did went unnoticed"): a pronoun just before, and a
    clause opener before that."""
    return i >= 1 and sent[i - 1].low in SUBJECT_PRONOUNS and low_at(sent, i - 2) in _OPENERS


def _next_verb(sent: list[Token], i: int) -> int:
    j = i + 1
    while j < len(sent) and sent[j].low in ADVERBS_BETWEEN | {"not", "n't"}:
        j += 1
    return j


def _base_after(
    sent: list[Token], i: int, lex: Lexicon, message: str, *, strict: bool = False
) -> Iterator[Finding]:
    j = _next_verb(sent, i) if not strict else i + 1
    if j >= len(sent) or not sent[j].is_word or sent[j].is_capitalised:
        return
    word = sent[j].low
    tags = lex.tags(word)
    wrong = {"VBD", "VBN", "VBZ"} if not strict else {"VBD"}
    if not tags or not tags <= wrong | ({"VBN"} if strict else set()):
        return
    if strict and tags != {"VBD"}:
        return  # "from round to flattened": a participle can be an adjective
    if lex.classes(word) - {"VERB"}:
        return
    lemmas = lex.lemmas(word)
    if len(lemmas) != 1 or lemmas[0] == word:
        return
    yield Finding(
        sent[j].start,
        sent[j].end,
        RULE,
        f"{message}: “{lemmas[0]}”.",
        (replace_word(sent[j], lemmas[0]),),
    )


def _participle_after(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "have went" -> "have gone": a past tense that is not also the participle."""
    j = _next_verb(sent, i)
    if j >= len(sent) or not sent[j].is_word:
        return
    word = sent[j].low
    tags = lex.tags(word)
    if tags != {"VBD"} or lex.classes(word) - {"VERB"}:
        return
    lemmas = lex.lemmas(word)
    if len(lemmas) != 1:
        return
    participle = lex.inflect(lemmas[0], "VBN")
    if not participle or participle == word:
        return
    yield Finding(
        sent[j].start,
        sent[j].end,
        RULE,
        f"After “{sent[i].text}” use the participle: “{participle}”.",
        (replace_word(sent[j], participle),),
    )
