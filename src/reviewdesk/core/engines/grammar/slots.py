"""A word in a slot its part of speech cannot fill, with a sound-alike that can:
"the alter" (a verb where a noun must be: "altar"), "He beliefs that" (a noun where the
verb must be: "believes"), "I can here you" ("hear"), "I am quiet new" ("quite"),
"many information" ("much"), "There's many" ("There are"), "say me the truth" ("tell").
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at, replace_word
from reviewdesk.core.engines.grammar.lexicon import (
    DETERMINERS,
    MODALS,
    SUBJECT_PRONOUNS,
    Lexicon,
    word_set,
)
from reviewdesk.core.engines.grammar.soundalike import ALTERNATIVES
from reviewdesk.core.engines.grammar.tokens import Token
from reviewdesk.core.models import Category

RULE = "confused-words"
_HEAR_OBJECTS = word_set("you me him her us them it from about that what the this those")
_UNCOUNTABLE = word_set(
    "information advice furniture equipment luggage baggage homework research evidence "
    "knowledge traffic music rice bread software feedback progress weather"
)
_PLURAL_AFTER_THERE = word_set("many several few numerous two three four five dozens lots")
_SAY_OBJECTS = word_set("me him her us them")


def check_slots(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Words in slots their part of speech cannot fill, in one sentence."""
    for i, tok in enumerate(sent):
        low = tok.low
        before, after = low_at(sent, i - 1), low_at(sent, i + 1)
        fix: str | None = None
        category = Category.CONFUSION
        if low in ALTERNATIVES and not (tok.is_capitalised and i > 0):
            fix = _swap_by_slot(low, before, after, lex)
        if low == "here" and (before in MODALS or before == "to") and after in _HEAR_OBJECTS:
            fix = "hear" if before != "to" or after in ("from", "about") else None
        elif low == "quiet" and (after in ("a", "an") or _degree_follows(after, lex)):
            fix = "quite"
        elif low == "quite" and after in ("", ".", "!", ",") and before in ("be", "keep", "stay"):
            fix = "quiet"
        elif low in ("many", "few") and after in _UNCOUNTABLE:
            fix = "much" if low == "many" else "little"
        elif low == "there's" and after in _PLURAL_AFTER_THERE:
            fix = "there are"
            category = Category.GRAMMAR
        elif (
            low in ("say", "says", "said")
            and after in _SAY_OBJECTS
            and low_at(sent, i + 2) in DETERMINERS | {"that", "about", "what", "how", "why"}
        ):
            fix = {"say": "tell", "says": "tells", "said": "told"}[low]
        elif low in _FIXED_SLOTS:
            fix = _FIXED_SLOTS[low](sent, i, before, after)
        if fix and fix != low:
            yield Finding(
                tok.start,
                tok.end,
                RULE if category == Category.CONFUSION else "subject-verb-agreement",
                f"“{tok.text}” does not fit here; did you mean “{fix}”?",
                (replace_word(tok, fix),),
                category,
            )


def _degree_follows(word: str, lex: Lexicon) -> bool:
    """ "quiet hard", "quiet new": an adjective (not a noun) that "quite" would grade."""
    classes = lex.classes(word)
    return "ADJ" in classes and "NOUN" not in classes and word not in ("enough", "down", "now")


def _swap_by_slot(low: str, before: str, after: str, lex: Lexicon) -> str | None:
    """A verb-only word after a determiner, or a noun-only word after a subject pronoun,
    whose sound-alike is the missing noun or verb."""
    classes = lex.classes(low)
    if before in DETERMINERS and classes == {"VERB"} and lex.tags(low) <= {"VB", "VBP"}:
        for alt in ALTERNATIVES[low]:
            if "NOUN" in lex.classes(alt) and after in ("", ".", ",", "of", "boy", "in", "to"):
                return alt
    if before in SUBJECT_PRONOUNS and classes == {"NOUN"} and after in ("that", "in", "it"):
        for alt in ALTERNATIVES[low]:
            if "VERB" in lex.classes(alt):
                return alt
    return None


_SAFE_BEFORE = word_set("is was not very so feel feels felt be it's completely perfectly")
_SAFE_AFTER = word_set("to for in from with . , ! and")
_NOT_SLOT = MODALS | word_set("do does did")
_TIME_BEFORE = word_set("no some any much more enough spare free have take")
_WE_WOULD = word_set("love like better rather gone have be never")
_OFFICE = word_set("office our your the their")
_STILL = word_set("remain remains remained remaining stay stays stayed is was be")


def _superlative_before(sent: list[Token], i: int) -> bool:
    return any(t.low.endswith("est") or t.low in ("best", "worst") for t in sent[:i])


def _save(sent: list[Token], i: int, before: str, after: str) -> str | None:
    """ "not save to eat", "feel save in" -> "safe"."""
    return "safe" if before in _SAFE_BEFORE and after in _SAFE_AFTER | {""} else None


def _no(sent: list[Token], i: int, before: str, after: str) -> str | None:
    """ "She could no hear you" -> "not"."""
    if before in _NOT_SLOT and after.isalpha() and after not in ("one", "longer", "more"):
        return "not"
    return None


def _word(sent: list[Token], i: int, before: str, after: str) -> str | None:
    """ "Word War II" -> "World War"; "the best cake in the word" -> "world"."""
    if sent[i].text == "Word" and low_at(sent, i + 1) == "war":
        return "world"
    entire = before in ("the", "entire", "whole") and after in ("", ".", "!", ",", "'s")
    return "world" if entire and _superlative_before(sent, i) else None


def _wed(sent: list[Token], i: int, before: str, after: str) -> str | None:
    """ "Wed gone so far" -> "We'd"."""
    opens = i == 0 or before in (",", "really", "actually")
    return "we'd" if opens and after in _WE_WOULD else None


def _tome(sent: list[Token], i: int, before: str, after: str) -> str | None:
    return "time" if before in _TIME_BEFORE else None


def _stationary(sent: list[Token], i: int, before: str, after: str) -> str | None:
    """Writing paper is "stationery"; standing still is "stationary"."""
    low = sent[i].low
    if low == "stationary" and before in _OFFICE and after in ("cupboard", "shop", "", "."):
        return "stationery"
    if low == "stationery" and before in _STILL:
        return "stationary"
    return None


_FIXED_SLOTS = {
    "save": _save,
    "no": _no,
    "word": _word,
    "wed": _wed,
    "tome": _tome,
    "stationary": _stationary,
    "stationery": _stationary,
}
