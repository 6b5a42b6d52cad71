"""The checker protocol: what every engine (Harper, LanguageTool, our own) provides.

A checker is either paragraph-scoped (its findings in a paragraph depend only on that
paragraph, so results can be cached per paragraph and only changed paragraphs are
re-checked) or document-scoped (it needs the whole text, e.g. name consistency).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, Literal, Protocol, runtime_checkable

from reviewdesk.core.lines import LineIssues, Lines
from reviewdesk.core.models import DEFAULT_LANGUAGE, Category, Issue

Scope = Literal["paragraph", "document"]


class CheckerError(Exception):
    """A checker could not run (server down, Java missing, ...).

    The message is shown to the user as it is, so make it plain and actionable.
    """


class Cancelled(Exception):  # noqa: N818 - reads better at the raise site
    """Raised inside a check when the caller no longer wants its result."""


class CancelToken:
    """The one question every engine may ask mid-check: is this result still wanted?

    The pipeline hands the same token to each engine's ``check``; an engine that waits
    on a server asks it between requests, and one that loops over paragraphs may too.
    """

    __slots__ = ("_asked",)

    def __init__(self, asked: Callable[[], bool] | None = None) -> None:
        self._asked = asked

    @property
    def cancelled(self) -> bool:
        """Whether the caller gave up on this check."""
        return self._asked is not None and bool(self._asked())

    def raise_if_cancelled(self) -> None:
        """Stop the check here (raise :class:`Cancelled`) if it is no longer wanted."""
        if self.cancelled:
            raise Cancelled


NEVER = CancelToken()
"""A token that is never cancelled (the default for a check nobody abandons)."""


class Capability(StrEnum):
    """What an engine can do besides checking, declared by the engine, never probed."""

    WARMS_UP = "warms_up"  # warm_up(language) makes the first check fast (blocking)
    WARMS_IN_BACKGROUND = "warms_in_background"  # start_warm_up() on its own thread
    # start_warm_up(language, after=event) holds its warm-up (Python holding the GIL)
    # until the event is set: a caller lets the first results go out before it
    WARMS_AFTER = "warms_after"
    CANCELS = "cancels"  # check() gives up when its CancelToken is cancelled
    CACHES = "caches"  # keeps results of its own; clear_cache() forgets them
    HOLDS_RESOURCES = "holds_resources"  # threads or servers; close() lets them go
    LINES = "lines"  # document scope: check_lines() reports per line, kept incrementally
    # start_check() starts check()'s work on the engine's own thread and returns at once:
    # the pipeline starts it first and runs the other engines meanwhile
    OWN_THREAD = "own_thread"
    # while its warm-up runs, a check with early_pass(ctx) gives the cheap part of the
    # engine's findings soon (Harper's grammar and punctuation without its spelling rules,
    # whose tables take seconds to build); ``offers_early_pass`` says whether it does now
    EARLY_PASS = "early_pass"


@dataclass(frozen=True)
class CheckContext:
    """Everything a check depends on besides the text itself.

    ``words`` merges every dictionary scope that applies (article, user, house).
    ``style`` is the house style sheet (``reviewdesk.core.style.StyleSheet``) or None.
    ``kept_lines`` are paragraphs the article's import marked as its own parts though
    they look like web debris (a saved page's photo captions, credit and all): the
    debris engine leaves them. ``not_headings`` are paragraphs the import knows to be
    something else that a heading's shape fits (a Word file's list items, table cells,
    page headers and footers, notes; a page's byline): the consistency engine does not
    weigh their capitals against the headings'. ``page_parts`` are the lines a saved
    page's import took from its markup as the article's headline, standfirst and byline:
    the debris engine never offers them as the page's furniture by their place.
    ``placeholders`` are the prompts a Word form shows in its empty controls ("Choose an
    item."): the form's author's words, not the writer's; no finding inside one is shown.
    Filtering by ``disabled_rules``, ``disabled_categories`` and ``ignored_keys`` is
    done by the pipeline after checking, so checkers need not look at them.
    """

    language: str = DEFAULT_LANGUAGE
    words: frozenset[str] = frozenset()
    disabled_rules: frozenset[str] = frozenset()
    disabled_categories: frozenset[Category] = frozenset()
    ignored_keys: frozenset[str] = frozenset()
    style: Any = None
    picky: bool = False
    kept_lines: frozenset[str] = frozenset()
    not_headings: frozenset[str] = frozenset()
    page_parts: frozenset[str] = frozenset()
    placeholders: frozenset[str] = frozenset()
    options: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    def fingerprint(self) -> str:
        """A key for caches: changes whenever checker output could change."""
        h = hashlib.blake2s(digest_size=8)
        h.update(self.language.encode())
        h.update(b"\x00" + "\x1f".join(sorted(self.words)).encode())
        h.update(b"\x00" + (b"1" if self.picky else b"0"))
        if self.kept_lines:
            h.update(b"\x00" + "\x1f".join(sorted(self.kept_lines)).encode())
        if self.not_headings:
            h.update(b"\x00h" + "\x1f".join(sorted(self.not_headings)).encode())
        if self.page_parts:
            h.update(b"\x00p" + "\x1f".join(sorted(self.page_parts)).encode())
        if self.placeholders:
            h.update(b"\x00f" + "\x1f".join(sorted(self.placeholders)).encode())
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
    capabilities: frozenset[Capability]

    @property
    def is_warm(self) -> bool:
        """False while a background warm-up is still running."""
        ...

    def check(
        self, texts: Sequence[str], ctx: CheckContext, cancel: CancelToken = NEVER
    ) -> list[list[Issue]]:
        """Check each text; offsets relative to each text."""
        ...

    def check_lines(
        self, lines: Lines, ctx: CheckContext, cancel: CancelToken = NEVER
    ) -> list[LineIssues]:
        """A document-scoped check reported per line (offsets relative to each line).

        Declared by :attr:`Capability.LINES`. Called once per text, one text after the
        other (a draft as it is typed): an engine keeps indexes of what it has read,
        re-reads only lines it has not seen, and returns the very same tuple for a line
        whose findings did not change, so the pipeline can skip it.
        """
        ...

    def warm_up(self, language: str) -> None:
        """Get ready for a first check in ``language`` (waits)."""
        ...

    def start_warm_up(self, language: str) -> object:
        """Start getting ready on the engine's own thread; returns at once."""
        ...

    def clear_cache(self) -> None:
        """Forget the engine's own cached results."""
        ...

    def close(self) -> None:
        """Let the engine's threads or servers go."""
        ...


class BaseChecker:
    """Defaults for the :class:`Checker` lifecycle, so an engine writes only ``check``.

    An engine that overrides a lifecycle method also lists the matching
    :class:`Capability` in ``capabilities``; callers go by that list.
    """

    name: str = ""
    scope: Scope = "paragraph"
    capabilities: frozenset[Capability] = frozenset()

    @property
    def is_warm(self) -> bool:
        """Always warm unless the engine says otherwise."""
        return True

    def check_lines(
        self, lines: Lines, ctx: CheckContext, cancel: CancelToken = NEVER
    ) -> list[LineIssues]:
        """Only for engines that declare :attr:`Capability.LINES`."""
        raise NotImplementedError(f"{self.name} does not report per line")

    def warm_up(self, language: str) -> None:
        """Nothing to get ready."""

    def start_warm_up(self, language: str) -> object:
        """Nothing to get ready."""
        return None

    def clear_cache(self) -> None:
        """No cache of its own."""

    def close(self) -> None:
        """Nothing to let go."""


@runtime_checkable
class BackgroundChecker(Protocol):
    """A checker that declares :attr:`Capability.OWN_THREAD`: its work runs on a thread
    of its own and releases the GIL (Harper's lint does), so it overlaps ours."""

    def start_check(
        self, texts: Sequence[str], ctx: CheckContext
    ) -> Callable[[], list[list[Issue]]]:
        """Start :meth:`Checker.check`'s work on the engine's thread; the call returned
        waits for it and gives the result (or raises the :class:`CheckerError`)."""
        ...


@runtime_checkable
class EarlyPassChecker(Protocol):
    """A checker that declares :attr:`Capability.EARLY_PASS`."""

    @property
    def offers_early_pass(self) -> bool:
        """Whether a check with :func:`early_pass` would answer sooner than a full one now."""
        ...


class HeldWarmUpChecker(Protocol):
    """A checker that declares :attr:`Capability.WARMS_AFTER`."""

    def start_warm_up(self, language: str, after: threading.Event | None = None) -> object:
        """:meth:`Checker.start_warm_up`, its work held until ``after`` is set."""
        ...


# The CheckContext option that asks an engine with Capability.EARLY_PASS for its early pass.
EARLY_PASS_OPTION = "early_pass"


def early_pass(ctx: CheckContext) -> CheckContext:
    """``ctx`` asking for an engine's early pass. Its fingerprint differs, so the
    pipeline's caches never take an early pass's findings for the full check's."""
    return replace(ctx, options={**ctx.options, EARLY_PASS_OPTION: "1"})


def is_early_pass(ctx: CheckContext) -> bool:
    """Whether ``ctx`` asks for an early pass (see :func:`early_pass`)."""
    return ctx.options.get(EARLY_PASS_OPTION) == "1"


def offers_early_pass(checker: Checker) -> bool:
    """Whether ``checker`` would give an early pass now (declared and offered)."""
    return (
        Capability.EARLY_PASS in checker.capabilities
        and isinstance(checker, EarlyPassChecker)
        and checker.offers_early_pass
    )


@runtime_checkable
class IssueFilter(Protocol):
    """Post-processing over the merged issue list (e.g. suppress spelling flags on names)."""

    def filter_issues(self, text: str, issues: list[Issue], ctx: CheckContext) -> list[Issue]:
        """Return the issues to keep (possibly changed) for ``text``."""
        ...
