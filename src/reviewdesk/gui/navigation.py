"""Going from issue to issue: which one the editor is on, the next and previous one, and
selecting one in both panes (the original through the diff's block map).

Kept out of the session so the session keeps to the article's state; the session's
intent methods (``show_issue``, ``step_issue``, ``current_issue``) call this.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QTextCursor

from reviewdesk.core.models import Issue
from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from reviewdesk.gui.issues_panel import IssuesPanel
from reviewdesk.gui.pane_state import PaneState
from reviewdesk.gui.sync_scroll import ScrollSync
from reviewdesk.service.layout import BlockMapper

# Going past either end of the list goes round, as Word's spelling check and a browser's
# find do, and says so: the issues left there are ones the editor passed over, and a
# stop would leave the next Ctrl+Return with nothing to act on.
PAST_THE_END = QT_TRANSLATE_NOOP("Navigator", "End of the article: back to the first issue")
PAST_THE_START = QT_TRANSLATE_NOOP("Navigator", "Start of the article: on to the last issue")
ONLY_ONE = QT_TRANSLATE_NOOP("Navigator", "This is the only issue left in the draft")


def select_span(state: PaneState, start: int, end: int) -> None:
    """Select code points ``start..end`` in a pane and scroll to them."""
    editor = state.editor
    docmap = state.docmap()
    cursor = QTextCursor(editor.document())
    cursor.setPosition(docmap.to_qt(start))
    # the start first: a removal ends at the next paragraph, and scrolled up to, only its
    # end came into view, the passage itself above the pane's top edge
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
    cursor.setPosition(docmap.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()


class Navigator:
    """The draft's issues, one at a time."""

    def __init__(
        self,
        draft: PaneState,
        original: PaneState,
        panel: IssuesPanel,
        scroll_sync: ScrollSync,
        say: Callable[[str], None],
    ) -> None:
        self.draft = draft
        self.original = original
        self.panel = panel
        self.scroll_sync = scroll_sync
        self.say = say
        self.current_index = -1
        self.mapper: BlockMapper | None = None  # draft blocks to original blocks
        # a decision's place whose list is still to come (a fix at several places), with
        # the draft as it was then (its text changes and cursor): the re-check's result goes
        # on from there unless the editor has typed or moved meanwhile
        self.pending_go_on: tuple[int, int, int] | None = None

    def show(self, index: int) -> Issue | None:
        """Select the draft's issue ``index`` in both panes (and in the panel)."""
        issues = self.draft.issues
        if not 0 <= index < len(issues):
            return None
        issue = issues[index]
        self.current_index = index
        self.pending_go_on = None  # the editor is somewhere now
        with self.scroll_sync.paused():
            select_span(self.draft, issue.start, issue.end)
            select_span(self.original, *self._in_original(issue))
        self.panel.select_row(index)
        return issue

    def await_issue(self, issue: Issue) -> None:
        """Select ``issue``'s passage in both panes before the list holds it (Ctrl+Z
        brought back an ignore; the re-check lists it again): the re-check's list then
        lights its row, as for any issue selected in the draft, instead of the row the
        editor had gone on to."""
        self.current_index = -1
        self.pending_go_on = None
        self.panel.select_row(-1)
        with self.scroll_sync.paused():
            select_span(self.draft, issue.start, issue.end)
            select_span(self.original, *self._in_original(issue))

    def forget_shown(self) -> None:
        """No issue is shown any more (the draft holds only a caret: an undo, typing): none
        lit in the list and none selected in the original, as in the draft."""
        self.current_index = -1
        self.panel.select_row(-1)
        editor = self.original.editor
        cursor = editor.textCursor()
        if cursor.hasSelection():
            cursor.clearSelection()
            with self.scroll_sync.paused():
                editor.setTextCursor(cursor)

    def _in_original(self, issue: Issue) -> tuple[int, int]:
        """The draft issue's passage in the original, through the last check's block map."""
        if self.mapper is None:
            return issue.start, issue.end
        start = self.mapper.map_offset(issue.start, from_draft=True)
        return start, max(start, self.mapper.map_offset(issue.end, from_draft=True))

    def follow_original(self, index: int) -> None:
        """Select issue ``index``'s passage in the original again, with the block map of
        the check just shown: one selected right after a fix that changed the length of
        its paragraph was mapped with the map from before the fix (a letter or more off)."""
        issues = self.draft.issues
        if not 0 <= index < len(issues) or not self.original.matches:
            return
        span = self._in_original(issues[index])
        if self.original.span() != span:
            with self.scroll_sync.paused():
                select_span(self.original, *span)

    def current(self) -> int:
        """Index of the draft issue the editor is on: selected, under the cursor, or listed."""
        issues = self.draft.issues
        row = self.panel.current_row()
        listed = row if 0 <= row < len(issues) else -1
        if not issues or not self.draft.matches:
            return listed
        start, end = self.draft.span()
        for n, issue in enumerate(issues):
            if (issue.start, issue.end) == (start, end):
                return n
        for n, issue in enumerate(issues):
            if issue.start <= start < issue.end:
                return n
        for n, issue in enumerate(issues):
            if start == end == issue.end:  # the cursor just after a flagged word
                return n
        return listed

    def go_on(self, position: int, done: str = "") -> Issue | None:
        """After a decision at ``position``: show the first issue from there on (the one
        that followed it), wrapping round, so both panes follow the list; a wrap is said
        after ``done`` (the decision's own words, which it would otherwise hide). When the list
        is not of the text on screen yet (a fix at several places), the re-check's list
        goes on from there (:meth:`go_on_pending`)."""
        issues = self.draft.issues
        if not self.draft.matches:
            self.pending_go_on = (position, *self._where())  # the re-check goes on from here
            return None
        if not issues:
            return None
        after = [n for n, i in enumerate(issues) if i.start >= position]
        if not after:
            self._say_round(PAST_THE_END, issues, done)
        return self.show(after[0] if after else 0)

    def go_on_pending(self) -> bool:
        """Go on from the place a decision left for the re-check, once the list is of
        the text on screen, unless the editor typed or moved since; True when it did."""
        pending = self.pending_go_on
        if pending is None or not self.draft.matches:
            return False
        self.pending_go_on = None
        position, *then = pending
        if tuple(then) != self._where():
            return False  # the editor is elsewhere now: leave the cursor where it is
        return self.go_on(position) is not None

    def _where(self) -> tuple[int, int]:
        """The draft's count of text changes and its cursor: whether the editor acted
        since (the document's own revision also moves with formats)."""
        return self.draft.changes, self.draft.editor.textCursor().position()

    def step(self, step: int) -> Issue | None:
        """Go to the next (``step`` = 1) or previous (-1) issue, wrapping round (and
        saying so)."""
        issues = self.draft.issues
        if not issues:
            self.say(translate("Navigator", "No issues in the draft"))
            return None
        start, end = self.draft.span()
        on = [n for n, i in enumerate(issues) if (i.start, i.end) == (start, end) and start < end]
        if on:
            here = self.current_index if self.current_index in on else on[0]
            index = here + step
        else:
            after = [n for n, i in enumerate(issues) if i.start >= start]
            before = [n for n, i in enumerate(issues) if i.start < start]
            if step > 0:
                index = after[0] if after else len(issues)
            else:
                index = before[-1] if before else -1
        if index >= len(issues):
            self._say_round(PAST_THE_END, issues)
        elif index < 0:
            self._say_round(PAST_THE_START, issues)
        else:
            self.say("")  # a word of going round, still shown, would be wrong now
        return self.show(index % len(issues))

    def _say_round(self, words: str, issues: list[Issue], done: str = "") -> None:
        """Tell the editor the list went round (or that there was nowhere else to go)."""
        said = translate("Navigator", ONLY_ONE if len(issues) == 1 else words)
        if done:
            said = translate("Navigator", "{done}. {then}").format(done=done, then=said)
        self.say(said)
