"""Applied fixes follow the draft's undo stack: undo takes the decision back, redo restores it.

A fix is one edit block on the draft's QTextDocument, so the document's count of undo
steps right after it marks the fix. When an undo takes the count below that mark, the fix
is no longer in the draft and its APPLY decision is removed from the library (the review
report must not list it); a redo brings the count back and the decision is recorded again.
A new edit after an undo empties Qt's redo stack, so an undone fix can never come back and
is forgotten.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, QTimer, Slot

from reviewdesk.core.models import Decision
from reviewdesk.desk.saving import Store
from reviewdesk.gui.session import ReviewSession

log = logging.getLogger(__name__)


@dataclass
class _Fix:
    decisions: list[Decision]  # as stored now (ids change when a redo records them again)
    step: int  # the draft's undo steps right after the fix
    undone: bool = False


class AppliedFixes(QObject):
    """Keeps the APPLY decisions of the open article in step with undo and redo."""

    def __init__(self, session: ReviewSession) -> None:
        super().__init__(session)
        self.session = session
        self._fixes: list[_Fix] = []
        self._pending = False
        document = session.draft.document()
        document.contentsChanged.connect(self._schedule)
        document.undoCommandAdded.connect(self._forget_undone)
        session.article_changed.connect(self._forget_all)

    def add(self, decisions: list[Decision]) -> None:
        """The draft's newest undo step applied these fixes (already recorded)."""
        if decisions:
            steps = self.session.draft.document().availableUndoSteps()
            self._fixes.append(_Fix(list(decisions), steps))

    @Slot()
    def _forget_all(self) -> None:
        # another article: its undo stack starts empty, which is not an undo of these
        self._fixes.clear()

    @Slot()
    def _forget_undone(self) -> None:
        # a new edit: Qt dropped its redo stack, so undone fixes cannot be redone
        self._fixes = [f for f in self._fixes if not f.undone]

    @Slot()
    def _schedule(self) -> None:
        # read the undo count once the undo or redo has finished, not mid-way
        if self._fixes and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._sync)

    @Slot()
    def _sync(self) -> None:
        self._pending = False
        if self.session.article is None:
            return
        steps = self.session.draft.document().availableUndoSteps()
        for fix in self._fixes:
            if not fix.undone and steps < fix.step:
                self._take_back(fix)
            elif fix.undone and steps >= fix.step:
                self._record_again(fix)

    def _take_back(self, fix: _Fix) -> None:
        keys = [d.id for d in fix.decisions if d.id is not None]

        def write(store: Store) -> None:  # on the writer's thread, after the recording
            for key in keys:
                real = store.keys.real(key)
                if real is not None:
                    store.library.remove_decision(real)

        self.session.saving.submit(write, "taking back the decision")
        fix.undone = True
        log.debug("undo took back %d applied fix(es)", len(fix.decisions))

    def _record_again(self, fix: _Fix) -> None:
        writer = self.session.saving.writer
        again = [replace(d, id=writer.new_key()) for d in fix.decisions]

        def write(store: Store) -> None:
            for decision in again:
                assert decision.id is not None
                stored = store.library.record_decision(replace(decision, id=None))
                store.keys.bind(decision.id, stored.id)

        self.session.saving.submit(write, "the decision")
        fix.decisions = again
        fix.undone = False
