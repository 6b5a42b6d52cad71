"""The main window: original and draft side by side, issues and notes panels, menus.

The window builds the widgets, the session and the command objects, makes its actions
from the table in :mod:`reviewdesk.gui.actions` and binds each to a command, and gives
the panes and the issues panel one list of context-menu contributors. The commands get
what they need (the session, the library, a parent for dialogs), never the window.

Seams for what comes next: a new window or view adds rows to ``ACTIONS`` and binds them
in :meth:`MainWindow._bind`; a new context-menu entry is one more contributor in
:meth:`MainWindow._build_menus`; a new panel joins the others in
:mod:`reviewdesk.gui.side_panels` (arrangement, View menu, F6); the checker's life is
:mod:`reviewdesk.gui.checker_host`'s.
"""

from __future__ import annotations

import logging
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QShowEvent
from PySide6.QtWidgets import QMainWindow

from reviewdesk import APP_NAME
from reviewdesk.core.models import Article
from reviewdesk.desk.engines import EngineSettings
from reviewdesk.gui.actions import MARK_DONE_TEXT, REOPEN_TEXT, Actions, submenu
from reviewdesk.gui.appearance import AppearanceControl
from reviewdesk.gui.article_structure import ArticleStructure
from reviewdesk.gui.central import EMPTY_HINT, CentralArea
from reviewdesk.gui.checker_host import CheckerHost
from reviewdesk.gui.checking import CheckCoordinator
from reviewdesk.gui.context_menu import ContextMenus, MenuContext
from reviewdesk.gui.context_menu import Entry as MenuEntry
from reviewdesk.gui.dialect_bar import DialectBar
from reviewdesk.gui.dialogs.commands import DialogCommands
from reviewdesk.gui.editor import ReviewEditor, local_files
from reviewdesk.gui.find_bar import FindBar
from reviewdesk.gui.heap_trim import HeapTrim
from reviewdesk.gui.i18n import translate
from reviewdesk.gui.issues_panel import IssuesPanel
from reviewdesk.gui.legend import Legend, follow_legend_toggle
from reviewdesk.gui.library_actions import LIST_WAIT_S, LibraryCommands
from reviewdesk.gui.note_commands import NoteCommands
from reviewdesk.gui.notes_panel import NotesPanel
from reviewdesk.gui.opening import FileCommands
from reviewdesk.gui.palette import colours_for
from reviewdesk.gui.pane_focus import FocusRing
from reviewdesk.gui.recent_files import RecentFiles
from reviewdesk.gui.review_commands import ReviewCommands
from reviewdesk.gui.review_menu import ReviewMenu
from reviewdesk.gui.revision_commands import RevisionCommands
from reviewdesk.gui.revisions_panel import RevisionsPanel
from reviewdesk.gui.save_elsewhere import PathPrompt, UnsavedPrompt, ask_path, ask_unsaved
from reviewdesk.gui.session import ReviewSession
from reviewdesk.gui.side_panels import SidePanels
from reviewdesk.gui.status_line import StatusLine
from reviewdesk.gui.uniform_commands import UniformCommands
from reviewdesk.gui.warning_bar import WarningBar
from reviewdesk.gui.welcome import Welcome, demo_article, ways_in
from reviewdesk.gui.window_saving import SaveCommands, window_title
from reviewdesk.gui.window_settings import WindowLayout, window_settings
from reviewdesk.gui.writing_aids import WritingAids
from reviewdesk.gui.written_wait import (
    GRACE_S,
    OPEN_GRACE_S,
    Writes,
    busy_in_status,
    when_written,
)
from reviewdesk.service.panes import DRAFT, ORIGINAL
from reviewdesk.store import Library, StoreError
from reviewdesk.store.backup import backup_folder

if TYPE_CHECKING:
    from reviewdesk.gui.print_commands import PrintCommands

log = logging.getLogger(__name__)

__all__ = ["EMPTY_HINT", "MainWindow"]


class MainWindow(QMainWindow):
    """The review desk. Services are injected, so tests and ``app.main`` wire it alike."""

    _offer_at_start = True  # the empty window's first offer may reopen the last article

    def __init__(
        self,
        library: Library,
        engine_settings: EngineSettings | None = None,
        *,
        coordinator: CheckCoordinator | None = None,
        owns_checker: bool | None = None,
        settings: QSettings | None = None,
        icon: QIcon | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        if icon is not None:
            self.setWindowIcon(icon)
        self.library = library
        self.settings = settings if settings is not None else window_settings()
        # a window that owns its checker stops it on close (and when replacing it)
        self.checker = CheckerHost(
            coordinator or CheckCoordinator(engine_settings, self),
            coordinator is None if owns_checker is None else owns_checker,
            self,
        )
        self.setAcceptDrops(True)
        self.unsaved_prompt: UnsavedPrompt = ask_unsaved  # quitting with unsaved work
        self._unattended = False  # closing on SIGTERM: ask nothing
        self.path_prompt: PathPrompt = ask_path  # where to save a draft as a file

        self.original = ReviewEditor("originalPane", ORIGINAL, read_only=True)
        self.draft = ReviewEditor("draftPane", DRAFT, read_only=False)
        self.issues_panel = IssuesPanel()
        self.notes_panel = NotesPanel()
        self.legend = Legend()
        self.session = ReviewSession(
            library, self.coordinator, self.original, self.draft, self.issues_panel, self
        )
        self.review = ReviewCommands(self.session, self)
        self.heap_trim = HeapTrim(self.session, self)  # a long article's freed pages
        self.note_commands = NoteCommands(self.session, self.notes_panel, self)
        self.files = FileCommands(
            library, self, self.settings, self.open_article, self.statusBar().showMessage
        )
        # opening waits for the writer in the background (the window answers), saying so
        # only once it takes longer than a normal write
        self.files.settle = lambda then, busy: when_written(
            self.session,
            LIST_WAIT_S,
            lambda _w: then(),
            translate("MainWindow", "opening"),
            self,
            busy=busy,
            grace_s=0.0,
            patience_s=GRACE_S,
        )
        self.files.writes = Writes(
            library, self.session.saving, grace_s=0.0, patience_s=OPEN_GRACE_S
        )
        self.files.busy = busy_in_status(self.session.message.emit)
        self.dialogs = DialogCommands(
            library, self.session, self, self.open_article, self.replace_checker
        )
        self.library_commands = LibraryCommands(
            library, self.session, self.notes_panel, self, self.open_article
        )
        self.find_bar = FindBar(self.session)
        self.save_commands = SaveCommands(self, library, self)
        self.recent = RecentFiles(
            self.settings, self.start_open, self.statusBar().showMessage, self
        )
        self.files.opened = self.recent.add
        self.files.settling = lambda: self.session.settling
        # a Word story's structure, incoming revisions and import warnings
        self.structure = ArticleStructure(self.session)
        self.revisions_panel = RevisionsPanel()
        self.revision_commands = RevisionCommands(
            self.session, self.structure, self.revisions_panel
        )
        self.warning_bar = WarningBar()
        self.dialect_bar = DialectBar(self.session, lambda c: self.language_combo.set_code(c))
        self.commands = Actions(self)
        self.appearance = AppearanceControl(self.settings, self)
        self._build_central()
        self._build_docks()
        self._build_toolbar()
        self._build_menus()
        self._build_status_bar()
        self._bind()
        self._connect()
        self.layout_state = WindowLayout(
            self, self.settings, self.splitter, self.panels, [self.issues_dock, self.notes_dock]
        )
        self.layout_state.restore()
        self.appearance.apply()
        self._use_colours()
        self._update_enabled()
        self.checker.start()

    # -- building ---------------------------------------------------------------------

    def _build_central(self) -> None:
        welcome = Welcome(
            self.library.path,
            backup_folder(self.library.path),
            self.settings.fileName(),
            ways_in(
                lambda: self.open_demo(wait=False),
                self.commands["open"].trigger,
                self.commands["styleSheet"].trigger,
            ),
        )
        self.stack = CentralArea(
            self.original,
            self.draft,
            [self.find_bar, self.legend],
            welcome,
            above=[self.warning_bar, self.dialect_bar],
        )
        self.setCentralWidget(self.stack)
        # the names tests and older code use
        self.splitter, self.source_label = self.stack.splitter, self.stack.source_label
        self.empty_label, self.welcome = self.stack.empty_label, welcome

    def _build_docks(self) -> None:
        self.side = SidePanels(
            self, self.issues_panel, self.notes_panel, self.revisions_panel, self.settings
        )
        # the names tests and older code use
        self.issues_dock, self.notes_dock = self.side.issues, self.side.notes
        self.revisions_dock, self.panels = self.side.revisions, self.side.layout

    def _build_toolbar(self) -> None:
        from reviewdesk.gui.language_box import LanguageBox, language_tip

        self.language_combo = LanguageBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.setAccessibleName(translate("MainWindow", "Language"))
        self.language_combo.setToolTip(language_tip())
        self.addToolBar(self.commands.build_toolbar(self, self.language_combo))

    def _build_menus(self) -> None:
        docks = [
            *self.side.toggle_actions(),
            submenu(
                self,
                translate("MainWindow", "&Panels"),
                "panelsMenu",
                self.panels.actions.values(),
            ),
            submenu(
                self,
                translate("MainWindow", "&Appearance"),
                "appearanceMenu",
                self.appearance.actions.values(),
            ),
        ]
        self.menus = self.commands.build_menus(self.menuBar(), {"view": docks})
        # the context menus of both panes and of the issues panel, in this order
        self.context_menus = ContextMenus()
        review_menu = ReviewMenu(self.session, self.review)
        self.context_menus.add(review_menu.suggestions)
        self.context_menus.add(review_menu.decisions)
        self.context_menus.add(UniformCommands(self.session).entries)
        self.context_menus.add(self.dialogs.apply_all_entry)
        self.context_menus.add(review_menu.rule)
        self.context_menus.add(self.revision_commands.menu_entries)
        self.context_menus.add(self._note_entry)
        for widget in (self.original, self.draft, self.issues_panel):
            widget.context_menus = self.context_menus

    def _note_entry(self, context: MenuContext, _parent: object) -> list[MenuEntry]:
        """Offer "Add note…" on a passage selected in the draft."""
        if context.pane == DRAFT and context.has_selection and not context.in_panel:
            return [self.commands["addNote"]]
        return []

    def _build_status_bar(self) -> None:
        self.status_line = StatusLine(self.statusBar())
        line = self.status_line
        # the names tests and older code use
        self.counts_label, self.engine_label, self.status_label = (
            line.counts,
            line.engine,
            line.status,
        )
        self.busy_label, self.busy_bar = line.busy, line.busy_bar
        self.writing = WritingAids(self.library, self.session, line, self.settings, self)
        # whether the library has the draft on screen, beside the engines' warnings
        self.statusBar().insertPermanentWidget(1, self.session.saving.label)

    def _bind(self) -> None:
        """What each action of the table does."""
        a, s, r, f = self.commands, self.session, self.review, self.find_bar
        files, dialogs, notes = self.files, self.dialogs, self.note_commands
        a.bind("open", files.choose_file)
        a["openRecent"].setMenu(self.recent.menu)
        a.bind("openLibrary", self.library_commands.open_library)
        a.bind("history", self.library_commands.show_history)
        a.bind("searchLibrary", self.library_commands.open_library)
        a.bind("pasteArticle", dialogs.paste_article)
        a.bind("save", self.save_now)
        a.bind("saveDraftAs", self.save_commands.save_draft_as)
        a.bind("closeArticle", s.close_article)
        a.bind("export", dialogs.export_current)
        a.bind("exportPdf", lambda: self.printing.export_pdf())
        a.bind("print", lambda: self.printing.print_())
        a.bind("compare", dialogs.compare_files)
        a.bind("quit", self.close)
        a.bind("undo", self.undo)
        a.bind("redo", self.redo)
        a.bind("find", f.open)
        a.bind("findNext", f.find_next)
        a.bind("findPrevious", lambda: f.find_next(backward=True))
        a.bind("replace", lambda: f.open(replace=True))
        a.bind("addNote", notes.add)
        a.bind("replyNote", notes.reply)
        a.bind("previousIssue", lambda: s.step_issue(-1))
        a.bind("nextIssue", lambda: s.step_issue(1))
        a.bind("applySuggestion", r.apply_current)
        a.bind("ignoreIssue", r.ignore_current)
        a.bind("restoreIgnored", r.restore_ignored)
        a.bind("recheck", s.recheck)
        a.bind("markDone", r.toggle_done)
        a.bind("targetLength", self.writing.ask_target)
        a["smartQuotes"].setChecked(self.writing.smart_quotes.enabled)
        a.bind_toggle("smartQuotes", self.writing.use_smart_quotes)
        revisions = self.revision_commands
        a.bind("nextRevision", lambda: revisions.step(1))
        a.bind("previousRevision", lambda: revisions.step(-1))
        a.bind("acceptRevision", revisions.accept_current)
        a.bind("rejectRevision", revisions.reject_current)
        a.bind("acceptAllRevisions", revisions.accept_all)
        a.bind("rejectAllRevisions", revisions.reject_all)
        a.bind("styleSheet", dialogs.edit_style)
        a.bind("checking", dialogs.edit_checking)
        a.bind("dictionary", dialogs.edit_words)
        a.bind("shortcuts", self._show_shortcuts)
        a.bind("about", self._show_about)
        a.bind_toggle("syncScroll", lambda on: setattr(s.scroll_sync, "wanted", on))
        follow_legend_toggle(a["legend"], self.legend, self.settings)
        ring = FocusRing([(self.draft, None), (self.original, None), *self.side.focus_stops()])
        a.bind("nextPane", lambda: ring.step(1))
        a.bind("previousPane", lambda: ring.step(-1))

    def _connect(self) -> None:
        s, n = self.session, self.note_commands
        s.status_changed.connect(lambda _status: self._show_status())
        s.read_only_changed.connect(lambda _on: self._on_article_changed())
        s.ignored_changed.connect(lambda _has: self._update_enabled())
        self.language_combo.code_chosen.connect(self.review.set_language)
        for editor in (self.original, self.draft):
            editor.files_dropped.connect(self._open_dropped)
        self.issues_panel.issue_activated.connect(s.show_issue)
        self.notes_panel.note_activated.connect(n.select)
        self.notes_panel.edit_requested.connect(n.edit)
        self.notes_panel.reply_requested.connect(n.reply)
        self.notes_panel.resolve_toggled.connect(n.toggle_resolved)
        self.notes_panel.delete_requested.connect(n.delete)
        s.notes.changed.connect(lambda: self.notes_panel.set_notes(s.notes.notes()))
        s.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        s.counts_changed.connect(self.counts_label.setText)
        self.status_line.words.clicked.connect(self.commands["targetLength"].trigger)
        s.engine_status.connect(self.engine_label.setText)
        s.article_changed.connect(self._on_article_changed)
        s.article_closing.connect(self._remember_last)
        self.checker.attach(
            s, self.status_line, lambda text: self.statusBar().showMessage(text, 10000)
        )
        self.draft.document().undoAvailable.connect(self._undo_state)
        self.draft.document().redoAvailable.connect(self._undo_state)
        self.review.undo_state_changed = self._undo_state  # type: ignore[method-assign]
        self.draft.undo_first = self.review.undo_ignore  # Ctrl+Z typed in the draft
        self.draft.redo_first = self.review.redo_ignore

    @cached_property
    def printing(self) -> PrintCommands:
        """File ▸ Print… and Export as PDF…, made when first used: the window's start
        does without the print modules (issue 14, a sooner first highlight)."""
        from reviewdesk.gui.print_commands import PrintCommands

        return PrintCommands(self.library, self.session, self, self.session.message.emit)

    @property
    def coordinator(self) -> CheckCoordinator:
        """The checker the window uses now (the checking settings may replace it)."""
        return self.checker.coordinator

    def replace_checker(self, settings: EngineSettings) -> None:
        """Switch to new engine settings at once: new check threads, then a re-check."""
        self.checker.replace(settings)

    # -- state --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Arrange the panels for the size the window is shown at."""
        super().showEvent(event)
        self.layout_state.shown()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Follow a new palette (the system or View ▸ Appearance went dark or light)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "legend"):
            self._use_colours()

    def _use_colours(self) -> None:
        """Draw the review in the colours that suit the palette's background."""
        colours = colours_for(self.palette())
        for pane in (self.original, self.draft):
            pane.highlighter.set_colours(colours)
        self.legend.set_colours(colours)
        self.status_line.set_colours(colours)
        self.issues_panel.view.viewport().update()

    def _update_enabled(self) -> None:
        open_ = self.session.article is not None
        self.commands.update(article_open=open_, has_ignored=self.session.has_ignored)
        self.language_combo.setEnabled(open_)
        first_run = not open_ and not self._library_has_articles()
        self.stack.show_page(article_open=open_, first_run=first_run)
        if not open_:
            self.find_bar.hide()
            if not first_run:  # after the first paint: a look in the library
                QTimer.singleShot(0, self._offer_last)

    def _show_shortcuts(self) -> None:
        """Help ▸ Keyboard shortcuts (F1): the window's own keys, in one table."""
        from reviewdesk.gui.dialogs.help import show_shortcuts

        show_shortcuts(self.commands, self)

    def _show_about(self) -> None:
        """Help ▸ About: the version, and where the library and settings are kept."""
        from reviewdesk.gui.dialogs.help import show_about

        path = self.library.path
        show_about(self, path, backup_folder(path), self.settings.fileName())

    def _remember_last(self) -> None:
        """The article closing and the draft's caret in it, for the next empty window (a
        draft still filling in keeps the place remembered for it)."""
        from reviewdesk.gui.last_article import remember, remembered

        article = self.session.article
        if article is None or article.id is None:
            return
        position = self.session.cursor_span()[1]
        if self.session.loading:
            kept = remembered(self.settings)
            position = kept[1] if kept is not None and kept[0] == article.id else 0
        remember(self.settings, article.id, position)

    def _offer_last(self) -> None:
        """The empty window offers the article open last; the first time, at start, it
        reopens it instead when the desk chose so (never over a file on its way in)."""
        at_start, self._offer_at_start = self._offer_at_start, False
        if self.session.article is not None or self.files.busy_opening or self.save_commands.closed:
            return
        from reviewdesk.gui.last_article import LastArticleOffer, opens_at_start

        offer = self.stack.offer
        if not isinstance(offer, LastArticleOffer):
            offer = LastArticleOffer(self.library, self.settings, self.library_commands.open_at)
            self.stack.add_offer(offer)
        if not offer.refresh():
            return
        if at_start and opens_at_start(self.settings):
            offer.go_on()
        else:
            offer.focus()

    @Slot()
    def _on_article_changed(self) -> None:
        article = self.session.article
        if article is not None:
            self._offer_at_start = False  # an article came first: nothing to reopen
        self._update_enabled()
        self.notes_panel.set_notes(self.session.notes.notes())
        self.side.show_article_open(article is not None)
        self._show_status()
        self.stack.show_source(article)
        self.writing.show_length()
        self.warning_bar.show_for(article)
        # tracked changes came with it: show them; none: the panel with content in front
        self.side.show_revisions(bool(self.structure.revisions()))
        if article is None:
            self.setWindowTitle(APP_NAME)
            return
        self.setWindowTitle(window_title(article.title, read_only=self.session.read_only))
        self.draft.setFocus()  # ready to type, or to press F8 for the first issue
        self.language_combo.blockSignals(True)
        self.language_combo.set_code(article.language)
        self.language_combo.blockSignals(False)

    def _show_status(self) -> None:
        done = self.status_line.show_article(self.session.article)
        self.commands["markDone"].setText(
            translate("Actions", REOPEN_TEXT if done else MARK_DONE_TEXT)
        )

    # -- opening ------------------------------------------------------------------------

    def open_file(self, path: str | Path, *, until_waiting: bool = False) -> bool:
        """Open a file and wait for it (tests, scripts): True once its article is shown,
        a wait for the library's writer included (``until_waiting``: False as soon as the
        window says it waits for the library; see :meth:`FileCommands.open_file`). The
        window's own ways in use :meth:`start_open`, which does not hold it."""
        return self.files.open_file(path, until_waiting=until_waiting)

    def start_open(self, path: str | Path) -> None:
        """Open a file (reopen its article, or import it) without holding the window."""
        self.files.start_open(path)

    def open_demo(self, *, wait: bool = True) -> bool:
        """Open the demo article that ships with reviewdesk (``wait``: as :meth:`open_file`,
        else as :meth:`start_open`, True once started)."""
        path = demo_article()
        if path is None:
            self.statusBar().showMessage(
                translate("MainWindow", "The demo article is missing from this install"), 8000
            )
            return False
        if not wait:
            self.start_open(path)
            return True
        return self.open_file(path)

    def _library_has_articles(self) -> bool:
        try:
            return self.library.has_articles()
        except StoreError:
            return True  # the plain hint, not a welcome, when the library cannot say

    def open_article(self, article: Article, apart: bool = False) -> None:
        """Show an article from the library (read-only, saying why, if edited elsewhere).
        ``apart``: what opening does after filling the panes runs in events of its own
        even for a short article (File ▸ Open's way; its waiters wait for it)."""
        self.files.cancel()  # a file still opening does not replace it afterwards
        self.session.load(article, apart=apart)
        # the panes' page now, while they hold the first slice: shown the first time, the
        # editors take their width, and Qt lays out again every block they hold by then
        self.stack.show_page(article_open=True, first_run=False)
        self.save_commands.opened()

    @Slot(list)
    def _open_dropped(self, files: list[str]) -> None:
        if files:
            self.start_open(files[0])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        """Accept files dragged onto the window."""
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        """Open the first file dropped onto the window."""
        files = local_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.start_open(files[0])
        else:
            super().dropEvent(event)

    # -- saving and closing -------------------------------------------------------------

    def undo(self) -> None:
        """Edit ▸ Undo: the newest of the editor's acts, an ignore (nothing typed since
        it) or the draft's own edit (an applied fix is one)."""
        if not self.review.undo_ignore():
            self.draft.undo()

    def redo(self) -> None:
        """Edit ▸ Redo: what the last Undo took back, an ignore or an edit."""
        if not self.review.redo_ignore():
            self.draft.redo()

    def _undo_state(self, *_: object) -> None:
        document = self.draft.document()
        self.commands["undo"].setEnabled(
            document.isUndoAvailable() or self.review.can_undo_ignore()
        )
        self.commands["redo"].setEnabled(
            document.isRedoAvailable() or self.review.can_redo_ignore()
        )

    def save_now(self) -> None:
        """File ▸ Save: write the draft now ("Saved" once the library has it)."""
        self.save_commands.save_now()

    def close_unattended(self) -> None:
        """Close as File ▸ Quit does, with nobody to answer a question (SIGTERM)."""
        self._unattended = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Save everything (asking first when the library cannot take it), remember the
        layout, and stop the checkers and the writer."""
        if self.save_commands.closed:  # closed already (tests close twice)
            super().closeEvent(event)
            return
        if not self.save_commands.may_close(unattended=self._unattended):
            event.ignore()
            return
        self.files.cancel(wait=True)  # a file still being read is not shown
        self.session.close_article()
        self.layout_state.save()
        self.checker.shutdown()
        self.save_commands.shutdown()
        super().closeEvent(event)
