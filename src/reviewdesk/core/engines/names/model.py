"""A model of the proper names an article uses, learned from the article itself.

Nothing here knows any particular name. Evidence comes from how the text writes a word:
capitalised where a sentence does not start, recurring as a surname ("Oreshkin said",
"Lukashenko’s"), inside a run of capitalised words ("Dr. Anya Petrova"), in a speaker
label ("**Jane Doe:**"), or in an ALL-CAPS photo credit ("Photo: AFP, JOHN SMITH").
Headlines in Title Case are no evidence: every word there is capitalised.

The model is kept per line (:class:`LineNames`, built from a cached
:class:`~.reading.ParagraphNames`) and its counts are sums over the lines, so after an
edit :meth:`NameModel.update` takes the old lines' part out and puts the new lines' in
(see :mod:`.building`); it records which words' facts changed, which is all the finders
and the names filter need to redo their work where it matters.

A token's offsets are relative to its line; ``start``/``end`` give them in the whole
text (code points).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from reviewdesk.core.engines.grammar.lexicon import Lexicon
from reviewdesk.core.engines.names.reading import ParagraphNames, read_paragraph
from reviewdesk.core.engines.names.words import (
    POSSESSIVE,
    STOPWORDS,
    TITLES,
    Finding,
    fold,
    strip_possessive,
    word_set,
)
from reviewdesk.core.lines import Lines

__all__ = [
    "STOPWORDS",
    "TITLES",
    "Finding",
    "LineNames",
    "NameModel",
    "ParagraphNames",
    "Token",
    "fold",
    "read_paragraph",
    "strip_possessive",
    "word_set",
]

# Words longer than this are no name or compound and are not split in two: every prefix
# and suffix of a 100,000-letter "word" (a hostile file) took 34 s and 5 GB.
MAX_HALVED = 40


def halved(word: str) -> bool:
    """Whether ``word`` is split into halves ("healthcare": "health" + "care")."""
    return 8 <= len(word) <= MAX_HALVED and word.isalpha()


class Token:
    """One capitalised (or ALL-CAPS) word of the text, with what its line says of it."""

    __slots__ = (
        "base",
        "cap",
        "caps",
        "in_label",
        "initial",
        "joined",
        "kind",
        "line",
        "next",
        "prev",
        "rel_end",
        "rel_start",
        "run",
        "text",
    )

    def __init__(
        self,
        line: LineNames,
        word: tuple[int, int, str, str, bool, bool, bool, bool, bool],
        kind: str,
    ) -> None:
        s, e, text, base, initial, in_label, cap, caps, joined = word
        self.line = line
        self.rel_start, self.rel_end = s, e
        self.text, self.base = text, base  # base: without a possessive ending
        self.initial = initial  # first word of a sentence (or of a line, label, quote)
        self.kind = kind  # line kind: "text", "headline", "credit"
        self.in_label = in_label
        self.cap = cap  # capitalised, not ALL CAPS
        self.caps = caps  # ALL CAPS
        self.joined = joined  # right after the previous word, in one name ("Anya Petrova")
        self.run: tuple[Token, ...] | None = None  # the multi-word name it stands in
        self.prev: Token | None = None  # the word before it in one name, if joined
        self.next: Token | None = None  # the word after it in one name, if joined

    @property
    def start(self) -> int:
        """Offset in the whole text."""
        line = self.line
        return line.model.starts[line.index] + self.rel_start

    @property
    def end(self) -> int:
        """Offset in the whole text."""
        line = self.line
        return line.model.starts[line.index] + self.rel_end

    @property
    def base_end(self) -> int:
        """Where the name ends (before a possessive ending)."""
        return self.start + len(self.base)

    @property
    def line_number(self) -> int:
        """The line (paragraph) it stands in."""
        return self.line.index

    def order(self) -> tuple[int, int]:
        """Sort key in document order."""
        return (self.line.index, self.rel_start)

    def __repr__(self) -> str:
        return f"Token({self.text!r} line {self.line.index} at {self.rel_start})"


class LineNames:
    """One line's part of the model: its tokens and names (offsets relative to it)."""

    __slots__ = (
        "index",
        "info",
        "mids",
        "model",
        "readd",
        "runs",
        "stage",
        "text",
        "tokens",
        "trim_words",
    )

    def __init__(self, model: NameModel, index: int, text: str, info: ParagraphNames) -> None:
        self.model = model
        self.index = index
        self.text = text
        self.info = info
        self.tokens = [Token(self, word, info.kind) for word in info.words]
        for prev, token in zip(self.tokens, self.tokens[1:], strict=False):
            if token.joined:
                token.prev, prev.next = prev, token
        self.runs: list[tuple[Token, ...]] = []  # multi-word names (two words or more)
        self.trim_words: frozenset[str] = frozenset()  # words whose lowercase use decides
        self.readd: frozenset[tuple[str, ...]] = frozenset()  # names looked up mid-sentence
        self.mids: tuple[tuple[str, ...], ...] = ()  # names standing here without trimming
        # the runs after dropping leading words: (dropped, kept) for each raw run
        self.stage: list[tuple[tuple[Token, ...], tuple[Token, ...]]] = []

    @property
    def kind(self) -> str:
        return self.info.kind

    @property
    def start(self) -> int:
        return self.model.starts[self.index]


# the line (most words) or lines a word stands in
WordLines = LineNames | set[LineNames]


def _counter() -> Counter[str]:
    return Counter()


class NameModel:
    """Everything learned about names in one text (built and kept up to date by
    :mod:`.building`)."""

    def __init__(self) -> None:
        self.text = ""
        self.starts: list[int] = [0]
        self.lines: list[LineNames] = []
        self.cap_count: Counter[str] = _counter()  # capitalised, outside headlines
        self.mid_count: Counter[str] = _counter()  # capitalised mid-sentence
        self.solo_mid_count: Counter[str] = _counter()  # ... and not in a run
        self.lower_count: Counter[str] = _counter()  # lowercase occurrences
        self.followed_by_cap: Counter[str] = _counter()
        self.before_noun: Counter[str] = _counter()  # right before a lowercase noun
        self.labels_count: Counter[str] = _counter()  # words of speaker labels
        self.credits_count: Counter[str] = _counter()  # words of photo credits
        self.runs_count: Counter[str] = _counter()  # words of multi-word names
        self.run_tuples: Counter[tuple[str, ...]] = Counter()  # all-capitalised names
        self.mid_sentence: Counter[tuple[str, ...]] = Counter()  # names never trimmed
        self.compound_count: Counter[str] = _counter()  # hyphenated words, key form
        self.occurrences: dict[str, dict[Token, None]] = {}  # base -> its tokens
        self.bases_by_lower: dict[str, set[str]] = {}  # "colour" -> {"Colour"}
        self.words_lines: dict[str, WordLines] = {}  # lowercased word -> its line(s)
        # lines whose names depend on a word's lowercase use, or on a name standing
        # untrimmed elsewhere (see building)
        self.trim_index: dict[str, Counter[LineNames]] = {}
        self.readd_index: dict[tuple[str, ...], Counter[LineNames]] = {}
        # what the last update changed: the text it came from, and lowercased words
        # whose facts (counts, sets, runs) changed; None: learned afresh
        self.derived_from: str | None = None
        self.changed: set[str] = set()
        self.last_changes: object = None  # building.Changes of the last update
        self.findings_text: str | None = None  # the text ``findings`` were found for
        self.source = Lines.of("")  # the text as lines
        self.findings: object = None  # the names engine's findings for this text
        self._halves: set[str] | None = None

    # -- views kept for finders and tests -------------------------------------------------

    @property
    def line_starts(self) -> list[int]:
        return self.starts[: len(self.lines)]

    @property
    def line_kinds(self) -> list[str]:
        return [line.info.kind for line in self.lines]

    @property
    def tokens(self) -> list[Token]:
        """Every token in document order (a fresh list: costs a pass over them)."""
        return [t for line in self.lines for t in line.tokens]

    @property
    def runs(self) -> list[tuple[Token, ...]]:
        """Every multi-word name in document order."""
        return [run for line in self.lines for run in line.runs]

    @property
    def label_words(self) -> set[str]:
        return set(self.labels_count)

    @property
    def credit_words(self) -> set[str]:
        return set(self.credits_count)

    @property
    def run_words(self) -> set[str]:
        return set(self.runs_count)

    @property
    def labels(self) -> list[tuple[int, int, str]]:
        """Speaker labels: (start, end, name) in the whole text."""
        out = []
        for line in self.lines:
            if line.info.label is not None:
                s, e, name = line.info.label
                out.append((line.start + s, line.start + e, name))
        return out

    @property
    def compounds(self) -> list[tuple[int, int, str]]:
        """Hyphenated words: (start, end, word) in the whole text."""
        return [
            (line.start + s, line.start + e, w)
            for line in self.lines
            for s, e, w in line.info.compounds
        ]

    # -- questions about words and tokens -------------------------------------------------

    def tokens_of_line(self, line: int) -> list[Token]:
        """The capitalised words of one line (paragraph)."""
        return self.lines[line].tokens

    def tokens_of(self, base: str) -> list[Token]:
        """The occurrences of ``base`` in document order."""
        return sorted(self.occurrences.get(base, ()), key=Token.order)

    def lines_with(self, word: str) -> list[LineNames]:
        """The lines holding ``word`` (any capitalisation), in document order."""
        held = self.words_lines.get(word.lower())
        if held is None:
            return []
        if isinstance(held, LineNames):
            return [held]
        return sorted(held, key=lambda line: line.index)

    def compound_keys(self) -> set[str]:
        """Hyphenated words of the text, lowercased without hyphens ("email" for "e-mail")."""
        return set(self.compound_count)

    def splits_into_words(self, word: str) -> bool:
        """Whether ``word`` splits into two words of four letters or more the text uses."""
        lower = self.lower_count
        if len(word) > MAX_HALVED:
            return False
        return any(lower.get(word[:i]) and lower.get(word[i:]) for i in range(4, len(word) - 3))

    def compound_halves(self) -> set[str]:
        """Words that are the first or last part of a long lowercase word ("health")."""
        if self._halves is None:
            halves: set[str] = set()
            for word in self.lower_count:
                if halved(word):
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
        return name_by_counts(
            cap=self.cap_count.get(base, 0),
            mid=self.mid_count.get(base, 0),
            labels=self.labels_count.get(base, 0),
            credits=self.credits_count.get(base, 0),
            runs=self.runs_count.get(base, 0),
            lower=self.lower_count.get(base.lower(), 0),
        )

    def token_is_name(self, token: Token) -> bool:
        """Whether this occurrence is a name: the word is a name, or it stands in a name run."""
        if self.is_initial(token):
            nxt = token.next
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
        if token.run is not None and len(token.run) >= 2:
            return True
        prev = token.prev
        return prev is not None and prev.base.lower() in TITLES

    @staticmethod
    def is_initial(token: Token) -> bool:
        """An initial in a name: "J." of "J. Mercer"."""
        return (
            len(token.base) == 1
            and token.base.isupper()
            and token.line.text[token.rel_end : token.rel_end + 1] == "."
        )

    @staticmethod
    def prev_adjacent(token: Token) -> Token | None:
        """The capitalised word right before ``token`` ("Anya" for "Anya Petrova"), or None."""
        return token.prev

    @staticmethod
    def next_adjacent(token: Token) -> Token | None:
        """The capitalised word right after ``token``, or None."""
        return token.next

    def line_of(self, index: int) -> int:
        """The line (paragraph) that holds code point ``index``."""
        return max(0, bisect.bisect_right(self.starts, index, hi=len(self.lines)) - 1)

    def token_at(self, start: int, end: int) -> Token | None:
        """The token that overlaps ``start..end`` the most (an issue's word)."""
        k = self.line_of(start)
        base = self.starts[k]
        return token_in_line(self.lines[k].tokens, start - base, end - base)


# the lowercase word right after a capitalised one ("Samoan way", "Philippine officials")
_WORD_AFTER = re.compile(r" ([a-z]+)\b")
# forms that make the word after a verb, not a noun: "Reynold said", "Reynold works"
_VERB_TAGS = frozenset({"VBD", "VBZ", "VBN", "VBG"})


def before_noun(token: Token) -> bool:
    """Whether ``token`` (no possessive) stands right before a lowercase noun that is no
    verb's form: "the Samoan way", "Philippine officials". A nationality's or a place's
    adjective stands there; a person's surname takes a verb there ("Reynold said")."""
    if token.text != token.base:
        return False
    m = _WORD_AFTER.match(token.line.text, token.rel_end, token.rel_end + 40)
    if m is None or m.group(1) in STOPWORDS:
        return False
    tags = Lexicon.tags(m.group(1))
    return bool(tags & {"NN", "NNS"}) and not tags & _VERB_TAGS


def name_by_counts(*, cap: int, mid: int, labels: int, credits: int, runs: int, lower: int) -> bool:
    """Whether a capitalised word with these counts is a name throughout the article: in a
    speaker label, a photo credit or a multi-word name, capitalised mid-sentence twice, or
    capitalised three times and written in lowercase less often (not a common word)."""
    if labels or credits or runs or mid >= 2:
        return True
    return cap >= 3 and not lower >= max(1, cap)


def token_in_line(tokens: list[Token], start: int, end: int) -> Token | None:
    """The token of a line that overlaps ``start..end`` (relative) the most."""
    best: Token | None = None
    best_overlap = 0
    i = bisect.bisect_right(tokens, start, key=lambda t: t.rel_start) - 1
    for j in (i, i + 1):
        if 0 <= j < len(tokens):
            t = tokens[j]
            overlap = min(end, t.rel_end) - max(start, t.rel_start)
            if overlap > best_overlap:
                best, best_overlap = t, overlap
    return best


def stems(words: tuple[str, ...]) -> Counter[str]:
    """Lowercase words counted with possessive endings folded ("james’s" -> "james")."""
    return Counter(w[:-2] if len(w) > 3 and w.endswith(POSSESSIVE) else w for w in words)
