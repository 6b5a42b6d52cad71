"""Relative clauses the "who" rule leaves: "which" ("The books which was on the table",
"The company, which have offices") and "that" after a plural noun ("people that doesn't
have", "The people that lives here"), and "who" before a bare verb with an adjective
reading too ("The man who live next door" -> "lives").

Real writers' errors (W&I learner essays: "a lot of people that does n't have enough
money") and the grammar books' kind ("who/which/that takes the antecedent's number").
The noun the clause hangs on must be sure: a determiner or a counting "of" before it
("a lot of people"), never after another noun's "of" ("the cover of the books that
was torn": the cover may be meant), never after "and" or a comma ("the car and the
house, which were"), and never "one of the ... who" (either form is defended).
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.agreement import verb_follows
from reviewdesk.core.engines.grammar.findings import Finding, low_at, replace_word, sentence_start
from reviewdesk.core.engines.grammar.lexicon import (
    DETERMINERS,
    NUMBER_BY_MEANING,
    PREPOSITIONS,
    TO_PLURAL,
    TO_SINGULAR,
    Lexicon,
    word_set,
)
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "subject-verb-agreement"
_COUNTING = word_set(
    "lot lots many most some all plenty majority few several thousands millions hundreds "
    "dozens both"
)
_SAME_PLURAL = word_set(
    "sheep fish deer species series aircraft offspring salmon trout moose swine cattle "
    "staff crew team family government police public committee"
)
_ONE_OF = word_set("one each every any none only number")
_BE_HAVE_DO = frozenset(TO_PLURAL) | frozenset(TO_SINGULAR)


def check_relative_clauses(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """ "The books which was" -> "were"; "people that doesn't" -> "don't"."""
    for i in range(1, len(sent) - 1):
        low = sent[i].low
        if low not in ("which", "that", "who"):
            continue
        comma = sent[i - 1].text == ","
        k = i - 2 if comma else i - 1
        if k < 0 or (comma and low != "which"):
            continue
        number = _antecedent(sent, k, lex, low)
        if not number:
            continue
        verb = sent[i + 1]
        fix = _fix(sent, i + 1, number, low, comma, lex)
        if fix and fix != verb.low:
            message = f"The verb agrees with “{sent[k].text}”: “{sent[i].text} {fix}”."
            yield Finding(verb.start, verb.end, RULE, message, (replace_word(verb, fix),))


def _fix(sent: list[Token], j: int, number: str, rel: str, comma: bool, lex: Lexicon) -> str | None:
    verb = sent[j].low
    if number == "plural":
        if comma:
            return None  # "They cancelled the games, which was a shame": the whole clause
        if verb in _BE_HAVE_DO and rel != "who":  # "who" is the older rule's
            return TO_PLURAL.get(verb)
        tags = lex.tags(verb)
        if (
            rel == "that"
            and "VBZ" in tags
            and tags <= {"VBZ", "NNS"}
            and verb_follows(sent, j, lex)
        ):
            lemmas = lex.lemmas(verb)
            return lemmas[0] if len(lemmas) == 1 else None
        return None
    if verb in _BE_HAVE_DO and rel == "which":
        return TO_SINGULAR.get(verb)
    if rel == "who":
        tags = lex.tags(verb)
        bare = "VB" in tags and not tags & {"VBD", "VBN", "VBZ", "VBG", "RB", "NN", "NNS"}
        if bare and "ADJ" in lex.classes(verb) and verb_follows(sent, j, lex):
            return lex.inflect(verb, "VBZ")  # "who live next door"; "who work" is the older rule's
    return None


def _antecedent(sent: list[Token], k: int, lex: Lexicon, rel: str) -> str:
    """ "plural" or "singular" for a sure noun at ``k`` the clause hangs on, else ""."""
    noun = sent[k]
    if not noun.is_word or noun.low in NUMBER_BY_MEANING:
        return ""
    if noun.is_capitalised and not sentence_start(sent, k):
        return ""  # a name: its number is not in the word
    if lex.classes(noun.low) - {"NOUN", "VERB"} or not lex.is_noun(noun.low):
        return ""
    number = lex.noun_number(noun.low)
    if noun.low in _SAME_PLURAL:
        return ""  # "the sheep which have": either number
    if not number:
        return ""
    start = k
    while start > 0 and (
        sent[start - 1].low in DETERMINERS or lex.classes(sent[start - 1].low) == {"ADJ"}
    ):
        start -= 1
    before = low_at(sent, start - 1)
    if before == "of":
        counted = low_at(sent, start - 2)
        if counted in _ONE_OF or counted not in _COUNTING or number != "plural":
            return ""  # "one of the men who", "the cover of the books that"
        return number
    if start == k and not sentence_start(sent, k):
        return ""  # no determiner: "told voters that was a lie"
    if before in ("and", "or", ",", "nor"):
        return ""  # "the car and the house, which were"
    if rel == "that" and not (
        sentence_start(sent, start) or before in PREPOSITIONS or before in ("are", "were")
    ):
        return ""  # "told the voters that was a lie": "that" may open a clause
    return number
