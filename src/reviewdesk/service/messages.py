"""What the window and the checker say to each other: typed, frozen messages.

The payloads (:class:`CheckRequest`, :class:`SlowRaw`, :class:`CheckOutcome`) are what a
:class:`~reviewdesk.service.check_service.CheckService` takes and gives, in the checker
process or on a thread. The envelopes around them are the checker process's protocol
(see :mod:`reviewdesk.service.check_process`): one request at a time, numbered, so a
cancel or an answer that arrives late is never taken for another request's.

    window -> checker   Start, then Check | MergeSlow | Cancel | Focus | GuessDialect
                        | MergeBeside | Close
    checker -> window   Ready | Failed, then per request:
                        (PartialAnswer | ProgressAnswer)*,
                        then Answer | CancelledAnswer | ErrorAnswer
                        (a large PartialAnswer or Answer comes after Pieces of it)
                        and, between any of them, DialectAnswer for a GuessDialect
                        and Merged for a MergeBeside
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any, TypeAlias

from reviewdesk.core.check_results import RawResult
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.dialect import DialectGuess
from reviewdesk.core.engines.registry import EngineSettings
from reviewdesk.core.groups import Findings
from reviewdesk.core.lines import LineIssues, Lines, joined_issues
from reviewdesk.core.models import Issue
from reviewdesk.service.docmap import BlockSpans
from reviewdesk.service.outcome import LineDelta, LineOutcome
from reviewdesk.service.redline import Redline

# -- payloads ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckRequest:
    """Check ``text`` (a snapshot of one pane at ``revision``) with ``ctx``.

    For the draft, ``original`` is the text to diff against for the redline. ``waiting``
    holds the other panes' requests queued behind this one: while an engine warms up,
    their early results are sent along with this one's (their full checks follow later).
    """

    pane: str
    revision: int
    text: str
    ctx: CheckContext
    original: str | None = None
    doc: int = 0
    waiting: tuple[CheckRequest, ...] = ()


@dataclass(frozen=True)
class SlowRaw:
    """Raw per-engine issues from the slow worker, for one pane snapshot."""

    pane: str
    revision: int
    text: str
    raw: RawResult
    doc: int = 0


@dataclass(frozen=True)
class CheckOutcome:
    """The final issues for one pane snapshot, per line and laid out per block.

    ``redline`` is set for the draft (the changes from the original). ``waiting_for``
    names the engines still warming up: this is then an early, partial result and a
    full one follows. :attr:`issues`, :attr:`issue_blocks` and :attr:`findings` are the
    whole-text views, built on first use (the window's check thread builds them, not its
    UI thread).
    """

    pane: str
    revision: int
    text: str
    lines: LineOutcome
    engines: list[str]
    errors: dict[str, str]
    redline: Redline | None = None
    paragraphs_checked: int = 0
    elapsed: float = 0.0
    waiting_for: tuple[str, ...] = ()
    # its place in the order the checker made its outcomes: of two for the same pane, the
    # later holds what the earlier does (a slow engine's findings merged beside a check)
    made: int = 0

    @cached_property
    def issues(self) -> list[Issue]:
        """Every issue, offsets in the whole text, in order."""
        return joined_issues(Lines.of(self.text), self.lines.issues)

    @cached_property
    def issue_blocks(self) -> dict[int, BlockSpans]:
        """What each block shows, for the blocks that show anything."""
        return {k: b for k, b in enumerate(self.lines.blocks) if b is not None}

    @cached_property
    def findings(self) -> Findings:
        """:attr:`issues` grouped into findings, with their rows and counts."""
        return Findings.of(self.issues)


@dataclass(frozen=True)
class SentOutcome:
    """A :class:`CheckOutcome` as the checker sends it: its lines as changes since the
    last one sent for the pane (see :mod:`reviewdesk.service.outcome`), without the
    text, which the window sent in the first place."""

    pane: str
    revision: int
    change: LineOutcome | LineDelta
    engines: list[str]
    errors: dict[str, str]
    redline: Redline | None = None
    paragraphs_checked: int = 0
    elapsed: float = 0.0
    waiting_for: tuple[str, ...] = ()


# -- window -> checker -----------------------------------------------------------------------


@dataclass(frozen=True)
class Precheck:
    """The article the window was told to open at launch, and what its check will depend
    on (read from the library's settings before it opened): the checker reads and checks
    it while the window is being built, so the window's first request finds the results
    made (:mod:`reviewdesk.service.precheck`). Nothing is sent back for it."""

    path: str
    ctx: CheckContext


@dataclass(frozen=True)
class Start:
    """The first message: which engines to build, the language to warm up, the log
    level, and the article to check ahead of the window's first request, if any."""

    settings: EngineSettings
    warm_language: str
    log_level: int
    precheck: Precheck | None = None


@dataclass(frozen=True)
class Check:
    """Request ``number``: check a snapshot."""

    number: int
    request: CheckRequest


@dataclass(frozen=True)
class MergeSlow:
    """Request ``number``: merge a slow engine's raw issues with the last fast result."""

    number: int
    slow: SlowRaw


@dataclass(frozen=True)
class Cancel:
    """Stop working on request ``number`` (ignored if it has been answered)."""

    number: int


@dataclass(frozen=True)
class Focus:
    """The window shows lines ``first`` to ``last`` of ``pane`` now (sent while request
    ``number`` runs: a huge text's check goes on from there)."""

    number: int
    pane: str
    first: int
    last: int


@dataclass(frozen=True)
class DialectQuestion:
    """Which English is ``text`` (the start of an article's draft) written in?
    ``page_language`` is its web page's ``lang``, if it had one."""

    text: str
    page_language: str = ""


@dataclass(frozen=True)
class GuessDialect:
    """Guess the dialect of ``question`` (not a numbered request: the checker answers it
    on a thread of its own, beside any check, with a :class:`DialectAnswer` carrying
    ``ticket``). The guess reads the lemma table the checker has anyway; in the window's
    process its first read cost ~1.3 s of CPU sharing the UI thread's interpreter."""

    ticket: int
    question: DialectQuestion


@dataclass(frozen=True)
class MergeBeside:
    """Merge ``slow`` (a slow engine's result) into what the window shows for its pane,
    beside any check: not a numbered request, so the check under way goes on; the checker
    answers it with a :class:`Merged` carrying ``ticket``. Sent while a check runs, so
    LanguageTool's findings need not wait for the fast engines' check to end (a first
    check waiting for Harper's warm-up took 24-37 s on a loaded machine, flaky16)."""

    ticket: int
    slow: SlowRaw


@dataclass(frozen=True)
class Close:
    """End the checker process."""


Request: TypeAlias = Check | MergeSlow | Cancel | Focus | GuessDialect | MergeBeside | Close

# -- checker -> window -----------------------------------------------------------------------


@dataclass(frozen=True)
class Ready:
    """The engines are built (and warming up): their names."""

    engines: tuple[str, ...]


@dataclass(frozen=True)
class Failed:
    """The engines could not be built; the message is for the user."""

    message: str


@dataclass(frozen=True)
class PartialAnswer:
    """An early result for request ``number`` while an engine warms up."""

    number: int
    outcome: SentOutcome


@dataclass(frozen=True)
class Piece:
    """Part of the next result for request ``number`` and ``pane``: some of its lines'
    entries (see :mod:`reviewdesk.service.pieces`), sent ahead of the answer that holds
    the rest, so no one message takes long to unpickle."""

    number: int
    pane: str
    entries: tuple[tuple[int, LineIssues, BlockSpans | None], ...]


@dataclass(frozen=True)
class ProgressAnswer:
    """How far request ``number``'s check of ``pane`` has got (0..1), for a long text."""

    number: int
    pane: str
    fraction: float


@dataclass(frozen=True)
class Answer:
    """The result of request ``number`` (None: nothing to say, e.g. no pipeline)."""

    number: int
    outcome: SentOutcome | None


@dataclass(frozen=True)
class CancelledAnswer:
    """Request ``number`` was cancelled or superseded."""

    number: int


@dataclass(frozen=True)
class ErrorAnswer:
    """Request ``number`` failed; the message is for the user."""

    number: int
    message: str


@dataclass(frozen=True)
class DialectAnswer:
    """The guess for :class:`GuessDialect` ``ticket`` (None: no clear dialect)."""

    ticket: int
    guess: DialectGuess | None


@dataclass(frozen=True)
class Merged:
    """The answer to :class:`MergeBeside` ``ticket``: the pane's result with the slow
    engine's findings merged in (None: nothing shown for that snapshot to merge them
    into; the check under way merges them as it ends). Its changes follow the last
    result sent for the pane, like any other's."""

    ticket: int
    outcome: SentOutcome | None


Reply: TypeAlias = Piece | PartialAnswer | ProgressAnswer | Answer | CancelledAnswer | ErrorAnswer


class ProtocolError(OSError):
    """A message of a kind the protocol does not allow here (a bug, or a foreign peer)."""


def expect(message: object, *types: type[Any]) -> Any:
    """``message`` if it is one of ``types``; a protocol error otherwise."""
    if not isinstance(message, types):
        raise ProtocolError(f"unexpected message from the other side: {type(message).__name__}")
    return message
