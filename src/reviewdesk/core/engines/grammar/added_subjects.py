"""A subject with something added to it by "as well as", "along with", "together with"
or "with", and a plural verb: "He as well as his friends are coming", "The boy with the
dogs are here" -> "is"; and a plural subject's singular verb the same way ("The students,
as well as their teacher, was" -> "were", grammar21). What is added is not part of the
subject (it is not joined by "and"), so the verb agrees with the subject before it.

Judged only where the subject is plain: a sentence that opens with "he", "she", "it",
or a singular determiner and a singular noun, then one of the joining words, a short
phrase (at most six words, no verb of its own), and "are", "were" or "have"; a noun
that takes either number ("the team", "the majority") is left.
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, opening, replace_word
from reviewdesk.core.engines.grammar.lexicon import NUMBER_BY_MEANING, Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "subject-verb-agreement"
_PRONOUNS = word_set("he she it")
_SINGULAR_DETERMINERS = word_set("the a an this that my your his her its our their")
_SINGULAR_FORM = {"are": "is", "were": "was", "have": "has"}
_PLURAL_FORM = {v: k for k, v in _SINGULAR_FORM.items()}
_PLURAL_DETERMINERS = word_set("the these those my your his her its our their")
_LONGEST_ADDED = 6
_CLAUSE_WORDS = word_set("and or who whom whose which that i you we they he she it")
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def check_added_subjects(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """The slip above, once per sentence."""
    first = opening(sent)
    k = _after_subject(sent, first, lex)
    forms = _SINGULAR_FORM
    if k is None:
        k = _after_plural_subject(sent, first, lex)
        forms = _PLURAL_FORM
    if k is None:
        return
    join = _join_length(sent, k)
    if not join:
        return
    k += join
    end = min(len(sent), k + _LONGEST_ADDED + 1)
    for j in range(k + 1, end):
        tok = sent[j]
        if tok.low in forms:
            fix = forms[tok.low]
            message = (
                f"What “{' '.join(t.text for t in sent[k - join : k])}” adds is not part "
                f"of the subject: the verb agrees with the subject, “{fix}”."
            )
            yield Finding(tok.start, tok.end, RULE, message, (replace_word(tok, fix),))
            return
        if tok.text in ";:" or tok.low in _CLAUSE_WORDS:
            return  # "with whom they were talking": a clause of its own
        if tok.is_word and lex.tags(tok.low) & _FINITE and not lex.is_noun(tok.low):
            return  # a verb of its own: "with the dogs he owns are"


def _after_subject(sent: list[Token], first: int, lex: Lexicon) -> int | None:
    """Where a plain singular subject opening the sentence ends."""
    if first >= len(sent) - 4:
        return None
    tok = sent[first]
    if tok.low in _PRONOUNS:
        return first + 1
    if tok.low not in _SINGULAR_DETERMINERS:
        return None
    noun = sent[first + 1]
    low = noun.low
    if not noun.is_word or noun.is_capitalised or low in NUMBER_BY_MEANING:
        return None
    if lex.noun_number(low) != "singular" or not lex.classes(low) <= {"NOUN", "VERB"}:
        return None
    if lex.tags(low) & {"VBD", "VBZ", "VBN", "VBG"}:
        return None
    return first + 2


def _after_plural_subject(sent: list[Token], first: int, lex: Lexicon) -> int | None:
    """Where a plain plural subject opening the sentence ends ("They", "The students"):
    what is added to it does not make the verb singular ("The students, as well as
    their teacher, was") (grammar21)."""
    if first >= len(sent) - 4:
        return None
    if sent[first].low == "they":
        return first + 1
    if sent[first].low not in _PLURAL_DETERMINERS:
        return None
    noun = sent[first + 1]
    low = noun.low
    if not noun.is_word or noun.is_capitalised or low in NUMBER_BY_MEANING:
        return None
    if lex.noun_number(low) != "plural" or not lex.classes(low) <= {"NOUN", "VERB"}:
        return None
    return first + 2


def _join_length(sent: list[Token], k: int) -> int:
    """How many words (and a comma before them) join something to the subject at ``k``."""
    skip = 1 if sent[k].text == "," else 0
    words = [t.low for t in sent[k + skip : k + skip + 3]]
    if words[:3] == ["as", "well", "as"]:
        return skip + 3
    if words[:2] in (["along", "with"], ["together", "with"]):
        return skip + 2
    if words[:1] == ["with"] and not skip:
        return 1
    return 0
