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
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QTextDocument

from reviewdesk.core.models import Decision
from reviewdesk.gui.i18n import translate
from reviewdesk.store import StoreError

log = logging.getLogger(__name__)


class ReviewLibrary(Protocol):
    """Where decisions are recorded: the library, or in the window the writer's
    :class:`~reviewdesk.desk.deferred.DeferredLibrary` (provisional ids)."""

    def record_decision(self, decision: Decision) -> Decision: ...
    def remove_decision(self, decision_id: int) -> None: ...


@dataclass
class _Fix:
    decisions: list[Decision]  # as stored now (ids change when a redo records them again)
    step: int  # the draft's undo steps right after the fix
    undone: bool = False


class AppliedFixes(QObject):
    """Keeps the APPLY decisions of the open article in step with undo and redo.

    It needs only the library, the draft's document and where to report a failure; the
    session calls :meth:`forget_all` when another article opens (its undo stack starts
    empty, which is not an undo of these fixes).
    """

    def __init__(
        self,
        library: ReviewLibrary,
        document: QTextDocument,
        report: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.document = document
        self.report = report
        self._fixes: list[_Fix] = []
        self._pending = False
        document.contentsChanged.connect(self._schedule)
        document.undoCommandAdded.connect(self._forget_undone)

    def add(self, decisions: list[Decision]) -> None:
        """The draft's newest undo step applied these fixes (already recorded)."""
        if decisions:
            steps = self.document.availableUndoSteps()
            self._fixes.append(_Fix(list(decisions), steps))

    def forget_all(self) -> None:
        """Another article: its undo stack starts empty, which is not an undo of these."""
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
        steps = self.document.availableUndoSteps()
        for fix in self._fixes:
            if not fix.undone and steps < fix.step:
                self._take_back(fix)
            elif fix.undone and steps >= fix.step:
                self._record_again(fix)

    def _take_back(self, fix: _Fix) -> None:
        try:
            for decision in fix.decisions:
                if decision.id is not None:
                    self.library.remove_decision(decision.id)  # a provisional id will do
        except StoreError as exc:
            self.report(
                translate("AppliedFixes", "Could not take back the decision: {error}").format(
                    error=exc
                )
            )
            return
        fix.undone = True
        log.debug("undo took back %d applied fix(es)", len(fix.decisions))

    def _record_again(self, fix: _Fix) -> None:
        try:
            fix.decisions = [self.library.record_decision(d) for d in fix.decisions]
        except StoreError as exc:
            self.report(
                translate("AppliedFixes", "Could not record the decision again: {error}").format(
                    error=exc
                )
            )
            return
        fix.undone = False
