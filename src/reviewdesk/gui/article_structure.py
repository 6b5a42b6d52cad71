"""The open article's structure in both panes, and its incoming revisions' decisions.

When an article opens, its stored structure (over the original text, with the decisions
taken so far) is laid out on a worker thread: as it is for the original, carried over the
draft's edits for the draft (:mod:`reviewdesk.service.structure_layout`); each pane's
:class:`~reviewdesk.gui.structure_view.StructureView` shows its result on the UI thread,
where drawing proceeds in time slices (the highlighter's). A result for a text no longer
on screen (the editor typed meanwhile, or the pane is still filling) is laid out again.
Decisions on revisions are stored through :mod:`reviewdesk.desk.revisions`, the same
code ``reviewdesk revisions`` runs, so the exports carry them into the Word file.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from reviewdesk.core.structure import Revision, RevisionStatus, Structure
from reviewdesk.desk.revisions import save_statuses
from reviewdesk.gui.revision_marks import RevisionMarks
from reviewdesk.gui.session import ReviewSession
from reviewdesk.gui.structure_view import StructureView
from reviewdesk.service.panes import DRAFT, ORIGINAL, PANES, Pane
from reviewdesk.service.structure_layout import StructureLayout, lay_out, lay_out_draft
from reviewdesk.store import StoreError

log = logging.getLogger(__name__)

RETRY_MS = 300  # a result for a text no longer on screen: look again this much later


class ArticleStructure(QObject):
    """Shows the open article's structure and revisions; stores revision decisions."""

    loaded = Signal()  # both panes show the article's structure
    revisions_changed = Signal()  # revisions were loaded, decided or taken back
    _laid_out = Signal(int, str, object)  # (generation, pane, StructureLayout), from the worker

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
        self._threads: list[threading.Thread] = []
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._look_again)
        self._laid_out.connect(self._on_laid_out, Qt.ConnectionType.QueuedConnection)
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
                self.session.message.emit(f"Could not read the article's structure: {exc}")
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
        texts = {
            pane: article.original if pane == ORIGINAL else self.session.draft.toPlainText()
            for pane in panes
        }
        for pane in panes:
            self._waiting[pane] = None
        worker = threading.Thread(
            target=self._work,
            args=(self._generation, self.structure, article.original, texts),
            name="reviewdesk-structure",
            daemon=True,
        )
        self._threads = [t for t in self._threads if t.is_alive()]
        self._threads.append(worker)
        worker.start()

    def _work(
        self, generation: int, structure: Structure, original: str, texts: Mapping[Pane, str]
    ) -> None:
        """On the worker thread: lay the structure out over each pane's text."""
        for pane, text in texts.items():
            try:
                if pane == ORIGINAL:
                    layout = lay_out(structure, text)
                else:
                    layout = lay_out_draft(structure, original, text)
            except Exception:  # a bug must not kill the thread silently
                log.exception("laying out the structure failed")
                continue
            try:
                self._laid_out.emit(generation, str(pane), layout)
            except RuntimeError:  # the window closed meanwhile
                return

    @Slot(int, str, object)
    def _on_laid_out(self, generation: int, pane_name: str, layout: StructureLayout) -> None:
        pane = Pane(pane_name)
        if generation != self._generation or pane not in self._waiting:
            return
        if self.session.editor(pane).toPlainText() != layout.text:
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
            if self.session.editor(pane).toPlainText() == layout.text:
                self._show(pane, layout)
            elif pane == DRAFT:
                again.append(pane)  # edited meanwhile: lay it out over the text now
            else:
                self._retry.start()  # the original pane is still filling
        if again:
            self._lay_out(again)

    def wait_idle(self) -> None:
        """Join finished worker threads (tests and shutdown)."""
        for thread in self._threads:
            thread.join()
        self._threads = []

    # -- decisions ----------------------------------------------------------------------

    def set_statuses(self, statuses: Mapping[int, RevisionStatus]) -> None:
        """Store decisions (or take them back) and show them in both panes."""
        article = self.session.article
        if article is None or article.id is None or not statuses:
            return
        self.structure = save_statuses(self.session.library, article.id, statuses)
        for pane in PANES:
            for revision_id, status in statuses.items():
                self.marks[pane].set_status(revision_id, status)
        self.revisions_changed.emit()
