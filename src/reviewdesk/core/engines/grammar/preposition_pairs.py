"""Fixed pairs a usage guide lists: the one preposition a word takes, written with
another ("similar with" -> "similar to", "responsible of" -> "for", "rely in" -> "on").

``collocations.py`` reads the usual preposition from print's pair counts, and judges
only a few written ones (of, to, on, at, with, from) before an object; these pairs are
the learners' classics its counts miss (the pair is too rare, or "for" and "in" are not
judged). Each pair names the wrong prepositions and the objects that start an adjunct
rather than the word's complement ("angry on behalf of", "similar with regard to",
"satisfied from the start"). A verb's forms are read through its lemma ("relies in",
"focused at"). Before a verb, "to" becomes the preposition and the "-ing" form
("insisted to pay" -> "insisted on paying", "capable to win" -> "capable of winning").
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at, replace_word
from reviewdesk.core.engines.grammar.lexicon import DETERMINERS, Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "preposition"

# word (an adjective, or a verb's lemma) -> (wrong prepositions, the one it takes)
_PAIRS: dict[str, tuple[frozenset[str], str]] = {
    "interested": (word_set("for at about with on"), "in"),
    "similar": (word_set("with as from"), "to"),
    "responsible": (word_set("of about"), "for"),
    "angry": (word_set("on"), "with"),
    "proud": (word_set("for on about with"), "of"),
    "famous": (word_set("of about with"), "for"),
    "jealous": (word_set("on from with about"), "of"),
    "capable": (word_set("to for in"), "of"),
    "accustomed": (word_set("with at of"), "to"),
    "addicted": (word_set("with at of on"), "to"),
    "satisfied": (word_set("from of about on"), "with"),
    "full": (word_set("with from"), "of"),
    "superior": (word_set("than from"), "to"),
    "inferior": (word_set("than from"), "to"),
    "according": (word_set("with about in on for of"), "to"),
    "consist": (word_set("from with by"), "of"),
    "participate": (word_set("on"), "in"),
    "rely": (word_set("in at from"), "on"),
    "depend": (word_set("from in at"), "on"),
    "focus": (word_set("at"), "on"),
    "concentrate": (word_set("at"), "on"),
    "believe": (word_set("on at"), "in"),
    "insist": (word_set("to at"), "on"),
    "prevent": (word_set("to of"), "from"),
    "emphasize": (word_set("on"), ""),
    "emphasise": (word_set("on"), ""),
}
_ANY_WRONG = frozenset().union(*(wrong for wrong, _ in _PAIRS.values()))
# objects that open an adjunct whatever the word before ("angry on behalf of", "similar
# with regard to", "satisfied from the start", "focus at times", "interested on Monday")
_ADJUNCTS = word_set(
    "behalf regard respect times least first once start outset beginning day moment time all "
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december weekends night noon midnight "
    "dawn home work"
)
# "to" is judged only before a verb, which then takes "-ing" ("insisted to pay"); before
# anything else it may start an adjunct ("insisted to the court")
_BE = word_set("be is are was were been being")
_VERB_LEMMAS = word_set(
    "consist participate rely depend focus concentrate believe insist prevent emphasize emphasise"
)


def check_preposition_pairs(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """A listed word followed by a preposition it never takes."""
    for i in range(len(sent) - 2):
        word, prep = sent[i], sent[i + 1]
        if prep.low not in _ANY_WRONG or not word.is_word:
            continue  # most words: no look-up
        key = _key(word.low, lex)
        if key is None:
            continue
        wrong, right = _PAIRS[key]
        if prep.low not in wrong or prep.low == right:
            continue
        after = sent[i + 2]
        if not after.is_word or after.low in _ADJUNCTS:  # "interested on Monday", "in 2010"
            continue
        if after.low in DETERMINERS and low_at(sent, i + 3) in _ADJUNCTS:
            continue  # "satisfied from the start"
        if prep.low == "to":
            if _verb_after(after.low, lex):
                yield from _to_verb(sent, i, right, lex)
            continue  # before anything else "to" may start an adjunct ("insisted to the court")
        if not right:
            message = f"“{word.text}” takes its object straight after it: “{word.text}”."
            yield Finding(word.start, prep.end, RULE, message, (word.text,))
            continue
        message = f"“{word.text}” takes “{right}”: “{word.text} {right}”."
        yield Finding(prep.start, prep.end, RULE, message, (replace_word(prep, right),))


def _key(word: str, lex: Lexicon) -> str | None:
    """The pair's key for ``word``: itself, or its verb lemma ("relies" -> "rely")."""
    if word in _PAIRS:
        return word
    for lemma in lex.lemmas(word, "VERB"):
        if lemma in _VERB_LEMMAS:
            return lemma
    return None


def _verb_after(word: str, lex: Lexicon) -> bool:
    """A verb's base form ("pay", "win"): after "to", the infinitive's."""
    return "VB" in lex.tags(word) and word not in DETERMINERS


def _to_verb(sent: list[Token], i: int, right: str, lex: Lexicon) -> Iterator[Finding]:
    """ "insisted to pay" -> "insisted on paying"."""
    word, prep, verb = sent[i], sent[i + 1], sent[i + 2]
    ing = lex.inflect(verb.low, "VBG")
    passive = word.low not in _PAIRS and low_at(sent, i - 1) in _BE
    if not ing or passive:
        return  # "is prevented to": a passive, another shape
    message = f"“{word.text}” takes “{right}” and the “-ing” form: “{right} {ing}”."
    yield Finding(prep.start, verb.end, RULE, message, (f"{replace_word(prep, right)} {ing}",))
