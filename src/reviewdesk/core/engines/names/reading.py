"""What one paragraph says about names, read once per paragraph text and cached.

The reading is offset-free apart from positions inside the paragraph, so a paragraph
that moves (or repeats) is never read again.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass

from reviewdesk.core.engines.names.words import POSSESSIVE
from reviewdesk.core.text.labels import speaker_label
from reviewdesk.core.text.prose import protected_spans, starts_inside
from reviewdesk.core.text.sentences import period_continues, starts_sentence
from reviewdesk.core.text.words import HYPHENATED_RE, LETTER_WORD_RE

# photo credits, and a wire story's sign-off ("Reporting by ...; Editing by ...")
_CREDIT_RE = re.compile(
    r"^[ \t*_]*(?:photo|photos|photograph|picture|image|credit|credits|source|foto|"
    r"illustration|graphic|video|pictured|(?:additional\s+)?reporting|writing|editing|"
    r"edited|written|compiled)s?\b[ \t*_]*(?::|/|by\b)",
    re.IGNORECASE,
)
_HEADING_RE = re.compile(r"^[ \t]*#{1,6}[ \t]")


def _line_kind(line: str) -> str:
    """ "headline" for Title Case or Markdown headings, "credit" for photo credits."""
    stripped = line.strip().strip("*_").strip()
    if not stripped:
        return "text"
    if _CREDIT_RE.match(line):
        return "credit"
    if _HEADING_RE.match(line):
        return "headline"
    label = speaker_label(line)
    if label is not None and not line.rstrip().endswith(":**") and line[label.label_end :].strip():
        return "text"  # a label followed by speech is a text line, not a headline
    if stripped[-1] in '.!?…"”’:;)»' and not stripped.endswith("**"):
        return "text"
    words = [w for w in LETTER_WORD_RE.findall(stripped) if len(w) >= 4]
    if not words or len(LETTER_WORD_RE.findall(stripped)) > 20:
        return "text"
    caps = sum(1 for w in words if w[0].isupper())
    return "headline" if caps / len(words) >= 0.75 else "text"


# (start, end, text, base, initial, in_label, cap, caps, joined), relative to the paragraph
_Word = tuple[int, int, str, str, bool, bool, bool, bool, bool]


@dataclass(frozen=True, slots=True)
class ParagraphNames:
    """What one paragraph says about names, offsets relative to it (cached by its text)."""

    kind: str
    label: tuple[int, int, str] | None
    words: tuple[_Word, ...]  # capitalised and ALL-CAPS words
    lowers: tuple[str, ...]  # lowercase words
    compounds: tuple[tuple[int, int, str], ...] = ()  # hyphenated words ("e-mail")


def read_paragraph(line: str) -> ParagraphNames:
    """The names evidence of one paragraph (a line of the text)."""
    kind = _line_kind(line)
    label: tuple[int, int, str] | None = None
    found = speaker_label(line) if kind != "credit" else None
    if found is not None:
        label = (found.start, found.end, found.name)
    label_end = label[1] if label else -1
    protected = protected_spans(line)
    words: list[_Word] = []
    lowers: list[str] = []
    for wm in LETTER_WORD_RE.finditer(line):
        # interned: a long article repeats its words thousands of times, and every
        # paragraph's reading is kept (by paragraph text) between checks
        word = sys.intern(wm.group())
        if not word[0].isupper():
            lowers.append(word)
            continue
        start = wm.start()
        if protected and starts_inside(protected, start):
            continue
        base = sys.intern(word[:-2]) if len(word) > 3 and word.endswith(POSSESSIVE) else word
        caps = len(base) >= 2 and base.isupper()
        initial = starts_sentence(line, start)
        cap = len(base) >= 2 and not caps
        joined = bool(words) and _joined(line, words[-1], start)
        words.append((start, wm.end(), word, base, initial, start < label_end, cap, caps, joined))
    compounds: list[tuple[int, int, str]] = []
    if "-" in line:
        for m in HYPHENATED_RE.finditer(line):
            s, e = m.span()
            if protected and starts_inside(protected, s):
                continue
            compounds.append((s, e, m.group()))
    return ParagraphNames(kind, label, tuple(words), tuple(lowers), tuple(compounds))


def _joined(line: str, prev: _Word, start: int) -> bool:
    """Whether a word at ``start`` follows ``prev`` in one name ("Anya Petrova", "Dr. Anya")."""
    prev_end, prev_text, prev_base = prev[1], prev[2], prev[3]
    if prev_text != prev_base:
        return False  # "Putin’s visit"
    gap = line[prev_end:start]
    return gap == " " or (gap == ". " and period_continues(prev_base))
