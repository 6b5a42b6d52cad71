"""The library in the window: the library window, File ▸ History, and review rounds.

:class:`LibraryCommands` is bound to the table of actions (``openLibrary``, ``history``,
``searchLibrary``); it needs the library, the session, the notes panel, a parent for its
dialogs and the window's way of opening an article, not the whole window. A
:class:`RoundKeeper` keeps a snapshot of the draft when an article is opened or marked
done, and stores the draft's issue count from each check for the library window's Issues
column.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from reviewdesk.core.diff import changes
from reviewdesk.core.merge import Edit
from reviewdesk.core.models import Article, ArticleStatus
from reviewdesk.gui.i18n import translate
from reviewdesk.gui.notes_panel import NotesPanel
from reviewdesk.gui.session import ReviewSession
from reviewdesk.gui.written_wait import busy_message, when_written
from reviewdesk.service.panes import DRAFT, ORIGINAL
from reviewdesk.store import Library, StoreError
from reviewdesk.store.history import BEFORE_RESTORE, DONE, OPENED, RESTORED, Snapshot
from reviewdesk.store.search import MatchPlace

log = logging.getLogger(__name__)

LIST_WAIT_S = 2.0  # how long the library list waits for the open article to be written


class LibraryCommands:
    """File ▸ Open from library, File ▸ History… and Edit ▸ Search the library…"""

    def __init__(
        self,
        library: Library,
        session: ReviewSession,
        notes_panel: NotesPanel,
        parent: QWidget,
        open_article: Callable[[Article], None],
    ) -> None:
        self.library = library
        self.session = session
        self.notes_panel = notes_panel
        self.parent = parent
        self.open_article = open_article
        self.keeper = RoundKeeper(library, session, parent)

    def open_library(self, search: str = "") -> bool:
        """File ▸ Open from library: the library window; True when an article was opened
        (False too when the list waits for the library writer: it opens when it can)."""
        session = self.session
        current = session.article.id if session.article is not None else None

        def before_delete(article_id: int) -> None:
            if session.article is not None and session.article.id == article_id:
                session.close_article()  # saved first; it goes to the bin as it is

        opened = [False]

        def show(written: bool) -> None:  # the list shows the open article as it is now
            if not written:
                session.message.emit(busy_message(LIST_WAIT_S))
            opened[0] = self._show_library(search, current, before_delete)

        what = translate("LibraryCommands", "showing the library")
        when_written(session, LIST_WAIT_S, show, what, self.parent)
        return opened[0]

    def _show_library(
        self, search: str, current: int | None, before_delete: Callable[[int], None]
    ) -> bool:
        from reviewdesk.gui.dialogs.library import LibraryDialog
        from reviewdesk.gui.written_wait import Writes

        dialog = LibraryDialog(
            self.library,
            self.parent,
            current_id=current,
            before_delete=before_delete,
            search=search,
            writes=Writes(self.library, self.session.saving),  # off the UI thread
        )
        try:
            dialog.exec()
            chosen = dialog.chosen
        finally:
            dialog.deleteLater()
        if chosen is None:
            return False
        return self.open_at(*chosen)

    def open_at(self, article_id: int, place: MatchPlace | None = None) -> bool:
        """Open an article (unless it is open already) and select a match in it: in the pane
        it was found in, or a note's passage in the draft."""
        session = self.session
        if session.article is None or session.article.id != article_id:
            try:
                article = self.library.get_article(article_id)
            except StoreError as exc:
                QMessageBox.warning(self.parent, translate("LibraryCommands", "Library"), str(exc))
                return False
            self.open_article(article)
        if place is not None:
            # a long article fills its panes a slice at a time: go there once it is whole
            session.when_loaded(lambda: self._go_to(place))
        return True

    def _go_to(self, place: MatchPlace) -> None:
        """Select a match in the open article: in the pane it was found in, or a note's
        passage in the draft."""
        session = self.session
        if place.note_id is not None:
            cursor = session.notes.cursor(place.note_id)
            self.notes_panel.select_note(place.note_id)
            if cursor is not None:
                session.draft.setTextCursor(cursor)
                session.draft.ensureCursorVisible()
                session.draft.setFocus()
            return
        pane = DRAFT if place.field == "draft" else ORIGINAL
        text = session.docmap(pane).text
        if 0 <= place.start <= place.end <= len(text):
            session.select_span(pane, place.start, place.end)
            session.editor(pane).setFocus()

    def show_history(self) -> None:
        """File ▸ History…: the open article's snapshots against its draft."""
        session = self.session
        article = session.article
        if article is None or article.id is None:
            session.message.emit(translate("LibraryCommands", "Open an article first"))
            return
        when_written(
            session,
            LIST_WAIT_S,
            lambda written: self._show_history(article.id or 0, article.title, written),
            translate("LibraryCommands", "showing the history"),
            self.parent,
        )

    def _show_history(self, article_id: int, title: str, written: bool) -> None:
        """The history dialog, once the rounds the writer was storing are in."""
        from reviewdesk.gui.dialogs.history import HistoryDialog

        session = self.session
        if not written:
            session.message.emit(busy_message(LIST_WAIT_S))
        dialog = HistoryDialog(
            self.library,
            article_id,
            title,
            current=lambda: session.docmap(DRAFT).text,
            restore=self.restore_snapshot,
            parent=self.parent,
        )
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def restore_snapshot(self, snapshot: Snapshot) -> bool:
        """Put a snapshot's draft back as ONE undoable change.

        Only the passages that differ are replaced, so notes on the rest stay where they are.
        The draft as it was is kept as a snapshot first, and the restore is recorded after.
        """
        session = self.session
        article = session.article
        if article is None or article.id is None:
            return False
        history = self.library.history
        article_id = article.id
        try:
            text = history.text(snapshot.id)
        except StoreError as exc:
            QMessageBox.warning(
                self.parent,
                translate("LibraryCommands", "History"),
                translate("LibraryCommands", "Cannot restore: {error}").format(error=exc),
            )
            return False
        session.flush()
        current = session.docmap(DRAFT).text
        if current == text:
            session.message.emit(
                translate("LibraryCommands", "The draft is already the same as that version")
            )
            return False
        # the snapshots go through the library writer, in order with the drafts
        session.saving.submit(
            lambda store: store.library.history.take(article_id, BEFORE_RESTORE, current),
            "a snapshot",
        )
        edits = [
            Edit(op.a_start, op.a_end, text[op.b_start : op.b_end]) for op in changes(current, text)
        ]
        result = session.edit_draft(edits)
        # cannot happen with a diff's own edits; never half-restore quietly
        if result.text != text:
            log.error("restoring snapshot %s left a different draft", snapshot.id)
        session.flush()
        # the library window's model, imported here: the window's start does without it
        from reviewdesk.gui.dialogs.library_model import when_label

        when = when_label(snapshot.created)
        session.saving.submit(
            lambda store: store.library.history.take(
                article_id, RESTORED, text, detail=f"the draft of {when}"
            ),
            "a snapshot",
        )
        session.message.emit(
            translate(
                "LibraryCommands", "Restored the draft of {when} (Edit ▸ Undo takes it back)"
            ).format(when=when)
        )
        return True


# -- review rounds ----------------------------------------------------------------------


class RoundKeeper(QObject):
    """Keeps a snapshot when an article is opened or marked done, and the draft's
    issue count after each check (what the library window's Issues column shows)."""

    def __init__(self, library: Library, session: ReviewSession, parent: QObject) -> None:
        super().__init__(parent)
        self.library = library
        self.session = session
        session.article_changed.connect(self._on_article)
        session.status_changed.connect(self._on_status)
        session.checked.connect(self._on_checked)

    def _take(self, reason: str) -> None:
        article = self.session.article
        if article is None or article.id is None:
            return
        article_id = article.id
        # through the library writer, after the draft it snapshots (off the UI thread)
        self.session.saving.submit(
            lambda store: store.library.history.take(article_id, reason), "a snapshot"
        )

    def _on_article(self) -> None:
        self._take(OPENED)

    def _on_status(self, status: str) -> None:
        if status == ArticleStatus.DONE:
            self.session.flush()  # the snapshot is the draft that was signed off
            self._take(DONE)

    def _on_checked(self, pane: str) -> None:
        session = self.session
        article = session.article
        if pane != DRAFT or article is None or article.id is None:
            return
        if not session.is_current(DRAFT):
            return  # an early result; the full one follows
        # findings, as the status bar and the issues panel count them (a finding marked at
        # three places is one issue): the library window said 40 beside the window's 38
        article_id, count = article.id, session.pane(DRAFT).found.count
        session.saving.submit(
            lambda store: store.library.catalog.set_open_issues(article_id, count),
            "the issue count",
        )
