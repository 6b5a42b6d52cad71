"""The open article: its two panes, its check results, its notes and its autosave.

:class:`ReviewSession` is the controller between the library, the check coordinator and
the widgets. Each pane's state is one :class:`~reviewdesk.gui.pane_state.PaneState`,
written only here; others read it and say what they want through intent methods
(:meth:`ReviewSession.show_issue`, :meth:`ReviewSession.apply`, …). Review decisions are
made by :mod:`reviewdesk.desk.operations`; :meth:`ReviewSession.apply` brings the window
up to date with what one returns, and :meth:`ReviewSession.edit_draft` is the one way a
command changes the draft's text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.diff import DiffOp
from reviewdesk.core.merge import Edit, EditResult
from reviewdesk.core.models import Article, ArticleStatus, Issue
from reviewdesk.desk import operations as ops
from reviewdesk.desk.checking import load_setup
from reviewdesk.desk.deferred import DeferredLibrary
from reviewdesk.gui.applied_fixes import AppliedFixes
from reviewdesk.gui.check_worker import CheckOutcome
from reviewdesk.gui.checking import CheckCoordinator
from reviewdesk.gui.draft_edits import apply_edits_to_document
from reviewdesk.gui.draft_keeper import DraftKeeper
from reviewdesk.gui.editor import ReviewEditor
from reviewdesk.gui.i18n import translate
from reviewdesk.gui.issues_panel import IssuesPanel
from reviewdesk.gui.loading import PaneFiller
from reviewdesk.gui.navigation import Navigator, select_span
from reviewdesk.gui.notes import NoteAnchors
from reviewdesk.gui.pane_state import PaneState, summarize
from reviewdesk.gui.pane_text import editor_text
from reviewdesk.gui.results_view import ResultsView
from reviewdesk.gui.structure_view import REVISIONS, STRUCTURE
from reviewdesk.gui.sync_scroll import ScrollSync
from reviewdesk.gui.waiting import WaitingMarks
from reviewdesk.service.docmap import DocMap
from reviewdesk.service.layout import BlockMapper
from reviewdesk.service.panes import DRAFT, ORIGINAL, PANES, Pane
from reviewdesk.store import Library, StoreError

__all__ = ["ReviewSession", "summarize"]

log = logging.getLogger(__name__)

DEBOUNCE_MS = 250
WRITTEN_WAIT_S = 10.0  # how long an export waits for the library writer (it retries a busy lock)


class ReviewSession(QObject):
    """State and behaviour of the article open in the window."""

    message = Signal(str)  # a transient status message
    counts_changed = Signal(str)
    engine_status = Signal(str)  # engine errors, or "" when every engine ran
    article_changed = Signal()  # an article was opened or closed
    article_closing = Signal()  # the open article is about to close (still on screen)
    checked = Signal(str)  # a pane got fresh results (pane name)
    status_changed = Signal(str)  # the open article's ArticleStatus value
    read_only_changed = Signal(bool)  # the open article is (no longer) read-only here
    ignored_changed = Signal(bool)  # whether the open article has ignored issues now

    def __init__(
        self,
        library: Library,
        coordinator: CheckCoordinator,
        original: ReviewEditor,
        draft: ReviewEditor,
        issues_panel: IssuesPanel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.coordinator = coordinator
        self.original = original
        self.draft = draft
        self.issues_panel = issues_panel
        self._panes = {ORIGINAL: PaneState(ORIGINAL, original), DRAFT: PaneState(DRAFT, draft)}
        self.notes = NoteAnchors(library, draft)
        self.scroll_sync = ScrollSync(original, draft)
        self._filler = PaneFiller(self)  # a long article fills the panes a slice at a time
        self._when_loaded: list[Callable[[], None]] = []
        self.article: Article | None = None
        # saving: a writer off the UI thread (gui.draft_keeper); review operations write
        # through it too (desk.deferred), and read from the library
        self.keeper = DraftKeeper(self, self)
        self.saving = self.keeper.saving
        self.autosaver = self.keeper.autosaver
        self.writes = DeferredLibrary(library, self.saving.writer)
        # applied fixes follow undo and redo
        self.fixes = AppliedFixes(self.writes, draft.document(), self.message.emit, self)
        self.ctx = CheckContext()
        self._loading = False
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.check_draft)
        # the last results stay on screen, dimmed, while a re-check runs
        self.waiting_marks = WaitingMarks(
            self.waiting, {p: s.editor.highlighter for p, s in self._panes.items()}, self
        )
        self.navigator = Navigator(
            self._panes[DRAFT],
            self._panes[ORIGINAL],
            issues_panel,
            self.scroll_sync,
            self.message.emit,
        )
        self.results = ResultsView(
            self._panes,
            original,
            issues_panel,
            self.scroll_sync,
            self.navigator,
            self.waiting_marks,
            self.counts_changed.emit,
            self.engine_status.emit,
        )
        draft.document().contentsChange.connect(self._on_draft_edit)
        coordinator.outcome_ready.connect(self._on_outcome)
        # results that arrive together (both panes, an early and a full one) go on screen
        # one per event: a few ms each, together they were one long stall
        self._incoming: dict[str, CheckOutcome] = {}
        self._apply_timer = QTimer(self)
        self._apply_timer.setSingleShot(True)
        self._apply_timer.setInterval(0)
        self._apply_timer.timeout.connect(self._apply_next)
        for pane in PANES:
            state = self._panes[pane]
            state.editor.issue_lookup = state.issue_at

    def use_coordinator(self, coordinator: CheckCoordinator) -> None:
        """Check with other workers from now on (engine settings changed), then re-check."""
        self.coordinator.outcome_ready.disconnect(self._on_outcome)
        self.coordinator = coordinator
        coordinator.outcome_ready.connect(self._on_outcome)
        for state in self._panes.values():
            state.shown_revision = -1  # the new workers count revisions afresh
        self.recheck()

    # -- panes ------------------------------------------------------------------------

    def pane(self, pane: str) -> PaneState:
        """The state of a pane (read it; the session writes it)."""
        return self._panes[Pane(pane)]

    def editor(self, pane: str) -> ReviewEditor:
        """The widget of a pane."""
        return self._panes[Pane(pane)].editor

    def docmap(self, pane: str) -> DocMap:
        """Offsets of the pane's text as it is on screen now."""
        return self._panes[Pane(pane)].docmap()

    def matches_screen(self, pane: str) -> bool:
        """Whether the pane's issues describe exactly the text on screen."""
        return self._panes[Pane(pane)].matches

    def is_current(self, pane: str) -> bool:
        """Whether the pane shows the result of its latest check, for the text on screen."""
        state = self._panes[Pane(pane)]
        return state.matches and state.shown_revision == self.coordinator.revision(pane)

    def waiting(self, pane: str) -> bool:
        """Whether the pane's marks are the last results while a re-check runs."""
        return self.article is not None and not self.is_current(pane)

    # -- opening and closing ----------------------------------------------------------

    def load(self, article: Article, *, apart: bool = False) -> None:
        """Show an article (its draft, notes and decisions as stored) and check it.

        A long article fills the panes a slice at a time (see :mod:`.loading`); the rest
        of opening follows once both hold it whole, in events of its own (a short one's
        too with ``apart``; else at once).
        """
        self.close_article()
        assert article.id is not None
        self.fixes.forget_all()
        holder = self.keeper.holder(article.id)
        self._loading = True
        self.article = article
        for state in self._panes.values():
            state.editor.highlighter.clear_layers()
        # claimed (or read-only) before the panes fill: the filler keeps the draft
        # read-only until it is whole, then gives it back as the keeper set it
        self.keeper.opened(article, holder)
        texts = [(self.original, article.original), (self.draft, article.draft)]
        self._filler.fill(
            texts,
            [lambda: self._loaded(article), self._announce, self._first_check],
            apart=apart,
        )

    @property
    def loading(self) -> bool:
        """Whether an article is still being filled into the panes."""
        return self._filler.busy

    @property
    def settling(self) -> bool:
        """Whether a short article opened ``apart`` is in both panes with the rest of
        opening still to run (``FileCommands.open_file`` waits for it)."""
        return self._filler.settling

    def when_loaded(self, action: Callable[[], None]) -> None:
        """Run ``action`` once the open article is whole in both panes: at once, or when a
        long article has filled in (going to a place in it, selecting a note)."""
        if self._filler.busy:
            self._when_loaded.append(action)
        else:
            action()

    # Both panes hold the article: the rest of opening, in three steps the filler runs in
    # events of their own for a long article (at once for a short one).

    def _loaded(self, article: Article) -> None:
        """Notes and the check context."""
        assert article.id is not None
        self._loading = False
        # the filler gave the draft back as it found it; the writer may have found the
        # article taken by another window meanwhile
        self.draft.setReadOnly(self.read_only)
        notes = self.library.notes(article.id)
        self.notes.load(article.id, notes, self.docmap(DRAFT) if notes else None)
        self._use_context(self.build_context())
        self.results.set_mapper(None)

    def _announce(self) -> None:
        """The window's labels, panels and listeners (structure, dialect, history)."""
        self.article_changed.emit()
        checking = translate("ReviewSession", "Checking…")
        # no counts yet: the status line's busy word and bar say it is checking (the
        # counts' own "Checking…" beside them read "Checking… Checking…")
        self.counts_changed.emit("")
        self.issues_panel.set_issues([], checking)  # not "No article open" meanwhile

    def _first_check(self) -> None:
        """The first check of both panes, then what waited for the article."""
        self.recheck()
        actions, self._when_loaded = self._when_loaded, []
        for action in actions:
            action()

    def close_article(self) -> None:
        """Save and close the open article (if any)."""
        if self.article is None:
            return
        self.article_closing.emit()
        # the last snapshot to the writer (none of a draft still filling in), then the
        # claim given up
        self.keeper.closing()
        self._filler.cancel()
        self._when_loaded.clear()
        self._incoming.clear()
        self.debounce.stop()
        self.waiting_marks.stop()
        self.notes.clear()
        self.fixes.forget_all()
        self.article = None
        self._loading = True
        try:
            for pane, state in self._panes.items():
                state.editor.highlighter.clear_layers()
                state.editor.clear()
                self.coordinator.invalidate(pane)
                state.reset()
        finally:
            self._loading = False
        self.results.forget()
        # the issue last shown was this article's: the next one opens with none selected
        # in the list, as in the draft (its row stayed lit over a caret at the top)
        self.navigator.current_index = -1
        self.navigator.pending_go_on = None
        self.issues_panel.set_issues([], translate("ReviewSession", "No article open"))
        self.counts_changed.emit("")
        self.article_changed.emit()

    def build_context(self) -> CheckContext:
        """The check context from the library: dictionary, switched-off rules, ignores."""
        if self.article is None:
            return CheckContext()
        return load_setup(self.library, self.article, self.message.emit).ctx

    def refresh_context(self) -> None:
        """Read dictionary, settings and style sheet again (a dialog changed them), re-check."""
        if self.article is not None:
            self._use_context(self.build_context())
            self.recheck()

    def _use_context(self, ctx: CheckContext) -> None:
        """Check with ``ctx`` from now on; say when the article's ignores came or went
        (Review ▸ Restore ignored issues is enabled by them)."""
        had = bool(self.ctx.ignored_keys)
        self.ctx = ctx
        if bool(ctx.ignored_keys) != had:
            self.ignored_changed.emit(not had)

    @property
    def has_ignored(self) -> bool:
        """Whether the open article has ignored issues (as the window knows them)."""
        return self.article is not None and bool(self.ctx.ignored_keys)

    # -- changes ----------------------------------------------------------------------

    def apply(self, change: ops.ReviewChange) -> None:
        """Bring the window up to date with what a review operation changed."""
        if change.edits:
            result = self.edit_draft(change.edits, caret=len(change.edits) == 1)
            self.fixes.add(list(change.decisions))  # one undo step takes them back
            if change.issues is not None and result.text == change.text:
                self.current_index = -1
                self.show_issues(DRAFT, result.text, change.issues)
            else:
                self.check_draft()
        if change.dropped is not None:
            gone = change.dropped
            for pane, state in self._panes.items():
                kept = [i for i in state.issues if not gone(i)]
                if len(kept) != len(state.issues):
                    self.show_issues(pane, state.snapshot, kept)
        if self.article is not None:
            if change.status is not None and change.status != self.article.status:
                self.article.status = ArticleStatus(change.status)
                self.status_changed.emit(str(self.article.status))
            if change.language is not None:
                self.article.language = change.language
        if change.context is not None:
            self._use_context(change.context)
            self.recheck()
        if change.message:
            self.message.emit(change.message)

    def edit_draft(self, edits: Sequence[Edit], *, caret: bool = False) -> EditResult:
        """Make ``edits`` (code points of the draft as on screen) as one undo step; with
        ``caret``, leave the caret after the last one. Every command's change to the
        draft's text goes through here."""
        # a structure (a Word article's) follows each paragraph's own change
        layers = self.draft.highlighter
        apart = bool(layers.layer(STRUCTURE) or layers.layer(REVISIONS))
        # a note between two edits must not be taken for part of one change spanning both
        each = len(edits) > 1 and self.notes.anchored
        result = apply_edits_to_document(self.draft, edits, apart=apart, each=each)
        if result.applied:
            last = max(result.applied, key=lambda e: (e.start, e.end))
            cursor = self.draft.textCursor()
            if caret:
                delta = sum(
                    len(e.replacement) - (e.end - e.start) for e in result.applied if e != last
                )
                end = last.start + delta + len(last.replacement)
                cursor.setPosition(self.docmap(DRAFT).to_qt(end))
            else:
                cursor.clearSelection()
            self.draft.setTextCursor(cursor)
        return result

    def _run(self, change: ops.ReviewChange | None) -> None:
        if change is not None:
            self.apply(change)

    # -- review status ----------------------------------------------------------------

    def set_status(self, status: ArticleStatus) -> None:
        """Store a new review status for the open article."""
        if self.article is None:
            return
        if self.read_only:
            self.message.emit(
                translate(
                    "ReviewSession", "This article is read-only here; its status was not changed"
                )
            )
            return
        self._change_status(lambda article: ops.set_status(self.writes, article, status))

    def _after_edit_status(self) -> None:
        """A new article is in review from its first edit; a done one is reopened."""
        self._change_status(
            lambda article: ops.mark_in_review(self.writes, article),
            lambda article: ops.reopen_if_done(self.writes, article),
        )

    def noted(self) -> None:
        """A note or a reply was added: a new article is in review from then on, as from
        its first edit (the library window's "New" said nobody had looked at it). A done
        article stays done: a note does not change the text that was signed off."""
        self._change_status(lambda article: ops.mark_in_review(self.writes, article))

    def _change_status(self, *steps: Callable[[Article], ops.ReviewChange | None]) -> None:
        """Run status operations on the open article, each seeing the one before; a
        library that cannot be written is said in the status bar, never raised into Qt."""
        article = self.article
        if article is None:
            return
        try:
            for step in steps:
                self._run(step(article))
        except StoreError as exc:
            self.message.emit(
                translate("ReviewSession", "Could not change the article's status: {error}").format(
                    error=exc
                )
            )

    # -- saving -----------------------------------------------------------------------

    def save_now(self, *, urgent: bool = False) -> None:
        """Hand the draft and its notes' positions to the writer (returns at once: the
        writer writes on its own thread and reports whether it could)."""
        self.keeper.save_now(urgent=urgent)

    def flush(self) -> None:
        """Save pending changes now (close, switch article)."""
        self.keeper.autosaver.flush()

    @property
    def read_only(self) -> bool:
        """Whether the open article is read-only here (another window edits it)."""
        return self.keeper.read_only

    # -- checking ---------------------------------------------------------------------

    def recheck(self) -> None:
        """Check both panes again (after the context changed)."""
        if self.article is None:
            return
        doc = self.article.id or 0
        # Both at once: the worker starts on the draft (the pane the issues panel lists)
        # and, while Harper warms up, brings the original's early result along.
        with self.coordinator.together():
            self.check_draft()
            # the original pane holds the article's original (the filler put it there)
            revision = self.coordinator.request(ORIGINAL, self.article.original, self.ctx, doc=doc)
            self._panes[ORIGINAL].asked_for(revision)
        self.waiting_marks.changed()

    @Slot()
    def check_draft(self) -> None:
        """Send the draft as it is now to the checker."""
        self.debounce.stop()
        if self.article is None:
            return
        text = editor_text(self.draft)
        revision = self.coordinator.request(
            DRAFT, text, self.ctx, original=self.article.original, doc=self.article.id or 0
        )
        self._panes[DRAFT].asked_for(revision)

    @Slot(int, int, int)
    def _on_draft_edit(self, _position: int, removed: int, added: int) -> None:
        if self._loading or self.article is None or (removed == 0 and added == 0):
            return
        self._panes[DRAFT].matches = False
        self.coordinator.invalidate(DRAFT)
        self.debounce.start()
        self.waiting_marks.changed()
        self.keeper.touched()
        if not self.read_only:
            self._after_edit_status()

    @Slot(object)
    def _on_outcome(self, outcome: CheckOutcome) -> None:
        self._incoming[outcome.pane] = outcome  # a later one for the pane replaces it
        self._apply_timer.start()

    @Slot()
    def _apply_next(self) -> None:
        if not self._incoming:
            return
        outcome = self._incoming.pop(next(iter(self._incoming)))
        if self._incoming:
            self._apply_timer.start()
        if self.article is not None and self.results.show_outcome(outcome):
            self.checked.emit(Pane(outcome.pane))

    def show_issues(self, pane: Pane, text: str, issues: list[Issue]) -> None:
        """Show a changed issue list at once (after a fix or an ignore), before re-checking."""
        self.results.show_issues(pane, text, issues)

    @property
    def changes(self) -> list[DiffOp]:
        """The draft's differences from the original, as last checked."""
        return self.results.changes

    @property
    def mapper(self) -> BlockMapper | None:
        """Draft blocks to original blocks, as last checked."""
        return self.results.mapper

    # -- going from issue to issue (gui.navigation) -----------------------------------

    @property
    def current_index(self) -> int:
        """The draft issue last shown (-1: none)."""
        return self.navigator.current_index

    @current_index.setter
    def current_index(self, index: int) -> None:
        self.navigator.current_index = index

    def select_span(self, pane: str, start: int, end: int) -> None:
        """Select code points ``start..end`` in a pane and scroll to them."""
        select_span(self._panes[Pane(pane)], start, end)

    def show_issue(self, index: int) -> Issue | None:
        """Select the draft's issue ``index`` in both panes (and in the panel)."""
        return self.navigator.show(index)

    def cursor_span(self) -> tuple[int, int]:
        """The draft's selection (or cursor) in code points."""
        return self._panes[DRAFT].span()

    def current_issue(self) -> int:
        """Index of the draft issue the editor is on: selected, under the cursor, or listed."""
        return self.navigator.current()

    def go_on(self, position: int, done: str = "") -> Issue | None:
        """Show the draft's first issue at or after ``position`` (after a decision whose
        words were ``done``), going round to the first and saying so past the last."""
        return self.navigator.go_on(position, done)

    def step_issue(self, step: int) -> Issue | None:
        """Go to the next (``step`` = 1) or previous (-1) issue of the draft, wrapping round."""
        return self.navigator.step(step)
