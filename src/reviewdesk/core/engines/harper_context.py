"""Harper's flags that the words around them show to be wrong, one test per rule
(read by :mod:`.harper_misfires`): "Since when are there fireworks?" has no "their",
"I too have a son" no "to", "offer you advice" a noun after an indirect object, "say no"
an answer, "no thought of their being published" a possessive before a gerund, "both
eleven and twelve" two numbers; and the words either side of a flag, read in a window
(a pasted page is one paragraph).
"""

from __future__ import annotations

import re

from reviewdesk.core.engines.grammar.lexicon import PREPOSITIONS, Lexicon, word_set

WINDOW = 64  # characters looked at around a flag
WORD_AFTER = re.compile(r"\s*([\w’']+)")
_WORD_BEFORE = re.compile(r"([\w’']+)\s*$")


def next_word(text: str, end: int) -> str:
    m = WORD_AFTER.match(text, end)
    return m.group(1) if m else ""


def prev_word(text: str, start: int) -> str:
    # a window before the flag, not the whole paragraph: a pasted page is one paragraph
    # with thousands of flags, and each search from its start would cost the whole page
    m = _WORD_BEFORE.search(text, max(0, start - WINDOW), start)
    return m.group(1) if m else ""


AUXILIARIES = word_set(
    "did do does will would can could should shall may might must have has had is are was were"
)


def _existential_there(flagged: str, text: str, start: int, end: int, lex: Lexicon) -> bool:
    """ "Since when are there fireworks?": "there" after an inverted "be" is no "their"
    ("They were there angels" has its subject before "were": "their")."""
    be = prev_word(text, start)
    if be.lower() not in _BE_FORMS:
        return False
    subject = prev_word(text, start - len(be) - 1).lower()
    return "?" in text[end:] and subject not in _SUBJECTS | {"it"}


def _too_as_also(flagged: str, text: str, start: int, end: int, lex: Lexicon) -> bool:
    """ "I too have a son": "too" meaning "also", between a subject and its verb; and
    "with regard to economic aspects": "to" of a fixed phrase before its object's
    adjective, not "too economic"."""
    if flagged.lower() == "to":
        return prev_word(text, start).lower() in _TAKES_TO
    if flagged.lower() != "too":
        return False
    after = next_word(text, end).lower()
    return prev_word(text, start).lower() in _SUBJECTS and (
        after in AUXILIARIES or bool(lex.tags(after) & {"VBD", "VBZ", "VBP"})
    )


def _indirect_object(flagged: str, text: str, start: int, end: int, lex: Lexicon) -> bool:
    """ "offer you advice": a noun after a verb and its indirect object."""
    pronoun = prev_word(text, start)
    if pronoun.lower() not in ("me", "you", "him", "her", "us", "them"):
        return False
    verb = prev_word(text, start - len(pronoun) - 1).lower()
    tags = lex.tags(verb)
    return bool(tags & {"VB", "VBD", "VBZ", "VBP", "VBG"}) and verb not in AUXILIARIES


# A word that follows "to" at least this many times per use in the reference counts is
# mostly a verb ("affect" 4.3, "prove" 24); the noun of a pair is well under it ("effect"
# 0.8, "advice" 0.1, "breath" 1.0), so "to effect the vote" keeps Harper's flag.
_VERB_AFTER_TO = 2


def _noun_or_infinitive(flagged: str, text: str, start: int, end: int, lex: Lexicon) -> bool:
    """ "offer you advice" (see :func:`_indirect_object`), and "ability to affect federal
    legislation": a verb's base form right after an infinitive's "to" (not one a word
    governs, "due to"), before the start of its object, is the verb it looks like."""
    if _indirect_object(flagged, text, start, end, lex):
        return True
    word = flagged.lower()
    if " " in word or "VB" not in lex.tags(word):
        return False
    before = prev_word(text, start)
    if before.lower() != "to" or prev_word(text, start - len(before) - 1).lower() in _TAKES_TO:
        return False
    if lex.pair("to", word) < _VERB_AFTER_TO * max(lex.count(word), 1):
        return False  # mostly a noun ("to effect the vote"): Harper's flag stands
    after = next_word(text, end).lower()
    # an object follows the verb; a preposition or a verb follows the noun ("an affect on")
    return after.isalpha() and after not in PREPOSITIONS and after not in AUXILIARIES


def _participle_after(flagged: str, text: str, start: int, end: int, lex: Lexicon) -> bool:
    """ "with many lying exhausted": "many" stands alone before a participle."""
    words = flagged.split()
    return (
        len(words) == 2 and words[1].lower().endswith("ing") and "VBG" in lex.tags(words[1].lower())
    )


def _say_no(flagged: str, text: str, start: int, end: int, lex: Lexicon) -> bool:
    """ "I had to say no to them": "say no" is an answer, not "not to"."""
    verb = prev_word(text, start).lower()
    return "say" in lex.lemmas(verb) or verb in ("say", "says", "said", "saying")


def _possessive_gerund(flagged: str, text: str, start: int, end: int, lex: Lexicon) -> bool:
    """ "no thought of their being published": a possessive before a gerund, after a
    preposition ("Their going to win", "I think their going": "they're")."""
    after = next_word(text, end).lower()
    if flagged.lower() not in ("their", "your") or "VBG" not in lex.tags(after):
        return False
    return prev_word(text, start).lower() in PREPOSITIONS


def _both_numbers(flagged: str, text: str, start: int, end: int, lex: Lexicon) -> bool:
    """ "with both eleven and twelve reported": "both" joins two numbers, it does not
    count one."""
    return flagged.lower().startswith("both ") and next_word(text, end).lower() == "and"


# words that govern "to" as a preposition ("with regard to", "due to", "according to")
_TAKES_TO = word_set("regard respect due according addition prior thanks owing close next")
_BE_FORMS = word_set("is are was were be been isn't aren't wasn't weren't")
_SUBJECTS = word_set("i you he she we they")


def _to_as_preposition(flagged: str, text: str, start: int, end: int, lex: Lexicon) -> bool:
    """ "according to agreed facts", "due to increased demand": "to" after a word that
    governs it as a preposition leads a noun phrase, and the participle is its adjective,
    not an infinitive's verb."""
    return flagged.lower().startswith("to ") and prev_word(text, start).lower() in _TAKES_TO


def _whom_after_preposition(flagged: str, text: str, start: int, end: int, lex: Lexicon) -> bool:
    """ "some of whom were hospitalised", "to whom it was sent": "whom" is the object of
    the preposition before it, whatever verb follows."""
    return prev_word(text, start).lower() in PREPOSITIONS


# "were a draft to be imposed", "were the plan to fail": an inverted condition, "were"
# before its subject and an infinitive, with no "if"
_INVERTED_WERE = re.compile(
    r"\s+(?:a|an|the|this|that|such|any|it|there)\b(?:\s+[\w’'-]+){0,3}?\s+to\s+\w", re.I
)


# "we're the first team to win", "we're the only ones to": an infinitive after a ranking
_RANKING = word_set("first last only next one ones")


def _inverted_condition(flagged: str, text: str, start: int, end: int, lex: Lexicon) -> bool:
    """ "were a draft to be imposed": no "we're", the condition's inverted "were"; a
    ranking before the infinitive ("the first team to win") keeps the flag."""
    if flagged.lower() != "were":
        return False
    m = _INVERTED_WERE.match(text, end)
    if m is None:
        return False
    between = m.group(0).lower().split()[:-2]
    return not any(w in _RANKING or w.endswith("est") for w in between)


_NOUN_PHRASE_TAGS = frozenset({"NN", "NNS", "JJ", "CD"})
_DETERMINERS_BEFORE = word_set("a an the this that these those its their his her our my your")


def _compound_noun(flagged: str, text: str, start: int, end: int, lex: Lexicon) -> bool:
    """ "a 1368 million pounds turnover": the closed compound is the noun at the end of a
    noun phrase that a determiner opens (numbers, nouns and adjectives between). After
    "to" it may be the phrasal verb run together ("a chance to comeback", "to turnover
    the files"): that stays flagged."""
    word = flagged.lower()
    if " " in word or not lex.is_noun(word):
        return False
    at = start
    for _ in range(4):
        word_before = prev_word(text, at)
        if not word_before:
            return False
        low = word_before.lower()
        if low in _DETERMINERS_BEFORE:
            return at != start  # a word between: "the turnover" is Harper's own call
        tags = lex.tags(low)
        if not (low.replace(",", "").isdigit() or tags & _NOUN_PHRASE_TAGS):
            return False
        at = text.rfind(word_before, 0, at)
    return False


def _noun_after_determiner(flagged: str, text: str, start: int, end: int, lex: Lexicon) -> bool:
    """ "this native of a Dagestan village": after a determiner the first word is a noun,
    not the adjective of "too big of a deal"."""
    return prev_word(text, start).lower() in _DETERMINERS_BEFORE


CONTEXT_RULES = {
    "PhrasalVerbAsCompoundNoun": _compound_noun,
    "AdjectiveOfA": _noun_after_determiner,
    "InflectedVerbAfterTo": _to_as_preposition,
    "WhomSubjectOfVerb": _whom_after_preposition,
    "PronounContraction": _inverted_condition,
    "ThereToTheir": _existential_there,
    "ToTwoToo": _too_as_also,
    "NounVerbConfusion": _noun_or_infinitive,
    "MassNouns": _participle_after,
    "NotTo": _say_no,
    "TheirToTheyre": _possessive_gerund,
    "YourToYoure": _possessive_gerund,
    "QuantifierNumeralConflict": _both_numbers,
}
