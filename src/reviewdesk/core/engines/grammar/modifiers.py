"""Compound modifiers before a noun take hyphens (AP and most house styles agree):
"a 5-year-old boy", "a 10-minute walk", "a well-known author", "a blue-eyed boy",
"a face-to-face meeting". Checked only where a noun follows, so "the boy is 5 years
old", "he is well known" and "they met face to face" stay as they are.
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at
from reviewdesk.core.engines.grammar.lexicon import DETERMINERS, Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token
from reviewdesk.core.models import Category

RULE = "compound-modifier"
_UNITS = word_set(
    "year month week day hour minute second mile foot inch yard metre meter kilometre "
    "kilometer acre story storey floor page point game seat bed room member person man "
    "woman car lane"
)
_NUMBER_WORDS = word_set(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty "
    "forty fifty sixty hundred thousand"
)
# "-ed" words made from a noun: "blue-eyed", "long-haired", "kind-hearted"
_BODY_ED = word_set(
    "eyed haired hearted blooded legged handed sided minded faced headed tongued footed "
    "skinned necked shouldered bodied lipped nosed tailed winged"
)
# body words news copy mostly uses as verbs ("faced charges", "headed home")
_VERB_ED = word_set("faced headed sided handed footed tailed winged")
_WELL = word_set("well ill better best")
_NOT_FIRST = word_set(
    "have has had having be is are was were been being get gets got do does did not never"
)


def check_modifiers(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Open compound modifiers before a noun, in one sentence."""
    n = len(sent)
    for i, tok in enumerate(sent):
        if i + 2 >= n:
            break
        a, b, c = tok, sent[i + 1], sent[i + 2]
        if not (b.is_word and c.is_word) or b.start != a.end + 1 or c.start != b.end + 1:
            continue
        if (a.is_number or a.low in _NUMBER_WORDS) and _unit_then_noun(sent, i, lex):
            yield from _age_or_unit(sent, i, lex)
        elif a.low in _WELL and lex.tags(b.low) & {"VBN"} and _noun(c.low, lex):
            if low_at(sent, i - 1) in DETERMINERS:
                yield _hyphenate(sent, i, i + 1)
        elif (
            b.low in _BODY_ED
            and a.is_word
            and _noun(c.low, lex)
            and _describes(a.low, lex, b.low)
        ):
            yield _hyphenate(sent, i, i + 1)
        elif (
            a.is_word
            and b.low in ("to", "by", "for")
            and low_at(sent, i + 2) == a.low
            and i + 3 < n
            and _noun(sent[i + 3].low, lex)
            and low_at(sent, i - 1) in DETERMINERS | {""}
        ):
            yield _hyphenate(sent, i, i + 2)  # "a face-to-face meeting"


def _describes(word: str, lex: Lexicon, body: str = "") -> bool:
    """Whether ``word`` can be the first half of "blue-eyed", "kind-hearted": an
    adjective or noun. After an auxiliary or an "-ly" adverb the "-ed" word is a verb
    ("would have faced impeachment", "they were likely headed home"), and AP hyphenates
    no "-ly" adverb. A plural noun is the verb's subject ("both parents faced charges"),
    and so is a noun before a body word that news uses as a verb ("the company faced
    fines", "officials headed home"): those need an adjective or a number first."""
    if word in _NOT_FIRST or word.endswith("ly"):
        return False
    classes = lex.classes(word)
    if classes & {"ADJ", "NUM"} or word in _NUMBER_WORDS:
        return True
    return "NOUN" in classes and lex.noun_number(word) != "plural" and body not in _VERB_ED


def _noun(word: str, lex: Lexicon) -> bool:
    return bool(word) and word.isalpha() and "NOUN" in lex.classes(word)


def _unit_then_noun(sent: list[Token], i: int, lex: Lexicon) -> bool:
    unit = low_at(sent, i + 1)
    return unit in _UNITS and low_at(sent, i - 1) in DETERMINERS


def _age_or_unit(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "a 5 year old boy" -> "5-year-old"; "a 10 minute walk" -> "10-minute"."""
    if low_at(sent, i + 2) == "old" and i + 3 < len(sent) and _noun(sent[i + 3].low, lex):
        yield _hyphenate(sent, i, i + 2)
    elif _noun(low_at(sent, i + 2), lex) and low_at(sent, i + 2) not in ("of", "and"):
        yield _hyphenate(sent, i, i + 1)


def _hyphenate(sent: list[Token], first: int, last: int) -> Finding:
    words = [t.text for t in sent[first : last + 1]]
    fix = "-".join(words)
    return Finding(
        sent[first].start,
        sent[last].end,
        RULE,
        f"Hyphenate a compound modifier before a noun: “{fix}”.",
        (fix,),
        Category.PUNCTUATION,
    )
