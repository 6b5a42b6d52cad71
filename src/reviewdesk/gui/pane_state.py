"""What one pane shows: its issues, the text they were found in, which check they came
from, and the offsets of its text on screen.

:class:`~reviewdesk.gui.session.ReviewSession` owns one :class:`PaneState` per pane and is
the only writer; everything else reads it (``session.pane(DRAFT).issues``). Kept apart
from the session so the state of a pane is declared in one place, not spread over
dictionaries keyed by pane names.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from PySide6.QtGui import QTextCursor

from reviewdesk.core.models import Category, Issue
from reviewdesk.gui.editor import ReviewEditor
from reviewdesk.gui.palette import CATEGORY_LABELS
from reviewdesk.service.docmap import DocMap
from reviewdesk.service.panes import Pane


def summarize(issues: list[Issue]) -> str:
    """'12 issues: 5 Spelling, 4 Grammar, …' for the panel and status bar."""
    if not issues:
        return "No issues"
    counts = Counter(i.category for i in issues)
    parts = ", ".join(f"{n} {CATEGORY_LABELS.get(Category(c), c)}" for c, n in counts.most_common())
    noun = "issue" if len(issues) == 1 else "issues"
    return f"{len(issues)} {noun}: {parts}"


@dataclass
class PaneState:
    """The review state of one pane (written only by the session)."""

    name: Pane
    editor: ReviewEditor
    issues: list[Issue] = field(default_factory=list)
    snapshot: str = ""  # the text ``issues`` describe
    matches: bool = False  # ``issues`` describe exactly the text on screen
    shown_revision: int = -1  # the check whose full result is shown
    has_full: bool = False  # a full (not early) result was shown for this article
    _docmap: DocMap | None = None

    def reset(self) -> None:
        """Forget the article's results (it is closing)."""
        self.issues = []
        self.snapshot = ""
        self.matches = False
        self.shown_revision = -1
        self.has_full = False
        self._docmap = None

    def docmap(self) -> DocMap:
        """Offsets of the pane's text as it is on screen now."""
        text = self.editor.toPlainText()
        if self._docmap is None or self._docmap.text != text:
            self._docmap = DocMap(text)
        return self._docmap

    def remember(self, docmap: DocMap) -> None:
        """Keep ``docmap`` as the offsets of the text it describes (saves building it)."""
        self._docmap = docmap

    def issue_at(self, cursor: QTextCursor) -> Issue | None:
        """The issue drawn at a cursor position."""
        ranges = self.editor.highlighter.ranges_at(
            cursor.block(), cursor.positionInBlock(), "issues"
        )
        for _s, _e, _kind, ref in ranges:
            if 0 <= ref < len(self.issues):
                return self.issues[ref]
        return None

    def index_of(self, issue: Issue) -> int:
        """Where ``issue`` (this very object) is in the list, or -1."""
        return next((n for n, i in enumerate(self.issues) if i is issue), -1)

    def span(self) -> tuple[int, int]:
        """The pane's selection (or caret) in code points."""
        cursor = self.editor.textCursor()
        docmap = self.docmap()
        return docmap.to_cp(cursor.selectionStart()), docmap.to_cp(cursor.selectionEnd())
