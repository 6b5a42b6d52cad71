"""The open article's structure in both panes, and its incoming revisions' decisions.

When an article opens, its stored structure (over the original text, with the decisions
taken so far) is laid out for each pane (:mod:`reviewdesk.service.structure_layout`): as
it is for the original, carried over the draft's edits for the draft (the draft diffed
against the original first, a stretch at a time: :mod:`reviewdesk.service.draft_changes`).
All of it runs on the UI thread in steps of a few
milliseconds per turn of the event loop: a worker thread would compete for Python's lock
with every UI callback and stall the window more. Each pane's
:class:`~reviewdesk.gui.structure_view.StructureView` then shows its layout, drawn in time
slices (the highlighter's). A layout for a text no longer on screen (the editor typed
meanwhile, or the pane is still filling) is made again. Decisions on revisions are stored
through :mod:`reviewdesk.desk.revisions`, the same code ``reviewdesk revisions`` runs, so
the exports carry them into the Word file.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Generator, Mapping

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from reviewdesk.core.anchors import Change
from reviewdesk.core.structure import Revision, RevisionStatus, Structure
from reviewdesk.desk.revisions import save_statuses, with_statuses
from reviewdesk.gui.i18n import translate
from reviewdesk.gui.pane_text import editor_text
from reviewdesk.gui.revision_marks import RevisionMarks
from reviewdesk.gui.session import ReviewSession
from reviewdesk.gui.structure_view import StructureView
from reviewdesk.service.draft_changes import changes_steps
from reviewdesk.service.panes import DRAFT, ORIGINAL, PANES, Pane
from reviewdesk.service.structure_layout import StructureLayout, lay_out_steps
from reviewdesk.store import StoreError

log = logging.getLogger(__name__)

RETRY_MS = 300  # a result for a text no longer on screen: look again this much later
SLICE_SECONDS = 0.006  # layout work per turn of the event loop


class ArticleStructure(QObject):
    """Shows the open article's structure and revisions; stores revision decisions."""

    loaded = Signal()  # both panes show the article's structure
    revisions_changed = Signal()  # revisions were loaded, decided or taken back

    def __init__(self, session: ReviewSession) -> None:
        super().__init__(session)
        self.session = session
        self.views = {pane: StructureView(session.editor(pane)) for pane in PANES}
        self.marks = {pane: RevisionMarks(session.editor(pane), self.views[pane]) for pane in PANES}
        for pane in PANES:
            session.editor(pane).tooltip_source = self.views[pane].tooltip_at
        self.structure = Structure()
        self.authors: list[str] = []
        self._generation = 0
        self._waiting: dict[Pane, StructureLayout | None] = {}
        self._jobs: list[tuple[Pane, Generator[None, None, StructureLayout]]] = []
        self._step_timer = QTimer(self)
        self._step_timer.setSingleShot(True)
        self._step_timer.setInterval(0)
        self._step_timer.timeout.connect(self._step)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._look_again)
        session.article_changed.connect(self._on_article)

    @property
    def busy(self) -> bool:
        """Whether a pane still waits for its structure."""
        return bool(self._waiting)

    def revisions(self) -> list[Revision]:
        """The article's incoming revisions, in text order, as decided so far."""
        return sorted(self.structure.revisions, key=lambda r: (r.start, r.id))

    # -- loading ------------------------------------------------------------------------

    @Slot()
    def _on_article(self) -> None:
        self._generation += 1
        self._waiting = {}
        self._jobs = []
        self._step_timer.stop()
        self._retry.stop()
        for pane in PANES:
            self.views[pane].clear()
            self.marks[pane].clear()
        article = self.session.article
        self.structure = Structure()
        if article is not None and article.id is not None:
            try:
                self.structure = self.session.library.structure(article.id)
            except StoreError as exc:
                self.session.message.emit(
                    translate(
                        "ArticleStructure", "Could not read the article's structure: {exc}"
                    ).format(exc=exc)
                )
        self.authors = list(dict.fromkeys(r.author for r in self.revisions()))
        self.revisions_changed.emit()
        if self.structure:
            self._lay_out(list(PANES))
        else:
            self.loaded.emit()

    def _lay_out(self, panes: list[Pane]) -> None:
        article = self.session.article
        if article is None:
            return
        for pane in panes:
            self._waiting[pane] = None
            if pane == ORIGINAL:
                job = lay_out_steps(self.structure, article.original)
            else:
                job = self._draft_steps(article.original, editor_text(self.session.draft))
            self._jobs = [(p, j) for p, j in self._jobs if p != pane]
            self._jobs.append((pane, job))
        self._step_timer.start()

    def _draft_steps(self, original: str, draft: str) -> Generator[None, None, StructureLayout]:
        """The draft's layout: the structure carried over the edits that made it."""
        changes: list[Change] = []
        if draft != original:
            changes = yield from changes_steps(original, draft)
        return (yield from lay_out_steps(self.structure, draft, changes))

    @Slot()
    def _step(self) -> None:
        """Lay out for a few milliseconds, then let the window breathe."""
        deadline = time.perf_counter() + SLICE_SECONDS
        while self._jobs and time.perf_counter() < deadline:
            pane, job = self._jobs[0]
            try:
                next(job)
            except StopIteration as done:
                self._jobs.pop(0)
                layout: StructureLayout = done.value
                # shown in a turn of its own: showing is a piece of work too
                generation = self._generation
                QTimer.singleShot(
                    0, self, lambda p=pane, lo=layout, g=generation: self._on_laid_out(p, lo, g)
                )
                break
        if self._jobs:
            self._step_timer.start()

    def _on_laid_out(self, pane: Pane, layout: StructureLayout, generation: int) -> None:
        if generation != self._generation or self._waiting.get(pane, layout) is not None:
            return  # another article since, or a newer layout on its way
        if editor_text(self.session.editor(pane)) != layout.text:
            self._waiting[pane] = layout  # the pane changed (or still fills): look again
            self._retry.start()
            return
        self._show(pane, layout)

    def _show(self, pane: Pane, layout: StructureLayout) -> None:
        self._waiting.pop(pane, None)
        self.views[pane].show(layout)
        self.marks[pane].load(layout.revisions, self.authors)
        if not self._waiting:
            log.debug("structure shown in both panes")
            self.revisions_changed.emit()
            self.loaded.emit()

    @Slot()
    def _look_again(self) -> None:
        again: list[Pane] = []
        for pane, layout in list(self._waiting.items()):
            if layout is None:
                continue  # still being laid out
            if editor_text(self.session.editor(pane)) == layout.text:
                self._show(pane, layout)
            elif pane == DRAFT:
                again.append(pane)  # edited meanwhile: lay it out over the text now
            else:
                self._retry.start()  # the original pane is still filling
        if again:
            self._lay_out(again)

    # -- decisions ----------------------------------------------------------------------

    def set_statuses(self, statuses: Mapping[int, RevisionStatus]) -> None:
        """Show decisions (or their taking back) in both panes and hand them to the
        library writer (stored off the UI thread, in order with the draft; a failure is
        reported by the saving label like any other write)."""
        article = self.session.article
        if article is None or article.id is None or not statuses:
            return
        article_id, decided = article.id, dict(statuses)
        self.structure = with_statuses(self.structure, decided)
        self.session.saving.submit(
            lambda store: save_statuses(store.library, article_id, decided),
            "the revision decisions",
        )
        for pane in PANES:
            for revision_id, status in statuses.items():
                self.marks[pane].set_status(revision_id, status)
        self.revisions_changed.emit()
