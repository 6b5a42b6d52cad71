"""A model of the proper names an article uses, learned from the article itself.

Nothing here knows any particular name. Evidence comes from how the text writes a word:
capitalised where a sentence does not start, recurring as a surname ("Oreshkin said",
"Lukashenko’s"), inside a run of capitalised words ("Dr. Anya Petrova"), in a speaker
label ("**Jane Doe:**"), or in an ALL-CAPS photo credit ("Photo: AFP, JOHN SMITH").
Headlines in Title Case are no evidence: every word there is capitalised.

All offsets are code-point indices into the text the model was learned from.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reviewdesk.core.engines.names.words import (
    POSSESSIVE,
    STOPWORDS,
    TITLES,
    Finding,
    fold,
    strip_possessive,
    word_set,
)
from reviewdesk.core.text.labels import speaker_label
from reviewdesk.core.text.paragraphs import split_paragraphs
from reviewdesk.core.text.prose import protected_spans, starts_inside
from reviewdesk.core.text.sentences import period_continues, starts_sentence
from reviewdesk.core.text.words import HYPHENATED_RE, LETTER_WORD_RE

if TYPE_CHECKING:
    from reviewdesk.core.engines.names.words import TextEdit

__all__ = [
    "STOPWORDS",
    "TITLES",
    "Finding",
    "Label",
    "NameModel",
    "Token",
    "fold",
    "learn",
    "strip_possessive",
    "word_set",
]

_CREDIT_RE = re.compile(
    r"^[ \t*_]*(?:photo|photos|photograph|picture|image|credit|credits|source|foto|"
    r"illustration|graphic|video|pictured)s?\b[ \t*_]*(?::|/|by\b)",
    re.IGNORECASE,
)
_HEADING_RE = re.compile(r"^[ \t]*#{1,6}[ \t]")


@dataclass(slots=True)
class Token:
    """One word of the text, with what the model knows about its position."""

    index: int
    start: int
    end: int
    text: str
    base: str  # without a possessive ending
    line: int
    initial: bool  # first word of a sentence (or of a line, label, quote)
    kind: str  # line kind: "text", "headline", "credit"
    in_label: bool = False
    run: int = -1  # index into NameModel.runs, or -1
    cap: bool = False  # capitalised, not ALL CAPS
    caps: bool = False  # ALL CAPS
    joined: bool = False  # right after the previous word, in one name ("Anya Petrova")

    @property
    def base_end(self) -> int:
        """Where the name ends (before a possessive ending)."""
        return self.start + len(self.base)


@dataclass(slots=True)
class Label:
    """A speaker label: its name part and where it is."""

    start: int
    end: int
    text: str
    line: int


@dataclass
class NameModel:
    """Everything learned about names in one text."""

    text: str
    tokens: list[Token] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    runs: list[list[int]] = field(default_factory=list)  # token indices of capitalised runs
    line_kinds: list[str] = field(default_factory=list)
    line_starts: list[int] = field(default_factory=list)
    compounds: list[tuple[int, int, str]] = field(default_factory=list)  # hyphenated words
    cap_count: Counter[str] = field(default_factory=Counter)  # capitalised, outside headlines
    mid_count: Counter[str] = field(default_factory=Counter)  # capitalised mid-sentence
    solo_mid_count: Counter[str] = field(default_factory=Counter)  # ... and not in a run
    lower_count: Counter[str] = field(default_factory=Counter)  # lowercase occurrences
    label_words: set[str] = field(default_factory=set)
    credit_words: set[str] = field(default_factory=set)
    run_words: set[str] = field(default_factory=set)  # in a multi-word name outside headlines
    followed_by_cap: Counter[str] = field(default_factory=Counter)
    occurrences: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    _starts: list[int] = field(default_factory=list, repr=False)
    # how this model was derived from the previous text's (see names.updates), if it was
    edit: TextEdit | None = None
    _halves: set[str] | None = field(default=None, repr=False)
    _compounds: set[str] | None = field(default=None, repr=False)

    def reset_positions(self) -> None:
        """Forget position indexes after offsets changed."""
        self._starts = []

    def tokens_of_line(self, line: int) -> list[Token]:
        """The capitalised words of one line (paragraph)."""
        if len(self._starts) != len(self.tokens):
            self._starts = [t.start for t in self.tokens]
        start = self.line_starts[line]
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.tokens) and self.tokens[i].line == line:
            out.append(self.tokens[i])
            i += 1
        return out

    def forget_compounds(self) -> None:
        """Drop the compound indexes after long words came or went."""
        self._halves = None
        self._compounds = None

    def compound_keys(self) -> set[str]:
        """Hyphenated words of the text, lowercased without hyphens ("email" for "e-mail")."""
        if self._compounds is None:
            self._compounds = {w.replace("-", "").lower() for _s, _e, w in self.compounds}
        return self._compounds

    def splits_into_words(self, word: str) -> bool:
        """Whether ``word`` splits into two words of four letters or more the text uses."""
        lower = self.lower_count
        return any(lower.get(word[:i]) and lower.get(word[i:]) for i in range(4, len(word) - 3))

    def compound_halves(self) -> set[str]:
        """Words that are the first or last part of a long lowercase word ("health")."""
        if self._halves is None:
            halves: set[str] = set()
            for word in self.lower_count:
                if len(word) >= 8 and word.isalpha():
                    for i in range(4, len(word) - 3):
                        halves.add(word[:i])
                        halves.add(word[i:])
            self._halves = halves
        return self._halves

    def uses_word(self, word: str) -> bool:
        """Whether the article writes ``word`` somewhere (any capitalisation)."""
        low = word.lower()
        return bool(self.lower_count.get(low) or self.cap_count.get(low[:1].upper() + low[1:]))

    def common_word(self, base: str) -> bool:
        """Whether the article writes ``base`` in lowercase at least as often as capitalised."""
        return self.lower_count.get(base.lower(), 0) >= max(1, self.cap_count.get(base, 0))

    def is_name_word(self, base: str) -> bool:
        """Whether ``base`` is used as a name throughout the article (not per occurrence)."""
        if base in self.label_words or base in self.credit_words or base in self.run_words:
            return True
        if self.mid_count.get(base, 0) >= 2:
            return True
        return self.cap_count.get(base, 0) >= 3 and not self.common_word(base)

    def token_is_name(self, token: Token) -> bool:
        """Whether this occurrence is a name: the word is a name, or it stands in a name run."""
        if self.is_initial(token):
            nxt = self.next_adjacent(token)
            return nxt is not None and self.token_is_name(nxt)
        if not (token.cap or token.caps):
            return False
        if token.kind == "credit" and (token.caps or token.cap):
            return True
        if self.is_name_word(token.base):
            return True
        if token.caps and len(token.base) <= 6 and token.kind != "headline":
            return True  # an acronym in running text
        if token.kind == "headline":
            return False
        if token.run >= 0 and len(self.runs[token.run]) >= 2:
            return True
        prev = self.prev_adjacent(token)
        return prev is not None and prev.base.lower() in TITLES

    def is_initial(self, token: Token) -> bool:
        """An initial in a name: "J." of "J. Mercer"."""
        return (
            len(token.base) == 1
            and token.base.isupper()
            and self.text[token.end : token.end + 1] == "."
        )

    def prev_adjacent(self, token: Token) -> Token | None:
        """The capitalised word right before ``token`` ("Anya" for "Anya Petrova"), or None."""
        return self.tokens[token.index - 1] if token.joined else None

    def next_adjacent(self, token: Token) -> Token | None:
        """The capitalised word right after ``token``, or None."""
        i = token.index + 1
        if i < len(self.tokens) and self.tokens[i].joined:
            return self.tokens[i]
        return None

    def line_of(self, index: int) -> int:
        """The line (paragraph) that holds code point ``index``."""
        return bisect.bisect_right(self.line_starts, index) - 1

    def token_at(self, start: int, end: int) -> Token | None:
        """The token that overlaps ``start..end`` the most (an issue's word)."""
        if len(self._starts) != len(self.tokens):
            self._starts = [t.start for t in self.tokens]
        i = bisect.bisect_right(self._starts, start) - 1
        best: Token | None = None
        best_overlap = 0
        for j in (i, i + 1):
            if 0 <= j < len(self.tokens):
                t = self.tokens[j]
                overlap = min(end, t.end) - max(start, t.start)
                if overlap > best_overlap:
                    best, best_overlap = t, overlap
        return best


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


def learn(text: str, cache: dict[str, ParagraphNames] | None = None) -> NameModel:
    """Learn the names of ``text``; ``cache`` keeps each paragraph's reading by its text."""
    model = NameModel(text=text)
    paragraphs = split_paragraphs(text)
    model.line_starts = [p.start for p in paragraphs]
    lowers: list[str] = []
    tokens = model.tokens
    for para in paragraphs:
        info = cache.get(para.text) if cache is not None else None
        if info is None:
            info = read_paragraph(para.text)
            if cache is not None:
                cache[sys.intern(para.text)] = info  # one copy shared by the engines' caches
        model.line_kinds.append(info.kind)
        base = para.start
        if info.label is not None:
            ls, le, label_text = info.label
            model.labels.append(Label(base + ls, base + le, label_text, para.index))
        for s, e, word, name, initial, in_label, cap, caps, joined in info.words:
            tokens.append(
                Token(
                    len(tokens), base + s, base + e, word, name, para.index, initial,
                    info.kind, in_label, -1, cap, caps, joined,
                )
            )  # fmt: skip
        lowers.extend(info.lowers)
        model.compounds.extend((base + s, base + e, w) for s, e, w in info.compounds)
    lower = model.lower_count
    lower.update(lowers)
    for word in [w for w in lower if len(w) > 3 and w.endswith(POSSESSIVE)]:
        lower[word[:-2]] += lower.pop(word)
    _find_runs(model)
    _count(model)
    return model


def _joined(line: str, prev: _Word, start: int) -> bool:
    """Whether a word at ``start`` follows ``prev`` in one name ("Anya Petrova", "Dr. Anya")."""
    prev_end, prev_text, prev_base = prev[1], prev[2], prev[3]
    if prev_text != prev_base:
        return False  # "Putin’s visit"
    gap = line[prev_end:start]
    return gap == " " or (gap == ". " and period_continues(prev_base))


def _find_runs(model: NameModel) -> None:
    """Runs of capitalised words joined by single spaces ("Dr. Anya Petrova")."""
    tokens = model.tokens
    raw: list[list[int]] = []
    run: list[int] = []
    for token in tokens:
        if token.kind == "headline" or not (
            token.cap or (token.caps and token.kind == "credit") or model.is_initial(token)
        ):
            if run:
                raw.append(run)
            run = []
            continue
        if run and not (token.joined and run[-1] == token.index - 1):
            raw.append(run)
            run = []
        run.append(token.index)
    if run:
        raw.append(run)
    trimmed: list[tuple[list[int], list[int]]] = []  # (dropped, kept)
    for r in raw:
        dropped: list[int] = []
        # drop leading words that are not part of a name ("The", "Yesterday")
        while r:
            first = tokens[r[0]]
            lower = first.base.lower()
            if lower in STOPWORDS and lower not in TITLES:
                r = r[1:]
            elif first.initial and not first.in_label and model.lower_count.get(lower, 0) > 0:
                dropped.append(r[0])
                r = r[1:]
            else:
                break
        trimmed.append((dropped, r))
    # a sentence-initial word stays when the whole name also stands mid-sentence
    # ("Harbor Ledger: ..." at a line start, "the Harbor Ledger" elsewhere)
    mid_sentence = {tuple(tokens[i].text for i in kept) for dropped, kept in trimmed if not dropped}
    for dropped, kept in trimmed:
        if dropped and tuple(tokens[i].text for i in dropped[-1:] + kept) in mid_sentence:
            kept = dropped[-1:] + kept
        if len(kept) >= 2:
            model.runs.append(kept)
            for i in kept:
                tokens[i].run = len(model.runs) - 1
                model.run_words.add(tokens[i].base)


def _count(model: NameModel) -> None:
    for token in model.tokens:
        base = token.base
        model.occurrences[base].append(token.index)
        if token.kind == "credit":
            model.credit_words.add(base)
        if token.in_label and token.cap:
            model.label_words.add(base)
        if not token.cap or token.kind == "headline":
            continue
        model.cap_count[base] += 1
        nxt = model.next_adjacent(token)
        if nxt is not None and nxt.cap:
            model.followed_by_cap[base] += 1
        if not token.initial and not token.in_label:
            model.mid_count[base] += 1
            if token.run < 0:
                model.solo_mid_count[base] += 1
