"""Degree marked twice or in the wrong place: "more better", "the most easiest", "less
happier" (a comparative or superlative already carries its degree, so "more" or "most"
before it is one too many), and "enough big" (the adverb "enough" follows the adjective
it grades: "big enough").

Which words are comparatives and superlatives comes from LemmInflect's tags (JJR, JJS),
so every regular "-er"/"-est" form and the irregular ones ("better", "worst") are
covered, not a list. A comparative followed by a noun is left alone: there "more" can
count the noun phrase ("more older people than ever").

A short adjective takes "-er"/"-est" rather than "more"/"most" ("more tall" ->
"taller", "the most cheap" -> "cheapest"): judged for adjectives of one syllable (or
two ending in "-y") whose regular form is common in print while print never shows
"more" or "most" before them ("more strict", "more real" are printed and stay).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at, replace_word
from reviewdesk.core.engines.grammar.lexicon import Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "double-comparison"
ENOUGH_RULE = "enough-order"
_COMPARATIVE_MARKS = word_set("more less")
_SUPERLATIVE_MARKS = word_set("most least")
# tagged JJR/JJS but not a degree of an adjective the writer marked again
_NOT_DEGREE = word_set(
    "more less most least further farther rather other former latter upper inner outer "
    "utter elder eldest lesser later earlier sooner"
)
_SHORT_FORM_COUNT = 1_000_000  # "taller" is printed this often: a form in everyday use
_VOWELS = re.compile(r"[aeiouy]+")
_BE = word_set("is are was were be been being am 's 're 'm isn't aren't wasn't weren't")


def check_degree(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Double comparatives and superlatives, and "enough" before its adjective."""
    for i, tok in enumerate(sent[:-1]):
        low = tok.low
        if low in _COMPARATIVE_MARKS or low in _SUPERLATIVE_MARKS:
            yield from _double(sent, i, lex)
            if low in ("more", "most"):
                yield from _short_adjective(sent, i, lex)
        elif low == "enough":
            yield from _enough_before(sent, i, lex)
        elif low == "the":
            yield from _comparative_for_superlative(sent, i, lex)


def _double(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    mark, word = sent[i], sent[i + 1]
    if not word.is_word or word.low in _NOT_DEGREE or word.is_capitalised:
        return
    tags = lex.tags(word.low)
    wanted = "JJR" if mark.low in _COMPARATIVE_MARKS else "JJS"
    if wanted not in tags and not (wanted == "JJR" and "RBR" in tags):
        return
    if wanted == "JJR" and not (word.low.endswith("er") or word.low in ("worse",)):
        return
    if wanted == "JJS" and not word.low.endswith(("est", "best", "worst")):
        return
    after = low_at(sent, i + 2)
    noun_after = lex.is_noun(after) and "ADV" not in lex.classes(after)
    if wanted == "JJR" and after.isalpha() and after != "than" and noun_after:
        return  # "more older people": "more" counts the noun phrase
    if mark.low == "more" and low_at(sent, i - 1) in ("once", "any", "no", "one"):
        return  # "once more better": "more" belongs to what comes before
    if mark.low == "more" and low_at(sent, i - 1) in _BE and sent[-1].text == "?":
        return  # "When is more better?": "more" is the question's subject (grammar15)
    kind = "comparative" if wanted == "JJR" else "superlative"
    message = f"“{word.text}” is already a {kind}: leave out “{mark.text}”."
    yield Finding(mark.start, word.end, RULE, message, (replace_word(mark, word.low),))


def _enough_before(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "is enough big to" -> "big enough": after a form of "be" (or "not"), "enough"
    before an adjective that ends its phrase."""
    if low_at(sent, i - 1) not in _BE | {"not"}:
        return
    adj = sent[i + 1]
    if not adj.is_word or lex.classes(adj.low) != {"ADJ"}:
        return
    after = low_at(sent, i + 2)
    if after.isalpha() and after not in ("to", "for", "and", "that") and lex.is_noun(after):
        return
    enough = sent[i]
    fix = f"{adj.low} enough"
    message = f"“Enough” follows the word it grades: “{fix}”."
    yield Finding(enough.start, adj.end, ENOUGH_RULE, message, (replace_word(enough, fix),))


def _short_adjective(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "more tall" -> "taller", "most cheap" -> "cheapest"."""
    mark, word = sent[i], sent[i + 1]
    low = word.low
    if not word.is_word or word.is_capitalised or "JJ" not in lex.tags(low):
        return
    if low_at(sent, i - 1) in ("once", "any", "no", "one", "the") and mark.low == "more":
        return  # "once more tall": "more" belongs before; "the more tall, the": a frame
    syllables = len(_VOWELS.findall(low.removesuffix("e")))
    if syllables > 2 or (syllables == 2 and not low.endswith("y")):
        return
    tag = "JJR" if mark.low == "more" else "JJS"
    form = lex.inflect(low, tag)
    end = "er" if tag == "JJR" else "est"
    stems = (low, low[:-1] if low.endswith("e") else low, low + low[-1], low[:-1] + "i")
    if not form or form not in {stem + end for stem in stems}:
        return  # irregular ("worse" for "wrong"): not this kind of slip
    if lex.pair(mark.low, low) or lex.count(form) < _SHORT_FORM_COUNT:
        return
    after = low_at(sent, i + 2)
    if after in ("-", "‑") or (
        after[:1].isalpha()
        and after != "than"
        and mark.low == "more"
        and lex.is_noun(after)
        and "ADV" not in lex.classes(after)
    ):
        return  # "more tall trees": "more" may count them; "more large-scale": a compound
    message = f"A short adjective takes “-{end}”: “{form}”."
    yield Finding(mark.start, word.end, RULE, message, (replace_word(mark, form),))


SUPERLATIVE_RULE = "superlative-form"
_IRREGULAR_SUPERLATIVE = {"better": "best", "worse": "worst"}
_GET = word_set("get gets got gotten getting")
# what makes a comparison one among all: "the worse of all", "the bigger I have ever
# seen", "the older in the world" (grammar15)
_AMONG_ALL = (("of", "all"), ("in", "the", "world"), ("ever",))


def _comparative_for_superlative(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "the worse film I have ever seen" -> "the worst": a comparative after "the" in a
    comparison among all (a superlative's marks follow within a few words, and no
    "than" or "of the two" does)."""
    word = sent[i + 1]
    low = word.low
    if not word.is_word or "JJR" not in lex.tags(low) or low in _NOT_DEGREE:
        return
    if low_at(sent, i - 1) in _GET:
        return  # "getting the better of all obstacles": an idiom, not a degree
    form = _IRREGULAR_SUPERLATIVE.get(low)
    if form is None:
        if not low.endswith("er") or "JJS" not in lex.tags(low[:-2] + "est"):
            return
        form = low[:-2] + "est"
    window = [t.low for t in sent[i + 2 : i + 9]]
    if "than" in window or "two" in window or "both" in window:
        return
    if not any(_follows(window, marks) for marks in _AMONG_ALL):
        return
    message = f"A comparison among all takes the superlative: “{form}”."
    yield Finding(word.start, word.end, SUPERLATIVE_RULE, message, (replace_word(word, form),))


def _follows(words: list[str], marks: tuple[str, ...]) -> bool:
    """Whether ``marks`` occur side by side in ``words``."""
    n = len(marks)
    return any(tuple(words[k : k + n]) == marks for k in range(len(words) - n + 1))
