"""What the editor decides about incoming revisions: accept or reject one (from the
context menu, the keyboard or the Revisions panel), all at once, or take a decision back.

Accepting changes nothing in the draft (it already reads as if every change were
accepted); rejecting takes an insertion's text out of the draft or puts a deletion's text
back, as ONE undo step through :meth:`ReviewSession.edit_draft`. The decision is stored
by :mod:`reviewdesk.desk.revisions` (as ``reviewdesk revisions`` does) and the draft saved
with it, so the exports carry both into the Word file. Undo and redo of a rejection take
the decision back and make it again (:class:`RevisionUndo`).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QMenu

from reviewdesk.core.merge import Edit
from reviewdesk.core.structure import RevisionStatus
from reviewdesk.desk.revisions import (
    DraftRevision,
    RevisionError,
    decision_edit,
    undecided_edit,
)
from reviewdesk.gui.article_structure import ArticleStructure
from reviewdesk.gui.context_menu import Entry, MenuContext
from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from reviewdesk.gui.revision_marks import Mark, describe
from reviewdesk.gui.revisions_panel import RevisionsPanel
from reviewdesk.gui.session import ReviewSession
from reviewdesk.gui.undo_follow import Entry as UndoEntry
from reviewdesk.gui.undo_follow import UndoFollower
from reviewdesk.service.panes import DRAFT, ORIGINAL, Pane

log = logging.getLogger(__name__)

GO_TO_A_REVISION = QT_TRANSLATE_NOOP(
    "RevisionCommands", "Put the cursor on a revision first (Ctrl+F8 goes to the next one)"
)
Statuses = Mapping[int, RevisionStatus]


class RevisionUndo(UndoFollower[tuple[Statuses, Statuses]]):
    """Keeps revision decisions that edited the draft in step with undo and redo: below
    the edit's undo step the statuses before it come back; back at it (redo), the
    statuses after it. The newest decision is looked at first, so undoing several at once
    ends at the oldest one's "before"."""

    newest_first = True

    def __init__(self, session: ReviewSession, structure: ArticleStructure) -> None:
        super().__init__(session.draft.document(), session)
        self.structure = structure
        structure.loaded.connect(self.forget_all)

    def add(self, before: Statuses, after: Statuses) -> None:
        """The draft's newest undo step made these decisions."""
        self.follow((dict(before), dict(after)))

    def take_back(self, entry: UndoEntry[tuple[Statuses, Statuses]]) -> bool:
        """Restore the statuses before the decision (written by the library writer)."""
        self.structure.set_statuses(entry.record[0])
        return True

    def make_again(self, entry: UndoEntry[tuple[Statuses, Statuses]]) -> bool:
        """Make the decision again."""
        self.structure.set_statuses(entry.record[1])
        return True


class RevisionCommands:
    """Accept, reject, all, take back, go to; the context menu's revision entries."""

    def __init__(
        self, session: ReviewSession, structure: ArticleStructure, panel: RevisionsPanel
    ) -> None:
        self.session = session
        self.structure = structure
        self.panel = panel
        self.undo = RevisionUndo(session, structure)
        structure.revisions_changed.connect(self.refresh_panel)
        panel.activated.connect(self.show)
        panel.accept_requested.connect(lambda rid: self.decide([rid], True))
        panel.reject_requested.connect(lambda rid: self.decide([rid], False))
        panel.undo_requested.connect(self.take_back)
        panel.accept_all_requested.connect(self.accept_all)
        panel.reject_all_requested.connect(self.reject_all)

    @Slot()
    def refresh_panel(self) -> None:
        """Show the revisions as they are decided now."""
        self.panel.set_revisions(self.structure.revisions(), self.structure.authors)

    # -- which revision -------------------------------------------------------------------

    def _focused_pane(self) -> Pane:
        return ORIGINAL if self.session.original.hasFocus() else DRAFT

    def current(self) -> int | None:
        """The undecided revision selected in the Revisions panel when it has the focus,
        else the one at the cursor (or selection) of the pane with the focus, else the
        one selected in the panel."""
        if self.panel.table.hasFocus():
            return self._selected_pending()
        pane = self._focused_pane()
        cursor = self.session.editor(pane).textCursor()
        mark = self.structure.marks[pane].at(cursor.selectionStart(), cursor.selectionEnd())
        if mark is not None:
            return mark.revision.id
        return self._selected_pending()

    def _selected_pending(self) -> int | None:
        selected = self.panel.selected_id()
        mark = self.structure.marks[DRAFT].get(selected) if selected is not None else None
        return mark.revision.id if mark is not None and mark.revision.pending else None

    def accept_current(self) -> None:
        """Accept the revision the editor is on."""
        self._decide_current(True)

    def reject_current(self) -> None:
        """Reject the revision the editor is on."""
        self._decide_current(False)

    def _decide_current(self, accept: bool) -> None:
        revision_id = self.current()
        if revision_id is None:
            self.session.message.emit(translate("RevisionCommands", GO_TO_A_REVISION))
            return
        self.decide([revision_id], accept)

    def accept_all(self) -> None:
        """Accept every undecided revision."""
        self.decide(self._pending_ids(), True)

    def reject_all(self) -> None:
        """Reject every undecided revision (one undo step)."""
        self.decide(self._pending_ids(), False)

    def _pending_ids(self) -> list[int]:
        return [m.revision.id for m in self.structure.marks[DRAFT].marks() if m.revision.pending]

    # -- deciding -----------------------------------------------------------------------

    def _found(self, mark: Mark) -> DraftRevision:
        docmap = self.session.docmap(DRAFT)
        return DraftRevision(mark.revision, docmap.to_cp(mark.start), docmap.to_cp(mark.end))

    def _read_only(self) -> bool:
        if self.session.read_only:  # another window edits this article
            self.session.message.emit(
                translate("RevisionCommands", "This article is read-only here; nothing was decided")
            )
        return self.session.read_only

    def decide(self, revision_ids: Sequence[int], accept: bool) -> int:
        """Accept (or reject) these revisions; how many were decided."""
        if self._read_only():
            return 0
        if self.session.article is None or not revision_ids:
            if not revision_ids:
                self.session.message.emit(translate("RevisionCommands", "No undecided revisions"))
            return 0
        marks = self.structure.marks[DRAFT]
        text = self.session.docmap(DRAFT).text
        edits: dict[int, Edit] = {}
        problems: list[str] = []
        chosen: list[Mark] = []
        for revision_id in revision_ids:
            mark = marks.get(revision_id)
            if mark is None or not mark.revision.pending:
                continue
            try:
                edit = decision_edit(text, self._found(mark), accept)
            except RevisionError as exc:
                problems.append(str(exc))
                continue
            chosen.append(mark)
            if edit is not None:
                edits[revision_id] = edit
        status = RevisionStatus.ACCEPTED if accept else RevisionStatus.REJECTED
        return self._commit(chosen, edits, status, problems)

    def take_back(self, revision_id: int) -> None:
        """Make a decided revision undecided again (a rejection's edit is undone)."""
        mark = self.structure.marks[DRAFT].get(revision_id)
        if mark is None or mark.revision.pending or self.session.article is None:
            return
        if self._read_only():
            return
        text = self.session.docmap(DRAFT).text
        try:
            edit = undecided_edit(text, self._found(mark))
        except RevisionError as exc:
            self.session.message.emit(str(exc))
            return
        edits = {revision_id: edit} if edit is not None else {}
        self._commit([mark], edits, RevisionStatus.PENDING, [])

    def _commit(
        self,
        chosen: list[Mark],
        edits: dict[int, Edit],
        status: RevisionStatus,
        problems: list[str],
    ) -> int:
        if edits:
            result = self.session.edit_draft(list(edits.values()))
            skipped = {rid for rid, edit in edits.items() if edit not in result.applied}
            if skipped:
                problems.append(
                    translate(
                        "RevisionCommands", "1 revision overlaps other changes: left undecided"
                    )
                    if len(skipped) == 1
                    else translate(
                        "RevisionCommands",
                        "{count} revisions overlap other changes: left undecided",
                    ).format(count=len(skipped))
                )
                chosen = [m for m in chosen if m.revision.id not in skipped]
        before = {m.revision.id: m.revision.status for m in chosen}
        after = dict.fromkeys(before, status)
        # the decisions, then the draft, go to the library writer in that order (a write
        # that fails is reported and retried by the saving label, as every other)
        self.structure.set_statuses(after)
        self.session.save_now()
        if edits and chosen:
            self.undo.add(before, {rid: s for rid, s in after.items() if rid in edits})
        self.session.message.emit(self._said(chosen, status, problems))
        return len(chosen)

    @staticmethod
    def _said(chosen: list[Mark], status: RevisionStatus, problems: list[str]) -> str:
        one = {
            RevisionStatus.ACCEPTED: translate("RevisionCommands", "Accepted {revision}"),
            RevisionStatus.REJECTED: translate("RevisionCommands", "Rejected {revision}"),
            RevisionStatus.PENDING: translate("RevisionCommands", "Undecided again: {revision}"),
        }[status]
        many = {
            RevisionStatus.ACCEPTED: translate("RevisionCommands", "Accepted {count} revisions"),
            RevisionStatus.REJECTED: translate("RevisionCommands", "Rejected {count} revisions"),
            RevisionStatus.PENDING: translate(
                "RevisionCommands", "Undecided again: {count} revisions"
            ),
        }[status]
        if len(chosen) == 1:
            text = one.format(revision=describe(chosen[0].revision))
        elif chosen:
            text = many.format(count=len(chosen))
        else:
            text = translate("RevisionCommands", "No revision was decided")
        return " — ".join([text, *problems])

    # -- going to a revision ------------------------------------------------------------

    def show(self, revision_id: int) -> None:
        """Select a revision in both panes (and in the panel)."""
        for pane in (ORIGINAL, DRAFT):
            mark = self.structure.marks[pane].get(revision_id)
            if mark is None:
                continue
            editor = self.session.editor(pane)
            cursor = QTextCursor(editor.document())
            cursor.setPosition(mark.start)
            cursor.setPosition(mark.end, QTextCursor.MoveMode.KeepAnchor)
            editor.setTextCursor(cursor)
            editor.ensureCursorVisible()
        self.panel.select(revision_id)

    def step(self, direction: int) -> None:
        """Go to the next (1) or previous (-1) undecided revision in the draft, wrapping."""
        pending = [m for m in self.structure.marks[DRAFT].marks() if m.revision.pending]
        if not pending:
            self.session.message.emit(translate("RevisionCommands", "No undecided revisions"))
            return
        cursor = self.session.draft.textCursor()
        here = cursor.selectionEnd() if direction > 0 else cursor.selectionStart()
        if direction > 0:
            after = [m for m in pending if m.start >= here and (m.start, m.end) != self._sel()]
            target = after[0] if after else pending[0]
        else:
            before = [m for m in pending if m.end <= here and (m.start, m.end) != self._sel()]
            target = before[-1] if before else pending[-1]
        self.show(target.revision.id)

    def _sel(self) -> tuple[int, int]:
        cursor = self.session.draft.textCursor()
        return cursor.selectionStart(), cursor.selectionEnd()

    # -- the context menu ---------------------------------------------------------------

    def menu_entries(self, context: MenuContext, parent: QMenu) -> list[Entry]:
        """Accept / Reject for the revision under the mouse (or in the selection)."""
        if context.in_panel or context.position < 0 or self.session.article is None:
            return []
        marks = self.structure.marks[context.pane]
        mark = marks.at(context.position)
        if mark is None and context.has_selection:
            cursor = self.session.editor(context.pane).textCursor()
            mark = marks.at(cursor.selectionStart(), cursor.selectionEnd())
        if mark is None:
            return []
        revision_id = mark.revision.id
        what = describe(mark.revision)
        accept = QAction(translate("RevisionCommands", "Accept: {what}").format(what=what), parent)
        accept.setObjectName("acceptRevisionHere")
        accept.setToolTip(translate("RevisionCommands", "Keep it: {what}").format(what=what))
        accept.triggered.connect(lambda _c=False: self.decide([revision_id], True))
        reject = QAction(translate("RevisionCommands", "Reject: {what}").format(what=what), parent)
        reject.setObjectName("rejectRevisionHere")
        reject.setToolTip(
            translate("RevisionCommands", "Undo it in the draft: {what}").format(what=what)
        )
        reject.triggered.connect(lambda _c=False: self.decide([revision_id], False))
        return [accept, reject]
