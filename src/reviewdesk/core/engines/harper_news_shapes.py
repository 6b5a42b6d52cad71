"""Shapes of edited news that Harper's grammar rules misread, read by
:mod:`.harper_misfires` before a flag is shown: the month "May" mid-sentence, a
quotation that goes on in the next paragraph, an editor's bracketed letter ("[T]he"), a
word that only looks like a negative prefix on a stem ("Uni"). Each test reads a few
characters around the flag.
"""

from __future__ import annotations

import re

from reviewdesk.core.engines.grammar.lexicon import Lexicon, word_set
from reviewdesk.core.engines.harper_context import WINDOW as _WINDOW
from reviewdesk.core.text.sentences import period_may_continue

# an editor's bracketed letter at a word's start: "[T]he", "[a]ttack"
BRACKETED_LETTER = re.compile(r"\[[^\W\d_]\]$")
_PRONOUNS = word_set("i you he she it we they")


def after_bracketed_letter(flagged: str, text: str, start: int, lex: Lexicon) -> bool:
    """Whether ``flagged`` follows an editor's bracketed letter ("[a]ttack") and the
    letter and the word together are a known word."""
    if not BRACKETED_LETTER.search(text, max(0, start - 3), start):
        return False
    return lex.count((text[start - 2] + flagged).lower()) > 0


def bracketed_pronoun_end(text: str, start: int, before: str) -> bool:
    """Whether the pronoun ``before``, just before ``start``, ends a word an editor's
    bracket began ("[T]he Court rules": "he" is the end of "The"); "[S]he have" keeps
    a whole pronoun, and its slip."""
    gap = text.rfind(before, max(0, start - _WINDOW), start) if before else -1
    if gap <= 0 or not BRACKETED_LETTER.search(text, max(0, gap - 3), gap):
        return False
    return (text[gap - 2] + before).lower() not in _PRONOUNS


def stem_left(word: str, fix: str) -> int:
    """How many letters ``word`` and ``fix`` end with in common: the stem Harper's
    WrongNegative keeps when it swaps a negative prefix ("unpossible" -> "impossible")."""
    a, b = word.lower()[::-1], fix.lower()[::-1]
    same = (k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y)
    return next(same, min(len(a), len(b)))


_QUOTE_MARKS = '"“”'
# a speech verb after the quotation's last comma: '"We will fight, he said.' lost its mark
_SPEECH_VERBS = word_set("said says told tells added adds asked asks wrote writes stated")


def quote_runs_on(text: str, end: int) -> bool:
    """Whether the quotation opened just before ``end`` starts a sentence and runs to
    the end of the paragraph, which ends a sentence: news leaves the closing mark out
    when a quotation goes on in the next paragraph (which opens with a mark again). An
    attribution inside it ('"We will fight, he said.') shows the closing mark missing."""
    rest = text[end:].rstrip()
    if not rest[:1].isupper() or rest[-1] not in ".!?…" or any(q in rest for q in _QUOTE_MARKS):
        return False
    last_clause = rest.rsplit(",", 1)[1] if "," in rest else ""
    return not {w.lower() for w in re.findall(r"\w+", last_clause)} & _SPEECH_VERBS


# Harper's rules whose flag starts with a modal verb ("may alone" -> "may be alone")
MODAL_RULES = frozenset({"ModalBeAdjective", "ModalOf"})
# what ends the words before a word that opens a sentence or a quotation
_OPENS_BEFORE = ".!?:;\"“”‘’'([{—–-…"


def capitalised_mid_sentence(flagged: str, text: str, start: int) -> bool:
    """Whether ``flagged`` starts with a capital after a word or a comma of the same
    sentence: "in May alone" has the month, "Will Smith" a name, not a modal verb (a
    modal opening a sentence or a quotation, "May I?", stays a modal)."""
    if not flagged[:1].isupper() or flagged.split()[0].isupper():
        return False
    before = text[max(0, start - _WINDOW) : start].rstrip()
    return bool(before) and before[-1] not in _OPENS_BEFORE


# words that open a clause standing as a noun ("what it is", "all it was")
_FUSED_OPENERS = word_set("what whatever whoever whichever all everything")
_JOINERS = word_set("and but or so yet")
_COPULA_PAIRS = frozenset({"is is", "was was", "are are", "were were"})
_CLAUSE_BREAK = re.compile(r"[.,;:!?\"“”(\[—–]")


def double_copula(flagged: str, text: str, start: int) -> bool:
    """Whether a repeated "is is" / "was was" follows a clause that stands as a noun:
    "What it is is a failure", "All it was was a mistake" (the first verb ends the
    clause, the second is the sentence's). "The problem is is that" and "He is is"
    have no such clause, and stay flagged."""
    if " ".join(flagged.lower().split()) not in _COPULA_PAIRS:
        return False
    before = text[max(0, start - _WINDOW) : start]
    clause = _CLAUSE_BREAK.split(before)[-1].split()
    if clause and clause[0].lower() in _JOINERS:
        clause = clause[1:]  # "and all it was was"
    return 1 < len(clause) <= 6 and clause[0].lower() in _FUSED_OPENERS


def name_particle(flagged: str, text: str, start: int, end: int) -> bool:
    """Whether ``flagged`` is a short lowercase particle of a place or personal name,
    joined by hyphens to its capitalised parts ("Port-au-Prince", "Mazar-i-Sharif",
    "Bois-le-Duc") or by a hyphen after a capitalised word ("Sharm el-Sheikh"): no
    English word misspelt, no pronoun."""
    if not (flagged.isalpha() and flagged.islower() and len(flagged) <= 3):
        return False
    if text[end : end + 1] != "-" or not text[end + 1 : end + 2].isupper():
        return False
    if text[start - 1 : start] == "-":
        before = text[max(0, start - _WINDOW) : start - 1].split()
    else:
        before = text[max(0, start - _WINDOW) : start].split()
    return bool(before) and before[-1].rsplit("-", 1)[-1][:1].isupper()


# a compound of letters and hyphens around a flag: "Chan-o-cha", "Jong-un", "Ing-wen"
_COMPOUND_START = re.compile(r"[^\W\d_][\w’'-]*$")
_COMPOUND_END = re.compile(r"[\w’'-]*")


def lowercase_name_piece(text: str, start: int) -> bool:
    """Whether the flag at ``start`` begins a short lowercase piece of a capitalised name
    joined by hyphens ("Prayuth Chan-o-cha", "Kim Jong-un", "Tsai Ing-wen"): a name
    romanised in pieces, every piece after the first of three letters or fewer, no English
    word misspelt (an English compound's pieces are words Harper knows)."""
    if start < 2 or text[start - 1] != "-":
        return False
    head = _COMPOUND_START.search(text, max(0, start - _WINDOW), start)
    if head is None:
        return False
    tail = _COMPOUND_END.match(text, start)
    pieces = (head.group(0) + (tail.group(0) if tail else "")).strip("-’'").split("-")
    first, rest = pieces[0], pieces[1:]
    return (
        len(first) >= 2
        and first[:1].isupper()
        and first[1:].islower()
        and bool(rest)
        and all(p.isalpha() and p.islower() and len(p) <= 3 for p in rest)
    )


_POSSESSIVE_ENDINGS = ("'s", "’s")


def name_piece_possessive(flagged: str, text: str, start: int, lex: Lexicon) -> bool:
    """Whether the flag is a hyphenated name's last, lowercase piece with the name's
    possessive ("Park Won-soon's body", "Kim Jong-un's visit"): the "'s" belongs to the
    whole name, and Harper, reading the piece alone, finds no possessive for a word like
    "soon". The piece itself must be one Harper passes bare (a word it knows, or a short
    romanised syllable), so a misspelt piece ("Won-sooon's") stays flagged; the name's
    first piece is capitalised and the others are in lowercase, as a romanised given name
    is written."""
    if not flagged.endswith(_POSSESSIVE_ENDINGS) or start < 2 or text[start - 1] != "-":
        return False
    stem = flagged[:-2]
    if not (stem.isalpha() and stem.islower()):
        return False
    head = _COMPOUND_START.search(text, max(0, start - _WINDOW), start)
    if head is None:
        return False
    pieces = head.group(0).strip("-’'").split("-")
    first, rest = pieces[0], pieces[1:]
    if not (len(first) >= 2 and first[:1].isupper() and first[1:].islower()):
        return False
    if not all(p.isalpha() and p.islower() for p in rest):
        return False
    return len(stem) <= 3 or lex.count(stem) > 0


def name_with_particle(flagged: str, text: str, end: int) -> bool:
    """Whether a split compound Harper would close ("Dar es") is a name's first part and
    its particle, a capitalised word following ("Dar es Salaam")."""
    words = flagged.split()
    after = text[end : end + 2]
    return (
        len(words) == 2
        and words[0][:1].isupper()
        and words[1].islower()
        and len(words[1]) <= 3
        and after[:1] == " "
        and after[1:2].isupper()
    )


# a French or Italian article elided before a capitalised word: "d’Intervention", "l'Orient"
_ELIDED_NAME = re.compile(r"[dl][’'][A-Z]")


def foreign_name_word(flagged: str, text: str, start: int, end: int) -> bool:
    """Whether ``flagged`` is a word of a name in French or Italian: an elided article
    and a capitalised word ("Brigade de Recherche et d’Intervention", "Côte d'Ivoire"), or
    a short lowercase word between a capitalised word and such an elided name ("et"). No
    English word is written with "d’" before a capital, nor a typing slip."""
    if _ELIDED_NAME.match(flagged):
        return flagged[2:].replace("-", "").isalpha()
    if not (flagged.isalpha() and flagged.islower() and len(flagged) <= 3):
        return False
    before = text[max(0, start - _WINDOW) : start].split()
    after = text[end : end + 4]
    return (
        bool(before)
        and before[-1][:1].isupper()
        and after[:1] == " "
        and _ELIDED_NAME.match(after, 1) is not None
    )


_ABBREVIATION_BEFORE = re.compile(r"([^\W\d_]+)\.[\"”’')\]]*\s+$")


def after_abbreviation(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows a full stop that belongs to an abbreviation
    ("Acme Inc. agreed", "Smith Jr. and", "Fresno, Calif., and"): the sentence goes on,
    and its next word is rightly in lowercase."""
    m = _ABBREVIATION_BEFORE.search(text, max(0, start - _WINDOW), start)
    return m is not None and period_may_continue(m.group(1))


# a title that ends in its own "?" or "!" inside a noun phrase: after a possessive
# ("2014's Why?") or a determiner ("the Jeopardy!"), one to four capitalised words
_TITLE_MARK_BEFORE = re.compile(
    r"(?:[’']s|\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our))"
    r"\s+(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*[?!][\"”’']?\s+$"
)


def after_title_mark(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows a title's own question or exclamation mark
    inside a noun phrase ("was 2014's Why? solo album", "the Jeopardy! host"): the mark
    is the title's, no sentence ends there, and the next word is rightly in lowercase. A
    question that ends on a name ("Did you see Bob? he left") has no possessive or
    determiner before the name, and its slip stays flagged."""
    return _TITLE_MARK_BEFORE.search(text, max(0, start - _WINDOW), start) is not None
