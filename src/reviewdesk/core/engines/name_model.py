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
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from reviewdesk.core.text import split_paragraphs

# A word: letters (and combining marks), with inner apostrophes ("O’Brien", "Putin’s").
WORD_RE = re.compile(r"[^\W\d_]+(?:[\u0300-\u036f]+[^\W\d_]*|['’][^\W\d_]+)*")
_POSSESSIVE = ("’s", "'s", "’S", "'S")
# Characters skipped when looking back for the start of a sentence.
_SKIP_BACK = set(" \t\"“”‘’'([{*_#>•·|")
_SENTENCE_END = set(".!?…:»")
_URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_TAG_RE = re.compile(r"<[^>\n]{1,200}>")
# Speaker labels: "**Jane Doe:**", "**Jane Doe**:", "Jane Doe:" / "Q:" at a line start.
_LABEL_RE = re.compile(
    r"^[ \t]*(?:(?P<b1>\*\*|__)(?P<n1>[^*_\n:]{1,60}?)[ \t]*:(?P=b1)"
    r"|(?P<b2>\*\*|__)(?P<n2>[^*_\n:]{1,60}?)(?P=b2)[ \t]*:"
    r"|(?P<n3>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3})[ \t]*:(?=[ \t]|$))"
)
_CREDIT_RE = re.compile(
    r"^[ \t*_]*(?:photo|photos|photograph|picture|image|credit|credits|source|foto|"
    r"illustration|graphic|video|pictured)s?\b[ \t*_]*(?::|/|by\b)",
    re.IGNORECASE,
)
_HEADING_RE = re.compile(r"^[ \t]*#{1,6}[ \t]")

# Function words and other capitalised words that are not names by themselves.
STOPWORDS = frozenset(
    """a an the and or but nor so yet for of in on at to by with from into onto upon about
    as if then than that this these those there here where when while what which who whom
    whose why how all any both each every few many more most much some such no not only
    own same other another i me my mine we us our ours you your yours he him his she her
    hers it its they them their theirs one two three four five six seven eight nine ten
    is are was were be been being am do does did have has had will would shall should can
    could may might must also just even still already again ever never always often
    however meanwhile moreover furthermore therefore thus hence instead indeed perhaps
    maybe yes yesterday today tomorrow tonight now later after before since until during
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december dear hi hello thanks thank
    please mr mrs ms dr prof st""".split()
)
# Titles that go before a name; a capitalised word after one is a name.
TITLES = frozenset(
    """mr mrs ms mx dr prof professor president presidents vice prime minister ministers
    chancellor senator sen rep representative congressman congresswoman governor gov
    mayor general gen colonel col captain capt lieutenant lt sergeant sgt major maj
    admiral adm commander judge justice king queen prince princess pope bishop
    archbishop cardinal father sister brother rabbi imam sheikh sir dame lord lady
    chairman chairwoman chair director secretary ambassador commissioner inspector chief
    coach deputy speaker saint st mme mlle herr frau monsieur madame officer detective
    constable superintendent premier councillor councilor alderman rev reverend pastor
    emir sultan tsar czar dictator leader spokesman spokeswoman spokesperson""".split()
)


def fold(word: str) -> str:
    """Lowercase ``word`` and strip accents ("Łukasz" -> "lukasz", "Zoë" -> "zoe")."""
    out = []
    for ch in unicodedata.normalize("NFKD", word.lower()):
        if unicodedata.combining(ch):
            continue
        out.append(_FOLD_EXTRA.get(ch, ch))
    return "".join(out)


_FOLD_EXTRA = {"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th"}


def strip_possessive(word: str) -> tuple[str, str]:
    """Split "Putin’s" into ("Putin", "’s"); other words come back unchanged."""
    if len(word) > 3 and word.endswith(_POSSESSIVE):
        return word[:-2], word[-2:]
    return word, ""


def is_capitalised(word: str) -> bool:
    """ "Minsk", "O’Brien", "McDonald": an upper-case first letter, not ALL CAPS."""
    return len(word) >= 2 and word[0].isupper() and not word.isupper()


def is_all_caps(word: str) -> bool:
    """ "AFP", "SYSOYEV": two or more letters, all upper case."""
    return len(word) >= 2 and word.isupper()


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

    def common_word(self, base: str) -> bool:
        """Whether the article writes ``base`` in lowercase at least as often as capitalised."""
        return self.lower_count[base.lower()] >= max(1, self.cap_count[base])

    def is_name_word(self, base: str) -> bool:
        """Whether ``base`` is used as a name throughout the article (not per occurrence)."""
        if base in self.label_words or base in self.credit_words or base in self.run_words:
            return True
        if self.mid_count[base] >= 2:
            return True
        return self.cap_count[base] >= 3 and not self.common_word(base)

    def token_is_name(self, token: Token) -> bool:
        """Whether this occurrence is a name: the word is a name, or it stands in a name run."""
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

    def prev_adjacent(self, token: Token) -> Token | None:
        """The capitalised word right before ``token`` ("Anya" for "Anya Petrova"), or None."""
        if token.index == 0:
            return None
        prev = self.tokens[token.index - 1]
        return prev if _joined(self.text, prev, token) else None

    def next_adjacent(self, token: Token) -> Token | None:
        """The capitalised word right after ``token``, or None."""
        i = token.index + 1
        if i >= len(self.tokens):
            return None
        nxt = self.tokens[i]
        return nxt if _joined(self.text, token, nxt) else None

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


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URLs, e-mail addresses and HTML tags: their words are not prose."""
    spans: list[tuple[int, int]] = []
    if "://" in text or "www." in text:
        spans.extend(m.span() for m in _URL_RE.finditer(text))
    if "@" in text:
        spans.extend(m.span() for m in _EMAIL_RE.finditer(text))
    if "<" in text:
        spans.extend(m.span() for m in _TAG_RE.finditer(text))
    return spans


def _line_kind(line: str) -> str:
    """ "headline" for Title Case or Markdown headings, "credit" for photo credits."""
    stripped = line.strip().strip("*_").strip()
    if not stripped:
        return "text"
    if _CREDIT_RE.match(line):
        return "credit"
    if _HEADING_RE.match(line):
        return "headline"
    if _LABEL_RE.match(line) and not line.rstrip().endswith(":**"):
        # a label followed by speech is a text line, not a headline
        after = _LABEL_RE.match(line)
        if after and line[after.end() :].strip():
            return "text"
    if stripped[-1] in '.!?…"”’:;)»' and not stripped.endswith("**"):
        return "text"
    words = [w for w in WORD_RE.findall(stripped) if len(w) >= 4]
    if not words or len(WORD_RE.findall(stripped)) > 20:
        return "text"
    caps = sum(1 for w in words if w[0].isupper())
    return "headline" if caps / len(words) >= 0.75 else "text"


def _sentence_initial(text: str, start: int, line_start: int, tokens: list[Token]) -> bool:
    i = start - 1
    while i >= line_start and text[i] in _SKIP_BACK:
        i -= 1
    if i < line_start:
        return True
    ch = text[i]
    if ch in "-–—" and (i == line_start or text[i - 1] in " \t"):
        # a dash: a list item at the line start, or an aside inside a sentence
        j = i - 1
        while j >= line_start and text[j] in " \t":
            j -= 1
        return j < line_start
    if ch not in _SENTENCE_END:
        return False
    if ch == "." and tokens:
        prev = tokens[-1]
        if prev.end == i and (prev.base.lower() in TITLES or len(prev.base) == 1):
            return False  # "Dr. Petrova", "J. Smith"
    return True


def learn(text: str) -> NameModel:
    """Learn the names of ``text``."""
    model = NameModel(text=text)
    protected = protected_spans(text)
    paragraphs = split_paragraphs(text)
    para_starts = model.line_starts = [p.start for p in paragraphs]
    label_ends: dict[int, int] = {}
    for para in paragraphs:
        kind = _line_kind(para.text)
        model.line_kinds.append(kind)
        m = _LABEL_RE.match(para.text) if kind != "credit" else None
        if m:
            name = next(g for g in ("n1", "n2", "n3") if m.group(g) is not None)
            s, e = m.span(name)
            raw = para.text[s:e]
            label_text = raw.strip()
            if 1 <= len(label_text.split()) <= 5 and label_text[:1].isupper():
                start = para.start + s + len(raw) - len(raw.lstrip())
                model.labels.append(Label(start, start + len(label_text), label_text, para.index))
                label_ends[para.index] = start + len(label_text)
    lowers: list[str] = []
    tokens = model.tokens
    line_kinds = model.line_kinds
    for wm in WORD_RE.finditer(text):
        word = wm.group()
        if not word[0].isupper():
            lowers.append(word)
            continue
        start = wm.start()
        if protected and any(s <= start < e for s, e in protected):
            continue
        base = word[:-2] if len(word) > 3 and word.endswith(_POSSESSIVE) else word
        line = bisect.bisect_right(para_starts, start) - 1
        caps = len(base) >= 2 and base.isupper()
        tokens.append(
            Token(
                len(tokens),
                start,
                wm.end(),
                word,
                base,
                line,
                _sentence_initial(text, start, para_starts[line], tokens),
                line_kinds[line],
                start < label_ends.get(line, -1),
                -1,
                len(base) >= 2 and not caps,
                caps,
            )
        )
    lower = model.lower_count
    lower.update(lowers)
    for word in [w for w in lower if len(w) > 3 and w.endswith(_POSSESSIVE)]:
        lower[word[:-2]] += lower.pop(word)
    _find_runs(model)
    _count(model)
    return model


def _joined(text: str, prev: Token, token: Token) -> bool:
    """Whether two words stand next to each other in one name ("Anya Petrova", "Dr. Anya")."""
    if prev.line != token.line or prev.text != prev.base:
        return False
    gap = text[prev.end : token.start]
    return gap == " " or (gap == ". " and (prev.base.lower() in TITLES or len(prev.base) == 1))


def _find_runs(model: NameModel) -> None:
    """Runs of capitalised words joined by single spaces ("Dr. Anya Petrova")."""
    text = model.text
    run: list[int] = []

    def close() -> None:
        # drop leading words that are not part of a name ("The", "Yesterday")
        while run:
            first = model.tokens[run[0]]
            lower = first.base.lower()
            if lower in STOPWORDS and lower not in TITLES:
                run.pop(0)
            elif first.initial and model.lower_count[lower] > 0:
                run.pop(0)
            else:
                break
        if len(run) >= 2:
            model.runs.append(list(run))
            for i in run:
                model.tokens[i].run = len(model.runs) - 1
                model.run_words.add(model.tokens[i].base)
        run.clear()

    for token in model.tokens:
        if not (token.cap or (token.caps and token.kind == "credit")) or token.kind == "headline":
            close()
            continue
        if run and not _joined(text, model.tokens[run[-1]], token):
            close()
        run.append(token.index)
    close()


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


@dataclass(frozen=True, slots=True)
class Finding:
    """Something the names engine wants to report, before it becomes an Issue."""

    start: int
    end: int
    rule: str
    message: str
    replacement: str
    category: str = "consistency"
    severity: str = "warning"
