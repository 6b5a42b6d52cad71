"""Aids while writing: the draft's live word count against the article's target length.

The count (:class:`~reviewdesk.gui.word_count.WordCounter`) follows every edit; the target
is stored with the article (Review ▸ Target length…, or a click on the count in the
status bar) and shown as "612 / 600 words (+12)", the overrun in the warning colour.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QWidget

from reviewdesk.desk.length import Length, set_target
from reviewdesk.gui.session import ReviewSession
from reviewdesk.gui.status_line import StatusLine
from reviewdesk.gui.word_count import WordCounter
from reviewdesk.store import Library, StoreError
from reviewdesk.store.library import MAX_TARGET_WORDS

log = logging.getLogger(__name__)


class WritingAids(QObject):
    """The word count and the target length of the open article."""

    def __init__(
        self, library: Library, session: ReviewSession, line: StatusLine, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.session = session
        self.line = line
        self.parent_widget = parent
        self.counter = WordCounter(session.draft.document(), self)
        self.counter.changed.connect(lambda _total: self.show_length())

    def length(self) -> Length | None:
        """The draft's length against the open article's target (None: no article)."""
        article = self.session.article
        return Length(self.counter.total, article.target_words) if article is not None else None

    def show_length(self) -> None:
        """Put the length in the status bar."""
        length = self.length()
        if length is not None:
            self.line.show_length(length)

    def ask_target(self) -> None:
        """Review ▸ Target length…: the length the article should have, in words."""
        article = self.session.article
        if article is None:
            return
        words, ok = QInputDialog.getInt(
            self.parent_widget,
            "Target length",
            "Words this article should have (0: no target):",
            article.target_words or self.counter.total,
            0,
            MAX_TARGET_WORDS,
            50,
        )
        if ok:
            self.set_target(words)

    def set_target(self, words: int) -> None:
        """Store the open article's target length and show it."""
        article = self.session.article
        if article is None:
            return
        try:
            self.session.message.emit(set_target(self.library, article, words))
        except (StoreError, ValueError) as exc:
            self.session.message.emit(f"Could not set the target length: {exc}")
        self.show_length()
