"""A set phrase that lost its small word (grammar21, issue 11 point 1): the phrase's
shape is fixed, so the word after it tells what is missing, and the fix is sure.

- "in order" before a verb's base form takes "to" ("in order catch" -> "in order to
  catch"), "as far" before "to" and a verb takes "as" ("went as far to say");
- "according" and "in front" before a noun phrase take "to"/"of" ("according the
  report", "according police", "in front the court");
- "as well" inside a clause before a noun phrase or an "-ing" form takes its second
  "as" ("as well heart problems", "as well being"); "such" after a comma or a noun and
  before a name, a quotation or "the" takes "as" ("artists such Elvis Costello");
- a relational noun that needs its article after a preposition: "at end of", "in wake
  of", "in middle of" ("at the end of"), "for first time", "at same time" ("for the
  first time"), "on other hand", "as result of", "in meantime".

Headline style drops articles ("Talks at end of week"), so a line in Title Case or
without a sentence's final mark is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at
from reviewdesk.core.engines.grammar.lexicon import (
    CLOSED_CLASS,
    DETERMINERS,
    MODALS,
    Lexicon,
    word_set,
)
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "missing-word"
# nouns naming a part or a moment of what follows "of": they take "the" there
_RELATIONAL = word_set("end start beginning middle wake height eve heart edge")
_RELATIONAL_PREPOSITIONS = word_set("at in on from")
_ORDINALS = word_set("first last same")
_PHRASE_OPENERS = _RELATIONAL_PREPOSITIONS | word_set(
    "in order as according front for other result meantime such"
)
_POSSESSIVES = word_set(
    "my your his her its our their"
)  # a cheap test before the walk: every shape below starts with one of these


def check_set_phrases(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """The shapes above, in one sentence."""
    if not _sentence_shaped(sent):
        return
    for i, tok in enumerate(sent[:-2]):
        if tok.low not in _PHRASE_OPENERS:
            continue
        finding = _missing_after(sent, i, lex)
        if finding is not None:
            yield finding


def _sentence_shaped(sent: list[Token]) -> bool:
    """A sentence with its final mark, not a headline in Title Case (every longer word
    capitalised; a sentence full of names still has its verbs in lowercase)."""
    if not sent or sent[-1].text not in ".!?\"”'’)":
        return False
    words = [t for t in sent if t.is_word and len(t.text) > 3]
    return not words or not all(t.is_capitalised for t in words)


def _insert(sent: list[Token], i: int, j: int, word: str, message: str) -> Finding | None:
    """A finding over ``sent[j-1]`` and ``sent[j]`` that puts ``word`` between them
    (``i``, the phrase's first word, is where the phrase starts: unused beyond that), or
    None when anything but one space stands between them."""
    del i
    before, last = sent[j - 1], sent[j]
    if last.start - before.end != 1:
        return None
    return Finding(before.start, last.end, RULE, message, (f"{before.text} {word} {last.text}",))


def _missing_after(sent: list[Token], i: int, lex: Lexicon) -> Finding | None:
    low = sent[i].low
    nxt = low_at(sent, i + 1)
    after = low_at(sent, i + 2)
    if low == "in" and nxt == "order" and _base_verb(after, lex):
        return _insert(sent, i, i + 2, "to", "“In order” takes “to” before a verb.")
    if low == "as" and nxt == "far" and after == "to" and _base_verb(low_at(sent, i + 3), lex):
        return _insert(sent, i, i + 2, "as", "The phrase is “as far as to”.")
    if (
        low == "according"
        and sent[i + 1].is_word
        and nxt.strip("'’") not in ("to", "as", "unto")
        and not _verb_according(sent, i)
    ):
        # "according police", "according the report": nothing but "to" follows
        return _insert(sent, i, i + 1, "to", "The phrase is “according to”.")
    if low == "as" and nxt == "well" and _as_well_as(sent, i, lex):
        return _insert(sent, i, i + 2, "as", "The phrase is “as well as”.")
    if low == "such" and i > 0 and _such_as(sent, i, lex):
        return _insert(sent, i, i + 1, "as", "The phrase is “such as”.")
    if low == "in" and nxt == "front" and after in DETERMINERS:
        return _insert(sent, i + 1, i + 2, "of", "The phrase is “in front of”.")
    if (
        low in _RELATIONAL_PREPOSITIONS
        and nxt in _RELATIONAL
        and after == "of"
        and not sent[i + 1].is_capitalised
    ):
        return _insert(sent, i, i + 1, "the", f"Write “{low} the {nxt} of”.")
    if low in ("for", "at") and nxt in _ORDINALS and after == "time":
        return _insert(sent, i, i + 1, "the", f"Write “{low} the {nxt} time”.")
    if low == "on" and nxt == "other" and after == "hand":
        return _insert(sent, i, i + 1, "the", "The phrase is “on the other hand”.")
    if low == "as" and nxt == "result" and after in ("of", ","):
        return _insert(sent, i, i + 1, "a", "The phrase is “as a result”.")
    if low == "in" and nxt == "meantime":
        return _insert(sent, i, i + 1, "the", "The phrase is “in the meantime”.")
    return None


def _base_verb(word: str, lex: Lexicon) -> bool:
    """A word that can be a verb's base form ("catch", "secure"): after "in order"
    and "as far to" nothing else fits, so a noun reading does not count."""
    return "VERB" in lex.classes(word) and "VB" in lex.tags(word) and word not in CLOSED_CLASS


def _as_well_as(sent: list[Token], i: int, lex: Lexicon) -> bool:
    """ "as well" straight before a noun phrase or an "-ing" form, with no comparison's
    "as" after it ("as well known as") and no modal before ("might as well go")."""
    j = i + 2
    if j >= len(sent) or not sent[j].is_word or sent[j].start - sent[j - 1].end != 1:
        return False
    if low_at(sent, i - 1) in MODALS or any(t.low == "as" for t in sent[j : j + 4]):
        return False
    word = sent[j].low
    if word in DETERMINERS or word in _POSSESSIVES:
        return word not in ("that", "which", "what", "whose")
    if word.endswith("ing") and "VBG" in lex.tags(word):
        return True
    classes = lex.classes(word)
    return bool(classes & {"NOUN", "ADJ"}) and not classes & {"VERB", "ADV"}


def _such_as(sent: list[Token], i: int, lex: Lexicon) -> bool:
    """ "artists such Elvis Costello", ", such the way": "such" after a comma or a noun,
    before a name mid-sentence (a word no table has as a common noun: never a licence's
    "such Contribution"), a quotation mark or "the" (never "such a", "such people")."""
    nxt, before = sent[i + 1], sent[i - 1]
    if before.text != "," and not (before.is_word and "NOUN" in lex.classes(before.low)):
        return False
    if nxt.low == "the" or nxt.text in '"“':
        return True
    return (
        nxt.is_capitalised
        and nxt.is_word
        and nxt.text != "I"
        and "NOUN" not in lex.classes(nxt.low)
    )


_VERB_BEFORE = word_set(
    "by was is are were be been being not for of in from after before without while also"
)
_OBJECTS = word_set("him her them us me you it")


def _verb_according(sent: list[Token], i: int) -> bool:
    """ "by according the Chief Justice due process", "was according him": the verb
    "accord" (after a helper or a preposition, or before an object pronoun)."""
    return low_at(sent, i - 1) in _VERB_BEFORE or low_at(sent, i + 1) in _OBJECTS
