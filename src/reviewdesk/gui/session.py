"""The open article: its two panes, its check results, its notes and its autosave.

:class:`ReviewSession` is the controller between the library, the check coordinator and
the widgets. Decisions on issues (apply, ignore, dictionary, rules) live in
:mod:`reviewdesk.gui.decisions`, which works on a session.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QTextCursor

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.diff import DiffOp
from reviewdesk.core.models import Article, ArticleStatus, Category, Issue
from reviewdesk.desk.checking import load_setup
from reviewdesk.gui.check_worker import CheckOutcome
from reviewdesk.gui.checking import CheckCoordinator
from reviewdesk.gui.draft_keeper import DraftKeeper
from reviewdesk.gui.editor import ReviewEditor
from reviewdesk.gui.issues_panel import IssuesPanel
from reviewdesk.gui.notes import NoteAnchors
from reviewdesk.gui.palette import CATEGORY_LABELS, engine_label, kind_for
from reviewdesk.gui.sync_scroll import ScrollSync
from reviewdesk.service.docmap import DocMap
from reviewdesk.service.layout import BlockMapper
from reviewdesk.service.panes import DRAFT, ORIGINAL, PANES
from reviewdesk.store import Library

log = logging.getLogger(__name__)

DEBOUNCE_MS = 250
REOPENED_MESSAGE = "Reopened: this article was marked done (Review ▸ Mark as done marks it again)"


def summarize(issues: list[Issue]) -> str:
    """'12 issues: 5 Spelling, 4 Grammar, …' for the panel and status bar."""
    if not issues:
        return "No issues"
    counts = Counter(i.category for i in issues)
    parts = ", ".join(f"{n} {CATEGORY_LABELS.get(Category(c), c)}" for c, n in counts.most_common())
    noun = "issue" if len(issues) == 1 else "issues"
    return f"{len(issues)} {noun}: {parts}"


def _engine_error(engine: str, message: str) -> str:
    """'LanguageTool: …' for the status bar, without naming the engine twice."""
    label = engine_label(engine)
    return message if message.startswith(label) else f"{label}: {message}"


class ReviewSession(QObject):
    """State and behaviour of the article open in the window."""

    message = Signal(str)  # a transient status message
    counts_changed = Signal(str)
    engine_status = Signal(str)  # engine errors, or "" when every engine ran
    article_changed = Signal()  # an article was opened or closed
    checked = Signal(str)  # a pane got fresh results (pane name)
    status_changed = Signal(str)  # the open article's ArticleStatus value
    read_only_changed = Signal(bool)  # the open article is (no longer) read-only here

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
        self.keeper = DraftKeeper(self, self)
        self.saving = self.keeper.saving
        self.autosaver = self.keeper.autosaver
        self.notes = NoteAnchors(library, draft, self.saving)
        self.scroll_sync = ScrollSync(original, draft)
        self.article: Article | None = None
        self.ctx = CheckContext()
        self.issues: dict[str, list[Issue]] = {p: [] for p in PANES}
        self.snapshot: dict[str, str] = dict.fromkeys(PANES, "")
        self._matches: dict[str, bool] = dict.fromkeys(PANES, False)
        self._shown_revision: dict[str, int] = dict.fromkeys(PANES, -1)
        self._maps: dict[str, DocMap] = {}
        self.changes: list[DiffOp] = []
        self.mapper: BlockMapper | None = None
        self.engine_errors: dict[str, str] = {}
        self.current_index = -1
        self._loading = False
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.check_draft)
        draft.document().contentsChange.connect(self._on_draft_edit)
        coordinator.outcome_ready.connect(self._on_outcome)
        for pane in PANES:
            editor = self.editor(pane)
            editor.issue_lookup = lambda cursor, pane=pane: self.issue_at(pane, cursor)

    def use_coordinator(self, coordinator: CheckCoordinator) -> None:
        """Check with other workers from now on (engine settings changed), then re-check."""
        self.coordinator.outcome_ready.disconnect(self._on_outcome)
        self.coordinator = coordinator
        coordinator.outcome_ready.connect(self._on_outcome)
        self._shown_revision = dict.fromkeys(PANES, -1)
        self.recheck()

    # -- panes and offsets ------------------------------------------------------------

    def editor(self, pane: str) -> ReviewEditor:
        """The widget of a pane."""
        return self.draft if pane == DRAFT else self.original

    def matches_screen(self, pane: str) -> bool:
        """Whether the pane's issues describe exactly the text on screen."""
        return self._matches[pane]

    def is_current(self, pane: str) -> bool:
        """Whether the pane shows the result of its latest check, for the text on screen."""
        return self._matches[pane] and self._shown_revision[pane] == self.coordinator.revision(pane)

    def docmap(self, pane: str) -> DocMap:
        """Offsets of the pane's text as it is on screen now."""
        text = self.editor(pane).toPlainText()
        cached = self._maps.get(pane)
        if cached is None or cached.text != text:
            cached = DocMap(text)
            self._maps[pane] = cached
        return cached

    def issue_at(self, pane: str, cursor: QTextCursor) -> Issue | None:
        """The issue drawn at a cursor position of a pane."""
        ranges = self.editor(pane).highlighter.ranges_at(
            cursor.block(), cursor.positionInBlock(), "issues"
        )
        issues = self.issues[pane]
        for _s, _e, _kind, ref in ranges:
            if 0 <= ref < len(issues):
                return issues[ref]
        return None

    # -- opening and closing ----------------------------------------------------------

    def load(self, article: Article) -> None:
        """Show an article (its draft, notes and decisions as stored) and check it."""
        self.close_article()
        assert article.id is not None
        holder = self.keeper.holder(article.id)
        self._loading = True
        try:
            self.article = article
            for pane in PANES:
                self.editor(pane).highlighter.clear_layers()
            self.original.setPlainText(article.original)
            self.draft.setPlainText(article.draft)
        finally:
            self._loading = False
        self.keeper.opened(article, holder)
        notes = self.library.notes(article.id)
        self.notes.load(article.id, notes, self.docmap(DRAFT) if notes else None)
        self.ctx = self.build_context()
        self.mapper = None
        self.scroll_sync.mapper = None
        self.article_changed.emit()
        self.counts_changed.emit("Checking…")
        self.issues_panel.set_issues([], "Checking…")  # not "No article open" meanwhile
        self.recheck()

    def close_article(self) -> None:
        """Save and close the open article (if any)."""
        if self.article is None:
            return
        self.keeper.closing()
        self.debounce.stop()
        self.notes.clear()
        self.article = None
        self._loading = True
        try:
            for pane in PANES:
                editor = self.editor(pane)
                editor.highlighter.clear_layers()
                editor.clear()
                self.coordinator.invalidate(pane)
                self.issues[pane] = []
                self.snapshot[pane] = ""
                self._matches[pane] = False
        finally:
            self._loading = False
        self.changes = []
        self.issues_panel.set_issues([], "No article open")
        self.counts_changed.emit("")
        self.article_changed.emit()

    def build_context(self) -> CheckContext:
        """The check context from the library: dictionary, switched-off rules, ignores."""
        if self.article is None:
            return CheckContext()
        return load_setup(self.library, self.article, self.message.emit).ctx

    # -- review status ----------------------------------------------------------------

    def set_status(self, status: ArticleStatus) -> None:
        """Store a new review status for the open article (through the writer)."""
        article = self.article
        if article is None or article.id is None or article.status == status:
            return
        if self.read_only:
            self.message.emit("This article is read-only here; its status was not changed")
            return
        article_id, new = article.id, ArticleStatus(status)
        self.saving.submit(
            lambda store: store.library.update_article(article_id, status=new),
            "the article's status",
        )
        article.status = new
        self.status_changed.emit(str(article.status))

    def mark_in_review(self) -> None:
        """A new article becomes "in review" on its first edit or decision."""
        if self.article is not None and self.article.status == ArticleStatus.NEW:
            self.set_status(ArticleStatus.IN_REVIEW)

    def reopen_if_done(self) -> None:
        """An edit of a done article puts it back in review, and the status bar says so.

        A done article that changes is no longer the one signed off; reopening (rather
        than asking before every edit) keeps the editor typing, and marking it done again
        is one click.
        """
        article = self.article
        if article is None or article.status != ArticleStatus.DONE:
            return
        self.set_status(ArticleStatus.IN_REVIEW)
        if article.status == ArticleStatus.IN_REVIEW:  # not when the library refused
            log.info("edit reopened done article %s", article.id)
            self.message.emit(REOPENED_MESSAGE)

    # -- saving -----------------------------------------------------------------------

    def save_now(self, *, urgent: bool = False) -> None:
        """Hand the draft and its notes' positions to the writer (returns at once)."""
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
            self.coordinator.request(ORIGINAL, self.article.original, self.ctx, doc=doc)

    @Slot()
    def check_draft(self) -> None:
        """Send the draft as it is now to the checker."""
        self.debounce.stop()
        if self.article is None:
            return
        text = self.draft.toPlainText()
        self.coordinator.request(
            DRAFT, text, self.ctx, original=self.article.original, doc=self.article.id or 0
        )

    @Slot(int, int, int)
    def _on_draft_edit(self, _position: int, removed: int, added: int) -> None:
        if self._loading or self.article is None or (removed == 0 and added == 0):
            return

        self._matches[DRAFT] = False
        self.coordinator.invalidate(DRAFT)
        self.debounce.start()
        self.keeper.touched()
        self.mark_in_review()
        self.reopen_if_done()

    @Slot(object)
    def _on_outcome(self, outcome: CheckOutcome) -> None:
        if self.article is None:
            return
        pane = outcome.pane
        editor = self.editor(pane)
        if editor.toPlainText() != outcome.text:  # belt and braces: revisions already match
            log.debug("dropping %s result for text no longer on screen", pane)
            return
        self.issues[pane] = outcome.issues
        self.snapshot[pane] = outcome.text
        self._matches[pane] = True
        if not outcome.waiting_for:  # an early result: the full one is still to come
            self._shown_revision[pane] = outcome.revision
        editor.highlighter.set_layer("issues", outcome.issue_blocks)
        if pane == DRAFT:
            self.changes = outcome.changes or []
            self.mapper = outcome.mapper
            self.scroll_sync.mapper = self.mapper
            editor.highlighter.set_layer("redline", outcome.redline_blocks or {})
            self.original.highlighter.set_layer("redline", outcome.original_redline_blocks or {})
            self._show_draft_issues()
        else:
            self._show_counts()
        self._report_errors(outcome.errors)
        self.checked.emit(pane)

    def _report_errors(self, errors: dict[str, str]) -> None:
        if errors == self.engine_errors:
            return
        self.engine_errors = dict(errors)
        text = "; ".join(_engine_error(name, msg) for name, msg in sorted(errors.items()))
        self.engine_status.emit(text)

    def _show_draft_issues(self) -> None:
        issues = self.issues[DRAFT]
        summary = summarize(issues)
        self.issues_panel.set_issues(issues, summary)
        self._show_counts()
        if 0 <= self.current_index < len(issues):
            self.issues_panel.select_row(self.current_index)

    def _show_counts(self) -> None:
        draft, original = len(self.issues[DRAFT]), len(self.issues[ORIGINAL])
        noun = "issue" if draft == 1 else "issues"
        self.counts_changed.emit(f"Draft: {draft} {noun}  ·  Original: {original}")

    def set_issues(self, pane: str, text: str, issues: list[Issue]) -> None:
        """Show a changed issue list at once (after a fix or an ignore), before re-checking."""
        self.issues[pane] = issues
        self.snapshot[pane] = text
        self._matches[pane] = self.editor(pane).toPlainText() == text
        docmap = DocMap(text)
        self._maps[pane] = docmap
        spans = [(i.start, i.end, kind_for(i.category), n) for n, i in enumerate(issues)]
        self.editor(pane).highlighter.set_layer("issues", docmap.layout(spans))
        if pane == DRAFT:
            self._show_draft_issues()

    def update_context(self, **changes: object) -> None:
        """Change the check context and re-check both panes."""
        self.ctx = replace(self.ctx, **changes)  # type: ignore[arg-type]
        self.recheck()

    # -- selecting --------------------------------------------------------------------

    def select_span(self, pane: str, start: int, end: int) -> None:
        """Select code points ``start..end`` in a pane and scroll to them."""
        editor = self.editor(pane)
        docmap = self.docmap(pane)
        cursor = QTextCursor(editor.document())
        cursor.setPosition(docmap.to_qt(start))
        cursor.setPosition(docmap.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        editor.setTextCursor(cursor)
        editor.ensureCursorVisible()

    def select_issue(self, index: int) -> Issue | None:
        """Select the draft's issue ``index`` in both panes (and in the panel)."""
        issues = self.issues[DRAFT]
        if not 0 <= index < len(issues):
            return None
        issue = issues[index]
        self.current_index = index
        with self.scroll_sync.paused():
            self.select_span(DRAFT, issue.start, issue.end)
            start, end = issue.start, issue.end
            if self.mapper is not None:
                start = self.mapper.map_offset(issue.start, from_draft=True)
                end = max(start, self.mapper.map_offset(issue.end, from_draft=True))
            self.select_span(ORIGINAL, start, end)
        self.issues_panel.select_row(index)
        return issue

    def cursor_span(self) -> tuple[int, int]:
        """The draft's selection (or cursor) in code points."""
        cursor = self.draft.textCursor()
        docmap = self.docmap(DRAFT)
        return docmap.to_cp(cursor.selectionStart()), docmap.to_cp(cursor.selectionEnd())

    def current_issue(self) -> int:
        """Index of the draft issue the editor is on: selected, under the cursor, or listed."""
        issues = self.issues[DRAFT]
        if not issues or not self._matches[DRAFT]:
            row = self.issues_panel.current_row()
            return row if 0 <= row < len(issues) else -1
        start, end = self.cursor_span()
        for n, issue in enumerate(issues):
            if (issue.start, issue.end) == (start, end):
                return n
        for n, issue in enumerate(issues):
            if issue.start <= start < issue.end:
                return n
        for n, issue in enumerate(issues):
            if start == end == issue.end:  # the cursor just after a flagged word
                return n
        row = self.issues_panel.current_row()
        return row if 0 <= row < len(issues) else -1

    def step_issue(self, step: int) -> Issue | None:
        """Go to the next (``step`` = 1) or previous (-1) issue of the draft, wrapping round."""
        issues = self.issues[DRAFT]
        if not issues:
            self.message.emit("No issues in the draft")
            return None
        start, end = self.cursor_span()
        on = [n for n, i in enumerate(issues) if (i.start, i.end) == (start, end) and start < end]
        if on:
            here = self.current_index if self.current_index in on else on[0]
            index = (here + step) % len(issues)
        else:
            after = [n for n, i in enumerate(issues) if i.start >= start]
            before = [n for n, i in enumerate(issues) if i.start < start]
            if step > 0:
                index = after[0] if after else 0
            else:
                index = before[-1] if before else len(issues) - 1
        return self.select_issue(index)
