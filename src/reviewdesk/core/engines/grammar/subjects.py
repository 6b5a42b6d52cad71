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
- a singular noun that opens a sentence takes the "-s" form ("The man walk to work",
  "My brother live near the stadium" -> "walks", "lives"), judged only for words print
  uses mostly as verbs after "he" or "she", and for a word that is a noun or adjective
  too only where an object follows or the sentence has no other verb; a plural one
  with the sentence's only verb in its "-s" form takes the base form ("The workers
  wants more money" -> "want").
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import (
    Finding,
    low_at,
    replace_word,
    sentence_start,
    word_at,
)
from reviewdesk.core.engines.grammar.lexicon import (
    CLOSED_CLASS,
    DETERMINERS,
    MODALS,
    NUMBER_BY_MEANING,
    PREPOSITIONS,
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
    """ "The man walk to work", "My brother live near", "The police chief want more" ->
    the "-s" form: a sentence's singular noun subject and the base verb after it.

    The noun phrase may hold adjectives and nouns ("police chief"); the first base-form
    word after a singular noun is the verb if it is nothing else, if an object follows
    it, or if nothing else in the sentence can be its verb (a sentence needs one, so a
    word that is also a noun or adjective, "live", "want", is read as the verb).
    """
    first = next(
        (
            k
            for k, t in enumerate(sent)
            if t.is_capitalised and t.low in _SUBJECT_DETERMINERS and sentence_start(sent, k)
        ),
        None,
    )  # the first word, or the first after a label's colon ("Update: The man walk")
    if first is None:
        return
    # the last noun of the phrase's words followed by a base form: "The old man live"
    # (not "old" before "man"), "The price increase worries" (not "increase")
    splits = []
    k = first + 1
    while k + 1 < len(sent) and _phrase_word(sent, k, lex):
        if _base_after_noun(sent, k, lex) or _s_after_plural(sent, k, lex):
            splits.append(k)
        k += 1
    if not splits:
        return
    j = splits[-1]
    if _s_after_plural(sent, j, lex):
        yield from _plural_then_s(sent, j, lex)
        return
    noun, verb = sent[j].low, sent[j + 1]
    if noun in NUMBER_BY_MEANING or not lex.is_noun(noun) or lex.noun_number(noun) != "singular":
        return
    if lex.classes(noun) - {"NOUN", "VERB"} and not lex.is_noun(low_at(sent, j - 1)):
        return  # "The poor live", "The young want": an adjective standing for people
    if not verb.is_word or verb.is_capitalised or lex.pair(noun, verb.low) > 0:
        return  # "the school run", "the police report": a compound
    if verb.low in ("be", "have", "do", "need", "dare"):
        return
    verb_only = lex.classes(verb.low) == {"VERB"}
    sole = _only_verb(sent, j + 1, lex)
    if not verb_only and low_at(sent, j + 2) not in _OBJECT_STARTS and not sole:
        return  # "walk" is also a noun: an object after it, or no other verb, shows the verb
    third = lex.inflect(verb.low, "VBZ")
    if not third or third == verb.low or lex.lemmas(verb.low) != (verb.low,):
        return
    if not (verb_only and sole) and not _printed_after_pronoun(third, verb.low, lex):
        return
    message = f"“{sent[j].text}” is singular: “{third}”."
    yield Finding(verb.start, verb.end, RULE, message, (replace_word(verb, third),))


def _phrase_word(sent: list[Token], j: int, lex: Lexicon) -> bool:
    """A lowercase adjective or noun that can stand in a noun phrase."""
    tok = sent[j]
    return (
        tok.is_word
        and not tok.is_capitalised
        and tok.low not in CLOSED_CLASS
        and bool(lex.classes(tok.low) & _NP)
    )


def _base_after_noun(sent: list[Token], j: int, lex: Lexicon) -> bool:
    """Whether a noun at ``j`` is followed by a verb's base form (and nothing past)."""
    tags = lex.tags(low_at(sent, j + 1))
    return (
        lex.is_noun(sent[j].low)
        and "VB" in tags
        and not tags & {"VBD", "VBN", "VBZ", "VBG"}
        and "'" not in sent[j + 1].low
    )


def _printed_after_pronoun(third: str, base: str, lex: Lexicon) -> bool:
    """Whether print puts the "-s" form after "he", "she" or "it" far more often than
    the base form ("he lives" against "he live"; "make it work" only spoils "it")."""
    return any(
        lex.pair(p, third) >= _RATIO * max(lex.pair(p, base), 1) for p in ("he", "she", "it")
    )


def _s_after_plural(sent: list[Token], j: int, lex: Lexicon) -> bool:
    """Whether a plural noun at ``j`` is followed by an "-s" word that may be a verb."""
    tags = lex.tags(low_at(sent, j + 1))
    return (
        "VBZ" in tags
        and tags <= {"VBZ", "NNS"}
        and _plural_noun(sent[j].low, lex)
        and "NN" not in lex.tags(sent[j].low)
    )


def _plural_then_s(sent: list[Token], j: int, lex: Lexicon) -> Iterator[Finding]:
    """ "The workers wants more money" -> "want": a plural subject and the sentence's
    only verb in its "-s" form (two plural nouns in a row are a compound only where
    print has them: "sales figures")."""
    noun, verb = sent[j].low, sent[j + 1]
    if lex.pair(noun, verb.low) > 0 or not _only_verb(sent, j + 1, lex):
        return
    if word_at(sent, j + 2) is None or low_at(sent, j + 2) in PREPOSITIONS:
        return  # "The sales figures for March.": a caption's noun phrase, no verb
    lemmas = lex.lemmas(verb.low)
    if len(lemmas) != 1 or lemmas[0] == verb.low:
        return
    base = lemmas[0]
    if lex.pair("they", base) < _RATIO * max(lex.pair("they", verb.low), 1):
        return
    message = f"“{sent[j].text}” is plural: “{base}”."
    yield Finding(verb.start, verb.end, RULE, message, (replace_word(verb, base),))


# Words that are a clause's verb wherever they stand.
_FINITE = MODALS | word_set(
    "am is are was were has have had do does did isn't aren't wasn't weren't hasn't "
    "haven't hadn't don't doesn't didn't can't won't couldn't wouldn't shouldn't"
)
_CONTRACTED = ("'s", "'re", "'ve", "'ll", "'d", "'m", "n't")
_NEVER_VERBS = CLOSED_CLASS - _FINITE


def _only_verb(sent: list[Token], at: int, lex: Lexicon) -> bool:
    """Whether no word after ``at`` in a statement can be its verb: no helper or modal,
    and no finite form but after "to", a determiner, an adjective, a number or a
    preposition (where it is a noun: "about 300 people", "more officers")."""
    if sent[-1].text not in ".!":
        return False
    for k in range(at + 1, len(sent)):
        tok = sent[k]
        if tok.text in ";:—–":
            break  # a second clause has a verb of its own
        if not tok.is_word or tok.low in _NEVER_VERBS:
            continue
        if tok.low in _FINITE or tok.low.endswith(_CONTRACTED):
            return False
        if not lex.tags(tok.low) & {"VBD", "VBZ", "VBP"}:
            continue
        before = sent[k - 1]
        if k == at + 1 and lex.classes(tok.low) & _NP:
            continue  # its object: "keep chickens", "need water", "work long hours"
        if before.is_number or before.low in DETERMINERS | PREPOSITIONS | {"to"}:
            continue
        if k > at + 1 and "ADJ" in lex.classes(before.low):
            continue
        return False
    return True


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
