"""The verb form after a modal, "to", "do" and "have": "could went", "to went",
"didn't knew", "has took".

A word is flagged only when every reading of it is the wrong form ("went" is only ever
a past tense); "saw" (also a noun) or "used" (also an adjective) are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at, sentence_start
from reviewdesk.core.engines.grammar.lexicon import (
    ADVERBS_BETWEEN,
    CLOSED_CLASS,
    DETERMINERS,
    MODALS,
    SUBJECT_PRONOUNS,
    Lexicon,
    word_set,
)
from reviewdesk.core.engines.grammar.tokens import Token
from reviewdesk.core.engines.grammar.verb_slots import (
    fills_slot,
    form_finding,
    modal_is_verb,
    next_slot,
    participle_finding,
)

_DO_NEGATIVE = frozenset(
    {
        "didn't",
        "doesn't",
        "don't",
        "can't",
        "cannot",
        "won't",
        "wouldn't",
        "couldn't",
        "shouldn't",
        "mustn't",
        "mightn't",
    }
)
_DO = frozenset({"did", "does", "do"})
_HAVE = frozenset({"have", "has", "had", "haven't", "hasn't", "hadn't", "'ve", "'d"})
_HAVE_NOT = frozenset({"haven't", "hasn't", "hadn't"})  # a helper after any subject
_OPENERS = frozenset({"", ",", ";", "and", "but", "so", "then", "yet", "because", "if", "when"})


def check_verb_forms(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Wrong verb forms after modals, "to", "do" and "have" in one sentence."""
    for i, tok in enumerate(sent):
        low = tok.low
        if (
            (low in MODALS and modal_is_verb(sent, i))
            or low in _DO_NEGATIVE
            or (low in _DO and low_at(sent, i + 1) == "not")
            or (low in _DO and _do_is_auxiliary(sent, i))
        ):
            yield from _base_after(sent, i, lex, f"After “{tok.text}” use the base form")
        elif low in ("did", "does", "do") and _opens_question(sent, i):
            yield from _question(sent, i, lex)
        elif low == "to" and not _stranded(sent, i):
            yield from _base_after(sent, i, lex, "After “to” use the base form", strict=True)
        elif low in _HAVE and i > 0 and (sent[i - 1].low in SUBJECT_PRONOUNS or low in _HAVE_NOT):
            yield from _participle_after(sent, i, lex)


_STRANDING = word_set(
    "talk talked talks speak spoke spoken listen listened go went gone refer referred "
    "belong belonged look looked reply replied respond responded write wrote written point "
    "pointed turn turned apply applied relate related come came been lied lie object objected "
    "sent send given gave"
)


def _stranded(sent: list[Token], i: int) -> bool:
    """ "The students we talked to said": "to" ends a clause, the next verb is the main one."""
    return (
        i >= 2
        and sent[i - 1].low in _STRANDING
        and sent[i - 2].low in SUBJECT_PRONOUNS | {"who", "which", "that"}
    )


_WH = word_set("what where when why how who which")


def _opens_question(sent: list[Token], i: int) -> bool:
    """ "Did ...?" or "Where did ...?": a direct question with "do" before its subject."""
    if sent[-1].text != "?":
        return False
    if sentence_start(sent, i):
        return True
    # after a question word, only with a pronoun subject ("Where did she went?")
    return (
        sent[i - 1].low in _WH
        and sentence_start(sent, i - 1)
        and low_at(sent, i + 1) in SUBJECT_PRONOUNS
    )


def _do_is_auxiliary(sent: list[Token], i: int) -> bool:
    """ "He did went" (not "What he did went unnoticed"): a pronoun just before, and a
    clause opener before that."""
    return (
        i >= 1
        and sent[i - 1].low in SUBJECT_PRONOUNS
        and (low_at(sent, i - 2) in _OPENERS or sentence_start(sent, i - 1))
    )


_BETWEEN = ADVERBS_BETWEEN | {"not", "n't"}


def _next_verb(sent: list[Token], i: int, lex: Lexicon | None = None) -> int:
    """The verb's place after the helper ``sent[i]``, past adverbs: the common ones, and
    with ``lex`` any "-ly" word that is only an adverb (or an adjective too: "will likely
    goes", "did not fully understood") (grammar21)."""
    j = next_slot(sent, i, _BETWEEN)
    while lex is not None and _ly_adverb(sent, j, lex):
        j = next_slot(sent, j, _BETWEEN)
    return j


def _ly_adverb(sent: list[Token], j: int, lex: Lexicon) -> bool:
    """An "-ly" word that is an adverb and nothing but an adjective besides ("likely",
    "fully"; never "family" or "rally")."""
    word = low_at(sent, j)
    classes = lex.classes(word)
    return word.endswith("ly") and "ADV" in classes and classes <= {"ADV", "ADJ"}


def _base_after(
    sent: list[Token], i: int, lex: Lexicon, message: str, *, strict: bool = False
) -> Iterator[Finding]:
    # after "to", a split infinitive's "-ly" adverb only ("to quickly finished") (grammar21)
    split = strict and _ly_adverb(sent, i + 1, lex)
    j = (i + 2 if split else i + 1) if strict else _next_verb(sent, i, lex)
    if not fills_slot(sent, j):
        return
    word = sent[j].low
    tags = lex.tags(word)
    if strict:
        # "to went", "to won", "to learns" (never "from round to flattened", a participle
        # that can be an adjective, nor "to meetings")
        irregular_past = tags <= {"VBD", "VBN"} and "VBD" in tags and not word.endswith("ed")
        third_person = tags == {"VBZ"}
        # "to gone home", "are to withdrawn.": a participle only, irregular, where no noun
        # follows for it to describe (grammar14)
        after = low_at(sent, j + 1)
        participle = (
            tags - {"JJ"} == {"VBN"}
            and not word.endswith("ed")
            and (after in CLOSED_CLASS or after in ".,;:!?" or after == "home")
            and not any(t.low == "from" for t in sent[max(0, i - 4) : i])  # "from open to hidden"
        )
        if not participle and (
            not (irregular_past or third_person) or lex.classes(word) - {"VERB"}
        ):
            return
        past_only = tags == {"VBD"}  # "to went home": never an adjective
        if not past_only and "NOUN" in lex.classes(low_at(sent, j + 1)):
            return  # "with regard to lost pets": a participle used as an adjective
    else:
        negated = sent[i].low in _DO_NEGATIVE or low_at(sent, i + 1) == "not"
        # after "don't" or a modal, "needs"/"goes" can only be a verb, never a plural noun
        verb_sure = negated or sent[i].low in MODALS
        allowed = {"VBD", "VBN", "VBZ"} | ({"NNS", "NN"} if verb_sure else set())
        if not tags or not tags <= allowed or not tags & {"VBD", "VBN", "VBZ"}:
            return
        if lex.classes(word) - {"VERB", "AUX"} - ({"NOUN"} if verb_sure else set()):
            return
    lemmas = lex.lemmas(word)
    if len(lemmas) != 1 or lemmas[0] == word:
        return
    if word in ("been", "had", "done") and not strict:
        return
    yield form_finding(sent, j, f"{message}: “{lemmas[0]}”.", lemmas[0])


def _participle_after(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "have went" -> "have gone": a past tense that is not also the participle."""
    j = _next_verb(sent, i, lex)
    if j >= len(sent) or not sent[j].is_word:
        return
    word = sent[j].low
    tags = lex.tags(word)
    if tags != {"VBD"} or lex.classes(word) - {"VERB"}:
        return
    finding = participle_finding(sent, i, j, lex)
    if finding is not None:
        yield finding


def _question(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "Did the application worked?" -> "work": do-questions take the base form."""
    j = i + 1
    if low_at(sent, j) in DETERMINERS:
        j += 1
    pronoun = low_at(sent, j) in SUBJECT_PRONOUNS
    if pronoun:
        j += 1  # "Did they went": a pronoun is the whole subject
    else:
        while j < len(sent) and sent[j].is_word and "NOUN" in lex.classes(sent[j].low):
            if lex.tags(sent[j].low) <= {"VBD", "VBN", "VBZ"}:
                break
            j += 1
    if j == i + 1 or j >= len(sent):
        return
    word = sent[j].low
    tags = lex.tags(word)
    # after a pronoun subject, "works" can only be the verb, never the plural noun
    allowed = {"VBD", "VBN", "VBZ"} | ({"NNS"} if pronoun else set())
    classes = lex.classes(word) - {"AUX"} - ({"NOUN"} if pronoun else set())
    if not tags & {"VBD", "VBN", "VBZ"} or not tags <= allowed or classes != {"VERB"}:
        return
    if word in ("been", "had", "done"):
        return
    if j + 1 < len(sent) and (sent[j + 1].is_capitalised or sent[j + 1].low in ("by", "in")):
        return  # "Did a man called Daffodil come?": a participle before a name
    lemmas = lex.lemmas(word)
    if len(lemmas) == 1 and lemmas[0] != word:
        yield form_finding(
            sent, j, f"After “{sent[i].text}” use the base form: “{lemmas[0]}”.", lemmas[0]
        )
