"""Verb forms that the helper verb before them rules out, beyond :mod:`.verbs` and
:mod:`.forms`:

- an "-ing" form straight after a modal or a negated "do" ("might leaving", "can't
  stopping", "didn't going"): these take the base form;
- a past tense after a form of "be" ("was took", "been wrote"): the passive and the
  perfect take the participle ("taken", "written");
- a base form after a form of "be" ("was evacuate", "were convict by"): the passive's
  participle lost its "-ed" (grammar20; print never writes the two side by side);
- a participle or "been" with no helper at all ("I seen him", "she been working"):
  the past tense or "have" is missing;
- an "-ing" form with no helper ("I going", "they playing"): "be" is missing;
- a base form after "he" or "she" ("She like apples"), where print backs the "-s" form.

Every judgement rests on what a word *can* be (LemmInflect's tags): "went" and "took"
are only ever past tenses, "seen" only a participle; words with other readings are left
alone or need print to agree.
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at, replace_word
from reviewdesk.core.engines.grammar.lexicon import MODALS, Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token
from reviewdesk.core.engines.grammar.verb_slots import (
    RULE,
    fills_slot,
    form_finding,
    modal_is_verb,
    next_slot,
    participle_finding,
)

AGREEMENT_RULE = "subject-verb-agreement"
_SKIPPED = word_set("not never also just really only even still always ever then now")
_NEGATED_DO = word_set(
    "didn't doesn't don't can't cannot won't wouldn't couldn't shouldn't mustn't mightn't"
)
_BE = word_set("be been being is are was were am 's 're 'm isn't aren't wasn't weren't")
_NOT_PARTICIPLE_SLOT = word_set("be been being have has had do does did were was")
_BARE_SUBJECTS = word_set("i we they he she you")
# before a pronoun, these make it an object or an inverted subject ("have you seen")
_HELPERS = word_set(
    "have has had 've 'd do does did am is are was were will would can could shall "
    "should may might must let make made makes see saw watch heard hear help"
)
# a finished action's object starts here: "we done it", "they done the work"
_OBJECT_STARTS = word_set("it that this the a an everything nothing something so all")
_THIRD_PERSON = word_set("he she")
# -s form must be seen beside the pronoun this many times as often as the base form
_RATIO = 20


def check_aux_forms(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Forms ruled out by the helper (or the missing helper) before them."""
    for i, tok in enumerate(sent[:-1]):
        low = tok.low
        if (
            (low in MODALS and modal_is_verb(sent, i))
            or low in _NEGATED_DO
            or (low in ("do", "does", "did") and low_at(sent, i + 1) == "not")
        ):
            yield from _ing_after_modal(sent, i, lex)
        elif low in _BE:
            yield from _past_after_be(sent, i, lex)
            if low in _FULL_BE:
                yield from _base_after_be(sent, i, lex)
        elif low in _BARE_SUBJECTS and _subject_here(sent, i):
            yield from _bare_participle(sent, i, lex)
            yield from _bare_ing(sent, i, lex)
            if low in _THIRD_PERSON:
                yield from _third_person(sent, i, lex)


def _subject_here(sent: list[Token], i: int) -> bool:
    """The pronoun is a clause's subject in its usual place: not after a helper ("have
    you seen", "let them go") and, for "you", not an object ("thank you")."""
    before = low_at(sent, i - 1)
    if before in _HELPERS:
        return False
    return not (sent[i - 1].is_word and "VERB" in Lexicon.classes(before)) if i else True


def _ing_after_modal(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "might leaving" -> "might leave"."""
    j = next_slot(sent, i, _SKIPPED)
    if not fills_slot(sent, j):
        return
    word = sent[j].low
    if not word.endswith("ing") or "VBG" not in lex.tags(word):
        return
    lemmas = lex.lemmas(word)
    if len(lemmas) != 1 or lemmas[0] == word:
        return
    yield form_finding(
        sent, j, f"After “{sent[i].text}” use the base form: “{lemmas[0]}”.", lemmas[0]
    )


def _past_after_be(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "was took" -> "was taken": a word that is only ever a past tense."""
    j = next_slot(sent, i, _SKIPPED)
    if not fills_slot(sent, j):
        return
    word = sent[j].low
    if word in _NOT_PARTICIPLE_SLOT or lex.tags(word) != {"VBD"}:
        return
    if lex.classes(word) != {"VERB"}:
        return
    finding = participle_finding(sent, i, j, lex)
    if finding is not None:
        yield finding


_FULL_BE = word_set("be been being is are was were isn't aren't wasn't weren't")
# a pseudo-cleft takes the base form after "be": "what they did was evacuate the town"
_CLEFT_WORDS = word_set("do does did done doing what all")


def _base_after_be(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "was evacuate" -> "was evacuated": a verb's base form after "be", where the
    passive wants its participle. Only a word that is a verb (or a verb and a noun, then
    with "by" or an adjective after it: "was rescue alive"), never an
    adjective ("was brief", "were separate"), and only where print never puts the two
    side by side; a pseudo-cleft ("all we did was wait") is left."""
    j = next_slot(sent, i, _SKIPPED - {"then", "now"})
    if not fills_slot(sent, j) or any(t.low in _CLEFT_WORDS for t in sent[:i]):
        return
    word = sent[j].low
    classes = lex.classes(word)
    if "VERB" not in classes or classes - {"VERB", "NOUN"} or lex.lemmas(word) != (word,):
        return
    if lex.tags(word) & {"VBD", "VBN", "VBG", "VBZ", "MD"}:
        return
    participle = lex.inflect(word, "VBN")
    be = sent[i].low.replace("n't", "")
    if not participle or participle == word or lex.pair(be, word):
        return
    if word in ("suppose", "use") and low_at(sent, j + 1) == "to":
        return  # "are suppose to", "was use to": the frames check names those
    if low_at(sent, i - 1) in ("there", "here"):
        return  # "there were police everywhere": a subject, not a participle
    ing = lex.inflect(word, "VBG") or ""
    if be == "been" and lex.pair(be, ing) > lex.pair(be, participle):
        return  # "have been go there" wants "going": print's "been" + which form
    if "NOUN" in classes and not _passive_after(sent, j, lex):
        return
    yield form_finding(
        sent, j, f"After “{sent[i].text}” use the participle: “{participle}”.", participle
    )


def _passive_after(sent: list[Token], j: int, lex: Lexicon) -> bool:
    """Whether what follows word ``j`` ends a passive rather than a noun's phrase ("was
    control of the port"): "by", or a word that is only an adjective or adverb ("was
    rescue alive")."""
    after = low_at(sent, j + 1)
    if after == "by":
        return True  # not the clause's end: "the pipes were lead." is the metal
    classes = lex.classes(after)
    return bool(classes) and classes <= {"ADJ", "ADV"} and after not in _CLAUSE_OPENERS


# adverbs that open a clause: "which is noise when reading" is a noun's phrase
_CLAUSE_OPENERS = word_set(
    "when where while whenever wherever why how if as though although because since until "
    "unless once before after so then"
)


def _bare_participle(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "I seen him", "they gone home", "she been working": no "have" before the
    participle (only a word that is nothing but a participle)."""
    j = next_slot(sent, i, _SKIPPED - {"not"})
    if j >= len(sent) or not sent[j].is_word or sent[j].is_capitalised:
        return
    word = sent[j].low
    done = word == "done" and low_at(sent, j + 1) in _OBJECT_STARTS
    if not done and (lex.tags(word) != {"VBN"} or lex.classes(word) - {"VERB", "AUX"}):
        return
    lemmas = lex.lemmas(word)
    if len(lemmas) != 1:
        return
    subject = sent[i].low
    have = "has" if subject in _THIRD_PERSON else "have"
    fixes: tuple[str, ...]
    if word == "been":
        fixes = (f"{have} been",)
    else:
        past = lex.inflect(lemmas[0], "VBD")
        fixes = tuple(f for f in (past, f"{have} {word}") if f and f != word)
    if not fixes:
        return
    tok = sent[j]
    message = f"“{tok.text}” needs “{have}” before it" + (
        f", or use the past tense: “{fixes[0]}”." if len(fixes) > 1 else "."
    )
    yield Finding(tok.start, tok.end, RULE, message, tuple(replace_word(tok, f) for f in fixes))


def _third_person(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "She like apples" -> "likes": a base form after "he"/"she" that print writes
    with "-s" after the pronoun (words with other readings included: "like", "walk")."""
    j = i + 1
    if not fills_slot(sent, j):
        return
    word = sent[j].low
    tags = lex.tags(word)
    if "VB" not in tags or tags & {"VBD", "VBN", "VBZ", "VBG", "MD"} or "'" in word:
        return
    if word in ("be", "have", "do", "need", "dare", "please", "thank"):
        return  # "he need not", "she be": old forms or other checks'
    lemmas = lex.lemmas(word)
    if lemmas != (word,):
        return
    third = lex.inflect(word, "VBZ")
    if not third or third == word:
        return
    pronoun = sent[i].low
    if lex.pair(pronoun, third) < _RATIO * max(lex.pair(pronoun, word), 1):
        return
    if lex.pair(pronoun, third) == 0:
        return
    tok = sent[j]
    message = f"After “{sent[i].text}” the verb takes “-s”: “{third}”."
    yield Finding(tok.start, tok.end, AGREEMENT_RULE, message, (replace_word(tok, third),))


_BE_FOR = {"i": "am", "he": "is", "she": "is"}
_ABSOLUTE = word_set("being having")  # "we having won, the rest followed"


def _bare_ing(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "I going home", "they playing outside": an "-ing" verb right after its subject
    with no "be" (only at a clause's start, and where print never puts the two side by
    side: "you being", "we having won" open absolute phrases and are left)."""
    j = i + 1
    if not fills_slot(sent, j) or not _clause_start(sent, i):
        return
    word = sent[j].low
    if not word.endswith("ing") or word in _ABSOLUTE or "VBG" not in lex.tags(word):
        return
    if lex.classes(word) - {"VERB", "ADJ"} and low_at(sent, j + 1) in ("", ".", ",", "!", "?"):
        return  # "we swimming." could be a heading's list of nouns; keep to clear verbs
    subject = sent[i].low
    if lex.pair(subject, word):
        return
    be = _BE_FOR.get(subject, "are")
    tok = sent[j]
    message = f"“{sent[i].text} {tok.text}” needs “{be}”: “{be} {word}”."
    yield Finding(tok.start, tok.end, RULE, message, (f"{be} {tok.text}",))


_CLAUSE_WORDS = word_set("and but so because when while if that as since though although")


def _clause_start(sent: list[Token], i: int) -> bool:
    """The pronoun opens a clause: the sentence's first word, or after a clause word or
    a comma ("and they playing", "because I going")."""
    if i == 0 or all(not t.is_word and not t.is_number for t in sent[:i]):
        return True
    before = sent[i - 1]
    return before.low in _CLAUSE_WORDS or before.text in ",;:"
