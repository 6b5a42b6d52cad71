"""Apostrophes where the word owns nothing, and a second verb that leaves the first's
tense:

- a possessive pronoun given an apostrophe: "its' ", "their's", "your's" -> "its",
  "theirs", "yours" (they never take one);
- an abbreviation's plural written as a possessive: "user ID's, photos", "two ATM's"
  -> "IDs", "ATMs" (AP and most desks): only where nothing follows for it to own (a
  comma, a plural verb) or a count stands before it; "the FBI's agents" and "the
  CEO's in charge" ("is") stay;
- a second verb after "and" in the present where the first is in the past: "many
  clapped and cheers as" -> "cheered"; only when the first verb can be nothing but a
  past ("clapped", not "cut") and what follows the second is no verb of its own
  ("clapped and cheers rang out": "cheers" is the noun there).
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at, replace_word
from reviewdesk.core.engines.grammar.lexicon import PLURAL_VERBS, Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token
from reviewdesk.core.models import Category

RULE_APOSTROPHE = "apostrophe-slip"
RULE_TENSE = "and-verb-tense"
_PRONOUNS = {"its'": "its", "their's": "theirs", "your's": "yours", "her's": "hers",
             "our's": "ours"}  # fmt: skip
_COUNTS = word_set("two three four five six seven eight nine ten several many few more")
# what shows the word after "and" is a verb, not a noun that starts a clause
_AFTER_VERB = word_set(
    "as when while after before until in on at for with from into onto over through "
    "loudly wildly again together the a an his her their its our this that those these"
)


def check_apostrophe_slips(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Possessive pronouns and abbreviations' plurals with an apostrophe; a second
    verb's tense after "and" (see the module's text)."""
    for i, tok in enumerate(sent):
        low = tok.low
        if low == "and":
            if 0 < i < len(sent) - 1:
                found = _second_verb(sent, i, lex)
                if found is not None:
                    yield found
        elif "'" not in low:
            continue  # nearly every word
        elif low in _PRONOUNS:
            fix = replace_word(tok, _PRONOUNS[low])
            message = f"A possessive pronoun takes no apostrophe: “{fix}”."
            yield Finding(tok.start, tok.end, RULE_APOSTROPHE, message, (fix,))
        elif low.endswith("'s") and len(tok.text) >= 4 and tok.text[:-2].isupper():
            found = _abbreviation_plural(sent, i)
            if found is not None:
                yield found


def _abbreviation_plural(sent: list[Token], i: int) -> Finding | None:
    """ "user ID's, photos" -> "IDs"."""
    tok = sent[i]
    stem = tok.text[:-2]
    if not stem.isalpha():
        return None
    nxt = sent[i + 1] if i + 1 < len(sent) else None
    counted = low_at(sent, i - 1) in _COUNTS or (i > 0 and sent[i - 1].text.isdigit())
    # a preposition after it shows a plural only after a count: "the CEO's in charge"
    # is "the CEO is"
    owns_nothing = nxt is not None and (nxt.text in ",;)" or nxt.low in PLURAL_VERBS)
    if not (counted or owns_nothing):
        return None  # "the FBI's agents", "the CEO's." (one owner, said at the end)
    fix = stem + "s"
    message = f"An abbreviation's plural takes no apostrophe: “{fix}”."
    return Finding(tok.start, tok.end, RULE_APOSTROPHE, message, (fix,), Category.PUNCTUATION)


def _second_verb(sent: list[Token], i: int, lex: Lexicon) -> Finding | None:
    """ "clapped and cheers as" -> "cheered"."""
    first, second = sent[i - 1], sent[i + 1]
    if not first.is_word or not second.is_word or second.is_capitalised:
        return None
    if not lex.only(first.low, "VBD", "VBN") or not lex.only(second.low, "VBZ", "NNS"):
        return None
    if "VBZ" not in lex.tags(second.low):
        return None
    if low_at(sent, i - 2) in _AUXILIARIES:
        return None  # "has walked and talks": a participle after its auxiliary
    after = sent[i + 2] if i + 2 < len(sent) else None
    if after is not None and after.is_word and after.low not in _AFTER_VERB:
        return None  # "cheered and cheers rang out", "met and plans to vote"
    if after is not None and not after.is_word and after.text not in ".,;":
        return None
    lemmas = lex.lemmas(second.low)
    past = lex.inflect(lemmas[0], "VBD") if lemmas else None
    if not past:
        return None
    fix = replace_word(second, past)
    message = f"The verb before “and” is in the past: “{fix}” keeps the tense."
    return Finding(second.start, second.end, RULE_TENSE, message, (fix,))


_AUXILIARIES = word_set("has have had is are was were be been being")
