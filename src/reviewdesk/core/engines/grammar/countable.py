"""Countable nouns used as if they were not: a singular one with no determiner where a
noun phrase must start ("She is teacher", "I have dog", "He bought new car", "afraid of
spider"), and a plural made regular where the noun's own plural is not ("the mans",
"her foots").

A singular countable noun cannot stand alone as a noun phrase; a mass noun ("water",
"information") and a title ("president", "chairman") can. Which a noun is comes from
print, not from a list: a countable noun follows "a"/"an" about as often as it occurs
at all in the word counts (teacher 4.1, car 2.1, dog 2.6; the pair table is the larger
slice of print), a mass noun or a title far less (water 0.7, information 0.1,
president 0.3); and its plural is common (teachers 1.0 per "teacher", cars 0.4),
where "a hell of", "a sense of" make "hell" and "sense" look countable (hells 0.02).
Where a noun is printed bare after the word before it ("take place", "make sense", "is
time"), the idiom is print's and is left. The slots are ones where a
noun phrase must begin: after a form of "be", after a finite verb whose subject is a
pronoun (or after its object pronoun: "gave me book"), and after a preposition that
follows an adjective or a verb ("afraid of", not "kind of": "a kind of spider" is
English). A noun followed by "of", a figure or a name ("president of", "page 5",
"coach Smith") is a role or a label and is left.
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.articles import starts_with_vowel_sound
from reviewdesk.core.engines.grammar.findings import Finding, low_at, replace_word
from reviewdesk.core.engines.grammar.lexicon import (
    ADVERBS_BETWEEN,
    CLOSED_CLASS,
    NUMBER_BY_MEANING,
    Lexicon,
    word_set,
)
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "missing-article"
RULE_PLURAL = "noun-number"
_BE = word_set("is was am are were be been isn't wasn't aren't weren't")
_PRONOUN_SUBJECTS = word_set("i he she we they")
_OBJECT_PRONOUNS = word_set("me him us them")
# verbs whose noun after them can be a role with no article
_COMPLEMENT_VERBS = word_set("make become turn elect name appoint crown vote declare remain")
_AFTER_ADJECTIVE = word_set("of with about from")  # "afraid of", "angry with"
_BY_MEANING = NUMBER_BY_MEANING  # "police", "staff": a group, not one of many
_COUNTABLE = 1.5  # pairs with "a"/"an" per occurrence of the noun at least this
_PLURAL_SHARE = 0.15  # its plural printed at least this often per singular
_COMMON = 2_000_000  # the noun at least this common (not a rare or technical word)
_NOUN_TAGS = frozenset({"NN", "NNS", "VB", "VBP"})
_FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def check_countable(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Both kinds above, in one sentence."""
    for i, tok in enumerate(sent[:-1]):
        if not tok.is_word:
            continue
        low = tok.low
        if low in _BE or _verb_slot(sent, i, lex) or _preposition_slot(sent, i, lex):
            yield from _bare_noun(sent, i, lex)
        if low in _DETERMINING:
            yield from _regular_plural(sent, i, lex)


def _verb_slot(sent: list[Token], i: int, lex: Lexicon) -> bool:
    """A finite verb after a subject pronoun ("I have", "he bought"), or its object
    pronoun after it ("she gave me")."""
    low = sent[i].low
    if low in _OBJECT_PRONOUNS:
        return i >= 2 and low_at(sent, i - 2) in _PRONOUN_SUBJECTS and _finite(sent[i - 1], lex)
    return i >= 1 and low_at(sent, i - 1) in _PRONOUN_SUBJECTS and _finite(sent[i], lex)


def _finite(tok: Token, lex: Lexicon) -> bool:
    """A word that is only a verb, in a finite form ("bought", "has"; not "book")."""
    low = tok.low
    if any(lemma in _COMPLEMENT_VERBS for lemma in lex.lemmas(low)):
        return False  # "made partner", "became captain": a role, not an object
    if low in ("have", "has", "had"):
        return True
    if low in CLOSED_CLASS:
        return False
    return lex.classes(low) == {"VERB"} and bool(lex.tags(low) & _FINITE_VERB_TAGS)


def _preposition_slot(sent: list[Token], i: int, lex: Lexicon) -> bool:
    """A preposition after an adjective or a verb, not after a noun ("afraid of", not
    "kind of")."""
    if sent[i].low not in _AFTER_ADJECTIVE or i == 0 or not sent[i - 1].is_word:
        return False
    before = lex.classes(sent[i - 1].low)
    return bool(before) and "NOUN" not in before and sent[i - 1].low not in CLOSED_CLASS


def _bare_noun(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """A singular countable noun after slot ``i`` with nothing to determine it."""
    k = i + 1
    while k < len(sent) and sent[k].low in ADVERBS_BETWEEN:
        k += 1
    first = k
    while k < len(sent) - 1 and _adjective(sent[k], lex):
        k += 1
    if k >= len(sent) or not _countable_head(sent, k, lex):
        return
    if lex.pair(sent[i].low, sent[k].low):
        return  # "take place", "is time", "make good sense": print's idiom
    verb_too = k == first and sent[i].low not in _BE and "VB" in lex.tags(sent[k].low)
    if verb_too and lex.pair("to", sent[k].low) >= lex.pair("a", sent[k].low):
        return  # "promised call me": a verb whose "to" is missing, not a noun
    if sent[i].low in _BE and low_at(sent, i - 1) == "there":
        return  # "there is consensus", "there was danger": print's abstract uses
    after = sent[k + 1] if k + 1 < len(sent) else None
    if after is not None and _not_the_end(sent[k], after, lex):
        return
    phrase = sent[first : k + 1]
    text = " ".join(t.text for t in phrase)
    article = "an" if starts_with_vowel_sound(phrase[0].text) else "a"
    head = sent[k].text
    message = f"“{head}” counts as one of many: it needs “{article}” or “the” before it."
    yield Finding(
        phrase[0].start,
        sent[k].end,
        RULE,
        message,
        (f"{article} {text}", f"the {text}"),
    )


def _not_the_end(head: Token, after: Token, lex: Lexicon) -> bool:
    """Whether the word after the noun shows it is no noun phrase's end: a role or a
    label ("president of", "page 5", "coach Smith"), a compound ("tour manager",
    "mouse-clicks", "drug tested"), a verb's object ("not drop it"), a quotation."""
    if after.low in ("of", "'s", "’s") or after.is_number or after.is_capitalised:
        return True
    if after.text in _JOINING_MARKS:
        return True
    if not after.is_word:
        return False
    classes = lex.classes(after.low)
    if "NOUN" in classes and classes <= {"NOUN", "VERB"}:
        return True  # another noun: the first one modifies it
    if lex.tags(after.low) <= {"VBN", "VBD", "VB", "VBP"} and lex.tags(after.low):
        return True  # "was gang raped", "dog eat dog"
    return "VB" in lex.tags(head.low) and after.low in _OBJECT_STARTS


_JOINING_MARKS = frozenset("-‐–/\"'“”‘’)]")
_OBJECT_STARTS = word_set("the a an it him her them me us this that these those his their my")


def _adjective(tok: Token, lex: Lexicon) -> bool:
    """A word that is only an adjective ("new"; not "dark", a noun too), and not one
    that counts or picks ("several", "next": they determine the noun themselves)."""
    low = tok.low
    if not tok.is_word or tok.is_capitalised or low in _QUANTIFYING:
        return False
    return lex.classes(low) == {"ADJ"}


_QUANTIFYING = word_set(
    "several many few much more most less least other same such own numerous various "
    "enough next last only whole entire certain sufficient additional further"
)


def _countable_head(sent: list[Token], k: int, lex: Lexicon) -> bool:
    """A lowercase singular noun that print counts one by one."""
    tok = sent[k]
    low = tok.low
    if not tok.is_word or tok.is_capitalised or low in CLOSED_CLASS or "'" in low:
        return False
    if low in _BY_MEANING:
        return False
    if "NOUN" not in lex.classes(low) or not lex.classes(low) <= {"NOUN", "VERB"}:
        return False
    if not lex.tags(low) <= _NOUN_TAGS or lex.noun_number(low) != "singular":
        return False
    count = lex.count(low)
    if count < _COMMON:
        return False
    if (lex.pair("a", low) + lex.pair("an", low)) < _COUNTABLE * count:
        return False
    plural = lex.inflect(low, "NNS")  # and one of many: "hells", "senses" are rare
    if not plural or plural == low:
        return False
    return lex.count(plural) >= _PLURAL_SHARE * count


# -- plurals made regular ----------------------------------------------------------
_DETERMINING = word_set(
    "the these those my your his her our their some many several few both two three four "
    "five six seven eight nine ten"
)


def _regular_plural(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "the mans", "her foots": after a determiner, a noun's singular with "-s" where its
    plural is another word ("men", "feet")."""
    tok = sent[i + 1]
    low = tok.low
    if not tok.is_word or tok.is_capitalised or not low.endswith("s") or len(low) < 4:
        return
    singular = low[:-1]
    if lex.noun_number(singular) != "singular" or lex.pair(sent[i].low, low):
        return
    plural = lex.inflect(singular, "NNS")
    if not plural or plural in (low, singular) or plural.endswith("s"):
        return
    if lex.pair(sent[i].low, plural) == 0:
        return
    message = f"The plural of “{singular}” is “{plural}”."
    yield Finding(tok.start, tok.end, RULE_PLURAL, message, (replace_word(tok, plural),))
