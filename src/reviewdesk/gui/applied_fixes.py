"""Applied fixes follow the draft's undo stack (:mod:`reviewdesk.gui.undo_follow`): an
undo that takes a fix out of the draft removes its APPLY decision from the library (the
review report must not list it); a redo records the decision again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument

from reviewdesk.core.models import Decision
from reviewdesk.core.text.paragraphs import quoted_for_screen
from reviewdesk.gui.i18n import translate
from reviewdesk.gui.undo_follow import Entry, UndoFollower
from reviewdesk.store import StoreError

log = logging.getLogger(__name__)


class ReviewLibrary(Protocol):
    """Where decisions are recorded: the library, or in the window the writer's
    :class:`~reviewdesk.desk.deferred.DeferredLibrary` (provisional ids)."""

    def record_decision(self, decision: Decision) -> Decision: ...
    def remove_decision(self, decision_id: int) -> None: ...


class AppliedFixes(UndoFollower[list[Decision]]):
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
        super().__init__(document, parent)
        self.library = library
        self.report = report

    def add(self, decisions: list[Decision]) -> None:
        """The draft's newest undo step applied these fixes (already recorded)."""
        if decisions:
            self.follow(list(decisions))

    def take_back(self, entry: Entry[list[Decision]]) -> bool:
        """Remove the fixes' decisions: the report must not list them."""
        try:
            for decision in entry.record:
                if decision.id is not None:
                    self.library.remove_decision(decision.id)  # a provisional id will do
        except StoreError as exc:
            self.report(
                translate("AppliedFixes", "Could not take back the decision: {error}").format(
                    error=exc
                )
            )
            return False
        log.debug("undo took back %d applied fix(es)", len(entry.record))
        # the status bar still said "Applied: …", which the draft no longer holds
        self.report(translate("AppliedFixes", "Undone: {fix}").format(fix=_described(entry.record)))
        return True

    def make_again(self, entry: Entry[list[Decision]]) -> bool:
        """Record the decisions again (their ids change)."""
        try:
            entry.record = [self.library.record_decision(d) for d in entry.record]
        except StoreError as exc:
            self.report(
                translate("AppliedFixes", "Could not record the decision again: {error}").format(
                    error=exc
                )
            )
            return False
        self.report(translate("AppliedFixes", "Redone: {fix}").format(fix=_described(entry.record)))
        return True


def _described(decisions: list[Decision]) -> str:
    """The fix as the status bar named it when it was applied, or how many there were."""
    if len(decisions) != 1:
        return translate("AppliedFixes", "{count} fixes").format(count=len(decisions))
    decision = decisions[0]
    replacement = quoted_for_screen(decision.replacement) if decision.replacement else "(removed)"
    return f"{quoted_for_screen(decision.text)} → {replacement}"
