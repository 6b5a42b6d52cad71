"""A noun's number against the word that counts it: "these error", "many problem",
"a lot of car", "one of the best player", "much children", "every students".

Whether a noun is counted is read from print, not from a list: a singular noun that
never follows "much" and whose plural is common ("car", "problem") is a count noun;
one seen after "much" ("time", "work"), or whose plural print seldom writes ("wine",
"advice"), is not counted: "many wine" gets "much", not "wines". One with no plural of
its own ("music", "sheep") is not flagged at all. After "there are" a singular count
noun with no determiner wants its plural ("There are problem in").
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at, replace_word
from reviewdesk.core.engines.grammar.lexicon import (
    CLOSED_CLASS,
    DETERMINERS,
    NUMBER_BY_MEANING,
    OBJECT_PRONOUNS,
    POSSESSIVES,
    SUBJECT_PRONOUNS,
    Lexicon,
    word_set,
)
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "noun-number"
_PLURAL_COUNTERS = word_set(
    "these those many several few both numerous various multiple two three four five six "
    "seven eight nine ten twelve twenty dozens hundreds thousands millions"
)
_SINGULAR_COUNTERS = word_set("every each another")
# plural nouns that count only through "of" ("thousands of people"): a verb may follow
_COUNTS_WITH_OF = word_set("dozens hundreds thousands millions billions")
# "a lot of car", "kinds of book", "one of the best player": "of" before a plural
_OF_PLURAL = word_set("lot lots plenty kinds types sorts couple number dozens")
_ONE_OF = word_set("one each some many most none all several few any either neither")
_OF_DETERMINERS = word_set("the these those my your his her our their its")
# words LemmInflect also calls nouns that end a noun phrase before them ("many problem
# in", "two book yesterday"; syntax11)
_ENDS_PHRASE = word_set("in on at yesterday today tonight tomorrow now here there ago")
# "is" before "a lot of": the writer counts what follows as one mass ("there is a lot of
# argument"; "there are a lot of car" has its plural verb and stays flagged)
_SINGULAR_BE = word_set("is was 's isn't wasn't there's there’s that's that’s")
_MASS_SWAP = {"many": "much", "few": "little", "several": "some", "these": "this", "those": "that"}


def check_number(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Nouns whose number does not fit the word counting them, in one sentence."""
    for i, tok in enumerate(sent):
        low = tok.low
        if low in _PLURAL_COUNTERS and _counts(sent, i):
            yield from _singular_after_plural(sent, i, lex)
        elif low in _SINGULAR_COUNTERS or (low == "one" and _one_counts(sent, i)):
            yield from _plural_after_singular(sent, i, lex)
        elif low == "much":
            yield from _much_plural(sent, i, lex)
        elif low == "of" and i > 0:
            yield from _after_of(sent, i, lex)
        elif _there_are(sent, i):
            yield from _after_there_are(sent, i, lex)


def _one_counts(sent: list[Token], i: int) -> bool:
    """ "one apples": "one" as a number, not the pronoun ("the one", "no one", "every
    one") nor part of a larger number ("twenty-one", "one hundred")."""
    before = low_at(sent, i - 1)
    if before in ("no", "any", "every", "each", "the", "this", "that", "which", "a", "-"):
        return False
    return i == 0 or sent[i - 1].is_word or sent[i - 1].text in ",;:("


def _counts(sent: list[Token], i: int) -> bool:
    """ "two" counts the noun after it, unless it is a unit of a compound modifier
    ("a two car garage" is the hyphenation check's) or part of a larger number."""
    before = low_at(sent, i - 1)
    if sent[i].low == "few" and before == "a":
        before = low_at(sent, i - 2)  # "a few student": "a few" counts as "few" does
    return before not in ("a", "an", "the", "-") and low_at(sent, i + 1) not in ("-", "of")


def count_noun(word: str, lex: Lexicon) -> str | None:
    """The plural of ``word`` when it is surely a singular count noun, else None."""
    if not lex.is_noun(word) or word in NUMBER_BY_MEANING or lex.noun_number(word) != "singular":
        return None
    plural = lex.inflect(word, "NNS")
    if not plural or plural == word or lex.pair("much", word) > 0:
        return None
    if lex.count(plural) < 0.2 * lex.count(word):
        return None  # "fish", "aircraft": the plural is rare, the singular serves for both
    return plural


def uncounted(word: str, lex: Lexicon) -> bool:
    """A noun print seldom counts: a plural of its own under a fifth as common as the
    singular ("wines", "advices", "equipments"), and never a verb ("many wine" is a
    slip; "many say" is not). Invariant plurals ("fish", "sheep") are counted nouns."""
    if lex.classes(word) != {"NOUN"} or word in NUMBER_BY_MEANING:
        return False
    if lex.noun_number(word) != "singular":
        return False
    plural = lex.inflect(word, "NNS")
    if not plural or plural == word:
        return False
    return lex.count(plural) < 0.2 * lex.count(word)


def _phrase_ends(sent: list[Token], j: int) -> bool:
    """Nothing but a function word or punctuation after ``j`` ("many wine." but not "many
    wine bars", whose "bars" LemmInflect knows only as a verb)."""
    after = low_at(sent, j + 1)
    return j + 1 >= len(sent) or not sent[j + 1].is_word or after in CLOSED_CLASS


def _there_are(sent: list[Token], i: int) -> bool:
    """ "there are" / "there were" / "there're": a plural subject follows."""
    low = sent[i].low
    if low in ("there're", "there’re"):
        return True
    return low in ("are", "were") and low_at(sent, i - 1) == "there"


def _after_there_are(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "There are problem in", "There are a lot problem": a singular count noun with no
    determiner after "there are" wants its plural (a noun before another noun is a
    modifier: "there are problem areas")."""
    j = i + 1
    if low_at(sent, j) == "a" and low_at(sent, j + 1) == "lot":
        j += 2
    if j >= len(sent) or not sent[j].is_word or sent[j].is_capitalised:
        return
    noun = sent[j]
    if lex.tags(noun.low) != {"NN"} or not _noun_ends(sent, j, lex):
        return
    plural = count_noun(noun.low, lex)
    if plural:
        message = f"“{sent[i].text}” wants a plural: “{plural}”."
        yield Finding(noun.start, noun.end, RULE, message, (replace_word(noun, plural),))


# after "and"/"or", a word that opens a noun phrase of its own: the noun before the
# "and" has ended its phrase ("two dog and a cat"), not run on as a modifier ("many
# wine and food festivals") (grammar15)
_OPENS_PHRASE = (
    DETERMINERS
    | POSSESSIVES
    | SUBJECT_PRONOUNS
    | OBJECT_PRONOUNS
    | word_set("one two three four five six seven eight nine ten")
)


def joins_new_phrase(sent: list[Token], j: int) -> bool:
    """Whether "and"/"or" at ``j`` joins a new noun phrase or clause ("and a cat", "and
    they left"), so the noun before it ended its own."""
    return low_at(sent, j) in ("and", "or", "nor") and low_at(sent, j + 1) in _OPENS_PHRASE


def _noun_ends(sent: list[Token], j: int, lex: Lexicon) -> bool:
    """The noun at ``j`` ends its phrase ("many problem in", not "many problem areas")."""
    after = low_at(sent, j + 1)
    if after in ("-", "'s", "’s", "'", "’") or (j + 1 < len(sent) and sent[j + 1].text == "-"):
        return False
    if joins_new_phrase(sent, j + 1):
        return True
    if after in ("and", "or", "&", "nor"):
        return False  # "many wine and food festivals": modifiers of a later noun
    return not lex.is_noun(after) or after in _ENDS_PHRASE


def _head(sent: list[Token], j: int, lex: Lexicon) -> int | None:
    """The noun after ``j`` and any adjectives (its index), or None."""
    while j < len(sent) and sent[j].is_word and lex.classes(sent[j].low) == {"ADJ"}:
        j += 1
    if j >= len(sent) or not sent[j].is_word or sent[j].is_capitalised:
        return None
    return j


_NUMBER_NOUNS = word_set("hundred thousand million billion trillion dozen score")


def _singular_after_plural(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    j = _head(sent, i + 1, lex)
    if j is None or not _noun_ends(sent, j, lex):
        return
    if sent[j].low in _NUMBER_NOUNS:
        return  # "a few thousand at most", "several hundred": a number, not a noun
    if sent[i].low in _COUNTS_WITH_OF and j == i + 1 and "VBP" in lex.tags(sent[j].low):
        return  # "Millions dwell in slums": the subject and its verb ("thousands of people")
    noun = sent[j]
    plural = count_noun(noun.low, lex)
    if plural:
        message = f"“{sent[i].text}” counts more than one: “{plural}”."
        yield Finding(noun.start, noun.end, RULE, message, (replace_word(noun, plural),))
        return
    swap = _MASS_SWAP.get(sent[i].low)
    # "much water", "much information"; "wine", "advice": print rarely counts them
    mass = lex.is_noun(noun.low) and (lex.pair("much", noun.low) > 0 or uncounted(noun.low, lex))
    counted = sent[i].low in ("many", "few", "several") and j == i + 1 and _phrase_ends(sent, j)
    if swap and counted and mass and lex.noun_number(noun.low) == "singular":
        # "many information", "these furniture": a noun that is not counted
        tok = sent[i]
        message = f"“{noun.text}” is not counted: “{swap} {noun.text}”."
        yield Finding(tok.start, tok.end, RULE, message, (replace_word(tok, swap),))


def _plural_after_singular(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "every students", "each days": one at a time wants the singular."""
    j = _head(sent, i + 1, lex)
    if j is None or not _noun_ends(sent, j, lex) or low_at(sent, i + 1) in ("other", "few"):
        return  # "every other day", "every few hours"
    noun = sent[j]
    if lex.tags(noun.low) != {"NNS"} or not lex.is_noun(noun.low):
        return
    if noun.low in NUMBER_BY_MEANING or lex.noun_number(noun.low) != "plural":
        return
    singular = lex.lemmas(noun.low, "NOUN")
    if len(singular) == 1 and singular[0] != noun.low:
        message = f"After “{sent[i].text}” the noun is singular: “{singular[0]}”."
        yield Finding(noun.start, noun.end, RULE, message, (replace_word(noun, singular[0]),))


def _much_plural(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "much children" -> "many children"."""
    noun = low_at(sent, i + 1)
    if low_at(sent, i - 1) in ("so", "too", "how", "very", "as"):
        return  # "so much" / "too much" before a plural can be an adverb ("much ado")
    plural = lex.tags(noun) == {"NNS"} and lex.noun_number(noun) == "plural"
    counted = plural and lex.is_noun(noun) and noun not in NUMBER_BY_MEANING
    if counted and _noun_ends(sent, i + 1, lex):
        tok = sent[i]
        message = f"“{sent[i + 1].text}” are counted: “many”."
        yield Finding(tok.start, tok.end, RULE, message, (replace_word(tok, "many"),))


def _after_of(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "a lot of car", "kinds of book", "one of the best player": a plural after "of"."""
    before = sent[i - 1].low
    j = i + 1
    if before in _OF_PLURAL:
        if before in ("lot", "lots") and low_at(sent, i - 2) not in ("a", "") and before == "lot":
            return  # "the lot of workers": a share, not "a lot of"
        if before == "lot" and low_at(sent, i - 3) in _SINGULAR_BE:
            return  # "There is a lot of argument": the singular verb takes the noun as mass
    elif before in _ONE_OF and low_at(sent, j) in _OF_DETERMINERS:
        if low_at(sent, i - 2) in ("the", "a"):
            return  # "the one of the house": not a count
        j += 1
    else:
        return
    head = _head(sent, j, lex)
    if head is None:
        return
    if not _noun_ends(sent, head, lex) and not (j > i + 1 and _verb_follows(sent, head, lex)):
        return
    noun = sent[head]
    plural = count_noun(noun.low, lex)
    if plural:
        message = f"A count of more than one: “{plural}”."
        yield Finding(noun.start, noun.end, RULE, message, (replace_word(noun, plural),))


def _verb_follows(sent: list[Token], j: int, lex: Lexicon) -> bool:
    """ "one of my friend lives here": the word after the noun is the sentence's verb
    (a form that can be finite, never printed after the noun as a compound's second
    word), so the noun ends its phrase though the word is a noun too ("lives")."""
    if j + 1 >= len(sent) or not sent[j + 1].is_word or sent[j + 1].is_capitalised:
        return False
    after = sent[j + 1].low
    if not lex.tags(after) & {"VBZ", "VBD"} or lex.pair(sent[j].low, after):
        return False
    # no other finite verb later: "One of my friend groups meets here" reads "groups"
    # as a noun, and the sentence's verb comes after it
    return not any(lex.tags(t.low) & {"VBZ", "VBD", "MD"} for t in sent[j + 2 :] if t.is_word)
