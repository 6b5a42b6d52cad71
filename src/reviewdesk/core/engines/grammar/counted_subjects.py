"""Agreement where real copy hides the subject's number (grammar21, issue 11 point 1).

Two shapes the agreement check's noun-phrase walk does not reach:

- a count before "of" heads the subject, not the noun after it: "two of Khan's victims
  has died" ("have"), "One of the suspects were arrested" ("was");
- a sentence that opens with a phrase of place puts its subject after the verb: "Among
  the injured was two children" ("were"), "Behind the barrier were a single guard"
  ("was");
- a noun that is plural without an "-s" in both dialects ("police", "cattle") takes a
  plural verb: "the police has opened" ("have"). The agreement check leaves group
  nouns by meaning ("the team are" is British usage); these are never singular.

Both judge only "be"/"have" right after the subject's phrase (or before it, when
inverted), where no other clause's verb can stand between. Left alone: a count's phrase
ending in a name ("two of the Smiths"), a singular noun after "of" ("one of the team
are" is British usage), joined subjects after an inverted verb ("Among the dead were a
man and his son"), and quantity words ("a number of", "a total of").
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.agreement import chain_noun_phrase, clause_start
from reviewdesk.core.engines.grammar.findings import Finding, low_at, opening, replace_word
from reviewdesk.core.engines.grammar.lexicon import (
    NUMBER_BY_MEANING,
    TO_PLURAL,
    TO_SINGULAR,
    Lexicon,
    word_set,
)
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "subject-verb-agreement"
# words that count more than one thing
_COUNTS = word_set(
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty "
    "forty fifty hundred dozens hundreds thousands millions many several"
)
# openers after which a sentence may put its subject after "be" ("Among the dead were")
_INVERTERS = word_set(
    "among behind inside near under beneath beside outside above below along amid beyond"
)
_SINGULAR_BE = word_set("is was has")
_PLURAL_BE = word_set("are were have")
_INVERTED_BE = word_set("is was are were")


def check_counted_subjects(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """The two shapes above, in one sentence."""
    yield from _count_of(sent, lex)
    yield from _inverted(sent, lex)
    yield from _plural_only(sent)


def _plural_count(tok: Token) -> bool:
    """A word or a figure counting two or more ("two", "dozens", "35")."""
    if tok.low in _COUNTS:
        return True
    text = tok.text.replace(",", "")
    return tok.is_number and text.isdigit() and int(text) >= 2


def _count_of(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    for i in range(len(sent) - 3):
        if sent[i + 1].low != "of" or not clause_start(sent, i, lex):
            continue
        if _plural_count(sent[i]):
            number = "plural"
        elif sent[i].low == "one":
            number = "singular"
        else:
            continue
        end = chain_noun_phrase(sent, i + 2, lex)
        if end is None or end >= len(sent):
            continue
        last = sent[end - 1]
        if last.is_capitalised or lex.noun_number(last.low) != "plural":
            continue  # "two of the Smiths", "one of the team": no sure plural after "of"
        verb = sent[end]
        if number == "plural" and verb.low in _SINGULAR_BE:
            fix = TO_PLURAL[verb.low]
        elif number == "singular" and verb.low in _PLURAL_BE:
            fix = TO_SINGULAR[verb.low]
        else:
            continue
        counted = sent[i].text
        yield Finding(
            verb.start,
            verb.end,
            RULE,
            f"The subject is “{counted}”, not the noun after “of”: use “{fix}”.",
            (replace_word(verb, fix),),
        )


def _inverted(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    start = opening(sent)  # past a label's colon ("Update: Among the injured")
    if start >= len(sent) - 4 or sent[start].low not in _INVERTERS:
        return
    at = chain_noun_phrase(sent, start + 1, lex)
    if (
        at is None
        and low_at(sent, start + 1) == "the"
        and "ADJ" in lex.classes(low_at(sent, start + 2))
    ):
        at = start + 3  # "Among the injured", "Among the dead": an adjective as a noun
    if at is None or low_at(sent, at) not in _INVERTED_BE or at + 2 >= len(sent):
        return
    verb, after = sent[at], sent[at + 1]
    fix = None
    if verb.low in ("was", "is") and _plural_count(after) and low_at(sent, at + 2) != "-":
        fix = TO_PLURAL[verb.low]  # "Among the injured was two children" ("2-year-old")
    elif verb.low in ("were", "are") and after.low in ("a", "an"):
        end = chain_noun_phrase(sent, at + 1, lex)
        if end is None or sent[end - 1].is_capitalised:
            return
        head = sent[end - 1].low
        rest = {t.low for t in sent[end:]}
        if (
            lex.noun_number(head) == "singular"
            and head not in NUMBER_BY_MEANING
            and not rest & {"and", "or", "plus"}
            and low_at(sent, end) not in ("of", "-")
        ):
            fix = TO_SINGULAR[verb.low]  # "Behind the barrier were a single guard"
    if fix:
        yield Finding(
            verb.start,
            verb.end,
            RULE,
            f"The subject comes after “{verb.text}” here; it agrees with that: use “{fix}”.",
            (replace_word(verb, fix),),
        )


# plural without an "-s", in both dialects: never with "is"/"was"/"has"
_PLURAL_ONLY = word_set("police cattle")


def _plural_only(sent: list[Token]) -> Iterator[Finding]:
    for i, tok in enumerate(sent[:-1]):
        if tok.low not in _PLURAL_ONLY or sent[i + 1].low not in _SINGULAR_BE:
            continue
        if tok.is_capitalised and i != opening(sent):
            continue  # "The Police is a band": a name mid-sentence
        if i and sent[i - 1].is_capitalised and sent[i - 1].low != "the":
            continue  # "Metropolitan Police has": a force's name, one body
        verb = sent[i + 1]
        fix = TO_PLURAL[verb.low]
        yield Finding(
            verb.start,
            verb.end,
            RULE,
            f"“{tok.text}” is plural: use “{fix}”.",
            (replace_word(verb, fix),),
        )
