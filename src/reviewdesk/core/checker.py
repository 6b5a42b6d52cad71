"""The checker protocol: what every engine (Harper, LanguageTool, our own) provides.

A checker is either paragraph-scoped (its findings in a paragraph depend only on that
paragraph, so results can be cached per paragraph and only changed paragraphs are
re-checked) or document-scoped (it needs the whole text, e.g. name consistency).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, runtime_checkable

from reviewdesk.core.models import DEFAULT_LANGUAGE, Category, Issue

Scope = Literal["paragraph", "document"]


class CheckerError(Exception):
    """A checker could not run (server down, Java missing, ...).

    The message is shown to the user as it is, so make it plain and actionable.
    """


@dataclass(frozen=True)
class CheckContext:
    """Everything a check depends on besides the text itself.

    ``words`` merges every dictionary scope that applies (article, user, house).
    ``style`` is the house style sheet (``reviewdesk.core.style.StyleSheet``) or None.
    Filtering by ``disabled_rules``, ``disabled_categories`` and ``ignored_keys`` is done
    by the pipeline after checking, so checkers need not look at them.
    """

    language: str = DEFAULT_LANGUAGE
    words: frozenset[str] = frozenset()
    disabled_rules: frozenset[str] = frozenset()
    disabled_categories: frozenset[Category] = frozenset()
    ignored_keys: frozenset[str] = frozenset()
    style: Any = None
    picky: bool = False
    options: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    def fingerprint(self) -> str:
        """A key for caches: changes whenever checker output could change."""
        h = hashlib.blake2s(digest_size=8)
        h.update(self.language.encode())
        h.update(b"\x00" + "\x1f".join(sorted(self.words)).encode())
        h.update(b"\x00" + (b"1" if self.picky else b"0"))
        style_fp = getattr(self.style, "fingerprint", None)
        if callable(style_fp):
            h.update(b"\x00" + str(style_fp()).encode())
        for key in sorted(self.options):
            h.update(f"\x00{key}={self.options[key]}".encode())
        return h.hexdigest()


@runtime_checkable
class Checker(Protocol):
    """An engine that finds issues.

    ``check`` gets a list of texts: for a paragraph-scoped checker, the paragraphs that
    need checking (it may check them in one batch); for a document-scoped checker, a
    single-item list holding the whole text. It returns one list of issues per text, with
    offsets relative to that text. It raises :class:`CheckerError` when it cannot run.
    """

    name: str
    scope: Scope

    def check(self, texts: Sequence[str], ctx: CheckContext) -> list[list[Issue]]:
        """Check each text; offsets relative to each text."""
        ...


@runtime_checkable
class IssueFilter(Protocol):
    """Post-processing over the merged issue list (e.g. suppress spelling flags on names)."""

    def filter_issues(self, text: str, issues: list[Issue], ctx: CheckContext) -> list[Issue]:
        """Return the issues to keep (possibly changed) for ``text``."""
        ...
