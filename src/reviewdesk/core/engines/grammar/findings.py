"""What a grammar rule reports, and small helpers the rules share."""

from __future__ import annotations

from dataclasses import dataclass

from reviewdesk.core.engines.grammar.tokens import Token
from reviewdesk.core.models import Category


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem: a span of the paragraph, the fixes, and what to tell the editor."""

    start: int
    end: int
    rule: str
    message: str
    replacements: tuple[str, ...]
    category: Category = Category.GRAMMAR


def match_case(template: str, word: str) -> str:
    """``word`` cased like ``template`` ("Its" + "it's" -> "It's"); "I" has its capital
    anywhere, so it says nothing of the case its replacement needs ("and I" -> "and me")."""
    if template == "I":
        return word
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def apostrophe_like(template: str, word: str) -> str:
    """``word`` with the apostrophe style of ``template`` (curly stays curly)."""
    return word.replace("'", "’") if "’" in template else word


def replace_word(tok: Token, word: str) -> str:
    """``word`` as a replacement for ``tok``: same case, same apostrophes."""
    return apostrophe_like(tok.text, match_case(tok.text, word))


def word_at(sent: list[Token], index: int) -> Token | None:
    """The token at ``index`` when it is a word (else None, also past either end)."""
    if 0 <= index < len(sent) and sent[index].is_word:
        return sent[index]
    return None


def low_at(sent: list[Token], index: int) -> str:
    """The lowercase text at ``index`` ("" past either end)."""
    return sent[index].low if 0 <= index < len(sent) else ""


# More marks than this in a row (a rule of dashes, pasted junk) end whatever came before:
# the look back stops there, so a paragraph of 100,000 marks is not walked back over for
# each of them (that took minutes).
MARKS_LOOKED_BACK = 64


def sentence_start(sent: list[Token], i: int) -> bool:
    """Whether the word at ``i`` opens its sentence: nothing but marks before it (quotes,
    brackets, bullets, an emoji), or a label's colon ("Update: The books is")."""
    for k in range(i - 1, max(-1, i - 1 - MARKS_LOOKED_BACK), -1):  # usually stops at once
        if sent[k].is_word or sent[k].is_number:
            return sent[i - 1].text == ":" and sent[i].is_capitalised
    return True


def opening(sent: list[Token]) -> int:
    """Where the sentence's own words begin: past marks (an opening quote, a symbol) and
    a label with its colon ("Update: Although …")."""
    start = 0
    while start < len(sent) and not sent[start].is_word and not sent[start].is_number:
        start += 1
    if len(sent) > start + 2 and sent[start].is_word and sent[start + 1].text == ":":
        start += 2
    return start
