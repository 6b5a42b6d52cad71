"""Agreement with subjects the main agreement rules do not read:

- two people joined by "and" ("He and she was late", "Mary and I was") take a plural
  verb;
- a quantity phrase with "of" agrees with what it counts ("A lot of people is here" ->
  "are", "Two of the witnesses was" -> "were", "Most of the players is"), except "the
  number of", which is one number ("The number of cars are rising" -> "is");
- "here", "where" and "what" before a form of "be" put the subject after it ("Here is
  the results", "Where is the keys?" -> "are");
- "this" and "that" standing alone as the subject take "is"/"was", "these" and
  "those" take "are"/"were" ("This are the results", "These was a mistake");
- "one of" and "each of" a plural take a singular verb ("One of my friends live" ->
  "lives", "Each of the players were" -> "was");
- a singular noun that opens a sentence takes the "-s" form ("The man walk to work" ->
  "walks"), judged only for words print uses mostly as verbs after "he" or "she".
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import (
    Finding,
    low_at,
    replace_word,
    sentence_start,
)
from reviewdesk.core.engines.grammar.lexicon import (
    NUMBER_BY_MEANING,
    TO_PLURAL,
    TO_SINGULAR,
    Lexicon,
    word_set,
)
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "subject-verb-agreement"
_PERSONS = word_set("he she i you we they")
_QUANTITIES = word_set("lot lots plenty couple")
# "two of the players", "most of the players": part of a plural is plural
_SOME_OF = word_set("two three four five six seven eight nine ten both many several few most some")
_PHRASE_WORDS = word_set("the these those my your his her our their its some such other")
_INVERTERS = word_set("here where what")
_SUBJECT_DETERMINERS = word_set("the a an this that my your his her its our their every each")
_OBJECT_STARTS = word_set(
    "the a an it them him her me us my your his our their this these in on at with from into"
)
_POINTERS = {"this": TO_SINGULAR, "that": TO_SINGULAR, "these": TO_PLURAL, "those": TO_PLURAL}
_OF_DETERMINERS = word_set("the my your his her our their its these those")
_NUMBERS = word_set("two three four five six seven eight nine ten twelve twenty hundred")
_NP = frozenset({"NOUN", "ADJ"})
_OF_PRONOUNS = word_set("them us you these those")
_UNREAL = word_set("if though wish suppose imagine unless")
_CLAUSE_WORDS = word_set("and but so because when while if since though although")
_RATIO = 20  # "he walks" printed this many times as often as "he walk"


def check_subjects(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Agreement slips with the subjects above, in one sentence."""
    if len(sent) < 3:
        return
    yield from _joined_people(sent)
    for i, tok in enumerate(sent[:-2]):
        low = tok.low
        if (
            low in _QUANTITIES
            or low in _SOME_OF
            or (low == "number" and low_at(sent, i - 1) in ("a", "the"))
        ):
            if low_at(sent, i + 1) == "of":
                yield from _quantity_of(sent, i, lex)
        elif low in _INVERTERS and sentence_start(sent, i):
            yield from _inverted(sent, i, lex)
        elif low in _POINTERS and _pointer_subject(sent, i):
            yield from _pointer_verb(sent, i)
        elif low in ("one", "each") and low_at(sent, i + 1) == "of" and _one_subject(sent, i):
            yield from _one_of(sent, i, lex)
    yield from _noun_then_base(sent, lex)


def _verb_fix(tok: Token, table: dict[str, str], message: str) -> Finding:
    return Finding(tok.start, tok.end, RULE, message, (replace_word(tok, table[tok.low]),))


def _joined_people(sent: list[Token]) -> Iterator[Finding]:
    """ "He and she was late", "Mary and I was" -> "were"."""
    first = next(
        (k for k in range(len(sent) - 3) if sent[k + 1].low == "and" and sentence_start(sent, k)),
        None,
    )
    if first is None or not sent[first].is_word:
        return
    one, two = sent[first], sent[first + 2]
    people = [one.low in _PERSONS, two.low in _PERSONS]
    names = [one.is_capitalised and one.low not in _PERSONS, two.is_capitalised]
    # both pronouns, or a pronoun beside a name (never two names: "Marks and Spencer is")
    if not (all(people) or (people[0] and names[1]) or (names[0] and people[1])):
        return
    verb = sent[first + 3]
    if verb.low in TO_PLURAL:
        yield _verb_fix(verb, TO_PLURAL, "Two people are a plural subject.")


def _noun_phrase_end(sent: list[Token], j: int, lex: Lexicon) -> int | None:
    """The head noun of a noun phrase starting at ``j`` (determiner and adjectives
    skipped), or None."""
    if low_at(sent, j) in _PHRASE_WORDS:
        j += 1
    while j < len(sent) and sent[j].is_word and lex.classes(sent[j].low) == {"ADJ"}:
        j += 1
    if j >= len(sent) or not sent[j].is_word or sent[j].is_capitalised:
        return None
    return j


def _plural_noun(word: str, lex: Lexicon) -> bool:
    return (
        word not in NUMBER_BY_MEANING
        and lex.is_noun(word)
        and (word == "people" or (lex.noun_number(word) == "plural" and "NNS" in lex.tags(word)))
    )


def _quantity_of(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "A lot of people is" -> "are"; "The number of cars are" -> "is"."""
    if sent[i].low in ("lot", "couple") and low_at(sent, i - 1) != "a":
        return
    j = _noun_phrase_end(sent, i + 2, lex)
    if j is None or j + 1 >= len(sent) or not _plural_noun(sent[j].low, lex):
        return
    verb = sent[j + 1]
    if sent[i].low == "number" and low_at(sent, i - 1) == "the":
        if verb.low in TO_SINGULAR:
            yield _verb_fix(verb, TO_SINGULAR, "“The number” is one number: a singular verb.")
    elif verb.low in TO_PLURAL:
        message = f"The verb agrees with “{sent[j].text}”: a plural verb."
        yield _verb_fix(verb, TO_PLURAL, message)


def _inverted(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "Here is the results", "Where is the keys?" -> "are"."""
    verb = sent[i + 1]
    if verb.low not in ("is", "was"):
        return  # "Here's the results" is common speech: left alone
    j = _noun_phrase_end(sent, i + 2, lex)
    if j is None or j == i + 2 or not _plural_noun(sent[j].low, lex):
        return  # a determiner must come first: "Here is news", "What is lies" are odd
    after = low_at(sent, j + 1)
    if after and after.isalpha() and lex.is_noun(after):
        return  # "Where is the sales office?"
    if after in ("'", "’", "-"):
        return
    message = f"The subject “{sent[j].text}” comes after the verb: a plural verb."
    yield _verb_fix(verb, TO_PLURAL, message)


def _noun_then_base(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """ "The man walk to work" -> "walks": a sentence's singular noun subject."""
    first = next((k for k, t in enumerate(sent) if t.is_word), None)
    if first is None or not sentence_start(sent, first):
        return
    if sent[first].low not in _SUBJECT_DETERMINERS:
        return
    j = first + 1
    while j < len(sent) and sent[j].is_word and lex.classes(sent[j].low) == {"ADJ"}:
        j += 1
    if j + 1 >= len(sent) or not sent[j].is_word or sent[j].is_capitalised:
        return
    noun, verb = sent[j].low, sent[j + 1]
    if noun in NUMBER_BY_MEANING or not lex.is_noun(noun) or lex.noun_number(noun) != "singular":
        return
    if not verb.is_word or verb.is_capitalised or lex.pair(noun, verb.low) > 0:
        return  # "the school run", "the police report": a compound
    tags = lex.tags(verb.low)
    if "VB" not in tags or tags & {"VBD", "VBN", "VBZ", "VBG"} or "'" in verb.low:
        return
    if verb.low in ("be", "have", "do", "need", "dare"):
        return
    if lex.classes(verb.low) != {"VERB"} and low_at(sent, j + 2) not in _OBJECT_STARTS:
        return  # "walk" is also a noun: an object or a preposition after it makes it a verb
    third = lex.inflect(verb.low, "VBZ")
    if not third or third == verb.low or lex.lemmas(verb.low) != (verb.low,):
        return
    backed = max(lex.pair("he", third), lex.pair("she", third), lex.pair("it", third))
    plain = max(lex.pair("he", verb.low), lex.pair("she", verb.low), lex.pair("it", verb.low))
    if backed == 0 or backed < _RATIO * max(plain, 1):
        return
    message = f"“{sent[j].text}” is singular: “{third}”."
    yield Finding(verb.start, verb.end, RULE, message, (replace_word(verb, third),))


def _pointer_subject(sent: list[Token], i: int) -> bool:
    """ "this"/"these" opening a clause as its subject; "that" only at a sentence's
    start ("the days that were" is a relative clause)."""
    if sentence_start(sent, i):
        return True
    return sent[i].low != "that" and low_at(sent, i - 1) in _CLAUSE_WORDS


def _pointer_verb(sent: list[Token], i: int) -> Iterator[Finding]:
    """ "This are" -> "is", "Those was" -> "were" (the verb straight after the word)."""
    verb = sent[i + 1]
    table = _POINTERS[sent[i].low]
    if verb.low == "were" and any(t.low in _UNREAL for t in sent[:i]):
        return  # "if this were true": the subjunctive
    if verb.low in table:
        number = "plural" if table is TO_PLURAL else "singular"
        yield _verb_fix(verb, table, f"“{sent[i].text}” is {number} here.")


def _one_subject(sent: list[Token], i: int) -> bool:
    """ "One of" opening a clause (not "the one of", "at each of")."""
    return sentence_start(sent, i) or low_at(sent, i - 1) in _CLAUSE_WORDS


def _one_of(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """The verb after "one of the players": singular, agreeing with "one"."""
    j = i + 2
    if low_at(sent, j) in _OF_PRONOUNS:
        j += 1
    else:
        if low_at(sent, j) in _OF_DETERMINERS:
            j += 1
        # the first plural noun ends the phrase: "the three best teams | play"
        while j < len(sent) and j - i < 7 and not _marked_plural(sent[j].low, lex):
            word = sent[j]
            if not (word.is_number or word.low in _NUMBERS or lex.classes(word.low) & _NP):
                return
            if sent[j].low in TO_SINGULAR or sent[j].low in TO_PLURAL:
                return
            j += 1
        j += 1
    if j >= len(sent) or not sent[j].is_word:
        return
    verb = sent[j]
    if verb.low in TO_SINGULAR:
        yield _verb_fix(verb, TO_SINGULAR, f"“{sent[i].text} of …” takes a singular verb.")
        return
    tags = lex.tags(verb.low)
    if "VBP" not in tags or not tags <= {"VB", "VBP", "JJ", "NN", "NNS"} or "'" in verb.low:
        return
    if tags & {"NN", "NNS"} and lex.is_noun(low_at(sent, j + 1)):
        return  # "one of the teams' play area": a noun phrase goes on
    third = lex.inflect(verb.low, "VBZ")
    if third and third != verb.low:
        message = f"“{sent[i].text} of …” takes a singular verb: “{third}”."
        yield Finding(verb.start, verb.end, RULE, message, (replace_word(verb, third),))


def _marked_plural(low: str, lex: Lexicon) -> bool:
    """A noun with a plural "-s" and a singular of its own ("things"; never "news")."""
    if not low.endswith("s") or "NNS" not in lex.tags(low):
        return False
    singular = lex.lemmas(low, "NOUN")
    return bool(singular) and singular[0] != low
