"""Words and sentences of one paragraph, as the grammar rules see them.

A rule looks at a sentence as a list of :class:`Token` (words, numbers and marks, each
with its code-point span), so it can ask "what comes before this word" without
re-reading the text. Apostrophes are folded to ASCII in ``low`` so that "it’s" and
"it's" match the same rule.
"""

from __future__ import annotations

import re

from reviewdesk.core.text.sentences import RUNNING_ABBREVIATIONS, period_continues

_TOKEN = re.compile(
    r"\d+(?:[.,:]\d+)*(?:%|st|nd|rd|th|s|am|pm)?"  # 80, 1,800, 3.5, 18%, 1990s
    r"|[^\W\d_]+(?:['’][^\W\d_]+)*(?:['’](?![^\W\d_]))?"  # words, it's, dogs'
    r"|\S",
)
# A sentence ends at . ! ? (after optional closing quotes) followed by space and a
# capital, a digit or an opening quote; the stop after "Dr." or "J." stays inside
# (the text kit's one judgement of full stops).


class Token:
    """One word, number or mark of a paragraph (built by the thousand: slots, no dataclass)."""

    __slots__ = ("end", "index", "is_capitalised", "is_number", "is_word", "low", "start", "text")

    def __init__(self, text: str, start: int, end: int, index: int, low: str = "") -> None:
        self.text = text
        self.start = start
        self.end = end
        self.index = index  # position in its sentence
        # lowercase, with curly apostrophes made straight (rules ask for it often)
        self.low = low or text.lower().replace("’", "'")
        first = text[0]
        self.is_word = first.isalpha()  # letters (with inner apostrophes)
        self.is_number = first.isdigit()
        # starts with a capital letter (asked ~4 times per token per check: not a property)
        self.is_capitalised = first.isupper()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and (self.text, self.start, self.end) == (
            other.text,
            other.start,
            other.end,
        )

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end))

    @property
    def is_all_caps(self) -> bool:
        """Two or more letters, all capitals ("FBI", "NATO")."""
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)


def tokenize(text: str) -> list[Token]:
    """Every token of ``text`` (indices count from 0 across the whole text)."""
    return [Token(m.group(), m.start(), m.end(), i) for i, m in enumerate(_TOKEN.finditer(text))]


def sentences(text: str) -> list[list[Token]]:
    """The tokens of ``text`` cut into sentences; each token's ``index`` is its place."""
    out: list[list[Token]] = []
    tokens = tokenize(text)
    first = 0
    for pos, tok in enumerate(tokens):
        if tok.text in ".!?…" and _ends_sentence(text, tokens, pos):
            out.append(_renumbered(tokens[first : pos + 1]))
            first = pos + 1
    if first < len(tokens):
        out.append(_renumbered(tokens[first:]))
    return out


def _renumbered(tokens: list[Token]) -> list[Token]:
    """The tokens with ``index`` counted from the sentence start (renumbered in place:
    they are :func:`sentences`' own, made for this paragraph)."""
    if tokens and tokens[0].index:
        for n, tok in enumerate(tokens):
            tok.index = n
    return tokens


def _ends_sentence(text: str, tokens: list[Token], pos: int) -> bool:
    tok = tokens[pos]
    if tok.text == "." and pos > 0:
        before = tokens[pos - 1]
        glued = before.end == tok.start and before.is_word
        if glued and (period_continues(before.text) or before.low in RUNNING_ABBREVIATIONS):
            return False
    nxt = pos + 1
    while nxt < len(tokens) and tokens[nxt].text in "\"'”’)»":
        nxt += 1
    if nxt >= len(tokens):
        return True
    follower = tokens[nxt]
    if follower.start == tokens[nxt - 1].end:
        return False  # "3.5", "e.g.x": no space, no sentence end
    return follower.text[0].isupper() or follower.text[0].isdigit() or follower.text in "\"“‘'("
