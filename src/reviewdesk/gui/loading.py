"""Filling the panes with a long article a slice at a time, so the window keeps answering.

``setPlainText`` of a 100,000-word article blocks the UI thread for a quarter of a second
or more (Qt builds every block, the highlighter visits each). :class:`PaneFiller` empties
the editors at once and appends the text from the event loop in slices of a few
milliseconds, with undo off (the article is not an edit) and the draft read-only until it
is whole. What opening does next is given as steps, each run in an event of its own
(together they held the UI thread for 20–40 ms at 100k words). A short article is set in
one go, and the steps run at once, one after the other; or, when asked (``apart``: a file
opened through File ▸ Open, whose caller waits for the outcome anyway), in events of their
own too: at 1k words the one event that set both panes and ran the steps held the UI
thread 35-44 ms of CPU.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from typing import TypeAlias

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from reviewdesk.gui.text_mirror import adopt_text

log = logging.getLogger(__name__)

SLICE_SECONDS = 0.006  # UI time per slice
CHUNK = 8_000  # characters appended at a time (cut at a line end)
# texts up to this long are set in one go (~3k words): at 60,000 characters a 5k-word
# article's one event held the UI thread 36-44 ms of CPU, a 57 ms stall (bench_scaling)
WHOLE = 20_000

Steps: TypeAlias = Callable[[], None] | Sequence[Callable[[], None]]


class PaneFiller(QObject):
    """Puts texts into editors in slices; runs ``done`` (one step or several, each in an
    event of its own) once every editor holds its text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._todo: list[tuple[QPlainTextEdit, str, int]] = []  # (editor, text, filled up to)
        self._steps: list[Callable[[], None]] = []
        self._read_only: dict[QPlainTextEdit, bool] = {}
        self._apart = False  # the steps pending are a short text's, run apart
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)
        # what opening does next (notes, the first check, the window's labels) runs in an
        # event of its own, not on top of the last slice
        self._finisher = QTimer(self)
        self._finisher.setSingleShot(True)
        self._finisher.setInterval(0)
        self._finisher.timeout.connect(self._finish)

    @property
    def busy(self) -> bool:
        """Whether a text is still being filled in (or ``done`` is still to run)."""
        return bool(self._todo) or self._finisher.isActive()

    @property
    def settling(self) -> bool:
        """Whether a short text, set whole with ``apart``, still has steps to run (what a
        caller that waited for the text being set waits for too)."""
        return self._apart and self._finisher.isActive()

    def fill(
        self, texts: Sequence[tuple[QPlainTextEdit, str]], done: Steps, *, apart: bool = False
    ) -> None:
        """Fill each editor with its text; ``done``'s steps run when all are whole (each in
        an event of its own for a long text, or with ``apart``; else at once)."""
        self.cancel()
        self._steps = [done] if callable(done) else list(done)
        self._apart = False
        for editor, text in texts:
            if len(text) <= WHOLE:
                editor.setPlainText(text)
                continue
            self._read_only[editor] = editor.isReadOnly()
            editor.setReadOnly(True)  # nothing to type into until the article is whole
            editor.document().setUndoRedoEnabled(False)
            # empty now, the first slice from the event loop: the event that shows the
            # article (and, the first time, the panes' page) has enough to do
            editor.setPlainText("")
            self._todo.append((editor, text, 0))
        if self._todo:
            self._timer.start()
        elif apart:
            # whole already, but what opening does next runs in later events: until its
            # first step, an edit would go unseen (the session ignores edits while it
            # loads), so nothing can be typed into the panes meanwhile, as when sliced
            for editor, _text in texts:
                self._read_only[editor] = editor.isReadOnly()
                editor.setReadOnly(True)
            self._apart = True
            self._finisher.start()
        else:
            while self._steps:  # nothing was sliced: at once, as before
                self._steps.pop(0)()

    def cancel(self) -> None:
        """Stop filling (the article is closed); the editors keep what they have."""
        self._timer.stop()
        self._finisher.stop()
        for editor, _text, _pos in self._todo:
            self._restore(editor)
        self._todo.clear()
        self._give_back()
        self._steps = []

    def _give_back(self) -> None:
        """The editors a short text was set in ``apart`` get their read-only state back."""
        for editor in [e for e in self._read_only if not any(t[0] is e for t in self._todo)]:
            self._restore(editor)

    def _step(self) -> None:
        deadline = time.perf_counter() + SLICE_SECONDS
        while self._todo and time.perf_counter() < deadline:
            editor, text, pos = self._todo[0]
            cut = _cut(text, pos + CHUNK)
            cursor = QTextCursor(editor.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText(text[pos:cut])
            if cut >= len(text):
                self._todo.pop(0)
                self._restore(editor)
                adopt_text(editor.document(), text)  # one string, the article's and the pane's
            else:
                self._todo[0] = (editor, text, cut)
        if self._todo:
            self._timer.start()
        else:
            self._finisher.start()

    def _restore(self, editor: QPlainTextEdit) -> None:
        editor.document().setUndoRedoEnabled(True)
        editor.setReadOnly(self._read_only.pop(editor, editor.isReadOnly()))

    def _finish(self) -> None:
        if not self._steps:
            return
        self._give_back()  # before the first step, which may set the draft read-only itself
        step = self._steps.pop(0)
        if self._steps:
            self._finisher.start()  # the next step in an event of its own (busy meanwhile)
        step()


def _cut(text: str, at: int) -> int:
    """Where to end a slice: at the line end after ``at`` (or the text's end)."""
    if at >= len(text):
        return len(text)
    found = text.find("\n", at)
    return len(text) if found < 0 else found
