"""A feeling told with the "-ing" adjective: "I was really exciting" -> "excited", "I'm
very interesting in history" -> "interested", "I felt boring" -> "bored".

The "-ing" form says what causes the feeling, the "-ed" form who has it. Writers of every
level swap them (the learner corpora's ADJ:FORM edits). Judged only where the "-ed"
reading is the one a reader takes: "I" or "we" with "be" and a preposition after the
adjective ("interesting in", "boring with") or an intensifier and the sentence's end
("I was really exciting!"); any person with "feel" or "get" ("we got boring"). Left
alone: "The film was exciting", "I was boring everyone" (an object follows), "It feels
boring" (a thing, not a person).
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at, replace_word
from reviewdesk.core.engines.grammar.lexicon import Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "adjective-form"
# Verbs of feeling whose "-ing" and "-ed" adjectives pair up (a kind, not a phrase list:
# each gives both forms through LemmInflect).
_FEELINGS = word_set(
    "amaze amuse annoy bore confuse depress disappoint disgust embarrass excite exhaust "
    "fascinate frighten frustrate interest irritate puzzle relax satisfy scare shock "
    "surprise terrify thrill tire worry overwhelm astonish bewilder"
)
_FIRST_PERSON = word_set("i we")
_PERSONS = word_set("i we you he she they")
_BE = word_set("am was were are")
_FIRST_PERSON_BE = word_set("i'm we're")
_FEEL = word_set("feel feels felt feeling get gets got getting")
_INTENSIFIERS = word_set("very really so quite extremely too pretty rather a bit little")
_AFTER = word_set("in about with by at of")


def check_feelings(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """ "-ing" for "-ed" where a person has the feeling."""
    for i, tok in enumerate(sent[:-2]):
        if tok.low in _FIRST_PERSON_BE:  # "I'm", "we're": one token
            verb, j = "am", i + 1
        elif tok.low in _PERSONS:
            verb, j = low_at(sent, i + 1), i + 2
            if not (verb in _FEEL or (verb in _BE and tok.low in _FIRST_PERSON)):
                continue
        else:
            continue
        intensified = False
        while low_at(sent, j) in _INTENSIFIERS:
            intensified = True
            j += 1
        if j >= len(sent):
            continue
        word = sent[j]
        fix = _ed_form(word.low, lex)
        if fix is None:
            continue
        after = low_at(sent, j + 1)
        if verb in _BE and not (after in _AFTER or (intensified and after in ("", ".", "!"))):
            continue
        if verb in _FEEL and after not in _AFTER and after not in ("", ".", "!", ",", "and"):
            continue
        message = f"The feeling is yours: “{fix}” (“{word.text}” is what causes it)."
        yield Finding(word.start, word.end, RULE, message, (replace_word(word, fix),))


def _ed_form(low: str, lex: Lexicon) -> str | None:
    """ "exciting" -> "excited" for a verb of feeling; None for any other word."""
    if not low.endswith("ing"):
        return None
    for lemma in lex.lemmas(low):
        if lemma in _FEELINGS:
            return lex.inflect(lemma, "VBN")
    return None
