"""Keeping the open article's draft: autosave, the library writer, and read-only mode.

The session asks this helper to save; it takes a snapshot on the UI thread (the text
and where the notes are: microseconds) and hands it to the writer
(:class:`~reviewdesk.gui.saving.Saving`), which writes it off the UI thread and reports.

An article another live window is editing opens read-only here, with a message saying
why (:mod:`reviewdesk.store.claims`); so does one whose claim the writer finds taken
after all (two windows opening it at the same moment).
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

from PySide6.QtCore import QObject, Slot

from reviewdesk.core.models import Article
from reviewdesk.desk.saving import DraftSnapshot, Outcome, WriteReport
from reviewdesk.gui.autosave import Autosaver
from reviewdesk.gui.editor import ReviewEditor
from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from reviewdesk.gui.notes import NoteAnchors
from reviewdesk.gui.pane_text import editor_text
from reviewdesk.gui.saving import Saving
from reviewdesk.store import Library, StoreError
from reviewdesk.store.claims import Claim, Claims
from reviewdesk.store.errors import Problem

log = logging.getLogger(__name__)

SAVE_ELSEWHERE_HINT = QT_TRANSLATE_NOOP(
    "DraftKeeper", "File ▸ Save draft as… keeps your version in a file"
)


def read_only_message(holder: Claim) -> str:
    """Why an article is shown read-only."""
    return translate(
        "DraftKeeper",
        "Read-only: this article is open for editing in another reviewdesk window "
        "({owner}); close it there to edit it here",
    ).format(owner=holder.owner.describe())


class _Session(Protocol):
    """What the keeper uses of a :class:`~reviewdesk.gui.session.ReviewSession`."""

    library: Library
    article: Article | None
    draft: ReviewEditor
    notes: NoteAnchors
    message: Any  # Signal(str)
    read_only_changed: Any  # Signal(bool)

    @property
    def loading(self) -> bool:
        """Whether the panes are still filling in (the draft pane is not whole yet)."""


class DraftKeeper(QObject):
    """Saving for a :class:`~reviewdesk.gui.session.ReviewSession`."""

    def __init__(self, session: _Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.saving = Saving(session.library.path, self)
        self.saving.reported.connect(self._on_report)
        self.autosaver = Autosaver(self.save_now, parent=self)
        self.read_only = False
        self.read_only_reason = ""
        self._last_problem = ""
        self._told = ""  # the trouble last told in the status bar (see _on_report)
        self._announce = False  # say "Saved" when the library has it (File ▸ Save)

    # -- the article's life -----------------------------------------------------------

    def holder(self, article_id: int) -> Claim | None:
        """The live window that has this article open for editing, if any (a read: it
        never waits for a lock)."""
        try:
            return Claims(self.session.library).holder(article_id)
        except StoreError as exc:  # cannot tell: edit; the writer's claim decides
            log.warning("could not read who has article %s open: %s", article_id, exc)
            return None

    def opened(self, article: Article, holder: Claim | None) -> None:
        """An article is on screen: claim it (or show it read-only)."""
        assert article.id is not None
        self._last_problem = self._told = ""
        self.saving.opened(article.id, article.draft, article.revision, claim=holder is None)
        self._set_read_only(holder)

    def closing(self) -> None:
        """The article is closing: save what is on screen, then give up the claim."""
        self.autosaver.flush()
        self.autosaver.discard()
        self.saving.closed()
        self._set_read_only(None)

    def touched(self) -> None:
        """The draft changed."""
        if not self.read_only:
            self.autosaver.touch()

    def save_now(self, *, urgent: bool = False) -> None:
        """Hand the draft and its notes' positions to the writer (returns at once)."""
        article = self.session.article
        if article is None or article.id is None or self.read_only or self.session.loading:
            return  # nothing to save, not ours to save, or not whole yet
        text = editor_text(self.session.draft)
        notes = self.session.notes.positions()
        self.saving.save(DraftSnapshot(article.id, article.title, text, notes), urgent=urgent)
        article.draft = text
        self._announce = self._announce or urgent
        if urgent:
            self._told = ""  # asked to save: a trouble still there is told again

    # -- read-only ----------------------------------------------------------------------

    def _set_read_only(self, holder: Claim | None) -> None:
        read_only = holder is not None
        self.session.draft.setReadOnly(read_only)
        if read_only != self.read_only:
            self.read_only = read_only
            self.session.read_only_changed.emit(read_only)
        self.read_only_reason = read_only_message(holder) if holder is not None else ""
        if holder is not None:
            self.autosaver.discard()
            self.session.message.emit(self.read_only_reason)

    # -- reports ------------------------------------------------------------------------

    @Slot(object)
    def _on_report(self, report: WriteReport) -> None:
        article = self.session.article
        mine = article is not None and report.article_id == article.id
        if report.outcome is Outcome.REFUSED:
            if mine and report.holder is not None:
                self._set_read_only(report.holder)
            return
        if report.outcome is Outcome.SAVED:
            if mine and report.positions:
                self.session.notes.positions_saved(report.positions)
            if report.notice:
                self.session.message.emit(report.message)
            elif not report.is_draft and not self.saving.is_saved:
                pass  # a note got through, but the draft still is not in: no "Saved"
            elif self._last_problem or (self._announce and report.is_draft):
                text = (
                    translate("DraftKeeper", "Saved after all")
                    if self._last_problem
                    else report.message
                )
                self._last_problem = self._told = ""  # the trouble is over: say so once
                self._announce = False
                self.session.message.emit(text)
            return
        text = report.message
        if report.problem in (Problem.CONFLICT, Problem.GONE) and report.is_draft:
            text = translate("DraftKeeper", "{problem} — {hint}").format(
                problem=text, hint=translate("DraftKeeper", SAVE_ELSEWHERE_HINT)
            )
        self._last_problem = text
        # told once per trouble (and again after File ▸ Save): the writer's next attempts
        # at the same trouble differ only in when they try again, and would replace what
        # the window said meanwhile (an export it could not make yet) within a second or
        # two; the save label keeps showing "Not saved" (its tip: when it tries again)
        again = report.outcome is Outcome.RETRYING and bool(report.reason)
        trouble = f"{report.outcome}: {report.reason if again else text}"
        if trouble != self._told:
            self._told = trouble
            self.session.message.emit(text)
