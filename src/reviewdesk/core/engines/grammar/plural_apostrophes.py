"""Plurals and possessives mixed up by an apostrophe:

- a plural written as a possessive: "The dog's are barking" -> "dogs" (a noun with
  "'s" straight before a plural verb is no owner and no "is");
- a length of time or way after a count above one, written singular: "two day's
  drive" -> "two days'" (the count makes it plural: "a day's drive", "two days'
  drive"); before other nouns the count may count the noun after ("7 teacher's
  houses"), so only units of time and distance are judged.

Names are left alone ("McDonald's are open": a shop's name), and so are nouns whose
"-s" plural LemmInflect does not give.
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at, replace_word
from reviewdesk.core.engines.grammar.lexicon import Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "noun-number"
_PLURAL_VERBS = word_set("are were have do don't aren't weren't haven't")
_MONTHS = word_set(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april "
    "june july august september october november december"
)
# the count measures these ("two days' drive"); before other nouns it counts the noun
# after them ("7 teacher's houses": seven houses, one teacher's each)
_MEASURES = word_set("second minute hour night day week month year decade century mile")
_COUNTS = word_set("two three four five six seven eight nine ten twelve several few many")


def check_plural_apostrophes(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Apostrophes that make a plural a possessive, or leave a count's owner single."""
    for i, tok in enumerate(sent):
        if not tok.is_word or tok.is_capitalised or not tok.low.endswith("'s"):
            continue
        stem = tok.low[:-2]
        if not stem.isalpha() or "NOUN" not in lex.classes(stem):
            continue
        if lex.noun_number(stem) == "plural":
            continue  # "the children's are on the left": a plural's possessive, elided
        plural = lex.inflect(stem, "NNS")
        if not plural or not plural.endswith("s") or plural == stem:
            continue
        if low_at(sent, i + 1) in _PLURAL_VERBS and i > 0 and sent[i - 1].is_word:
            message = f"A plural takes no apostrophe: “{plural}”."
            yield Finding(tok.start, tok.end, RULE, message, (replace_word(tok, plural),))
        elif stem in _MEASURES and _counted(sent, i) and lex.is_noun(low_at(sent, i + 1)):
            fix = plural + "'"
            message = f"More than one owner: the apostrophe goes after the “s”: “{fix}”."
            yield Finding(tok.start, tok.end, RULE, message, (replace_word(tok, fix),))
        elif stem in _MEASURES and _counted(sent, i) and _owns_nothing(sent, i + 1):
            # "a few month's to finish": no noun after it to own, so a plural
            message = f"A plural takes no apostrophe: “{plural}”."
            yield Finding(tok.start, tok.end, RULE, message, (replace_word(tok, plural),))


# what may follow a plural but never starts the noun a possessive owns
_NO_OWNED = word_set("to of in for and or at on ago later before after with from since")


def _owns_nothing(sent: list[Token], j: int) -> bool:
    """Whether nothing a possessive could own starts at ``j``: the sentence's end, a
    mark, or a preposition or conjunction."""
    if j >= len(sent):
        return True
    tok = sent[j]
    return (not tok.is_word and not tok.is_number) or tok.low in _NO_OWNED


def _counted(sent: list[Token], i: int) -> bool:
    """A count above one before the noun ("two", "10", "several")."""
    if i == 0:
        return False
    before = sent[i - 1]
    if before.low in _COUNTS:
        return True
    if not (before.is_number and before.text.isdigit() and before.text != "1"):
        return False
    return low_at(sent, i - 2) not in _MONTHS  # "the January 7 quake's": a date
