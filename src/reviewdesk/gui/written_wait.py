"""Going on once the library has the open article's latest changes, without holding the
window meanwhile.

Export, print, the library list, history and opening a file read the library back, so
they go on only when the library writer has written what it was handed. That normally
takes milliseconds; with the write lock held by another program (an ``sqlite3`` shell, a
backup tool) it can take seconds. The window used to wait right there, on the UI thread,
ignoring input, for up to 10 s. Now it waits at most :data:`GRACE_S` in place (so the
usual case goes on at once, as before), then shows a busy indicator in the status bar and
goes on when the writer reports, or after the bounded time, saying plainly what happened.

:class:`Writes` is the same for a dialog's own write (the house style sheet, a dictionary
word, a pasted or imported article): the write goes to the writer's thread, the dialog
shows it is busy and goes on once the write lands, and a lock never let go is said
plainly while the writer keeps trying.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from reviewdesk.desk.saving import Store
from reviewdesk.gui.i18n import translate
from reviewdesk.gui.saving import Saving
from reviewdesk.gui.session import WRITTEN_WAIT_S, ReviewSession
from reviewdesk.store import Library, StoreError

log = logging.getLogger(__name__)

GRACE_S = 0.2  # waited in place: a normal write is done well within it
OPEN_GRACE_S = 1.0  # a new article's first write (a long one takes longer on a busy disk)
# is waited for in the background that long before the busy message; nothing in place
POLL_MS = 50
# the first look comes sooner, each next one twice as late up to POLL_MS: a quick write
# (a new article's, ~10-30 ms) is seen within a few ms of landing, not at the next 50 ms
# tick, and the article shows that much sooner (issue 14); a look costs a lock
FIRST_POLL_MS = 4
Then = Callable[[bool], object]  # called with whether the library has everything
Busy = Callable[[str | None], None]  # shows a busy message in the window (None: done)
T = TypeVar("T")


class WrittenWait(QObject):
    """One wait for the writer, then one call of ``then`` (see the module's docstring)."""

    def __init__(
        self,
        saving: Saving,
        timeout_s: float,
        then: Then,
        busy: Busy,
        what: str,
        parent: QObject | None = None,
        grace_s: float = GRACE_S,
        patience_s: float = 0.0,
    ) -> None:
        super().__init__(parent)
        self.saving, self.timeout_s, self.then = saving, timeout_s, then
        self.grace_s = grace_s
        # waited in the background before the busy message: a normal write says nothing
        self.patience_s = patience_s
        self._said = False
        self.busy, self.what = busy, what
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self.done = False

    def start(self) -> None:
        """Wait in place for a moment; if the writer is still busy, wait in the background."""
        self._clock.start()
        if self.saving.settle(min(self.grace_s, self.timeout_s)):
            self._finish(True)
            return
        if self._clock.elapsed() >= self.timeout_s * 1000:
            self._finish(False)
            return
        self._say_busy()
        self._timer.start(FIRST_POLL_MS)

    def _say_busy(self) -> None:
        if self._said or self._clock.elapsed() < self.patience_s * 1000:
            return
        self._said = True
        self.busy(
            translate(
                "WrittenWait", "Waiting for the library to take your latest changes before {what}…"
            ).format(what=self.what)
        )

    @Slot()
    def _poll(self) -> None:
        if self.saving.settle(0):  # looks without waiting, and hands reports over
            self._finish(True)
        elif self._clock.elapsed() >= self.timeout_s * 1000:
            self._finish(False)
        else:
            self._say_busy()
            self._timer.setInterval(min(self._timer.interval() * 2, POLL_MS))

    def _finish(self, written: bool) -> None:
        self._timer.stop()
        if self.done:
            return
        self.done = True
        log.debug("written wait for %s: %s after %d ms", self.what, written, self._clock.elapsed())
        if self._said:
            self.busy(None)
        try:
            self.then(written)
        finally:
            self.deleteLater()


def after_written(
    saving: Saving,
    timeout_s: float,
    then: Then,
    busy: Busy,
    what: str,
    parent: QObject | None = None,
    grace_s: float = GRACE_S,
    patience_s: float = 0.0,
) -> WrittenWait:
    """Call ``then(written)`` once the library has everything handed over, or after
    ``timeout_s`` (``written`` False): at once when it is quick (within ``grace_s``,
    waited in place), later otherwise, with ``busy`` showing what the window is waiting
    for meanwhile once ``patience_s`` have passed (waited in the background)."""
    wait = WrittenWait(saving, timeout_s, then, busy, what, parent, grace_s, patience_s)
    wait.start()
    return wait


def busy_in_status(say: Callable[[str], None]) -> Busy:
    """A busy indicator: the message in the status bar and a busy mouse pointer (input
    goes on being taken); None clears both."""
    shown = [False]

    def busy(text: str | None) -> None:
        if text is not None and not shown[0]:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            shown[0] = True
        elif text is None and shown[0]:
            QApplication.restoreOverrideCursor()
            shown[0] = False
        say(text or "")

    return busy


def busy_message(waited_s: float) -> str:
    """Why something went on without the latest changes, or did not go on."""
    return translate(
        "WrittenWait",
        "The library did not take your latest changes within {seconds:g} s (another program "
        "may be writing to it); they stay in the window and are saved when it lets go",
    ).format(seconds=waited_s)


def when_written(
    session: ReviewSession,
    timeout_s: float,
    then: Then,
    what: str,
    parent: QObject,
    *,
    busy: Busy | None = None,
    grace_s: float = GRACE_S,
    patience_s: float = 0.0,
) -> WrittenWait:
    """Save the open article's pending changes, then :func:`after_written`, with the busy
    message in the status bar (or ``busy``); ``what`` says what waits ("exporting")."""
    session.flush()
    shown = busy if busy is not None else busy_in_status(session.message.emit)
    return after_written(session.saving, timeout_s, then, shown, what, parent, grace_s, patience_s)


@dataclass(frozen=True)
class Written(Generic[T]):
    """What became of one write handed over by :meth:`Writes.run`."""

    landed: bool  # the library has it; ``value`` is what the write returned
    value: T | None = None
    error: str = ""  # why it was refused (trying again cannot help)
    pending: bool = False  # the library has not taken it yet; the writer keeps trying

    def message(self, what: str, waited_s: float) -> str:
        """What the editor is told when it did not land."""
        if self.pending:
            return translate(
                "WrittenWait",
                "{what} is not in the library yet: it did not take it within {seconds:g} s "
                "(another program may be writing to it). It is written as soon as the "
                "library lets go.",
            ).format(what=what[:1].upper() + what[1:], seconds=waited_s)
        return self.error


class Writes:
    """How a dialog writes to the library: on the window's library writer, off the UI
    thread, after everything handed to it before (the draft included).

    Without a writer (a dialog on its own, as the tests build them) the write is made
    at once on the library given; the window always passes its writer.
    """

    def __init__(
        self,
        library: Library,
        saving: Saving | None = None,
        timeout_s: float = WRITTEN_WAIT_S,
        grace_s: float = GRACE_S,
        patience_s: float = 0.0,
    ) -> None:
        self.library, self.saving, self.timeout_s = library, saving, timeout_s
        self.grace_s = grace_s  # waited in place (painting and timers go on) before busy
        self.patience_s = patience_s  # then in the background, saying nothing yet

    def hand_over(self, op: Callable[[Library], object], what: str) -> None:
        """Write with ``op`` and go on without waiting: for what nothing waits on (a
        remembered choice, a record of an export). The writer retries it and reports a
        failure in the window; without a writer a failure goes to the log."""
        if self.saving is not None:
            self.saving.submit(lambda store: op(store.library), what)
            return
        try:
            op(self.library)
        except StoreError as exc:
            log.warning("could not write %s: %s", what, exc)

    def run(
        self,
        op: Callable[[Library], T],
        what: str,
        then: Callable[[Written[T]], object],
        busy: Busy,
        parent: QObject | None = None,
    ) -> None:
        """Write with ``op`` (given the writer's library), then call ``then`` once: at
        once when it is quick, after the write lands when a lock holds it up (``busy``
        shows it meanwhile), or after the bounded wait with ``pending`` set."""
        if self.saving is None:
            try:
                value = op(self.library)
            except (StoreError, ValueError) as exc:
                then(Written(False, error=str(exc)))
                return
            then(Written(True, value))
            return
        box: dict[str, object] = {}

        def job(store: Store) -> None:  # on the writer's thread
            try:
                box["value"] = op(store.library)
            except ValueError as exc:  # refused: trying again cannot help
                box["error"] = str(exc)
            except Exception as exc:
                box["error"] = str(exc)
                raise  # the writer tries again when that can help, and reports it

        self.saving.submit(job, what)

        def done(written: bool) -> None:
            if "value" in box:
                then(Written(True, box["value"]))  # type: ignore[arg-type]
            elif written and "error" in box:
                then(Written(False, error=str(box["error"])))
            else:
                then(Written(False, error=str(box.get("error", "")), pending=True))

        waiting = translate(
            "WrittenWait",
            "Saving {what}: waiting for the library (another program may be writing to it)…",
        ).format(what=what)
        shown: Busy = lambda text: busy(None if text is None else waiting)  # noqa: E731
        after_written(
            self.saving, self.timeout_s, done, shown, what, parent, self.grace_s, self.patience_s
        )


def busy_in_dialog(label: QLabel, *widgets: QWidget) -> Busy:
    """A dialog's busy indicator: the message in ``label``, a busy pointer, and
    ``widgets`` (its buttons) disabled until the write is done."""

    def say(text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))
        for widget in widgets:
            widget.setEnabled(not text)

    return busy_in_status(say)


def busy_label(name: str) -> QLabel:
    """The label a dialog shows :func:`busy_in_dialog`'s message in (hidden meanwhile)."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setVisible(False)
    return label
