"""A verb's bare form where a preposition wants its "-ing" form: "by sell his house",
"interested in learn English", "Before go to bed" -> "selling", "learning", "going";
and ", thereby enhance" -> "enhancing".

Learners and hurried writers drop the "-ing" after a preposition (W&I learner essays:
"responsible for look after her sister", "I dream in win a lot of leagues"). Many bare
verbs are nouns as well ("a win", "the look", "after work"), so the word pair decides:
the preposition with the bare form must be unattested in the reference counts while
the preposition with the "-ing" form is attested ("in win" 0, "in winning" 14 million;
"after work", "for help", "at play", "in order" are common and left alone).
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, replace_word
from reviewdesk.core.engines.grammar.lexicon import (
    DETERMINERS,
    OBJECT_PRONOUNS,
    Lexicon,
    word_set,
)
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "verb-form"
_PREPOSITIONS = word_set(
    "of in for at by with without before after about on from upon into besides"
)
# bare forms that are something else after a preposition ("for like minded", "in need")
_NOT_BARE = word_set("like need have be do let dare say please")
_HYPHENS = frozenset("-‐‑–—/")
_OBJECTS = DETERMINERS | OBJECT_PRONOUNS | word_set("it you her to after up out off down back away")


def check_prep_verbs(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """ "by sell his house" -> "selling"; ", thereby enhance" -> "enhancing"."""
    for i in range(1, len(sent) - 1):
        prep = sent[i - 1]
        if prep.low in _PREPOSITIONS:
            fix = _gerund_after(sent, i, lex)
        elif prep.low == "thereby":
            fix = _gerund_after(sent, i, lex, attested=False)
        else:
            continue
        if fix:
            verb = sent[i]
            message = f"After “{prep.text}” the verb takes “-ing”: “{prep.text} {fix}”."
            yield Finding(verb.start, verb.end, RULE, message, (replace_word(verb, fix),))


def _object_follows(after: Token) -> bool:
    """Whether the word after the bare form shows a verb: its object or particle
    ("sell his house", "learn English", "look after", "go to")."""
    if after.low in _OBJECTS:
        return True
    return after.is_word and after.is_capitalised and after.low not in ("i",)


def _gerund_after(sent: list[Token], i: int, lex: Lexicon, attested: bool = True) -> str | None:
    """The "-ing" form of the bare verb at ``i``, when the pair shows it belongs there."""
    word = sent[i]
    if not word.is_word or word.is_capitalised or "'" in word.low or word.low in _NOT_BARE:
        return None
    if sent[i - 1].is_capitalised and i > 1:
        return None  # "Of Mice", "In Bloom": a title's words
    if i > 1 and sent[i - 2].text in _HYPHENS:
        return None  # "built-in support"
    if not _object_follows(sent[i + 1]):
        return None  # "before contact with", "at build time", "in score value": nouns
    tags = lex.tags(word.low)
    if "VB" not in tags or tags & {"VBD", "VBN", "VBZ", "VBG", "JJ", "RB", "IN"}:
        return None  # a past form, an adjective or adverb reading ("in put", "on top")
    lemmas = lex.lemmas(word.low)
    if word.low not in lemmas:
        return None
    gerund = lex.inflect(word.low, "VBG")
    if not gerund or gerund == word.low:
        return None
    prep = sent[i - 1].low
    if lex.pair(prep, word.low) > 0:
        return None  # "after work", "for help", "in order": a noun there is common
    if attested and lex.pair(prep, gerund) == 0:
        return None  # neither is in print: no evidence either way
    return gerund
