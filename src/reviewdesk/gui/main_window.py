"""The main window: original and draft side by side, issues and notes panels, menus.

The window builds the widgets, the session and the command objects, makes its actions
from the table in :mod:`reviewdesk.gui.actions` and binds each to a command, and gives
the panes and the issues panel one list of context-menu contributors. The commands get
what they need (the session, the library, a parent for dialogs), never the window.

Seams for what comes next: a new window or view adds rows to ``ACTIONS`` and binds them
in :meth:`MainWindow._bind`; a new context-menu entry is one more contributor in
:meth:`MainWindow._build_menus`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reviewdesk import APP_NAME
from reviewdesk.core.models import LANGUAGES, Article, ArticleStatus
from reviewdesk.core.source_details import source_details, source_line
from reviewdesk.desk.engines import EngineSettings
from reviewdesk.desk.opening import STATUS_LABELS
from reviewdesk.gui.actions import MARK_DONE_TEXT, REOPEN_TEXT, Actions
from reviewdesk.gui.article_structure import ArticleStructure
from reviewdesk.gui.checking import CheckCoordinator
from reviewdesk.gui.context_menu import ContextMenus, MenuContext
from reviewdesk.gui.context_menu import Entry as MenuEntry
from reviewdesk.gui.dialogs.commands import DialogCommands
from reviewdesk.gui.editor import ReviewEditor, local_files
from reviewdesk.gui.find_bar import FindBar
from reviewdesk.gui.issues_panel import IssuesPanel
from reviewdesk.gui.legend import Legend
from reviewdesk.gui.library_actions import LibraryCommands
from reviewdesk.gui.note_commands import NoteCommands
from reviewdesk.gui.notes_panel import NotesPanel
from reviewdesk.gui.opening import FileCommands
from reviewdesk.gui.recovery import find_recovered
from reviewdesk.gui.review_commands import ReviewCommands
from reviewdesk.gui.review_menu import ReviewMenu
from reviewdesk.gui.revision_commands import RevisionCommands
from reviewdesk.gui.revisions_panel import RevisionsPanel
from reviewdesk.gui.save_elsewhere import (
    PathPrompt,
    UnsavedPrompt,
    ask_path,
    ask_unsaved,
    confirm_unsaved,
    save_current_draft_as,
)
from reviewdesk.gui.session import ReviewSession
from reviewdesk.gui.warning_bar import WarningBar
from reviewdesk.gui.window_settings import window_settings
from reviewdesk.service.panes import DRAFT, ORIGINAL
from reviewdesk.store import Library

log = logging.getLogger(__name__)

EMPTY_HINT = "Open an article (Ctrl+O) or drop a file here"


def _pane(title: str, editor: ReviewEditor, details: QLabel | None = None) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    header = QHBoxLayout()
    header.setContentsMargins(4, 2, 4, 0)
    header.addWidget(QLabel(f"<b>{title}</b>"))
    if details is not None:
        header.addWidget(details, 1)
    else:
        header.addStretch(1)
    layout.addLayout(header)
    layout.addWidget(editor)
    return box


class MainWindow(QMainWindow):
    """The review desk. Services are injected, so tests and ``app.main`` wire it alike."""

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
        self._owns_coordinator = coordinator is None if owns_checker is None else owns_checker
        self.coordinator = coordinator or CheckCoordinator(engine_settings, self)
        self.setAcceptDrops(True)
        self.unsaved_prompt: UnsavedPrompt = ask_unsaved  # quitting with unsaved work
        self.path_prompt: PathPrompt = ask_path  # where to save a draft as a file
        self._closed = False

        self.original = ReviewEditor("originalPane", ORIGINAL, read_only=True)
        self.draft = ReviewEditor("draftPane", DRAFT, read_only=False)
        self.issues_panel = IssuesPanel()
        self.notes_panel = NotesPanel()
        self.legend = Legend()
        self.session = ReviewSession(
            library, self.coordinator, self.original, self.draft, self.issues_panel, self
        )
        self.review = ReviewCommands(self.session, self)
        self.note_commands = NoteCommands(self.session, self.notes_panel, self)
        self.files = FileCommands(
            library, self, self.settings, self.open_article, self.statusBar().showMessage
        )
        self.dialogs = DialogCommands(
            library, self.session, self, self.open_article, self.replace_checker
        )
        self.library_commands = LibraryCommands(
            library, self.session, self.notes_panel, self, self.open_article
        )
        self.find_bar = FindBar(self.session)
        # a Word story's structure, incoming revisions and import warnings
        self.structure = ArticleStructure(self.session)
        self.revisions_panel = RevisionsPanel()
        self.revision_commands = RevisionCommands(
            self.session, self.structure, self.revisions_panel
        )
        self.warning_bar = WarningBar()
        self.commands = Actions(self)
        self._build_central()
        self._build_docks()
        self._build_toolbar()
        self._build_menus()
        self._build_status_bar()
        self._bind()
        self._connect()
        self._restore_state()
        self._update_enabled()
        self.coordinator.start()
        if self.coordinator.is_ready:
            self._on_checker_ready()

    # -- building ---------------------------------------------------------------------

    def _build_central(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("panesSplitter")
        # byline, site and date of an imported web page or .docx, beside "Original"
        self.source_label = QLabel()
        self.source_label.setObjectName("sourceDetails")
        self.source_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # a long byline is cut at the pane's edge (the tooltip has it all), never widens it
        self.source_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.splitter.addWidget(_pane("Original", self.original, self.source_label))
        self.splitter.addWidget(_pane("Draft", self.draft))
        self.splitter.setChildrenCollapsible(False)
        review = QWidget()
        layout = QVBoxLayout(review)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.warning_bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.legend)
        self.empty_label = QLabel(EMPTY_HINT)
        self.empty_label.setObjectName("emptyHint")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(mid); font-size: 15pt;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(review)
        self.setCentralWidget(self.stack)

    def _build_docks(self) -> None:
        self.issues_dock = QDockWidget("Issues", self)
        self.issues_dock.setObjectName("issuesDock")
        self.issues_dock.setWidget(self.issues_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.issues_dock)
        self.notes_dock = QDockWidget("Notes", self)
        self.notes_dock.setObjectName("notesDock")
        self.notes_dock.setWidget(self.notes_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.notes_dock)
        self.splitDockWidget(self.issues_dock, self.notes_dock, Qt.Orientation.Vertical)
        self.revisions_dock = QDockWidget("Revisions", self)
        self.revisions_dock.setObjectName("revisionsDock")
        self.revisions_dock.setWidget(self.revisions_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.revisions_dock)
        self.tabifyDockWidget(self.notes_dock, self.revisions_dock)
        self.notes_dock.raise_()

    def _build_toolbar(self) -> None:
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItems(list(LANGUAGES))
        self.language_combo.setToolTip("The article's language: sets the checker's dialect")
        self.addToolBar(self.commands.build_toolbar(self, self.language_combo))

    def _build_menus(self) -> None:
        docks = [
            self.issues_dock.toggleViewAction(),
            self.notes_dock.toggleViewAction(),
            self.revisions_dock.toggleViewAction(),
        ]
        self.menus = self.commands.build_menus(self.menuBar(), {"view": docks})
        # the context menus of both panes and of the issues panel, in this order
        self.context_menus = ContextMenus()
        review_menu = ReviewMenu(self.session, self.review)
        self.context_menus.add(review_menu.suggestions)
        self.context_menus.add(review_menu.decisions)
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
        bar = self.statusBar()
        self.counts_label = QLabel("")
        self.counts_label.setObjectName("countsLabel")
        self.engine_label = QLabel("")
        self.engine_label.setObjectName("engineLabel")
        self.engine_label.setStyleSheet("color: #b71c1c;")
        self.status_label = QLabel("")
        self.status_label.setObjectName("articleStatusLabel")
        self.status_label.setToolTip("Where the article is in review (Review ▸ Mark as done)")
        self.busy_label = QLabel("Starting checker…")
        self.busy_label.setObjectName("busyLabel")
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("busyBar")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(90)
        self.busy_bar.setMaximumHeight(14)
        for widget in (
            self.engine_label,
            self.session.saving.label,
            self.status_label,
            self.counts_label,
            self.busy_label,
            self.busy_bar,
        ):
            bar.addPermanentWidget(widget)

    def _bind(self) -> None:
        """What each action of the table does."""
        a, s, r, f = self.commands, self.session, self.review, self.find_bar
        files, dialogs, notes = self.files, self.dialogs, self.note_commands
        a.bind("open", files.choose_file)
        a.bind("openLibrary", self.library_commands.open_library)
        a.bind("history", self.library_commands.show_history)
        a.bind("searchLibrary", self.library_commands.open_library)
        a.bind("pasteArticle", dialogs.paste_article)
        a.bind("save", self.save_now)
        a.bind("saveDraftAs", lambda: save_current_draft_as(self))
        a.bind("closeArticle", s.close_article)
        a.bind("export", dialogs.export_current)
        a.bind("compare", dialogs.compare_files)
        a.bind("quit", self.close)
        a.bind("undo", self.draft.undo)
        a.bind("redo", self.draft.redo)
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
        a.bind("recheck", s.recheck)
        a.bind("markDone", r.toggle_done)
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
        a.bind_toggle("syncScroll", lambda on: setattr(s.scroll_sync, "wanted", on))

    def _connect(self) -> None:
        s, n = self.session, self.note_commands
        s.status_changed.connect(lambda _status: self._show_status())
        s.read_only_changed.connect(lambda _on: self._on_article_changed())
        self.language_combo.currentTextChanged.connect(self.review.set_language)
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
        s.engine_status.connect(self.engine_label.setText)
        s.article_changed.connect(self._on_article_changed)
        self._connect_coordinator()
        self.draft.document().undoAvailable.connect(self.commands["undo"].setEnabled)
        self.draft.document().redoAvailable.connect(self.commands["redo"].setEnabled)

    def _connect_coordinator(self) -> None:
        self.coordinator.busy_changed.connect(self._on_busy)
        self.coordinator.progress_changed.connect(self._on_progress)
        self.coordinator.ready.connect(self._on_checker_ready)
        self.coordinator.failed.connect(self._on_checker_failed)

    @Slot(str)
    def _on_checker_failed(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)

    def replace_checker(self, settings: EngineSettings) -> None:
        """Switch to new engine settings at once: new check threads, then a re-check."""
        old = self.coordinator
        for signal, slot in (
            (old.busy_changed, self._on_busy),
            (old.progress_changed, self._on_progress),
            (old.ready, self._on_checker_ready),
            (old.failed, self._on_checker_failed),
        ):
            signal.disconnect(slot)
        language = self.session.article.language if self.session.article else "en-US"
        owned = self._owns_coordinator
        self.coordinator = CheckCoordinator(settings, self, warm_language=language)
        self._owns_coordinator = True
        self._connect_coordinator()
        self.busy_label.setText("Starting checker…")
        self.busy_bar.setVisible(True)
        self.coordinator.start()
        self.session.use_coordinator(self.coordinator)
        if owned:
            old.shutdown()

    # -- state --------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
            self._default_layout = True  # sized once the window is on screen
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """On the very first start, give the panes most of the width."""
        super().showEvent(event)
        if getattr(self, "_default_layout", False):
            self._default_layout = False
            width = max(360, self.width() // 3)
            self.resizeDocks([self.issues_dock], [width], Qt.Orientation.Horizontal)
            self.resizeDocks(
                [self.issues_dock, self.notes_dock], [520, 220], Qt.Orientation.Vertical
            )

    def _save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()

    def _update_enabled(self) -> None:
        open_ = self.session.article is not None
        self.commands.update(article_open=open_)
        self.language_combo.setEnabled(open_)
        self.stack.setCurrentIndex(1 if open_ else 0)
        if not open_:
            self.find_bar.hide()

    @Slot()
    def _on_article_changed(self) -> None:
        article = self.session.article
        self._update_enabled()
        self.notes_panel.set_notes(self.session.notes.notes())
        self._show_status()
        self._show_source(article)
        self.warning_bar.show_for(article)
        if self.structure.revisions():
            self.revisions_dock.raise_()  # tracked changes came with it: show them
        if article is None:
            self.setWindowTitle(APP_NAME)
            return
        read_only = " (read-only)" if self.session.read_only else ""
        self.setWindowTitle(f"{article.title}{read_only} — {APP_NAME}")
        self.language_combo.blockSignals(True)
        self.language_combo.setCurrentText(article.language)
        self.language_combo.blockSignals(False)

    def _show_source(self, article: Article | None) -> None:
        meta = article.meta if article is not None else {}
        self.source_label.setText(source_line(meta))
        details = source_details(meta)
        self.source_label.setToolTip("\n".join(f"{label}: {value}" for label, value in details))

    def _show_status(self) -> None:
        article = self.session.article
        status = str(article.status) if article is not None else ""
        self.status_label.setText(f"Status: {STATUS_LABELS.get(status, status)}" if status else "")
        done = status == ArticleStatus.DONE
        self.commands["markDone"].setText(REOPEN_TEXT if done else MARK_DONE_TEXT)

    @Slot(bool)
    def _on_busy(self, busy: bool) -> None:
        if not self.coordinator.is_ready:
            return
        self.busy_bar.setRange(0, 0)  # no progress known (yet): a moving bar
        self.busy_bar.setVisible(busy)
        self.busy_label.setText("Checking…" if busy else "")

    @Slot(float)
    def _on_progress(self, fraction: float) -> None:
        """A long article's check: how far it has got."""
        if not self.coordinator.busy:
            return
        percent = max(0, min(100, int(fraction * 100)))
        self.busy_bar.setRange(0, 100)
        self.busy_bar.setValue(percent)
        self.busy_bar.setVisible(True)
        self.busy_label.setText(f"Checking… {percent}%")

    @Slot()
    def _on_checker_ready(self) -> None:
        self._on_busy(self.coordinator.busy)

    # -- opening ------------------------------------------------------------------------

    def open_file(self, path: str | Path) -> bool:
        """Open a file: reopen its article from the library, or import it as a new one."""
        return self.files.open_file(path)

    def open_article(self, article: Article) -> None:
        """Show an article from the library (read-only, saying why, when another window
        is editing it)."""
        self.session.load(article)
        if self.session.read_only:
            QTimer.singleShot(0, self, self._say_read_only)  # after "Reopened …"

    @Slot()
    def _say_read_only(self) -> None:
        if self.session.read_only:
            self.statusBar().showMessage(self.session.keeper.read_only_reason, 15000)

    def recover_after_crash(self, *, reopen: bool = True) -> bool:
        """At start: if the last run died with an article open, say what was recovered
        and (``reopen``) open it again. Whether there was something to recover."""
        found = find_recovered(self.library)
        if found is None:
            return False
        article, message = found
        if reopen:
            self.open_article(article)
        else:
            message += " — File ▸ Open from library opens it"
        self.statusBar().showMessage(message, 30000)
        return True

    @Slot(list)
    def _open_dropped(self, files: list[str]) -> None:
        if files:
            self.open_file(files[0])

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
            self.open_file(files[0])
        else:
            super().dropEvent(event)

    # -- saving and closing -------------------------------------------------------------

    def save_now(self) -> None:
        """File ▸ Save: write the draft now. "Saved" is shown when the library has it
        (the save label in the status bar), never before."""
        session = self.session
        if session.article is None:
            return
        if session.read_only:
            self.statusBar().showMessage("This article is read-only here", 5000)
            return
        session.autosaver.discard()
        session.save_now(urgent=True)
        self.statusBar().showMessage("Saving…", 2000)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Save everything (asking first when the library cannot take it), remember the
        layout, and stop the checkers and the writer."""
        if self._closed:  # closed already (tests close twice)
            super().closeEvent(event)
            return
        if not confirm_unsaved(self):
            event.ignore()
            return
        self._closed = True
        self.session.close_article()
        self._save_state()
        if self._owns_coordinator:
            self.coordinator.shutdown()
        self.session.saving.shutdown(timeout_s=2.0)
        super().closeEvent(event)
