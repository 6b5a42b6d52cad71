"""Putting a check's results on screen: marks in the panes, the redline, the issues panel,
the counts and the engines' errors.

:class:`ResultsView` is the part of :class:`~reviewdesk.gui.session.ReviewSession` that
turns a :class:`~reviewdesk.gui.check_worker.CheckOutcome` (or a list of issues a review
operation changed) into what the window shows. Kept apart from the session, which
decides *when* to check and what to open, so each reads in one sitting; the session still
owns the :class:`~reviewdesk.gui.pane_state.PaneState` objects and lends them here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from reviewdesk.core.diff import DiffOp
from reviewdesk.core.models import Issue
from reviewdesk.gui.check_worker import CheckOutcome
from reviewdesk.gui.editor import ReviewEditor
from reviewdesk.gui.i18n import translate
from reviewdesk.gui.issues_panel import IssuesPanel
from reviewdesk.gui.navigation import Navigator
from reviewdesk.gui.palette import engine_label
from reviewdesk.gui.pane_state import PaneState, summarize
from reviewdesk.gui.pane_text import editor_text
from reviewdesk.gui.sync_scroll import ScrollSync
from reviewdesk.gui.waiting import WaitingMarks
from reviewdesk.service.docmap import DocMap
from reviewdesk.service.layout import BlockMapper
from reviewdesk.service.outcome import block_layout
from reviewdesk.service.panes import DRAFT, ORIGINAL, Pane

log = logging.getLogger(__name__)


def engine_error(engine: str, message: str) -> str:
    """'LanguageTool: …' for the status bar, without naming the engine twice."""
    label = engine_label(engine)
    return message if message.startswith(label) else f"{label}: {message}"


def counts_text(draft: int, original: int) -> str:
    """'Draft: 3 issues  ·  Original: 5' for the status bar."""
    if draft == 1:
        return translate("ReviewSession", "Draft: 1 issue  ·  Original: {original}").format(
            original=original
        )
    return translate("ReviewSession", "Draft: {draft} issues  ·  Original: {original}").format(
        draft=draft, original=original
    )


class ResultsView:
    """Shows check results in the panes, the issues panel and the status bar."""

    def __init__(
        self,
        panes: dict[Pane, PaneState],
        original: ReviewEditor,
        issues_panel: IssuesPanel,
        scroll_sync: ScrollSync,
        navigator: Navigator,
        waiting_marks: WaitingMarks,
        counts_changed: Callable[[str], None],
        engine_status: Callable[[str], None],
    ) -> None:
        self._panes = panes
        self.original = original
        self.issues_panel = issues_panel
        self.scroll_sync = scroll_sync
        self.navigator = navigator
        self.waiting_marks = waiting_marks
        self._counts_changed = counts_changed
        self._engine_status = engine_status
        self.changes: list[DiffOp] = []  # the draft's differences from the original
        self.mapper: BlockMapper | None = None  # draft blocks to original blocks
        self.engine_errors: dict[str, str] = {}
        # each pane's last shown errors: the status says the union, so the original's clean
        # result (LanguageTool's answer served from the cache) does not clear the draft's
        # "not reachable" said a moment before
        self._pane_errors: dict[str, dict[str, str]] = {}

    def forget(self) -> None:
        """The article closed: no differences, no mapping between the panes."""
        self.changes = []
        self.set_mapper(None)

    def set_mapper(self, mapper: BlockMapper | None) -> None:
        """One mapping between the panes' blocks, for scrolling and for going to issues."""
        self.mapper = mapper
        self.scroll_sync.mapper = mapper
        self.navigator.mapper = mapper

    def show_outcome(self, outcome: CheckOutcome) -> bool:
        """Show a check's result if it still describes the pane; whether it did."""
        state = self._panes[Pane(outcome.pane)]
        # belt and braces (the coordinator passes on only the latest revision): the text
        # has not changed since it was sent, known without copying the whole pane
        if not state.describes_screen(outcome.revision):
            log.debug("dropping %s result for text no longer on screen", state.name)
            return False
        if outcome.waiting_for and state.has_full:
            # a partial result (an engine still warming up) would take the warm engine's
            # marks off the screen: keep the last full results, dimmed, until it is done
            log.debug("keeping the last %s results until the full re-check", state.name)
            return False
        state.show(outcome.issues, outcome.findings)  # built on the check thread
        state.snapshot = outcome.text
        state.matches = True
        if not outcome.waiting_for:  # an early result: the full one is still to come
            state.shown_revision = outcome.revision
            state.has_full = True
        self.waiting_marks.changed()  # undimmed before the new layers: one drawing for both
        state.editor.highlighter.set_layer("issues", outcome.issue_blocks)
        if state.name == DRAFT:
            redline = outcome.redline
            self.changes = list(redline.ops) if redline is not None else []
            self.set_mapper(redline.mapper if redline is not None else None)
            state.editor.highlighter.set_layer(
                "redline", redline.draft_blocks if redline is not None else {}
            )
            self.original.highlighter.set_layer(
                "redline", redline.original_blocks if redline is not None else {}
            )
            self.show_draft_issues()
        else:
            self.show_counts()
        self.report_errors(outcome.errors, state.name)
        return True

    def report_errors(self, errors: dict[str, str], pane: str = DRAFT) -> None:
        """Say which engines failed in either pane's last result (or that none did, once
        they recover in both)."""
        self._pane_errors[pane] = dict(errors)
        union: dict[str, str] = {}
        for name in sorted(self._pane_errors, key=lambda p: p != DRAFT):  # the draft's first
            for engine, message in self._pane_errors[name].items():
                union.setdefault(engine, message)
        if union == self.engine_errors:
            return
        self.engine_errors = union
        errors = union
        text = "; ".join(engine_error(name, msg) for name, msg in sorted(errors.items()))
        self._engine_status(text)

    def show_draft_issues(self) -> None:
        """The draft's issues in the panel, the one shown still selected."""
        state = self._panes[DRAFT]
        issues, found = state.issues, state.found
        if issues or state.has_full:
            summary = summarize(issues, found)
        else:  # an early result without issues: Harper's may still come, not "No issues"
            summary = translate("ReviewSession", "Checking…")
        self.issues_panel.set_issues(issues, summary, found)
        self.show_counts()
        if self.navigator.go_on_pending():
            return  # a fix at several places: the editor goes on to the issue after it
        index = self.navigator.current_index
        start, end = state.span()
        shown = issues[index] if 0 <= index < len(issues) else None
        if (
            state.matches
            and start < end
            and (shown is None or (shown.start, shown.end) != (start, end))
        ):
            # a re-check renumbered the list: keep the row of the issue selected in the
            # draft (the one Apply or Ignore went on to)
            same = [n for n, i in enumerate(issues) if (i.start, i.end) == (start, end)]
            if same:
                index = self.navigator.current_index = same[0]
        if not 0 <= index < len(issues):
            return
        shown = issues[index]
        if state.matches and start == end and (shown.start, shown.end) != (start, end):
            # the draft shows none selected (Ctrl+Z undid a fix, the editor typed; an
            # issue with no width is "selected" as a caret): the list lit the last one
            # shown and the original kept its word selected
            self.navigator.forget_shown()
            return
        self.issues_panel.select_row(index)
        if state.matches and (shown.start, shown.end) == (start, end):
            self.navigator.follow_original(index)  # the new block map's place

    def show_counts(self) -> None:
        """Both panes' issue counts for the status bar."""
        self._counts_changed(
            counts_text(
                self._panes[DRAFT].found.count,
                self._panes[ORIGINAL].found.count,
            )
        )

    def show_issues(self, pane: Pane, text: str, issues: list[Issue]) -> None:
        """Show a changed issue list at once (after a fix or an ignore), before re-checking."""
        state = self._panes[pane]
        state.show(issues)
        state.snapshot = text
        state.matches = editor_text(state.editor) == text
        state.remember(DocMap(text))
        state.editor.highlighter.set_layer("issues", block_layout(text, issues))
        if pane == DRAFT:
            self.show_draft_issues()
