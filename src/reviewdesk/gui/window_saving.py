"""The window's saving commands: File ▸ Save, Save draft as…, read-only, recovery, quitting.

Saving itself happens off the UI thread (:mod:`reviewdesk.gui.saving`, through the
session's :class:`~reviewdesk.gui.draft_keeper.DraftKeeper`); this is what the window
adds on top, kept out of the window's module: File ▸ Save says "Saved" only when the
library has the draft, an article another window edits says why it is read-only, the
first start after a crash says what it recovered, and quitting with work the library
could not take asks first (:mod:`reviewdesk.gui.save_elsewhere`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot

from reviewdesk import APP_NAME
from reviewdesk.core.models import Article
from reviewdesk.gui.i18n import translate
from reviewdesk.gui.recovery import find_recovered
from reviewdesk.gui.save_elsewhere import Window, confirm_unsaved, save_current_draft_as
from reviewdesk.gui.written_wait import Writes
from reviewdesk.store import Library

log = logging.getLogger(__name__)

WRITER_STOP_S = 2.0  # how long closing the window waits for the writer to stop


def window_title(title: str, *, read_only: bool) -> str:
    """The window's title for an open article, saying when it is read-only here."""
    shape = (
        translate("MainWindow", "{title} (read-only) — {app}")
        if read_only
        else translate("MainWindow", "{title} — {app}")
    )
    return shape.format(title=title, app=APP_NAME)


class SaveCommands(QObject):
    """Saving as the window's menus and life see it; see the module's docstring."""

    def __init__(self, window: Window, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.library = library
        self.closed = False  # the window has closed (tests close it twice)

    def _tell(self, text: str, timeout_ms: int) -> None:
        self.window.statusBar().showMessage(text, timeout_ms)

    def save_now(self) -> None:
        """File ▸ Save: hand the draft to the writer now. "Saved" is shown when the
        library has it (the save label in the status bar), never before."""
        session = self.window.session
        if session.article is None:
            return
        if session.read_only:
            self._tell(translate("SaveCommands", "This article is read-only here"), 5000)
            return
        session.autosaver.discard()
        session.save_now(urgent=True)
        self._tell(translate("SaveCommands", "Saving…"), 2000)

    def save_draft_as(self) -> bool:
        """File ▸ Save draft as…: the draft on screen, to a text file."""
        return save_current_draft_as(self.window)

    def opened(self) -> None:
        """An article was opened: if read-only here, say why (after "Reopened …")."""
        if self.window.session.read_only:
            QTimer.singleShot(0, self, self._say_read_only)

    @Slot()
    def _say_read_only(self) -> None:
        session = self.window.session
        if session.read_only:
            self._tell(session.keeper.read_only_reason, 15000)

    def recover_after_crash(self, open_article: Callable[[Article], None] | None) -> bool:
        """At start: if the last run died with an article open, say what was recovered
        and open it again with ``open_article`` (None: only say so). Whether there was
        something to recover."""
        writes = Writes(self.library, self.window.session.saving)
        found = find_recovered(
            self.library, lambda op: writes.hand_over(op, "the claims of a crashed window")
        )
        if found is None:
            return False
        article, message = found
        if open_article is not None:
            open_article(article)
        else:
            message = translate(
                "SaveCommands", "{recovered} — File ▸ Open from library opens it"
            ).format(recovered=message)
        self._tell(message, 30000)
        return True

    def may_close(self, *, unattended: bool = False) -> bool:
        """Whether the window may close: everything is in the library, or the editor
        chose what to do with the rest (asked only when the library cannot take it, and
        never when ``unattended``)."""
        if not confirm_unsaved(self.window, unattended=unattended):
            return False
        self.closed = True
        return True

    def shutdown(self) -> None:
        """The window has closed: stop the writer after it has written what it can."""
        self.window.session.saving.shutdown(timeout_s=WRITER_STOP_S)
