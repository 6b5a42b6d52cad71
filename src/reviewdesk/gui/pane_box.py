"""A pane with its name above it, and the byline of its source beside the name.

The original's byline (a web page's or a Word file's author, site and date) wraps onto
more lines in a narrow pane rather than being cut; the other pane's header then grows
by as much, so the two texts still start on the same line.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


class PaneBox(QWidget):
    """``title`` in bold over ``body``; ``details`` (a label) beside the title."""

    def __init__(self, title: str, body: QWidget, details: QLabel | None = None) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.header = QWidget(self)
        row = QHBoxLayout(self.header)
        row.setContentsMargins(4, 2, 4, 0)
        self.title = QLabel(f"<b>{title}</b>", self.header)
        top = Qt.AlignmentFlag.AlignTop
        row.addWidget(self.title, 0, top)
        if details is not None:
            row.addWidget(details, 1, top)
        else:
            row.addStretch(1)
        layout.addWidget(self.header)
        layout.addWidget(body)
        if not body.accessibleName():  # what a screen reader calls the pane
            body.setAccessibleName(title)


class SameHeight(QObject):
    """Keeps the headers of side-by-side panes as tall as the tallest of them."""

    def __init__(self, headers: list[QWidget], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = headers
        for header in headers:
            header.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """When a header's own content changes height, give the others the same."""
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.match()
        return False

    def match(self) -> None:
        """Set every header's minimum height to the tallest natural height."""
        tallest = 0
        for header in self.headers:
            layout = header.layout()
            natural = (
                layout.totalHeightForWidth(header.width())
                if layout is not None and layout.hasHeightForWidth()
                else header.sizeHint().height()
            )
            tallest = max(tallest, natural)
        for header in self.headers:
            if header.minimumHeight() != tallest:
                header.setMinimumHeight(tallest)
