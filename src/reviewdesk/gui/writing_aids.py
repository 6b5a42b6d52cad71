"""Aids while writing: the draft's live word count against the article's target length,
and smart quotes as you type in the house's style.

The count (:class:`~reviewdesk.gui.word_count.WordCounter`) follows every edit; the target
is stored with the article (Review ▸ Target length…, or a click on the count in the
status bar) and shown as "612 / 600 words (+12)", the overrun in the warning colour.
Smart quotes (:mod:`reviewdesk.gui.smart_quotes`) are switched on and off with
Edit ▸ Smart quotes as you type, remembered in the window settings.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QInputDialog, QWidget

from reviewdesk.core.style import StyleSheetError, coerce_style_sheet
from reviewdesk.core.style_conventions import CURLY
from reviewdesk.desk.length import Length, set_target
from reviewdesk.gui.i18n import translate
from reviewdesk.gui.session import ReviewSession
from reviewdesk.gui.smart_quotes import SmartQuotes
from reviewdesk.gui.status_line import StatusLine
from reviewdesk.gui.word_count import WordCounter
from reviewdesk.store import Library, StoreError
from reviewdesk.store.library import MAX_TARGET_WORDS

log = logging.getLogger(__name__)

SMART_QUOTES_KEY = "editing/smartQuotes"


class WritingAids(QObject):
    """The word count and the target length of the open article."""

    def __init__(
        self,
        library: Library,
        session: ReviewSession,
        line: StatusLine,
        settings: QSettings,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.session = session
        self.line = line
        self.settings = settings
        self.parent_widget = parent
        self.counter = WordCounter(session.draft.document(), self)
        self.counter.changed.connect(lambda _total: self.show_length())
        self.smart_quotes = SmartQuotes(session.draft, self.house_quotes, self)
        self.smart_quotes.enabled = settings.value(SMART_QUOTES_KEY, "false") in (True, "true")
        self._style_seen: object = None
        self._quotes = CURLY

    def house_quotes(self) -> str:
        """ "curly" or "straight", from the house style the article is checked with."""
        style = self.session.ctx.style
        if style is not self._style_seen:  # read the sheet once, not at every keystroke
            try:
                sheet = coerce_style_sheet(style)
            except StyleSheetError:
                sheet = None
            self._quotes = sheet.conventions.quotes if sheet is not None else CURLY
            self._style_seen = style
        return self._quotes

    def use_smart_quotes(self, on: bool) -> None:
        """Edit ▸ Smart quotes as you type; remembered."""
        self.smart_quotes.enabled = on
        self.settings.setValue(SMART_QUOTES_KEY, on)

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
            translate("WritingAids", "Target length"),
            translate("WritingAids", "Words this article should have (0: no target):"),
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
            set_target(self.session.writes, article, words)  # off the UI thread
            self.session.message.emit(
                translate("WritingAids", "Target length: {words:,} words").format(words=words)
                if words
                else translate("WritingAids", "No target length")
            )
        except (StoreError, ValueError) as exc:
            self.session.message.emit(
                translate("WritingAids", "Could not set the target length: {error}").format(
                    error=exc
                )
            )
        self.show_length()
