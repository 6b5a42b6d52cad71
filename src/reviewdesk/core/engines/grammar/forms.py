"""The verb form a slot needs, judged by word class and confirmed by word-pair counts.

A slot is set by the word before it: "to", a modal or "do" wants the base form ("to
learns", "will withdrawn", "do gave"); a form of "be" wants a participle ("must be
replaces"); a form of "have" wants the past participle ("has give", "have went"). The
written word is flagged only when no reading of it fits the slot (from LemmInflect's
tags) *and* print agrees: the slot word is seen beside the right form far more often
than beside the written one ("to learn" against "to learns"), so an odd but right use
("from round to flattened", "with regard to lost pets") is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at, replace_word
from reviewdesk.core.engines.grammar.lexicon import (
    DETERMINERS,
    MODALS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    Lexicon,
    word_set,
)
from reviewdesk.core.engines.grammar.tokens import Token
from reviewdesk.core.engines.grammar.verb_slots import (
    RULE,
    fills_slot,
    form_finding,
    modal_is_verb,
    next_slot,
)

# A pair seen this many times more often with the right form confirms the slot.
RATIO = 20
_FLOOR = 3_200_000  # pairs below the table's cut-off (6.4 million) count as half of it
_SKIPPED = word_set("not never also just really only even still always ever then now")
_DO = word_set("do does did don't doesn't didn't")
_BE = word_set("be am is are was were been being 'm 're isn't aren't wasn't weren't")
_HAVE = word_set("have has had 've haven't hasn't hadn't")
_NOT_AFTER_BE = word_set("be been being have has had do does did go")
_RANGE = word_set("from between")
_OBJECT_STARTS = word_set("it them him me us the a an his their my our your its")
# a noun does not stand before these; a verb with its object or agent does
_AFTER_VERB = _OBJECT_STARTS | word_set("by her this these those")
CUT_OFF = 6_400_000  # the pair table's cut-off: pairs seen less often are missing
_NOUN_RATIO = 5


def check_forms(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Verb forms that do not fit the slot an auxiliary, modal or "to" sets."""
    for i, tok in enumerate(sent):
        low = tok.low
        if low == "to":
            yield from _after_to(sent, i, lex)
        elif (low in MODALS and modal_is_verb(sent, i)) or (
            low in _DO and _do_auxiliary(sent, i, lex)
        ):
            yield from _base(sent, i, _next(sent, i), lex, f"After “{tok.text}”")
        elif low in _BE:
            yield from _after_be(sent, i, lex)
        elif low in _HAVE:
            yield from _after_have(sent, i, lex)


def _next(sent: list[Token], i: int) -> int:
    return next_slot(sent, i, _SKIPPED)


def _pair(lex: Lexicon, first: str, second: str) -> int:
    return max(lex.pair(first, second), _FLOOR // 2)


def _confirmed(lex: Lexicon, slot: str, written: str, right: str, *, sure: bool) -> bool:
    """Whether print backs the right form after ``slot``.

    ``sure``: no reading of the written word fits the slot, so it is enough that print
    does not prefer it; otherwise the right form must be seen far more often.
    """
    if sure:
        return lex.pair(slot, written) <= lex.pair(slot, right)
    return lex.pair(slot, right) >= RATIO * _pair(lex, slot, written)


def _do_auxiliary(sent: list[Token], i: int, lex: Lexicon) -> bool:
    """ "do" as the helper: after a subject ("they did", "the updates do") or negated."""
    if sent[i].low.endswith("n't"):
        return True
    before = low_at(sent, i - 1)
    if before in SUBJECT_PRONOUNS:
        return True
    # "the updates do gave": a noun subject; never "what the students did went"
    if sent[i].low == "did" or i == 0 or not lex.is_noun(before):
        return False
    number = "NNS" if sent[i].low == "do" else "NN"
    return number in lex.tags(before) and (i == 1 or sent[i - 2].low in DETERMINERS)


def _verb_only(word: str, lex: Lexicon) -> bool:
    return lex.classes(word) <= {"VERB", "AUX"} and bool(lex.classes(word))


def _noun_follows(sent: list[Token], j: int, lex: Lexicon) -> bool:
    return lex.is_noun(low_at(sent, j + 1))


def _base(
    sent: list[Token], i: int, j: int, lex: Lexicon, where: str, *, strict: bool = False
) -> Iterator[Finding]:
    """The base form at ``j`` after ``sent[i]`` (a modal, "do" or "to")."""
    if not fills_slot(sent, j):
        return
    word = sent[j].low
    tags = lex.tags(word)
    if not tags or tags & {"VB", "VBP", "VBG"} or "'" in word:
        return
    if not tags <= {"VBZ", "VBD", "VBN", "NNS", "JJ"} or not tags & {"VBZ", "VBD", "VBN"}:
        return
    if strict and tags & {"JJ"} and low_at(sent, j + 1) not in _OBJECT_STARTS:
        return  # after "to" an adjective can be right ("from bad to worse"), but not
        # before an object ("to fixed it", "to finished the work")
    lemmas = lex.lemmas(word)
    if len(lemmas) != 1 or lemmas[0] == word:
        return
    base = lemmas[0]
    # after a modal or "do" nothing but a verb can stand; after "to" a plural noun can
    # ("to cheers"), so there print must decide
    sure = not (strict and tags & {"NNS"})
    if not _confirmed(lex, sent[j - 1].low, word, base, sure=sure):
        return
    yield form_finding(sent, j, f"{where} use the base form: “{base}”.", base)


def _after_to(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "to learns", "to gave", "to lifted": "to" before a verb wants its base form."""
    j = i + 1
    if j >= len(sent) or _noun_follows(sent, j, lex):
        return  # "with regard to lost pets": a participle before its noun
    if any(t.low in _RANGE for t in sent[max(0, i - 5) : i]):
        return  # "from round to flattened": a range, "to" a preposition
    if low_at(sent, i - 1) in PREPOSITIONS - {"to"} or _stranded(sent, i, lex):
        return
    yield from _base(sent, i, j, lex, "After “to”", strict=True)


def _stranded(sent: list[Token], i: int, lex: Lexicon) -> bool:
    """ "The students we talked to said": "to" ends a relative clause (noun, subject,
    verb, "to"), and the next verb is the main clause's."""
    return (
        i >= 3
        and "VERB" in lex.classes(sent[i - 1].low)
        and sent[i - 2].low in SUBJECT_PRONOUNS | {"who", "that", "which"}
        and lex.is_noun(sent[i - 3].low)
    )


def _after_be(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "must be replaces" -> "replaced": a 3rd-person verb cannot follow "be"."""
    j = _next(sent, i)
    if not fills_slot(sent, j):
        return
    word = sent[j].low
    if word in _NOT_AFTER_BE:
        return
    if _past_only(sent, j, lex):
        yield from _participle_for_past(sent, i, j, lex)
        return
    if lex.tags(word) != {"VBZ"}:
        yield from _base_after_be(sent, i, j, lex)
        return
    lemmas = lex.lemmas(word)
    if len(lemmas) != 1:
        return
    participle = lex.inflect(lemmas[0], "VBN")
    if not participle or not _confirmed(lex, sent[j - 1].low, word, participle, sure=True):
        return
    yield form_finding(
        sent, j, f"After “{sent[i].text}” use the participle: “{participle}”.", participle
    )


def _past_only(sent: list[Token], j: int, lex: Lexicon) -> bool:
    """A simple past that is no participle ("went", "drove", "spoke"); one that is also a
    noun ("a drove", "a spoke") only where no noun follows ("had rose bushes")."""
    tags = lex.tags(sent[j].low)
    if "VBD" not in tags or not tags <= {"VBD", "NN"}:
        return False
    return tags == {"VBD"} or not (
        _noun_follows(sent, j, lex) or low_at(sent, j + 1) in _NOUN_FOLLOWERS
    )


# after a noun these read as its own ("had spoke of", "was drove of cattle")
_NOUN_FOLLOWERS = word_set("of 's '")


def _participle_for_past(sent: list[Token], i: int, j: int, lex: Lexicon) -> Iterator[Finding]:
    """ "was drove", "were took": a simple past after "be" wants the participle."""
    lemmas = lex.lemmas(sent[j].low)
    if len(lemmas) != 1:
        return
    participle = lex.inflect(lemmas[0], "VBN")
    if not participle or participle == sent[j].low:
        return
    if not _confirmed(lex, sent[j - 1].low, sent[j].low, participle, sure=True):
        return
    yield form_finding(
        sent, j, f"After “{sent[i].text}” use the participle: “{participle}”.", participle
    )


def _after_have(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "has give", "have went": "have" as a helper wants the past participle."""
    j = _next(sent, i)
    if not fills_slot(sent, j):
        return
    word = sent[j].low
    tags = lex.tags(word)
    past = _past_only(sent, j, lex)
    wrong = past or ("VB" in tags and tags <= {"VB", "VBP", "NN", "NNS"})
    if not wrong or word in ("been", "had", "got", "do", "be", "have"):
        return
    sure = _verb_only(word, lex) or past
    if low_at(sent, i - 1) in ("to", "would", "will") and not past:
        return  # "to have go" is rare, "would have thought" is a participle anyway
    lemmas = lex.lemmas(word)
    if len(lemmas) != 1:
        return
    participle = lex.inflect(lemmas[0], "VBN")
    if not participle or participle == word:
        return
    if not _confirmed(lex, sent[j - 1].low, word, participle, sure=sure):
        return
    yield form_finding(
        sent, j, f"After “{sent[i].text}” use the participle: “{participle}”.", participle
    )


def _pronoun_be_object(sent: list[Token], i: int, j: int, ratio: float) -> bool:
    """ "He is make a film": a subject pronoun, "be", the base form and an object, where
    print has the verb's form after "be" far more often (a cleft's "All he did was
    make" has "do" before it, and no pronoun right before "be" in "the aim is make")."""
    return (
        i == j - 1
        and low_at(sent, i - 1) in SUBJECT_PRONOUNS
        and low_at(sent, j + 1) in _OBJECT_STARTS
        and ratio >= RATIO
    )


def _base_after_be(sent: list[Token], i: int, j: int, lex: Lexicon) -> Iterator[Finding]:
    """ "was break", "will be announce", "were play": a verb's base form after "be"
    wants the participle (passive) or "-ing" (progressive), whichever print backs.

    Only a word that is a verb's base form and no adjective or participle ("is close",
    "has become"); a word that is also a noun ("the issue was supply") only before an
    object or "by", where no noun stands. "All you do is ask", "what he did was leave":
    after "do" the bare verb is right, so a sentence with "do" before "be" is left.
    """
    word = sent[j].low
    tags = lex.tags(word)
    if "VB" not in tags or not tags <= {"VB", "VBP", "NN", "NNS"} or "'" in word:
        return
    if lex.lemmas(word) != (word,) or any(t.low in _DO | {"done"} for t in sent[:i]):
        return
    if word in ("suppose", "use") and low_at(sent, j + 1) == "to":
        return  # "is suppose to", "was use to": the set phrases' own rule (frames)
    verb_only = _verb_only(word, lex)
    if verb_only and i == j - 1 and low_at(sent, i - 1) in SUBJECT_PRONOUNS:
        return  # "I am agree": one verb too many (gerunds.check_to_gerund)
    slot = sent[j - 1].low
    forms = [f for f in (lex.inflect(word, "VBN"), lex.inflect(word, "VBG")) if f and f != word]
    forms.sort(key=lambda f: -lex.pair(slot, f))
    if not forms or not lex.pair(slot, forms[0]):
        return
    printed = lex.pair(slot, word)
    if printed and not _pronoun_be_object(sent, i, j, lex.pair(slot, forms[0]) / printed):
        return  # print puts it there ("is go" in "all systems are go")
    # a noun can stand here ("the issue was supply"): only where print puts the verb's
    # form there very often and the noun never, before more of the clause
    noun_fits = lex.pair(slot, forms[0]) < _NOUN_RATIO * CUT_OFF or not fills_slot(sent, j + 1)
    if not verb_only and low_at(sent, j + 1) not in _AFTER_VERB and noun_fits:
        return
    tok = sent[j]
    message = f"After “{sent[i].text}” a verb takes its participle or “-ing”: “{forms[0]}”."
    yield Finding(tok.start, tok.end, RULE, message, tuple(replace_word(tok, f) for f in forms))
