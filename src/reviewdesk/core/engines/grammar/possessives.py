"""Possessives and the contractions that sound like them: its/it's, their/there/
they're, your/you're, whose/who's, and where/were after a pronoun.

A possessive must be followed by something owned (a noun phrase); a contraction hides
a verb ("it is", "they are"). So "its a" and "your welcome" want the contraction, and
"it's tail" the possessive: "its tail" is common in print, "is tail" never occurs.
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at, replace_word
from reviewdesk.core.engines.grammar.lexicon import (
    CLAUSE_OPENERS,
    CLAUSE_VERBS,
    DETERMINERS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    Lexicon,
    word_set,
)
from reviewdesk.core.engines.grammar.tokens import Token
from reviewdesk.core.models import Category

RULE = "confused-words"

# Words that cannot be owned: after "its" they show "it's" was meant.
_NOT_OWNED = (
    (DETERMINERS - {"every", "own"})
    | SUBJECT_PRONOUNS
    | word_set(
        "not been being gonna got getting very so quite really always never also just still "
        "all almost probably likely what where when how why because ok okay that there here "
        "about like hard easy difficult important clear true possible impossible better worse "
        "best worth fine over up raining snowing done gone had"
    )
)
_GRADED = word_set("better worse best")
_IT_IS_NOUNS = word_set(
    "time fun money okay ok worth nothing everything something anything me him her us them "
    "you news bad good night day morning noon midnight war home business life love hell no "
    "yes tough true part half one nobody everybody someone anyone mine yours his hers ours "
    "theirs work history people"
)
_CLOSED = (
    DETERMINERS
    | SUBJECT_PRONOUNS
    | PREPOSITIONS
    | word_set(
        "all both half me him us them mine yours ours theirs hers nothing something anything "
        "everything nobody somebody anybody none"
    )
)
_AFTER_THERE = word_set(
    "yesterday today tomorrow tonight now then once twice again alone together too first "
    "last yet instead anyway ago meanwhile forever daily weekly"
)
_THERE_VERBS = word_set("is was are were might will has have had must should could would may")
_NOT_BEFORE_THEIR = word_set("from over up down out in to near than of")
_YOU_ARE = word_set("a an the not welcome right wrong going being so very too beautiful gonna")
_WHO_IS = word_set("a an the not been going coming there")
_TIME_AFTER_ITS = word_set("to late much many early soon bad")
_TAKE = word_set("take took taken taking takes bide")
_CLAUSE_VERBS = word_set("is was has had will of and are were")
_OPENS_CLAUSE = CLAUSE_OPENERS | CLAUSE_VERBS | word_set("yes no then now")


def check_possessives(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Possessives written for contractions and the reverse, in one sentence."""
    for i, tok in enumerate(sent):
        check = _CHECKS.get(tok.low)
        if check is not None:
            fix = check(sent, i, lex)
            if fix:
                yield Finding(
                    tok.start,
                    tok.end,
                    RULE,
                    _MESSAGES[tok.low],
                    (replace_word(tok, fix),),
                    Category.CONFUSION,
                )


def noun_only(word: str, lex: Lexicon) -> bool:
    """A word that can only be a noun (not a pronoun or determiner)."""
    return bool(word) and word.isalpha() and word not in _CLOSED and lex.classes(word) == {"NOUN"}


def possessive_fits(lex: Lexicon, possessive: str, verb: str, word: str) -> bool:
    """``word`` follows the possessive in print ("its tail") but never the hidden verb
    ("is tail")."""
    return word.isalpha() and lex.pair(possessive, word) > 0 and lex.pair(verb, word) == 0


def noun_phrase_follows(sent: list[Token], i: int, lex: Lexicon) -> bool:
    """A noun (after a determiner and any adjectives) starts at ``i``."""
    j = i + (low_at(sent, i) in DETERMINERS)
    while j < len(sent) and sent[j].is_word and lex.classes(sent[j].low) == {"ADJ"}:
        j += 1
    return (
        j < len(sent)
        and sent[j].is_word
        and "NOUN" in lex.classes(sent[j].low)
        and sent[j].low not in SUBJECT_PRONOUNS
    )


def adjective_then_stop(sent: list[Token], i: int, lex: Lexicon) -> bool:
    """ "its easy." / "its hard to": an adjective that ends the phrase, so nothing owned."""
    word = low_at(sent, i)
    if not word or lex.classes(word) != {"ADJ"}:
        return False
    return low_at(sent, i + 1) in ("", ".", ",", "!", "?", "to", "that", "for", "enough")


def _owned_then_verb(sent: list[Token], i: int, lex: Lexicon) -> bool:
    """ "you're car is": a noun after the word, then a verb (not "you're man enough")."""
    return "NOUN" in lex.classes(low_at(sent, i + 1)) and (
        low_at(sent, i + 2) in _CLAUSE_VERBS or lex.tags(low_at(sent, i + 2)) == {"VBD"}
    )


def _its(sent: list[Token], i: int, lex: Lexicon) -> str | None:
    nxt = low_at(sent, i + 1)
    if low_at(sent, i + 2) == "-":
        return None  # a hyphened modifier is owned: "its so-called base", "its not-for-profit arm"
    timely = (
        nxt in ("going", "time", "too")
        and low_at(sent, i + 2) in _TIME_AFTER_ITS
        and low_at(sent, i - 1) not in _TAKE
    )
    graded_noun = nxt in _GRADED and lex.noun_number(low_at(sent, i + 2)) != ""
    if (nxt in _NOT_OWNED and not graded_noun) or adjective_then_stop(sent, i + 1, lex) or timely:
        return "it's"  # but "its best quarter", "its worst year": a noun is owned
    after = low_at(sent, i + 2)
    # "its too good to be": a degree word and an adjective that is not owned (no noun
    # after it: "its so-called", "its too-small budget" are hyphened)
    degree = (
        nxt in ("too", "so")
        and "ADJ" in lex.classes(after)
        and (lex.classes(after) == {"ADJ"} or not lex.is_noun(low_at(sent, i + 3)))
        and low_at(sent, i + 3) != "-"
    )
    doing = lex.tags(nxt) == {"VBG"} and after in DETERMINERS  # "its removing the errors"
    return "it's" if degree or doing else None


def _it_is(sent: list[Token], i: int, lex: Lexicon) -> str | None:
    nxt = low_at(sent, i + 1)
    owned = nxt == "own" or (
        nxt not in _IT_IS_NOUNS
        and low_at(sent, i + 2) in _CLAUSE_VERBS
        and (noun_only(nxt, lex) or possessive_fits(lex, "its", "is", nxt))
    )
    # "it's wonderful moments": "it is" + a plural noun cannot be; "its" owns them
    j = i + 1
    while j < len(sent) and lex.classes(sent[j].low) == {"ADJ"}:
        j += 1
    plural_owned = j > i + 1 and lex.tags(low_at(sent, j)) == {"NNS"}
    # "remember it's name", "all it's windows": after a verb or "all", a noun that
    # follows "its" in print but never "is"
    object_slot = (
        i > 0
        and (sent[i - 1].low in ("all", "as") or "VERB" in lex.classes(sent[i - 1].low))
        and nxt not in _IT_IS_NOUNS
        and possessive_fits(lex, "its", "is", nxt)
        and "NOUN" in lex.classes(nxt)
    )
    after_preposition = (
        i > 0
        and sent[i - 1].low in PREPOSITIONS | {"see", "by"}
        and nxt not in DETERMINERS  # "from it's a boy": it is
        and nxt not in _IT_IS_NOUNS  # "like it's nothing": a clause after "like"
        and noun_phrase_follows(sent, i + 1, lex)
    )
    return "its" if owned or after_preposition or plural_owned or object_slot else None


def _their(sent: list[Token], i: int, lex: Lexicon) -> str | None:
    if low_at(sent, i + 1) in _THERE_VERBS and low_at(sent, i + 2) != "own":
        return "there"
    return None


def _they_are(sent: list[Token], i: int, lex: Lexicon) -> str | None:
    nxt = low_at(sent, i + 1)
    if nxt in ("is", "was"):
        return "there"
    adjective_noun = lex.classes(nxt) == {"ADJ"} and noun_only(low_at(sent, i + 2), lex)
    head = i + 2 if adjective_noun else i + 1
    # "they're lawyers", "I think they're young students": at a clause's start a plural
    # is what they are, unless a verb of its own follows it ("they're kids were late");
    # after a verb or a preposition ("drove they're cars") it is owned
    opens = i == 0 or not sent[i - 1].is_word or sent[i - 1].low in _OPENS_CLAUSE
    plural = opens and lex.noun_number(low_at(sent, head)) == "plural" and not (
        low_at(sent, head + 1) in _CLAUSE_VERBS - {"of", "and"}
        or lex.tags(low_at(sent, head + 1)) == {"VBD"}
    )
    if nxt == "own" or ((noun_only(nxt, lex) or adjective_noun) and not plural):
        return "their"
    if possessive_fits(lex, "their", "are", nxt) and _owned_then_verb(sent, i, lex):
        return "their"
    return None


def _there(sent: list[Token], i: int, lex: Lexicon) -> str | None:
    nxt = low_at(sent, i + 1)
    before = low_at(sent, i - 1)
    if i == 0 or not noun_only(nxt, lex) or nxt in _AFTER_THERE:
        return None
    if before in PREPOSITIONS | {"loved", "love", "loves"} and before not in _NOT_BEFORE_THEIR:
        return "their"
    return None


def _your(sent: list[Token], i: int, lex: Lexicon) -> str | None:
    nxt = low_at(sent, i + 1)
    if nxt in _YOU_ARE or (adjective_then_stop(sent, i + 1, lex) and lex.classes(nxt) == {"ADJ"}):
        return "you're"
    return None


def _you_are(sent: list[Token], i: int, lex: Lexicon) -> str | None:
    nxt = low_at(sent, i + 1)
    if noun_only(nxt, lex) or nxt == "own":
        return "your"
    if possessive_fits(lex, "your", "are", nxt) and _owned_then_verb(sent, i, lex):
        return "your"
    return None


def _who_is(sent: list[Token], i: int, lex: Lexicon) -> str | None:
    nxt = low_at(sent, i + 1)
    if nxt in _IT_IS_NOUNS:
        return None
    if noun_only(nxt, lex):
        return "whose"
    if possessive_fits(lex, "whose", "is", nxt) and _owned_then_verb(sent, i, lex):
        return "whose"
    if _noun_then_verb(sent, i, lex):
        return "whose"
    if _described_owned_then_verb(sent, i, lex):
        return "whose"
    return None


def _noun_then_verb(sent: list[Token], i: int, lex: Lexicon) -> bool:
    """ "The tour, who's season is suspended": a noun (one that is a verb too) and then
    the clause's own verb. "Who is" never runs on into a noun and a second verb; a
    verb's -ing or -ed form after it ("who's running is") is left alone."""
    nxt = low_at(sent, i + 1)
    if i + 1 >= len(sent) or not sent[i + 1].is_word or sent[i + 1].is_capitalised:
        return False
    if lex.tags(nxt) & {"VBG", "VBN", "VBD"} or "ADJ" in lex.classes(nxt):
        return False
    return _owned_then_verb(sent, i, lex) and low_at(sent, i + 2) not in {"of", "and"}


def _described_owned_then_verb(sent: list[Token], i: int, lex: Lexicon) -> bool:
    """ "who's small donations had paid", "who's natural cellular machinery began": one
    to three adjectives, a noun, then the clause's verb. "Who is" never runs on into a
    noun with its own verb after it ("who's small for his age", "who's new here")."""
    j = i + 1
    while j < min(len(sent), i + 4) and sent[j].is_word and "ADJ" in lex.classes(sent[j].low):
        if lex.tags(sent[j].low) & {"VBG", "VBN", "VBD"}:
            return False  # "who's running", "who's retired": a verb's form
        j += 1
    if j == i + 1 or j + 1 >= len(sent) or not sent[j].is_word or sent[j].is_capitalised:
        return False
    after = sent[j + 1].low
    return (
        "NOUN" in lex.classes(sent[j].low)
        and "ADJ" not in lex.classes(sent[j].low)
        and (
            after in _CLAUSE_VERBS - {"of", "and"}
            or ("VBD" in lex.tags(after) and "NOUN" not in lex.classes(after))
        )
    )


def _whose(sent: list[Token], i: int, lex: Lexicon) -> str | None:
    return "who's" if low_at(sent, i + 1) in _WHO_IS else None


def _where(sent: list[Token], i: int, lex: Lexicon) -> str | None:
    """ "we where going", "Windows where broken", "33 where reported" -> "were".

    After a plural noun or a number, "where" also opens a clause of place ("the towns
    where needed"), so there the verb's form must go on into more words."""
    nxt = low_at(sent, i + 1)
    tags = lex.tags(nxt)
    verbish = nxt in ("not", "going", "all", "never", "also", "both") or (
        bool(tags & {"VBG", "VBN"}) and not tags & {"VB", "VBP", "VBZ"}
    )
    if not verbish:
        return None
    if low_at(sent, i - 1) in ("we", "they", "you"):
        return "were"
    if i == 0 or i + 2 >= len(sent) or not sent[i + 2].is_word:
        return None  # "where needed.", "where possible,": a clause of place cut short
    if "VBG" in tags and _finite(sent[i + 2].low, lex):
        return None  # "areas where fishing was prohibited": a gerund is the clause's subject
    before = sent[i - 1]
    plural = before.is_number or (before.is_word and lex.noun_number(before.low) == "plural")
    # "the villages where affected families live": a participle that opens the clause's
    # own subject, a noun after it
    subject = sent[i + 2].low not in PREPOSITIONS and lex.is_noun(sent[i + 2].low)
    return "were" if plural and not subject else None


_FINITE_BE_HAVE = frozenset(("is", "was", "are", "were", "has", "had", "have"))


def _finite(low: str, lex: Lexicon) -> bool:
    """Whether ``low`` can only be a finite verb after a subject ("was", "is", "helps")."""
    return low in _FINITE_BE_HAVE or (lex.tags(low) <= {"VBZ", "VBD"} and bool(lex.tags(low)))


def _were(sent: list[Token], i: int, lex: Lexicon) -> str | None:
    """ "go back to were you came from" -> "where"."""
    before = low_at(sent, i - 1)
    places = ("from", "to", "back", "exactly", "is", "knows", "know", "wonder")
    if before in places and low_at(sent, i + 1) in SUBJECT_PRONOUNS | {"people", "the", "we"}:
        return "where"
    return None


_CHECKS = {
    "its": _its,
    "it's": _it_is,
    "their": _their,
    "they're": _they_are,
    "there": _there,
    "your": _your,
    "you're": _you_are,
    "who's": _who_is,
    "whose": _whose,
    "where": _where,
    "were": _were,
}
_MESSAGES = {
    "its": "“its” owns something; for “it is” or “it has” write “it's”.",
    "it's": "“it's” means “it is”; the possessive is “its”.",
    "their": "“their” owns something; here it should be “there”.",
    "they're": "“they're” means “they are”; here it should be the possessive or “there”.",
    "there": "“there” is a place; the possessive is “their”.",
    "your": "“your” owns something; for “you are” write “you're”.",
    "you're": "“you're” means “you are”; the possessive is “your”.",
    "who's": "“who's” means “who is”; the possessive is “whose”.",
    "whose": "“whose” owns something; for “who is” write “who's”.",
    "where": "“where” is a place; the verb is “were”.",
    "were": "“were” is a verb; the place is “where”.",
}
