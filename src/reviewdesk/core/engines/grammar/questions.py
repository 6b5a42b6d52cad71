"""Agreement in a direct question, where the helper verb comes before its subject: "Is
you crazy?", "What has you done?" (a plural or "I" subject), "Why do he care?", "What
have she done?" (a singular pronoun), "Does the trains run late?", "Has the children
eaten?" (a plural noun).

Only a sentence that ends in "?" with the helper at its start or after a question word
is judged, so a reported question ("I asked what he has done") is left alone.
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
_INVERTED = {"is": "are", "was": "were", "has": "have", "does": "do"}
_TO_SINGULAR = {"are": "is", "were": "was", "have": "has", "do": "does", "don't": "doesn't"}
_WH = word_set("what why where when how who which")
_SINGULAR_PRONOUNS = word_set("he she it")
_NOUN_DETERMINERS = word_set("the these those my your his her our their its")


def check_questions(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """The helper verb that opens a question, against the subject after it."""
    if not sent or sent[-1].text != "?":
        return
    for i, tok in enumerate(sent[:-2]):
        if tok.low not in _INVERTED and tok.low not in _TO_SINGULAR:
            continue
        if not (sentence_start(sent, i) or (low_at(sent, i - 1) in _WH and i >= 1)):
            continue
        fix = _fix(sent, i, lex)
        if fix and fix != tok.low:
            yield Finding(
                tok.start,
                tok.end,
                RULE,
                f"“{tok.text} {sent[i + 1].text}” does not agree: use “{fix}”.",
                (replace_word(tok, fix),),
            )


def _fix(sent: list[Token], i: int, lex: Lexicon) -> str | None:
    verb, subject = sent[i].low, low_at(sent, i + 1)
    if verb in _INVERTED and subject in ("you", "we", "they", "i"):
        if subject == "i":
            return {"is": "am", "has": "have", "does": "do"}.get(verb)  # "was I" is right
        return _INVERTED[verb]
    if verb in _TO_SINGULAR and subject in _SINGULAR_PRONOUNS:
        if verb in ("were",):
            return None  # "Were it not for": a condition
        return _TO_SINGULAR[verb]
    if verb in _INVERTED and subject in _NOUN_DETERMINERS:
        return _INVERTED[verb] if _plural_head(sent, i + 2, lex) else None
    return None


def _plural_head(sent: list[Token], j: int, lex: Lexicon) -> bool:
    """Whether the noun phrase's head at ``j`` (after adjectives) is a plural noun, with a
    verb or the question's end after it ("Does the trains run", not "the sales team")."""
    while j < len(sent) and sent[j].is_word and lex.classes(sent[j].low) == {"ADJ"}:
        j += 1
    if j >= len(sent) or not sent[j].is_word or sent[j].is_capitalised:
        return False
    noun = sent[j].low
    if noun in NUMBER_BY_MEANING or not lex.is_noun(noun):
        return False
    plural = lex.noun_number(noun) == "plural" and lex.tags(noun) <= {"NNS", "VBZ"}
    if noun != "people" and not plural:
        return False
    after = low_at(sent, j + 1)
    if after in ("?", ""):
        return True
    if lex.is_noun(after) and lex.tags(low_at(sent, j + 2)) & {"VB", "VBN", "VBG"}:
        return False  # "Does the sales team know?": the plural is a modifier
    return bool(lex.tags(after) & {"VB", "VBN", "VBG"})
