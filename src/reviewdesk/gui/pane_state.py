"""What one pane shows: its issues, the text they were found in, which check they came
from, and the offsets of its text on screen.

:class:`~reviewdesk.gui.session.ReviewSession` owns one :class:`PaneState` per pane and is
the only writer; everything else reads it (``session.pane(DRAFT).issues``). Kept apart
from the session so the state of a pane is declared in one place, not spread over
dictionaries keyed by pane names.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from PySide6.QtGui import QTextCursor

from reviewdesk.core.groups import Findings
from reviewdesk.core.models import Issue
from reviewdesk.gui.editor import ReviewEditor
from reviewdesk.gui.i18n import translate
from reviewdesk.gui.palette import category_label
from reviewdesk.gui.pane_text import editor_text
from reviewdesk.service.docmap import DocMap
from reviewdesk.service.outcome import read_ref
from reviewdesk.service.panes import Pane


def summarize(issues: list[Issue], found: Findings | None = None) -> str:
    """'12 issues: 5 Spelling, 4 Grammar, …' for the panel and status bar (a finding
    marked in several places counts once, as the panel lists it). ``found``: the
    issues' findings when they are known already (a result's, built off the UI thread)."""
    if not issues:
        return translate("PaneState", "No issues")
    if found is None:
        found = Findings.of(issues)
    parts = translate("PaneState", ", ").join(
        translate("PaneState", "{count} {category}").format(count=n, category=category_label(c))
        for c, n in found.categories.most_common()
    )
    if found.count == 1:
        return translate("PaneState", "1 issue: {parts}").format(parts=parts)
    return translate("PaneState", "{count} issues: {parts}").format(count=found.count, parts=parts)


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
    # every change to the pane's text counts here (loading and closing too), and a check
    # remembers the count its snapshot was taken at: a result describes the text on
    # screen while the count has not moved, known without copying the text to compare
    changes: int = 0
    asked: tuple[int, int] = (-1, -1)  # (revision, changes) of the last check asked for
    _docmap: DocMap | None = None
    _found: tuple[list[Issue], Findings] | None = None  # ``issues``' findings, when known

    def __post_init__(self) -> None:
        self.editor.document().contentsChange.connect(self._changed)

    def _changed(self, _position: int, removed: int, added: int) -> None:
        if removed or added:
            self.changes += 1

    def asked_for(self, revision: int) -> None:
        """A check of the text on screen now was asked for, as ``revision``."""
        self.asked = (revision, self.changes)

    def describes_screen(self, revision: int) -> bool:
        """Whether a result for ``revision`` was computed on the text on screen now."""
        return self.asked == (revision, self.changes)

    def show(self, issues: list[Issue], found: Findings | None = None) -> None:
        """``issues`` are the pane's now; ``found``: their findings, when already known."""
        self.issues = issues
        self._found = (issues, found) if found is not None else None

    @property
    def found(self) -> Findings:
        """The findings of :attr:`issues` (built here only when not given with them)."""
        if self._found is None or self._found[0] is not self.issues:
            self._found = (self.issues, Findings.of(self.issues))
        return self._found[1]

    def reset(self) -> None:
        """Forget the article's results (it is closing)."""
        self.show([])
        self.snapshot = ""
        self.matches = False
        self.shown_revision = -1
        self.has_full = False
        self._docmap = None

    def docmap(self) -> DocMap:
        """Offsets of the pane's text as it is on screen now."""
        text = editor_text(self.editor)
        if self._docmap is None or self._docmap.text != text:
            self._docmap = DocMap(text)
        return self._docmap

    def remember(self, docmap: DocMap) -> None:
        """Keep ``docmap`` as the offsets of the text it describes (saves building it)."""
        self._docmap = docmap

    def issue_at(self, cursor: QTextCursor) -> Issue | None:
        """The issue drawn at a cursor position."""
        block = cursor.block()
        ranges = self.editor.highlighter.ranges_at(block, cursor.positionInBlock(), "issues")
        if not ranges:
            return None
        docmap = self.docmap()
        for _s, _e, _kind, ref in ranges:
            # a range names its issue by its place among those starting in its block
            # (or in a block before it, for a removal that reaches across lines)
            back, nth = read_ref(ref)
            start = docmap.block_start(block.blockNumber() - back)
            n = bisect.bisect_left(self.issues, start, key=lambda i: i.start) + nth
            if 0 <= n < len(self.issues):
                return self.issues[n]
        return None

    def index_of(self, issue: Issue) -> int:
        """Where ``issue`` (this very object) is in the list, or -1."""
        return next((n for n, i in enumerate(self.issues) if i is issue), -1)

    def span(self) -> tuple[int, int]:
        """The pane's selection (or caret) in code points."""
        cursor = self.editor.textCursor()
        docmap = self.docmap()
        return docmap.to_cp(cursor.selectionStart()), docmap.to_cp(cursor.selectionEnd())
