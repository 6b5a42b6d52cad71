"""The library in the window: the library window, File ▸ History, and review rounds.

:func:`install_library_actions` is the one call the window makes. It adds File ▸ History…
(Ctrl+Alt+H) and Edit ▸ Search the library… (Ctrl+Shift+F), and a :class:`RoundKeeper`
that keeps a snapshot of the draft when an article is opened or marked done, and stores
the draft's issue count from each check for the library window's Issues column.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QMessageBox

from reviewdesk.core.diff import changes
from reviewdesk.core.merge import Edit
from reviewdesk.core.models import ArticleStatus
from reviewdesk.gui.dialogs.apply_all import apply_edits_to_document
from reviewdesk.gui.dialogs.library_model import when_label
from reviewdesk.service.panes import DRAFT, ORIGINAL
from reviewdesk.store import StoreError
from reviewdesk.store.history import BEFORE_RESTORE, DONE, OPENED, RESTORED, Snapshot
from reviewdesk.store.search import MatchPlace

if TYPE_CHECKING:
    from reviewdesk.gui.window_base import ReviewWindowBase

log = logging.getLogger(__name__)


@dataclass
class LibraryActions:
    """The actions :func:`install_library_actions` added."""

    history: QAction
    search: QAction
    keeper: RoundKeeper


# -- opening from the library -----------------------------------------------------------


def open_library(window: ReviewWindowBase, search: str = "") -> bool:
    """File ▸ Open from library: the library window; True when an article was opened."""
    from reviewdesk.gui.dialogs.library import LibraryDialog

    session = window.session
    current = session.article.id if session.article is not None else None

    def before_delete(article_id: int) -> None:
        if session.article is not None and session.article.id == article_id:
            session.close_article()  # saved first; it goes to the bin as it is

    session.flush()  # the list shows the open article as it is now
    dialog = LibraryDialog(
        window.library, window, current_id=current, before_delete=before_delete, search=search
    )
    try:
        dialog.exec()
        chosen = dialog.chosen
    finally:
        dialog.deleteLater()
    if chosen is None:
        return False
    return open_at(window, *chosen)


def open_at(window: ReviewWindowBase, article_id: int, place: MatchPlace | None = None) -> bool:
    """Open an article (unless it is open already) and select a match in it: in the pane
    it was found in, or a note's passage in the draft."""
    session = window.session
    if session.article is None or session.article.id != article_id:
        try:
            article = window.library.get_article(article_id)
        except StoreError as exc:
            QMessageBox.warning(window, "Library", str(exc))
            return False
        window.open_article(article)
    if place is None:
        return True
    if place.note_id is not None:
        cursor = session.notes.cursor(place.note_id)
        window.notes_panel.select_note(place.note_id)
        if cursor is not None:
            window.draft.setTextCursor(cursor)
            window.draft.ensureCursorVisible()
            window.draft.setFocus()
        return True
    pane = DRAFT if place.field == "draft" else ORIGINAL
    text = session.docmap(pane).text
    if 0 <= place.start <= place.end <= len(text):
        session.select_span(pane, place.start, place.end)
        session.editor(pane).setFocus()
    return True


# -- history ----------------------------------------------------------------------------


def show_history(window: ReviewWindowBase) -> None:
    """File ▸ History…: the open article's snapshots against its draft."""
    from reviewdesk.gui.dialogs.history import HistoryDialog

    session = window.session
    article = session.article
    if article is None or article.id is None:
        window.statusBar().showMessage("Open an article first", 5000)
        return
    session.flush()
    dialog = HistoryDialog(
        window.library,
        article.id,
        article.title,
        current=lambda: session.docmap(DRAFT).text,
        restore=lambda snap: restore_snapshot(window, snap),
        parent=window,
    )
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


def restore_snapshot(window: ReviewWindowBase, snapshot: Snapshot) -> bool:
    """Put a snapshot's draft back as ONE undoable change.

    Only the passages that differ are replaced, so notes on the rest stay where they are.
    The draft as it was is kept as a snapshot first, and the restore is recorded after.
    """
    session = window.session
    article = session.article
    if article is None or article.id is None:
        return False
    history = window.library.history
    try:
        text = history.text(snapshot.id)
        session.flush()
        current = session.docmap(DRAFT).text
        if current == text:
            session.message.emit("The draft is already the same as that version")
            return False
        history.take(article.id, BEFORE_RESTORE, current)
    except StoreError as exc:
        QMessageBox.warning(window, "History", f"Cannot restore: {exc}")
        return False
    edits = [
        Edit(op.a_start, op.a_end, text[op.b_start : op.b_end]) for op in changes(current, text)
    ]
    result = apply_edits_to_document(window.draft, edits)
    if result.text != text:  # cannot happen with a diff's own edits; never half-restore quietly
        log.error("restoring snapshot %s left a different draft", snapshot.id)
    session.flush()
    when = when_label(snapshot.created)
    try:
        history.take(article.id, RESTORED, text, detail=f"the draft of {when}")
    except StoreError as exc:
        log.warning("cannot record the restore: %s", exc)
    session.message.emit(f"Restored the draft of {when} (Edit ▸ Undo takes it back)")
    return True


# -- review rounds ----------------------------------------------------------------------


class RoundKeeper(QObject):
    """Keeps a snapshot when an article is opened or marked done, and the draft's
    issue count after each check (what the library window's Issues column shows)."""

    def __init__(self, window: ReviewWindowBase) -> None:
        super().__init__(window)
        self.window = window
        session = window.session
        session.article_changed.connect(self._on_article)
        session.status_changed.connect(self._on_status)
        session.checked.connect(self._on_checked)

    def _take(self, reason: str) -> None:
        article = self.window.session.article
        if article is None or article.id is None:
            return
        try:
            self.window.library.history.take(article.id, reason)
        except StoreError as exc:
            log.warning("cannot keep a snapshot (%s): %s", reason, exc)

    def _on_article(self) -> None:
        self._take(OPENED)

    def _on_status(self, status: str) -> None:
        if status == ArticleStatus.DONE:
            self.window.session.flush()  # the snapshot is the draft that was signed off
            self._take(DONE)

    def _on_checked(self, pane: str) -> None:
        session = self.window.session
        article = session.article
        if pane != DRAFT or article is None or article.id is None:
            return
        if not session.is_current(DRAFT):
            return  # an early result; the full one follows
        try:
            self.window.library.catalog.set_open_issues(article.id, len(session.issues[DRAFT]))
        except StoreError as exc:
            log.info("cannot store the issue count: %s", exc)


# -- menus ------------------------------------------------------------------------------


def _action(window: ReviewWindowBase, text: str, tip: str, name: str, shortcut: str) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({keys})")
    action.setStatusTip(tip)
    window.addAction(action)
    return action


def _menu(bar: QMenuBar, name: str) -> QMenu | None:
    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.text().replace("&", "") == name:
            return menu
    return None


def _add_after(menu: QMenu | None, anchor: str, action: QAction) -> None:
    if menu is None:
        return
    entries = menu.actions()
    index = next((n for n, a in enumerate(entries) if a.objectName() == anchor), -1)
    if 0 <= index < len(entries) - 1:
        menu.insertAction(entries[index + 1], action)
    else:
        menu.addAction(action)


def install_library_actions(window: ReviewWindowBase) -> LibraryActions:
    """Add File ▸ History… and Edit ▸ Search the library…, and keep review rounds."""
    history = _action(
        window,
        "&History…",
        "Earlier drafts of this article, against the draft now; restore one",
        "history",
        "Ctrl+Alt+H",
    )
    search = _action(
        window,
        "Search the &library…",
        "Find articles by words in titles, drafts, originals and notes",
        "searchLibrary",
        "Ctrl+Shift+F",
    )
    history.triggered.connect(lambda _c=False: show_history(window))
    search.triggered.connect(lambda _c=False: open_library(window))
    bar = window.menuBar()
    _add_after(_menu(bar, "File"), "openLibrary", history)
    _add_after(_menu(bar, "Edit"), "replace", search)
    keeper = RoundKeeper(window)

    def update_enabled() -> None:
        history.setEnabled(window.session.article is not None)

    window.session.article_changed.connect(update_enabled)
    update_enabled()
    return LibraryActions(history, search, keeper)
