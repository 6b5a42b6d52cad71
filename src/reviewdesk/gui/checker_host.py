"""The window's checker: started with the window, shown in the status line, swapped
for new engine settings, stopped when the window closes (if the window owns it).

Kept apart from the window because the checker outlives none of it but changes under
it: the checking settings replace it with a new one while an article is open, and
everything that listened to the old one must listen to the new one instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Slot

from reviewdesk.desk.engines import EngineSettings
from reviewdesk.gui.checking import CheckCoordinator
from reviewdesk.gui.session import ReviewSession
from reviewdesk.gui.status_line import StatusLine
from reviewdesk.gui.view_focus import ViewFocus
from reviewdesk.service.panes import DRAFT, ORIGINAL

log = logging.getLogger(__name__)


class CheckerHost(QObject):
    """Holds the window's :class:`CheckCoordinator`; ``owned`` says whether closing the
    window stops it (a shared one, as in tests or a second window, is left running)."""

    def __init__(self, coordinator: CheckCoordinator, owned: bool, parent: QObject) -> None:
        super().__init__(parent)
        self.coordinator = coordinator
        self.owned = owned
        self._session: ReviewSession | None = None
        self._status: StatusLine | None = None
        self._tell: Callable[[str], None] = lambda _text: None

    def attach(
        self, session: ReviewSession, status: StatusLine, tell: Callable[[str], None]
    ) -> None:
        """Report to ``status`` (busy or idle) and ``tell`` (failures); feed ``session``."""
        self._session, self._status, self._tell = session, status, tell
        self._connect()
        self.view_focus = ViewFocus(self.coordinator.focus, self)  # replace() keeps the board
        self.view_focus.watch(DRAFT, session.draft)
        self.view_focus.watch(ORIGINAL, session.original)

    def start(self) -> None:
        """Start the checker (it warms up off the UI thread)."""
        self.coordinator.start()
        if self.coordinator.is_ready:
            self._on_ready()

    def _connect(self) -> None:
        self.coordinator.busy_changed.connect(self._on_busy)
        self.coordinator.progress_changed.connect(self._on_progress)
        self.coordinator.ready.connect(self._on_ready)
        self.coordinator.failed.connect(self._on_failed)

    def replace(self, settings: EngineSettings) -> None:
        """Switch to new engine settings at once: new check threads, then a re-check."""
        old = self.coordinator
        for signal, slot in (
            (old.busy_changed, self._on_busy),
            (old.progress_changed, self._on_progress),
            (old.ready, self._on_ready),
            (old.failed, self._on_failed),
        ):
            signal.disconnect(slot)
        session = self._session
        article = session.article if session is not None else None
        language = article.language if article is not None else "en-US"
        owned = self.owned
        parent = self.parent()
        self.coordinator = CheckCoordinator(
            settings, parent, warm_language=language, focus=old.focus
        )
        self.owned = True
        self._connect()
        if self._status is not None:
            self._status.starting()
        self.coordinator.start()
        if session is not None:
            session.use_coordinator(self.coordinator)
        if owned:
            old.shutdown()
        else:  # shared: it stays, without this window's checks
            old.withdraw()
        log.info("checker replaced for new engine settings")

    def shutdown(self) -> None:
        """The window is closing: stop the checker if it is the window's own, else take
        the window's checks back from it."""
        if self.owned:
            self.coordinator.shutdown()
        else:
            self.coordinator.withdraw()

    @Slot(str)
    def _on_failed(self, text: str) -> None:
        self._tell(text)

    @Slot(bool)
    def _on_busy(self, busy: bool) -> None:
        if self.coordinator.is_ready and self._status is not None:
            self._status.set_busy(busy)

    @Slot(float)
    def _on_progress(self, fraction: float) -> None:
        """A long article's check: how far it has got."""
        if self.coordinator.busy and self._status is not None:
            self._status.set_progress(fraction)

    @Slot()
    def _on_ready(self) -> None:
        self._on_busy(self.coordinator.busy)
