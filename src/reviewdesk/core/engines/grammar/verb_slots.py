"""What the two verb-form checks share: the slot words they walk to and the finding.

:mod:`.verbs` judges the word after a modal, "do", "to" or "have" by its tags alone
("could went": "went" is only ever a past tense); :mod:`.forms` also asks print ("to
learns" against "to learn") and covers "be". Both walk a sentence to the same slot words;
the walk's pieces live here once, so a fix to "is this modal a verb?" or to where the
slot's word stands reaches both.
"""

from __future__ import annotations

from reviewdesk.core.engines.grammar.findings import Finding, replace_word
from reviewdesk.core.engines.grammar.lexicon import DETERMINERS, Lexicon
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "verb-form"


# modals that are never nouns, whatever stands before them
_NEVER_NOUNS = frozenset(("would", "could", "should", "shall"))


def modal_is_verb(sent: list[Token], i: int) -> bool:
    """A modal verb, not "the will", "a must", "his might" or the month May."""
    tok = sent[i]
    if tok.low in _NEVER_NOUNS:
        return True  # "this would includes": no "would" is a thing (grammar20)
    if tok.text[0].isupper() and tok.low in ("may", "will") and i > 0:
        return False
    return not (i > 0 and (sent[i - 1].low in DETERMINERS or sent[i - 1].text in "'’"))


def next_slot(sent: list[Token], i: int, skipped: frozenset[str]) -> int:
    """Where the verb after the slot word ``sent[i]`` stands, past ``skipped`` adverbs."""
    j = i + 1
    while j < len(sent) and sent[j].low in skipped:
        j += 1
    return j


def fills_slot(sent: list[Token], j: int) -> bool:
    """Whether ``sent[j]`` is a lowercase word (a name or the sentence's end is no verb)."""
    return j < len(sent) and sent[j].is_word and not sent[j].is_capitalised


def form_finding(sent: list[Token], j: int, message: str, right: str) -> Finding:
    """The finding on ``sent[j]``: ``message``, fixed to ``right`` in the word's case."""
    return Finding(sent[j].start, sent[j].end, RULE, message, (replace_word(sent[j], right),))


def participle_finding(sent: list[Token], i: int, j: int, lex: Lexicon) -> Finding | None:
    """ "have went" -> "have gone", "was took" -> "was taken": the participle for word
    ``j``, a past tense whose only lemma gives another participle, after word ``i``."""
    word = sent[j].low
    lemmas = lex.lemmas(word)
    if len(lemmas) != 1:
        return None
    participle = lex.inflect(lemmas[0], "VBN")
    if not participle or participle == word:
        return None
    return form_finding(
        sent, j, f"After “{sent[i].text}” use the participle: “{participle}”.", participle
    )
