"""Words and sentences of one paragraph, as the grammar rules see them.

A rule looks at a sentence as a list of :class:`Token` (words, numbers and marks, each
with its code-point span), so it can ask "what comes before this word" without
re-reading the text. Apostrophes are folded to ASCII in ``low`` so that "it’s" and
"it's" match the same rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reviewdesk.core.text.sentences import RUNNING_ABBREVIATIONS, period_continues

_TOKEN = re.compile(
    r"\d+(?:[.,:]\d+)*(?:%|st|nd|rd|th|s|am|pm)?"  # 80, 1,800, 3.5, 18%, 1990s
    r"|[^\W\d_]+(?:['’][^\W\d_]+)*(?:['’](?![^\W\d_]))?"  # words, it's, dogs'
    r"|\S",
)
# A sentence ends at . ! ? (after optional closing quotes) followed by space and a
# capital, a digit or an opening quote; the stop after "Dr." or "J." stays inside
# (the text kit's one judgement of full stops).


@dataclass(frozen=True, slots=True)
class Token:
    """One word, number or mark of a paragraph."""

    text: str
    start: int
    end: int
    index: int  # position in its sentence

    @property
    def low(self) -> str:
        """Lowercase, with curly apostrophes made straight."""
        return self.text.lower().replace("’", "'")

    @property
    def is_word(self) -> bool:
        """Letters (with inner apostrophes)."""
        return self.text[0].isalpha()

    @property
    def is_number(self) -> bool:
        """Starts with a digit."""
        return self.text[0].isdigit()

    @property
    def is_capitalised(self) -> bool:
        """Starts with a capital letter."""
        return self.text[0].isupper()

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
    current: list[Token] = []
    tokens = tokenize(text)
    for pos, tok in enumerate(tokens):
        current.append(Token(tok.text, tok.start, tok.end, len(current)))
        if tok.text in ".!?…" and _ends_sentence(text, tokens, pos):
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


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
