"""The window's central area: the two panes (with the find bar and the legend under them),
the hint shown when no article is open, and the welcome of a first run.

Which page shows: the panes while an article is open; else the welcome while the library
is empty (:mod:`reviewdesk.gui.welcome`); else the hint to open an article, with the
offer to go on with the last one (:mod:`reviewdesk.gui.last_article`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from reviewdesk.core.models import Article
from reviewdesk.core.source_details import source_details, source_line
from reviewdesk.gui.editor import ReviewEditor
from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from reviewdesk.gui.pane_box import PaneBox, SameHeight
from reviewdesk.gui.welcome import Welcome

EMPTY_HINT = QT_TRANSLATE_NOOP("CentralArea", "Open an article (Ctrl+O) or drop a file here")


class CentralArea(QStackedWidget):
    """The panes' page, the empty hint and the welcome, one at a time."""

    def __init__(
        self,
        original: ReviewEditor,
        draft: ReviewEditor,
        below: list[QWidget],
        welcome: Welcome,
        parent: QWidget | None = None,
        *,
        above: list[QWidget] | None = None,
    ) -> None:
        super().__init__(parent)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("panesSplitter")
        # byline, site and date of an imported web page or .docx, beside "Original"
        self.source_label = QLabel()
        self.source_label.setObjectName("sourceDetails")
        self.source_label.setAccessibleName(translate("CentralArea", "Byline, site and date"))
        self.source_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # a long byline wraps onto more lines in a narrow pane, never widens it
        self.source_label.setWordWrap(True)
        self.source_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        left = PaneBox(translate("CentralArea", "Original"), original, self.source_label)
        right = PaneBox(translate("CentralArea", "Draft"), draft)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self._same_height = SameHeight([left.header, right.header], self)
        self.splitter.setChildrenCollapsible(False)
        self.review = QWidget()
        layout = QVBoxLayout(self.review)
        layout.setContentsMargins(4, 4, 4, 0)
        for widget in above or []:  # the import warnings of a Word file
            layout.addWidget(widget)
        layout.addWidget(self.splitter, 1)
        for widget in below:
            layout.addWidget(widget)
        self.empty_label = QLabel(translate("CentralArea", EMPTY_HINT))
        self.empty_label.setObjectName("emptyHint")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(mid); font-size: 15pt;")
        # the hint, and under it the offer of the last article (added on first showing)
        self.empty_page = QWidget()
        self.empty_page.setObjectName("emptyPage")
        self._empty_layout = QVBoxLayout(self.empty_page)
        self._empty_layout.addStretch(1)
        self._empty_layout.addWidget(self.empty_label)
        self._empty_layout.addStretch(1)
        self.offer: QWidget | None = None
        self.welcome = welcome
        self.addWidget(self.empty_page)
        self.addWidget(self.review)
        self.addWidget(self.welcome)

    def show_page(self, *, article_open: bool, first_run: bool) -> None:
        """The panes, the welcome (an empty library) or the hint."""
        if article_open:
            self.setCurrentWidget(self.review)
        else:
            self.setCurrentWidget(self.welcome if first_run else self.empty_page)

    def add_offer(self, offer: QWidget) -> None:
        """Put ``offer`` under the empty page's hint (once)."""
        if self.offer is None:
            self.offer = offer
            self._empty_layout.insertWidget(2, offer)

    def show_source(self, article: Article | None) -> None:
        """The byline, site and date of the article's source beside "Original"."""
        meta = article.meta if article is not None else {}
        self.source_label.setText(source_line(meta, translate("CentralArea", "By {author}")))
        self.source_label.setToolTip(
            "\n".join(
                translate("CentralArea", "{label}: {value}").format(
                    label=translate("SourceDetails", label), value=value
                )
                for label, value in source_details(meta)
            )
        )
