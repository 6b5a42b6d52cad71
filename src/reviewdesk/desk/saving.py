"""Writing the window's work to the library on a thread of its own, and telling the truth.

The window only takes snapshots (the draft's text, where the notes are) on its UI
thread, which costs microseconds; :class:`LibraryWriter` writes them on its own thread
with its own connection. So a slow disk, another program holding the write lock, or a
full disk never freezes the window, and a failure is retried with growing pauses until
it succeeds, each attempt bounded by a short busy timeout. Every outcome is reported
(:class:`WriteReport`): the window shows "Saved" only when the library has the draft.

Jobs run in the order given. Drafts of one article coalesce: a newer snapshot replaces
one still waiting at the end of the queue, so the writer never falls behind a typist. A
draft is written only over the revision it was edited from (a
:class:`~reviewdesk.store.errors.ConflictError` otherwise), and only for an article this
window has claimed (:mod:`reviewdesk.store.claims`).

Notes and decisions made in the window get a provisional negative id at once
(:meth:`LibraryWriter.new_key`); the writer binds it to the real row id when it writes
the row, and later jobs (edit, delete, undo) name the row by that key.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from reviewdesk.core.text import Utf16Map
from reviewdesk.store import Library, StoreError
from reviewdesk.store.claims import HEARTBEAT_S, Claim, Claims
from reviewdesk.store.errors import Problem

log = logging.getLogger(__name__)

WRITER_BUSY_TIMEOUT_S = 1.0  # one attempt waits this long for another program's lock
RETRY_DELAYS_S = (0.5, 1.0, 2.0, 4.0, 8.0, 15.0)  # then every 15 s until it works
FILE_CHECK_S = 2.0  # how often an idle writer looks for a deleted -wal file


@dataclass(frozen=True)
class DraftSnapshot:
    """The draft as it was on screen: text and note anchors (UTF-16 positions, as Qt
    counts; converted here, off the UI thread)."""

    article_id: int
    title: str
    text: str
    notes: tuple[tuple[int, int, int], ...] = ()  # (note key or id, start, end)


class Outcome(StrEnum):
    """What became of a write."""

    SAVED = "saved"
    RETRYING = "retrying"  # failed for now; tried again after ``retry_in`` seconds
    FAILED = "failed"  # given up: trying again cannot help (conflict, deleted, refused)
    REFUSED = "refused"  # the article is open for editing in another window


@dataclass(frozen=True)
class WriteReport:
    """One outcome, for the window to show."""

    outcome: Outcome
    message: str
    article_id: int | None = None
    title: str = ""
    text: str | None = None  # the draft written (SAVED) or not written (else)
    revision: int | None = None
    saved_at: datetime | None = None
    retry_in: float | None = None
    problem: Problem | None = None
    holder: Claim | None = None
    is_draft: bool = False
    # where the notes now are, as saved: (key or id, start, end) in code points
    positions: tuple[tuple[int, int, int], ...] = ()
    notice: bool = False  # something the editor should hear of even though it worked
    # what went wrong, without when it is tried again: the same trouble retried says the
    # same ``reason``, so the window tells of it once, not at every attempt
    reason: str = ""


class Keys:
    """Provisional (negative) ids of rows not written yet, and the real ids they got."""

    def __init__(self) -> None:
        self._next = itertools.count(-1, -1)
        self._real: dict[int, int] = {}

    def new(self) -> int:
        """A fresh provisional id."""
        return next(self._next)

    def bind(self, key: int, real: int | None) -> None:
        """The row for ``key`` was written with id ``real``."""
        if real is not None:
            self._real[key] = real

    def real(self, key: int | None) -> int | None:
        """The row id for ``key`` (a real id is its own), or None if not written."""
        if key is None:
            return None
        return key if key > 0 else self._real.get(key)


@dataclass
class Store:
    """What a job works with, on the writer's thread."""

    library: Library
    claims: Claims
    keys: Keys


Operation = Callable[[Store], object]  # what it returns is dropped


@dataclass
class _Job:
    what: str
    op: Operation | None = None
    draft: DraftSnapshot | None = None
    urgent: bool = False
    attempts: int = 0
    reported: bool = field(default=False)


class LibraryWriter:
    """Writes on its own thread; see the module's docstring."""

    def __init__(
        self,
        open_library: Callable[[], Library],
        report: Callable[[WriteReport], None],
        *,
        delays: tuple[float, ...] = RETRY_DELAYS_S,
    ) -> None:
        self._open = open_library
        self._report = report
        self._delays = delays
        self.keys = Keys()
        self._cond = threading.Condition()
        self._queue: deque[_Job] = deque()
        self._working = False
        self._closing = False
        self._wake = False
        self._revisions: dict[int, int] = {}  # article id -> revision last written/read
        self._refused: set[int] = set()  # articles another window has claimed
        self._unsaved: dict[int, DraftSnapshot] = {}  # drafts given up on
        self._thread: threading.Thread | None = None
        self._store: Store | None = None
        self._recoveries = 0  # deleted -wal files made good, as reported so far

    # -- the window's side ------------------------------------------------------------

    def start(self) -> None:
        """Start the writer's thread (once)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="library-writer", daemon=True)
            self._thread.start()

    def opened(self, article_id: int, revision: int, *, claim: bool = True) -> None:
        """An article was opened at ``revision``: claim it (unless read-only), then save
        drafts over that revision."""

        def op(store: Store) -> None:
            self._revisions[article_id] = revision
            self._refused.discard(article_id)
            if not claim:
                return
            other = store.claims.claim(article_id)
            if other is not None:
                self._refused.add(article_id)
                self._report(
                    WriteReport(
                        Outcome.REFUSED,
                        f"This article is open for editing in another reviewdesk window "
                        f"({other.owner.describe()}); it is read-only here, so neither "
                        "window overwrites the other",
                        article_id=article_id,
                        holder=other,
                    )
                )

        self.submit(op, "opening the article")

    def closed(self, article_id: int) -> None:
        """An article was closed: give up its claim."""

        def op(store: Store) -> None:
            self._revisions.pop(article_id, None)
            if article_id not in self._refused:
                store.claims.release(article_id)
            self._refused.discard(article_id)

        self.submit(op, "closing the article")

    def save_draft(self, draft: DraftSnapshot, *, urgent: bool = False) -> None:
        """Write this draft (replacing one of the same article still waiting)."""
        with self._cond:
            self._unsaved.pop(draft.article_id, None)
            last = self._queue[-1] if self._queue else None
            # a draft still waiting at the end is replaced; one with other jobs after it
            # stays (a snapshot of "the draft as marked done" must see that draft)
            if (
                last is not None
                and last.draft is not None
                and (last.draft.article_id == draft.article_id)
            ):
                last.draft = draft
                last.urgent = last.urgent or urgent
            else:
                what = f"the draft of ‘{draft.title}’"
                self._queue.append(_Job(what, draft=draft, urgent=urgent))
            if urgent:
                self._wake = True
            self._cond.notify_all()

    def submit(self, op: Operation, what: str) -> None:
        """Run ``op`` on the writer's thread after everything submitted before it."""
        with self._cond:
            self._queue.append(_Job(what, op=op))
            self._cond.notify_all()

    def new_key(self) -> int:
        """A provisional id for a row the window adds (a note, a decision)."""
        return self.keys.new()

    @property
    def idle(self) -> bool:
        """Whether everything submitted has been written (or given up on)."""
        with self._cond:
            return not self._queue and not self._working

    def wait_idle(self, timeout: float, *, hurry: bool = True) -> bool:
        """Wait up to ``timeout`` seconds for :attr:`idle`; ``hurry``: a failed write is
        tried again at once rather than after its pause."""
        deadline = time.monotonic() + timeout
        with self._cond:
            if hurry:
                self._wake = True
                self._cond.notify_all()
            while self._queue or self._working:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(min(left, 0.05))
        return True

    def unsaved_drafts(self) -> list[DraftSnapshot]:
        """Drafts not in the library: still waiting, or given up on."""
        with self._cond:
            waiting = [job.draft for job in self._queue if job.draft is not None]
            given_up = [d for d in self._unsaved.values() if d not in waiting]
            return [*waiting, *given_up]

    def close(self, timeout: float = 5.0) -> bool:
        """Write what is waiting (for up to ``timeout`` s), then end the thread. Returns
        whether everything was written."""
        done = self.wait_idle(timeout)
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(max(0.5, timeout))
        return done and not self._unsaved

    # -- the writer's thread ------------------------------------------------------------

    def _run(self) -> None:
        last_beat = last_check = time.monotonic()
        while True:
            with self._cond:
                if not self._queue and not self._closing:
                    self._cond.wait(FILE_CHECK_S)
                if not self._queue and self._closing:
                    break
                job = self._queue[0] if self._queue else None
                self._working = job is not None
            if job is None:  # idle: upkeep
                now = time.monotonic()
                if now - last_check >= FILE_CHECK_S:
                    last_check = now
                    self._quietly(lambda s: s.library.ensure_files())
                    self._tell_of_recovery()
                if now - last_beat >= HEARTBEAT_S:
                    last_beat = now
                    self._quietly(lambda s: s.claims.beat())
                continue
            delay = self._attempt(job)
            with self._cond:
                self._working = False
                if delay is None:
                    if self._queue and self._queue[0] is job:
                        self._queue.popleft()
                    self._cond.notify_all()
                    continue
                self._cond.notify_all()
                # wait before trying again, unless hurried (Ctrl+S, quitting) or closing
                deadline = time.monotonic() + delay
                while not self._wake and not self._closing:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        break
                    self._cond.wait(left)
                self._wake = False
                if self._closing:
                    break  # close() has waited as long as it was willing to
        store, self._store = self._store, None
        if store is not None:
            store.library.close()

    def _quietly(self, op: Operation) -> None:
        try:
            store = self._ensure_store()
            op(store)
        except StoreError as exc:
            log.info("library upkeep failed for now: %s", exc)

    def _ensure_store(self) -> Store:
        if self._store is None:
            library = self._open()
            self._store = Store(library, Claims(library), self.keys)
        return self._store

    def _attempt(self, job: _Job) -> float | None:
        """Run a job once; None when it is done with (written or given up), else how
        long to wait before trying again."""
        job.attempts += 1
        try:
            store = self._ensure_store()
            if job.draft is not None:
                self._write_draft(store, job)
            elif job.op is not None:
                job.op(store)
        except StoreError as exc:
            return self._failed(job, exc)
        except Exception as exc:  # a bug: say so, never lose the thread
            log.exception("writing %s failed", job.what)
            self._give_up(job, StoreError(f"could not save {job.what}: {exc}"))
            return None
        if job.attempts > 1 and job.draft is None:
            self._report(WriteReport(Outcome.SAVED, "Saved after all"))
        self._tell_of_recovery()
        return None

    def _tell_of_recovery(self) -> None:
        store = self._store
        if store is None or store.library.journal_recoveries == self._recoveries:
            return
        self._recoveries = store.library.journal_recoveries
        self._report(
            WriteReport(
                Outcome.SAVED,
                "Another program deleted the library's journal file "
                f"({store.library.path.name}-wal); your work was written to the library again",
                notice=True,
            )
        )

    def _write_draft(self, store: Store, job: _Job) -> None:
        with self._cond:
            draft = job.draft
        assert draft is not None
        article_id = draft.article_id
        if article_id in self._refused:
            raise StoreError(
                "this article is open for editing in another window; it was not saved here",
                Problem.CONFLICT,
            )
        umap = Utf16Map(draft.text)
        size = len(draft.text)
        moved = [
            (key, min(umap.to_py(start), size), min(umap.to_py(end), size))
            for key, start, end in draft.notes
        ]
        stored = []
        for key, start, end in moved:
            real = store.keys.real(key)
            if real is not None:
                stored.append((real, start, end))
        revision = store.library.save_draft(
            article_id,
            draft.text,
            revision=self._revisions.get(article_id),
            note_positions=stored,
        )
        self._revisions[article_id] = revision
        again = " after all" if job.attempts > 1 else ""
        with self._cond:
            newer = job.draft is not draft  # a newer snapshot came in meanwhile: write it too
            if newer:
                job.attempts = 0
        self._report(
            WriteReport(
                Outcome.SAVED,
                f"Saved{again}",
                article_id=article_id,
                title=draft.title,
                text=draft.text,
                revision=revision,
                saved_at=datetime.now().astimezone(),
                is_draft=True,
                positions=tuple(moved),
            )
        )
        if newer:
            self._write_draft(store, job)

    def _failed(self, job: _Job, exc: StoreError) -> float | None:
        if exc.problem is Problem.GONE or not exc.retryable:
            self._give_up(job, exc)
            return None
        if exc.problem is Problem.IO and self._store is not None:
            with contextlib.suppress(Exception):  # a fresh connection may do better
                self._store.library.close()
            self._store = None
        delay = self._delays[min(job.attempts, len(self._delays)) - 1]
        log.warning("writing %s failed (attempt %d): %s", job.what, job.attempts, exc)
        draft = job.draft
        reason = f"Not saved: {_reason(exc)}"
        self._report(
            WriteReport(
                Outcome.RETRYING,
                f"{reason} (trying again in {delay:g} s)",
                article_id=draft.article_id if draft else None,
                title=draft.title if draft else "",
                text=draft.text if draft else None,
                retry_in=delay,
                problem=exc.problem,
                is_draft=draft is not None,
                reason=reason,
            )
        )
        return delay

    def _give_up(self, job: _Job, exc: StoreError) -> None:
        draft = job.draft
        if draft is not None:
            with self._cond:
                self._unsaved[draft.article_id] = draft
        log.error("could not write %s: %s", job.what, exc)
        reason = f"Not saved: {_reason(exc)}"
        self._report(
            WriteReport(
                Outcome.FAILED,
                reason,
                article_id=draft.article_id if draft else None,
                title=draft.title if draft else "",
                text=draft.text if draft else None,
                problem=exc.problem,
                is_draft=draft is not None,
                reason=reason,
            )
        )


def _reason(exc: StoreError) -> str:
    """The error without the library's path in front (the window shows it elsewhere) and
    without "try again" (the writer does)."""
    text = str(exc)
    head, sep, rest = text.partition(": ")
    text = rest if sep and ("/" in head or "\\" in head) else text
    for tail in ("; free some space and try again", " and try again", "; try again"):
        if text.endswith(tail):
            return text[: -len(tail)] + ("; free some space" if "space" in tail else "")
    return text
