"""The article the editor had open last, offered on the empty window: "Go on with …".

A desk turns over stories fast, and a shared machine's next editor is not the last one, so
an empty window does not reopen the last article by itself: it offers it, one click (or
Enter) away, and opens it at the place the editor left it. A desk that always goes on
where it stopped ticks "Open it when reviewdesk starts"; the choice is kept in the
window's settings, and then a start without a file named reopens it (never over a file
asked for on the command line, or an article reopened after a crash).

Which article and where are kept in the settings when an article closes (another opened,
File ▸ Close, quitting), so they outlive a restart. An article since deleted, or gone to the
bin, is not offered.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from reviewdesk.gui.i18n import translate
from reviewdesk.store import Library, StoreError
from reviewdesk.store.search import MatchPlace

log = logging.getLogger(__name__)

ID_KEY = "lastArticle/id"
POSITION_KEY = "lastArticle/position"
AT_START_KEY = "lastArticle/openAtStart"
TITLE_CHARS = 60  # a longer headline is cut with "…" on the button (whole in its tooltip)

OpenAt = Callable[[int, MatchPlace | None], bool]


def remember(settings: QSettings, article_id: int, position: int) -> None:
    """Keep the article closing and the draft's caret in it, for the next empty window."""
    settings.setValue(ID_KEY, article_id)
    settings.setValue(POSITION_KEY, max(position, 0))


def remembered(settings: QSettings) -> tuple[int, int] | None:
    """(article id, caret position) of the article open last, if any."""
    try:
        article_id = int(str(settings.value(ID_KEY, 0) or 0))
        position = int(str(settings.value(POSITION_KEY, 0) or 0))
    except (TypeError, ValueError):
        return None
    return (article_id, position) if article_id > 0 else None


def opens_at_start(settings: QSettings) -> bool:
    """Whether the desk chose to reopen the last article when the app starts."""
    return str(settings.value(AT_START_KEY, "false")).lower() in {"true", "1"}


class LastArticleOffer(QWidget):
    """The empty window's offer: a button that goes on with the last article, and the
    choice to do so by itself at every start."""

    def __init__(
        self, library: Library, settings: QSettings, open_at: OpenAt, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lastArticleOffer")
        self.library = library
        self.settings = settings
        self._open_at = open_at
        self._offered: tuple[int, int] | None = None
        self.button = QPushButton()
        self.button.setObjectName("goOnWithLast")
        self.button.setAutoDefault(True)  # Enter presses it, as Space does
        self.button.clicked.connect(self.go_on)
        self.at_start = QCheckBox(translate("LastArticle", "Open it when reviewdesk &starts"))
        self.at_start.setObjectName("openLastAtStart")
        self.at_start.setToolTip(
            translate(
                "LastArticle",
                "Reopen the article you had open last, at the place you left it, whenever "
                "reviewdesk starts without a file to open",
            )
        )
        self.at_start.setChecked(opens_at_start(settings))
        self.at_start.toggled.connect(lambda on: settings.setValue(AT_START_KEY, bool(on)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        for widget in (self.button, self.at_start):
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(widget)
            row.addStretch(1)
            layout.addLayout(row)
        self.hide()

    def refresh(self) -> bool:
        """Offer the article open last, if it is still in the library (not in the bin);
        whether it is offered."""
        self._offered = None
        kept = remembered(self.settings)
        if kept is not None:
            try:
                summary = self.library.catalog.summary(kept[0])
            except StoreError:  # deleted for good, or the library cannot say
                summary = None
            if summary is not None and not summary.deleted:
                title = summary.title.strip() or translate("LastArticle", "(untitled)")
                shown = title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1] + "…"
                self.button.setText(
                    translate("LastArticle", "&Go on with “{title}”").format(title=shown)
                )
                self.button.setToolTip(
                    translate(
                        "LastArticle", "Open “{title}” again, at the place you left it"
                    ).format(title=title)
                )
                self._offered = kept
        self.setVisible(self._offered is not None)
        return self._offered is not None

    def go_on(self) -> bool:
        """Open the article offered, its caret where the editor left it."""
        if self._offered is None:
            return False
        article_id, position = self._offered
        return self._open_at(article_id, MatchPlace("draft", position, position))

    def focus(self) -> None:
        """The button takes the keyboard, so Enter goes on at once."""
        if self._offered is not None:
            self.button.setFocus(Qt.FocusReason.OtherFocusReason)
