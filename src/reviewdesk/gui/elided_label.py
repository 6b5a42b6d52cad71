"""A one-line label that shortens its text with "…" instead of widening the window.

The status bar's engine errors and counts can be long; a plain QLabel asks for its whole
text's width, and a status bar's permanent widgets decide the window's minimum width.
This label asks for little, shows as much as fits, and keeps the whole text in its
tooltip (and its accessible description) while it is cut.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

#: the least a label asks for, in average characters
MIN_CHARS = 8


class ElidedLabel(QLabel):
    """A QLabel for plain, one-line text that elides at the right."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._tip = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def setToolTip(self, tip: str) -> None:  # noqa: N802 - Qt override
        """The tooltip to show when the text is whole (the text itself when cut)."""
        self._tip = tip
        super().setToolTip(tip)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """A few characters wide: the text may always be shortened."""
        hint = super().minimumSizeHint()
        room = self.fontMetrics().averageCharWidth() * MIN_CHARS
        return QSize(min(hint.width(), room), hint.height())

    def is_elided(self) -> bool:
        """Whether the text is cut at the present width."""
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Draw the text, elided to the width."""
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self.alignment()), text)
        painter.end()
        cut = text != self.text()
        tip = self.text() if cut and not self._tip else self._tip
        if cut and self._tip and self.text() not in self._tip:
            tip = f"{self.text()}\n{self._tip}"
        if super().toolTip() != tip:
            super().setToolTip(tip)


def title_heading(title: str, parent: QWidget | None = None) -> ElidedLabel:
    """A dialog's heading naming the article, in bold on one line.

    An article's title is its first line, and a pasted or Word article's first line can
    run to a paragraph: as a plain label it widened the Export and Print dialogs past the
    window and was cut mid-word at the screen's edge. This one ends in "…" and keeps the
    whole title in its tooltip.
    """
    heading = ElidedLabel(title, parent)
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    # the form below decides the dialog's width; the title takes what is there
    heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    heading.setObjectName("articleTitle")  # the article's own words: not translated
    heading.setAccessibleName(title)
    heading.setToolTip(title)
    return heading
