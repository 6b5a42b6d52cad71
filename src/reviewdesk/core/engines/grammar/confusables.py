"""Words a copy desk sees confused: affect/effect, lose/loose, then/than, accept/except,
principal/principle, complement/compliment, "could of", "do to"; plus the possessives
(:mod:`.possessives`) and sound-alikes judged on word-pair counts (:mod:`.soundalike`).

The pair checks read what a word *can* be and what stands beside it, never a tagger's
guess: "took affect" wants "effect" (a verb takes the noun), "might effect the result"
wants "affect" (a modal takes the verb), unless the object is "change" ("to effect
change" is right).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from reviewdesk.core.engines.grammar.confusable_pairs import check_confusable_pairs
from reviewdesk.core.engines.grammar.confusable_slots import check_confusable_slots
from reviewdesk.core.engines.grammar.findings import Finding, low_at, replace_word
from reviewdesk.core.engines.grammar.lexicon import (
    DETERMINERS,
    MODALS,
    SUBJECT_PRONOUNS,
    Lexicon,
    word_set,
)
from reviewdesk.core.engines.grammar.possessives import check_possessives, noun_phrase_follows
from reviewdesk.core.engines.grammar.soundalike import ALTERNATIVES, better_fit
from reviewdesk.core.engines.grammar.tokens import Token
from reviewdesk.core.models import Category

RULE = "confused-words"
_CONF = Category.CONFUSION

_BEFORE_EFFECT = DETERMINERS | word_set(
    "side no took take takes taking immediate same adverse desired positive negative "
    "significant full little great big lasting opposite"
)
# determiners that also open a relative clause: the verb "affect" may follow them
_RELATIVE_DETERMINERS = word_set("that which what")
# what follows the noun "effect" and never the verb ("that effect on", "which effect,")
_AFTER_EFFECT = frozenset(("", ".", ",", ";", ":", "on", "of", "upon", "is", "was", "will"))
_VERB_SLOTS = MODALS | word_set(
    "adversely badly negatively directly seriously severely greatly not would've could've "
    "might've should've didn't doesn't don't won't shouldn't can't wouldn't"
)
_EFFECT_OBJECTS = word_set("change changes a an reform reforms repairs savings")
_NEGATIVE = word_set("to not didn't don't doesn't won't never")
_LOSE_OBJECTS = DETERMINERS | word_set(
    "weight money sight track control interest hope touch out faith power it them him her "
    "everything"
)
_LOOSE_AFTER = word_set("break broke broken breaks knocked cut let set turned")
_COMPARED = word_set("rather other less more fewer")
_TIME_WORDS = word_set("and but since just until back now")
_ACCEPTERS = SUBJECT_PRONOUNS | _NEGATIVE | MODALS | word_set("refused cannot")
_ACCEPTED = DETERMINERS | word_set("it them that this responsibility defeat bribes money")
_EVERYONE = word_set(
    "everyone everybody all nothing anything everything anyone nobody none everywhere"
)
_PRINCIPAL_NOUNS = word_set(
    "investigator investigators reason reasons cause author authors owner owners source "
    "sources shareholder dancer officer officers architect players suspect residence "
    "photography components concern objective aim goal purpose role character characters "
    "city cities"
)
_SCHOOLS = word_set("school college academy")
_GO_WELL = word_set("other another flavor flavour taste dish outfit colors colours design")
_DUE = word_set(
    "is was are were be been being largely partly mainly mostly primarily entirely "
    "partially solely probably perhaps possibly likely simply directly all not purely"
)
_OF_PHRASES = word_set("course which necessity late old")
_OBJECT_PRONOUNS = word_set("you me him her us them it do be")


def check_confusables(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Confused words in one sentence."""
    seen: set[int] = set()
    for finding in (*check_possessives(sent, lex), *_pairs(sent, lex)):
        seen.add(finding.start)
        yield finding
    for finding in (
        *check_confusable_slots(sent, lex),  # by the slot the word stands in
        *check_confusable_pairs(sent, lex),  # the desk's pairs, by their slots
    ):
        if finding.start not in seen:
            seen.add(finding.start)
            yield finding
    for i, tok in enumerate(sent):
        if tok.start in seen or not tok.is_word or tok.low not in ALTERNATIVES:
            continue
        if tok.is_capitalised and i > 0:
            continue  # a name ("Principal Skinner", "Lake Superior")
        best = better_fit(sent, i, lex)
        if best and _verb_kept(sent, i, best, lex):
            continue  # "to weather the storm": a verb's slot keeps the verb
        if best:
            message = f"“{tok.text}” may be confused with “{best}” here."
            yield Finding(tok.start, tok.end, RULE, message, (replace_word(tok, best),), _CONF)


def _verb_kept(sent: list[Token], i: int, best: str, lex: Lexicon) -> bool:
    """Whether ``sent[i]`` stands in a verb's slot, after "to" or a modal and before its
    object, as the verb it can be, where ``best`` is no verb ("to weather the storm",
    not "whether"): the neighbours' counts cannot see the slot."""
    if low_at(sent, i - 1) not in MODALS | {"to"} or "VB" not in lex.tags(sent[i].low):
        return False
    if low_at(sent, i + 1) not in DETERMINERS | _OBJECT_PRONOUNS:
        return False
    return "VB" not in lex.tags(best)


def _pairs(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    for i, tok in enumerate(sent):
        check = _PAIR_CHECKS.get(tok.low)
        found = check(sent, i, lex) if check else None
        if found:
            span, fix, message = found
            start, end = span
            yield Finding(start, end, _RULES.get(tok.low, RULE), message, (fix,), _CONF)


Found = tuple[tuple[int, int], str, str] | None


def _word_fix(sent: list[Token], i: int, word: str, message: str) -> Found:
    tok = sent[i]
    return (tok.start, tok.end), replace_word(tok, word), message


def _affect(sent: list[Token], i: int, lex: Lexicon) -> Found:
    """ "took affect", "an affect on", "cause and affect" -> "effect"."""
    before, nxt, low = low_at(sent, i - 1), low_at(sent, i + 1), sent[i].low
    as_noun = (
        before in _BEFORE_EFFECT
        or (before == "and" and low_at(sent, i - 2) == "cause")
        or (before in ("to", "in") and low_at(sent, i - 2) in ("no", "little", "into", "put"))
        or (before == "in" and nxt in ("", ".", ",", "at", "from", "until", "since", "for"))
    )
    if not as_noun:
        return None
    if before in _RELATIVE_DETERMINERS and nxt not in _AFTER_EFFECT:
        return None  # "carbon that affects microbial growth": a relative clause's verb
    message = "The noun is “effect”; “affect” is the verb."
    return _word_fix(sent, i, "effect" + low[6:], message)


def _effect(sent: list[Token], i: int, lex: Lexicon) -> Found:
    """ "might effect the result", "badly effected" -> "affect"."""
    before, nxt, low = low_at(sent, i - 1), low_at(sent, i + 1), sent[i].low
    if before not in _VERB_SLOTS or nxt in _EFFECT_OBJECTS:
        return None
    if low == "effected" and nxt == "by" and before in MODALS:
        return None  # "could be effected by the board": brought about
    fix = {"effect": "affect", "effected": "affected", "effects": "affects"}[low]
    message = "The verb is “affect”; “effect” is the noun (or means “bring about”)."
    return _word_fix(sent, i, fix, message)


def _loose(sent: list[Token], i: int, lex: Lexicon) -> Found:
    before, nxt, low = low_at(sent, i - 1), low_at(sent, i + 1), sent[i].low
    if (low == "loosing" or before in MODALS | _NEGATIVE) and nxt in _LOSE_OBJECTS:
        fix = "lose" if low == "loose" else "losing"
        return _word_fix(sent, i, fix, "“loose” means not tight; to misplace is “lose”.")
    return None


def _lose(sent: list[Token], i: int, lex: Lexicon) -> Found:
    before, nxt = low_at(sent, i - 1), low_at(sent, i + 1)
    ends = ("", ".", ",", "from", "on", "in", "?", "!")
    if nxt in ("fit", "ends", "change", "cannon", "leaf") or (
        before in _LOOSE_AFTER | {"the"} and nxt in ends
    ):
        return _word_fix(sent, i, "loose", "“lose” means misplace; not tight is “loose”.")
    return None


def _comparative(word: str, lex: Lexicon) -> bool:
    return bool(lex.tags(word) & {"JJR", "RBR"}) and word not in ("later", "earlier", "further")


def _then(sent: list[Token], i: int, lex: Lexicon) -> Found:
    before, nxt = low_at(sent, i - 1), low_at(sent, i + 1)
    if not (_comparative(before, lex) or before in _COMPARED) or nxt in ("", ",", "."):
        return None
    return _word_fix(sent, i, "than", "Comparisons take “than”; “then” is about time.")


def _than(sent: list[Token], i: int, lex: Lexicon) -> Found:
    window = sent[max(0, i - 6) : i]
    if any(_comparative(t.low, lex) or t.low in _COMPARED for t in window):
        return None
    nxt = sent[i + 1] if i + 1 < len(sent) else None
    if any(t.low in ("so", "such") for t in window[-5:]) and nxt is not None and nxt.is_word:
        # "at such a high level than Smith praised them": no comparison, a result clause
        return _word_fix(sent, i, "that", "After “so …” or “such …” a result takes “that”.")
    if i > 0 and low_at(sent, i - 1) not in _TIME_WORDS | {","}:
        return None
    return _word_fix(sent, i, "then", "“than” compares; for time or sequence write “then”.")


# adjectives of degree that "too" goes before ("too big to replace"); none is a verb that
# "to" could go before ("to slow the spread" has an object, caught by what follows)
_TOO_ADJECTIVES = word_set(
    "big small late early much many few little high old young expensive difficult "
    "dangerous busy weak strong slow fast good bad great large heavy tired sick hot cold "
    "soon far hard risky costly complex complicated important"
)
_TOO_AFTER = word_set("to for")
_BE_FORMS = word_set("is was are were be been being 's seems seemed looks looked felt")


def _to(sent: list[Token], i: int, lex: Lexicon) -> Found:
    """ "is to big to replace", "was to late for" -> "too"."""
    nxt, after = low_at(sent, i + 1), low_at(sent, i + 2)
    if low_at(sent, i - 1) not in _BE_FORMS or nxt not in _TOO_ADJECTIVES:
        return None
    if after not in _TOO_AFTER and after not in ("", ".", ",", "!", "?", ";"):
        return None
    return _word_fix(sent, i, "too", "“to big” wants “too big”: “too” means more than enough.")


_WERE_NOT_BEFORE = (
    SUBJECT_PRONOUNS
    | DETERMINERS
    | word_set("there it not all more less many few some any much still")
)


def _were(sent: list[Token], i: int, lex: Lexicon) -> Found:
    """ "Were sore after that one." -> "We're": a sentence opening "Were" and an
    adjective, no question, no inversion ("Were it not for ...", "Were prices to rise")."""
    if any(t.is_word for t in sent[:i]) or not sent[i].is_capitalised:
        return None
    nxt = sent[i + 1] if i + 1 < len(sent) else None
    if nxt is None or not nxt.is_word or nxt.is_capitalised or nxt.low in _WERE_NOT_BEFORE:
        return None
    tags = lex.tags(nxt.low)
    if not tags & {"JJ", "VBG", "VBN"} or tags & {"NNS", "JJR", "RBR"}:
        return None
    if any(t.text == "?" for t in sent[i:]):
        return None
    return _word_fix(sent, i, "we're", "“Were” opens a question; “we are” is “we're”.")


def _except(sent: list[Token], i: int, lex: Lexicon) -> Found:
    if low_at(sent, i - 1) in _ACCEPTERS and low_at(sent, i + 1) in _ACCEPTED:
        return _word_fix(sent, i, "accept", "“except” means “but”; to take or agree is “accept”.")
    return None


def _accept(sent: list[Token], i: int, lex: Lexicon) -> Found:
    if low_at(sent, i - 1) in _EVERYONE or low_at(sent, i + 1) == "for":
        return _word_fix(sent, i, "except", "“accept” means take; “but not” is “except”.")
    return None


def _principal(sent: list[Token], i: int, lex: Lexicon) -> Found:
    if low_at(sent, i - 1) == "in" and low_at(sent, i + 1) in ("", ",", ".", "but", "the", "and"):
        return _word_fix(sent, i, "principle", "“In principle” means as a rule.")
    return None


def _principle(sent: list[Token], i: int, lex: Lexicon) -> Found:
    nxt = low_at(sent, i + 1)
    head_of_school = nxt == "of" and low_at(sent, i + 3) in _SCHOOLS
    if nxt in _PRINCIPAL_NOUNS or head_of_school:
        fix = "principal" + sent[i].low[9:]
        return _word_fix(sent, i, fix, "A principle is a rule; the main one is “principal”.")
    return None


def _compliment(sent: list[Token], i: int, lex: Lexicon) -> Found:
    goes_with = low_at(sent, i + 1) in ("each", "one", "the") and low_at(sent, i + 2) in _GO_WELL
    full_set = low_at(sent, i - 1) == "full" and low_at(sent, i + 1) == "of"
    if goes_with or full_set:
        fix = "complement" + sent[i].low[10:]
        return _word_fix(sent, i, fix, "To complete or go well with is “complement”.")
    return None


def _modal_of(sent: list[Token], i: int, lex: Lexicon) -> Found:
    """ "could of" -> "could have" (not "could, of course", nor the month: "in May of
    last year")."""
    if low_at(sent, i + 1) != "of" or low_at(sent, i + 2) in _OF_PHRASES:
        return None
    if sent[i].text == "May" and i > 0:
        return None  # a capital mid-sentence: the month (the modal is "may")
    of = sent[i + 1]
    message = f"“{sent[i].text} of” should be “{sent[i].text} have”."
    return (of.start, of.end), replace_word(of, "have"), message


def _do_to(sent: list[Token], i: int, lex: Lexicon) -> Found:
    """ "was do to the storm" -> "due to"."""
    if low_at(sent, i + 1) != "to" or low_at(sent, i + 2) in _OBJECT_PRONOUNS:
        return None
    opens = i == 0 or low_at(sent, i - 1) in _DUE or sent[i - 1].text == ","
    if opens and noun_phrase_follows(sent, i + 2, lex):
        return _word_fix(sent, i, "due", "“do to” should be “due to”.")
    return None


_PAIR_CHECKS: dict[str, Callable[[list[Token], int, Lexicon], Found]] = {
    "affect": _affect,
    "affects": _affect,
    "effect": _effect,
    "effected": _effect,
    "effects": _effect,
    "loose": _loose,
    "loosing": _loose,
    "lose": _lose,
    "then": _then,
    "than": _than,
    "to": _to,
    "were": _were,
    "except": _except,
    "accept": _accept,
    "principal": _principal,
    "principle": _principle,
    "principles": _principle,
    "compliment": _compliment,
    "compliments": _compliment,
    "do": _do_to,
    **{modal: _modal_of for modal in ("could", "would", "should", "must", "might", "may")},
}
_RULES = {modal: "could-of" for modal in ("could", "would", "should", "must", "might", "may")}
