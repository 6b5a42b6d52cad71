"""Adverbs a clause puts in the wrong place or form: a frequency adverb after a main
verb ("I go always to school" -> "I always go", "She eats never meat" -> "never eats")
or before "be" as the main verb ("She always is late" -> "is always"),
and "good" for "well" after a verb of doing ("He plays good." -> "well").

English puts "always", "never", "usually", "seldom", "rarely" and "hardly" before a main
verb (after "be", a helper or a modal: "is always", "can never"). Judged only after a
subject pronoun and a verb that can only be finite, with more of the clause after the
adverb (so "I go always." and a verb of saying, "said never again", are left), and
never before an infinitive's "to" ("wanted never to return" is an old, literary order).

"good" is judged only after a verb from a list of verbs of doing (play, sing, work,
drive...) and at the clause's end: "feel good", "look good", "do good" (charity) and
"a good player" are left.
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at, replace_word
from reviewdesk.core.engines.grammar.lexicon import Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "adverb-order"
FORM_RULE = "adverb-form"
BE_RULE = "adverb-before-be"
# verbs of doing whose manner "good" cannot tell (never a linking verb: "feel", "look")
_DOING = word_set(
    "play sing work drive write speak cook dance run swim perform behave sleep read "
    "learn teach draw paint fight ski skate bat pitch"
)
_TO_OR_MODAL = word_set("to can could will would should must may might")
_CLAUSE_END = word_set("and but or so because when if although though")
_FREQUENCY = word_set("always never usually seldom rarely hardly")
_SUBJECTS = word_set("i you he she it we they")
_NOT_MAIN = word_set(
    "be am is are was were been have has had do does did can could will would shall "
    "should may might must 'm 're 's 've 'd 'll"
)
_SAYING = word_set(
    "say says said tell tells told ask asks asked reply replies replied add adds added"
)
_THIRD = word_set("he she it")
# "wanted never to return": the adverb belongs to the infinitive (an old, literary order)
_INFINITIVE_VERBS = word_set(
    "want wish hope promise seem try plan decide need expect intend choose"
)


def check_adverb_order(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Subject pronoun, main verb, frequency adverb, more of the clause; "plays good"."""
    yield from _good_for_well(sent, lex)
    yield from _adverb_before_be(sent, lex)
    for i in range(1, len(sent) - 2):
        verb, adverb = sent[i], sent[i + 1]
        if adverb.low not in _FREQUENCY or low_at(sent, i - 1) not in _SUBJECTS:
            continue
        if verb.low in _NOT_MAIN or verb.low in _SAYING or "'" in verb.low:
            continue
        if not _agrees(low_at(sent, i - 1), lex.tags(verb.low)):
            continue  # "you guys always": a noun after the pronoun, not its verb
        after = sent[i + 2]
        if not after.is_word or (after.low == "to" and _takes_infinitive(verb.low, lex)):
            continue
        fixed = f"{adverb.low} {verb.text}"  # never sentence-initial: a pronoun precedes
        message = f"“{adverb.text}” goes before the verb: “{fixed}”."
        yield Finding(verb.start, adverb.end, RULE, message, (fixed,))


# "be" as the main verb comes before a frequency adverb: "She always is late" -> "is
# always". Not "never" nor "hardly" ("I never was a fan" is an emphatic order print
# uses), and never before the end ("Yes, she always is.") (grammar15)
_BEFORE_BE = word_set("always usually often sometimes seldom rarely generally normally")
_BE_FORMS = word_set("am is are was were")


def _adverb_before_be(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Subject pronoun, frequency adverb, a form of "be", more of the clause."""
    for i in range(1, len(sent) - 2):
        adverb, be = sent[i], sent[i + 1]
        if adverb.low not in _BEFORE_BE or be.low not in _BE_FORMS:
            continue
        if low_at(sent, i - 1) not in _SUBJECTS or not sent[i + 2].is_word:
            continue
        if i >= 2 and sent[i - 2].is_word and sent[i - 2].low not in _CLAUSE_END:
            continue  # "what they usually are", "that it often is": another clause's end
        fixed = f"{be.text} {adverb.text}"
        message = f"“{adverb.text}” goes after “{be.text}”: “{fixed}”."
        yield Finding(adverb.start, be.end, BE_RULE, message, (fixed,))


def _agrees(subject: str, tags: frozenset[str]) -> bool:
    """Whether a verb with ``tags`` can be the finite verb of ``subject`` ("she eats",
    "they go", "we watched"; not "you guys", "we students")."""
    if "VBD" in tags:
        return True
    return ("VBZ" if subject in _THIRD else "VBP") in tags


def _takes_infinitive(verb: str, lex: Lexicon) -> bool:
    """Whether ``verb`` is a form of a verb that takes "to" and an infinitive."""
    return any(lemma in _INFINITIVE_VERBS for lemma in lex.lemmas(verb, "VERB"))


# words that may end the clause after the adverb: "played good yesterday" (grammar14)
_AFTER_MANNER = _CLAUSE_END | word_set("yesterday today tonight now again too lately recently")


def _manner_adverb(word: str, lex: Lexicon) -> str | None:
    """The "-ly" adverb of an adjective that is nothing but an adjective ("careful" ->
    "carefully", "easy" -> "easily", "simple" -> "simply"), when print knows it as an
    adverb; "good" -> "well". None for a word that is an adverb itself ("hard", "fast",
    "late") or anything else ("dead", "dirty": a noun or verb too)."""
    if word == "good":
        return "well"
    if lex.classes(word) != {"ADJ"} or lex.tags(word) - {"JJ"}:
        return None
    if word.endswith("y"):
        candidates = [word[:-1] + "ily"]
    elif word.endswith("le"):
        candidates = [word[:-1] + "y"]
    elif word.endswith("ic"):
        candidates = [word + "ally"]
    else:
        candidates = [word + "ly", word[:-1] + "ly"]
    for adverb in candidates:
        if "RB" in lex.tags(adverb) and lex.count(adverb) >= _COMMON_ADVERB:
            return adverb
    return None


_COMMON_ADVERB = 1_000_000


def _good_for_well(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """ "He plays good." -> "well", "She sings beautiful." -> "beautifully": an adjective
    after a verb of doing, ending the clause (grammar14 widened it from "good" to every
    adjective with an "-ly" adverb)."""
    for i in range(1, len(sent)):
        tok = sent[i]
        if not sent[i - 1].is_word or not tok.is_word or tok.is_capitalised:
            continue
        adverb = _manner_adverb(tok.low, lex)
        if adverb is None:
            continue
        after = sent[i + 1] if i + 1 < len(sent) else None
        if after is not None and after.is_word and after.low not in _AFTER_MANNER:
            continue  # "plays good music"
        verb = sent[i - 1]
        if not any(lemma in _DOING for lemma in lex.lemmas(verb.low, "VERB")):
            continue
        before = low_at(sent, i - 2)
        noun_like = verb.low in _DOING and not _agrees(before, lex.tags(verb.low))
        if noun_like and before not in _TO_OR_MODAL:
            continue  # "a good read", "the team's play good": a noun
        message = f"How someone {verb.text}: the adverb “{adverb}”."
        yield Finding(tok.start, tok.end, FORM_RULE, message, (replace_word(tok, adverb),))
