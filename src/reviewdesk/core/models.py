"""The core data model: issues, articles, notes and decisions.

All offsets are Python string indices (code points) into the text they describe.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from enum import StrEnum

# the dialects' names live apart, for the app's launch (their module says why)
from reviewdesk.core.languages import DEFAULT_LANGUAGE as DEFAULT_LANGUAGE
from reviewdesk.core.languages import LANGUAGES as LANGUAGES


class Category(StrEnum):
    """The one fixed vocabulary of issue categories."""

    SPELLING = "spelling"
    GRAMMAR = "grammar"
    CONFUSION = "confusion"
    PUNCTUATION = "punctuation"
    SPACING = "spacing"
    CAPITALIZATION = "capitalization"
    CONSISTENCY = "consistency"
    STYLE = "style"
    DEBRIS = "debris"
    TYPOGRAPHY = "typography"


CATEGORIES: tuple[Category, ...] = tuple(Category)


class Severity(StrEnum):
    """How sure and how serious an issue is."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


DIALECT_NAMES = {
    "en-GB": "British English",
    "en-AU": "Australian English",
    "en-US": "American English",
    "en-CA": "Canadian English",
}
# This many spellings of one dialect make the desk's dialect offer (core.dialect), and
# keep the names engine flagging them in an article spelt that way throughout
DIALECT_OFFER_SPELLINGS = 3


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem found in a text.

    ``start``/``end`` are code-point offsets; ``text`` is ``source[start:end]``.
    ``engine`` names the checker that found it; ``engines`` lists every checker that
    reported the same span and fix after merging (it always contains ``engine``).
    """

    start: int
    end: int
    text: str
    category: Category
    rule: str
    engine: str
    message: str
    replacements: tuple[str, ...] = ()
    severity: Severity = Severity.WARNING
    engines: tuple[str, ...] = ()
    context_hash: str = ""
    # A document-wide choice (straight apostrophes, "pm" for "p.m.", British spellings in
    # an American article) is one finding marked at every place: its issues share a
    # non-empty ``group`` and are counted and listed once (see :mod:`reviewdesk.core.groups`).
    group: str = ""
    # The forms such a finding weighs, with how often the article uses each, most used
    # first: what "Use … everywhere" shows, so no one parses the message for counts.
    forms: tuple[tuple[str, int], ...] = ()
    # Every rule whose finding on this span was merged into this one (it always contains
    # ``rule``): an ignore recorded under any of them still hides the merged finding.
    rules: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad issue span {self.start}..{self.end}")
        if not self.engines:
            object.__setattr__(self, "engines", (self.engine,))
        if not self.rules:
            object.__setattr__(self, "rules", (self.rule,))

    @property
    def length(self) -> int:
        """Number of code points covered."""
        return self.end - self.start

    def shifted(self, delta: int) -> Issue:
        """The same issue moved by ``delta`` code points."""
        # built directly: dataclasses.replace costs ~3x more, and cached issues are
        # shifted by the thousand after every edit
        return Issue(
            self.start + delta,
            self.end + delta,
            self.text,
            self.category,
            self.rule,
            self.engine,
            self.message,
            self.replacements,
            self.severity,
            self.engines,
            self.context_hash,
            self.group,
            self.forms,
            self.rules,
        )

    def with_source(self, text: str, context_hash: str) -> Issue:
        """This issue with its flagged ``text`` and ``context_hash`` re-derived (self if equal)."""
        if text == self.text and context_hash == self.context_hash:
            return self
        return replace(self, text=text, context_hash=context_hash)

    def overlaps(self, other: Issue) -> bool:
        """Whether the two spans share at least one code point (or both are the same point)."""
        if self.start == self.end or other.start == other.end:
            return self.start == other.start
        return self.start < other.end and other.start < self.end

    @property
    def key(self) -> str:
        """A stable identity used to remember an 'ignore' decision across edits.

        It depends on the rule, the flagged text and a little context, not on offsets.
        The pipeline takes that context from the issue's own paragraph (see
        :mod:`reviewdesk.core.pipeline`), so the key survives edits elsewhere.
        """
        return f"{self.rule}\x1f{self.text}\x1f{self.context_hash}"

    @property
    def keys(self) -> tuple[str, ...]:
        """:attr:`key` under every rule merged into this finding (the kept rule's first).

        Harper's "the the" and the grammar engine's are one finding, kept under one rule;
        which one depends on which engines answered. An ignore recorded under either key
        must hide it all the same.
        """
        if len(self.rules) == 1:
            return (self.key,)
        return tuple(f"{r}\x1f{self.text}\x1f{self.context_hash}" for r in self.rules)

    def ignored_by(self, keys: frozenset[str]) -> bool:
        """Whether an ignore among ``keys`` hides this finding (under any of its rules)."""
        if len(self.rules) == 1:
            return self.key in keys
        return not keys.isdisjoint(self.keys)

    def to_json(self) -> dict[str, object]:
        """The issue as the CLI's JSON object."""
        out: dict[str, object] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "category": str(self.category),
            "rule": self.rule,
            "engine": self.engine,
            "engines": list(self.engines),
            "message": self.message,
            "replacements": list(self.replacements),
            "severity": str(self.severity),
        }
        if self.group:
            out["group"] = self.group
        if self.forms:
            out["forms"] = [{"form": form, "count": n} for form, n in self.forms]
        return out


def context_hash(text: str, start: int, end: int, width: int = 16) -> str:
    """A short hash of the words around a span, for :attr:`Issue.key`."""
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    digest = hashlib.blake2s(f"{before}\x00{after}".encode(), digest_size=6)
    return digest.hexdigest()


def make_issue(
    source: str,
    start: int,
    end: int,
    *,
    category: Category,
    rule: str,
    engine: str,
    message: str,
    replacements: tuple[str, ...] | list[str] = (),
    severity: Severity = Severity.WARNING,
    group: str = "",
    forms: tuple[tuple[str, int], ...] = (),
) -> Issue:
    """Build an :class:`Issue` for ``source[start:end]``, filling ``text`` and the context hash."""
    return Issue(
        start=start,
        end=end,
        text=source[start:end],
        category=category,
        rule=rule,
        engine=engine,
        message=message,
        replacements=tuple(replacements),
        severity=severity,
        context_hash=context_hash(source, start, end),
        group=group,
        forms=forms,
    )


class ArticleStatus(StrEnum):
    """Where an article is in the desk's workflow."""

    NEW = "new"
    IN_REVIEW = "in_review"
    DONE = "done"


@dataclass(slots=True)
class Article:
    """An article under review: the untouched original and the editor's draft."""

    id: int | None
    title: str
    original: str
    draft: str
    language: str = DEFAULT_LANGUAGE
    source_path: str = ""
    source_format: str = "txt"
    encoding: str = "utf-8"
    status: ArticleStatus = ArticleStatus.NEW
    created: str = ""
    updated: str = ""
    meta: dict[str, str] = field(default_factory=dict)
    # how many times the draft was saved: a save from an older revision is refused
    revision: int = 0
    target_words: int = 0  # the length the desk wants, in words; 0: none set


@dataclass(slots=True)
class Note:
    """A review note anchored to a passage of the draft (code-point offsets)."""

    id: int | None
    article_id: int
    start: int
    end: int
    quote: str
    body: str
    resolved: bool = False
    author: str = ""
    created: str = ""
    updated: str = ""
    # A reply names the note it answers; a reply shares its parent's passage.
    parent_id: int | None = None
    # Where the note came from: the id of a comment in the source file ("" if typed here).
    origin: str = ""


@dataclass(frozen=True, slots=True)
class SourceFile:
    """The file an article was imported from, as it was then: its bytes, kept so the
    exports can write into the document itself after the file has moved or changed."""

    name: str
    format: str
    data: bytes

    @property
    def sha256(self) -> str:
        """The bytes' SHA-256, to tell whether a file on disk is still the same."""
        return hashlib.sha256(self.data).hexdigest()


class DecisionAction(StrEnum):
    """What the editor decided about an issue."""

    APPLY = "apply"
    IGNORE = "ignore"
    ADD_WORD = "add_word"
    DISABLE_RULE = "disable_rule"


@dataclass(slots=True)
class Decision:
    """A record of an editor's decision: what, where, which rule, when."""

    id: int | None
    article_id: int
    action: DecisionAction
    rule: str
    engine: str
    category: str
    start: int
    end: int
    text: str
    replacement: str = ""
    issue_key: str = ""
    created: str = ""


class WordScope(StrEnum):
    """Where a dictionary word applies."""

    ARTICLE = "article"
    USER = "user"
    HOUSE = "house"
