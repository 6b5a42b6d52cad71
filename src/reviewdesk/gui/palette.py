"""Colours and character formats: one colour per issue category, plus redline and notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QTextCharFormat

from reviewdesk.core.models import Category

# The kinds live in the Qt-free layout module (the checker process uses them too).
from reviewdesk.service.layout import KIND_DELETED as KIND_DELETED
from reviewdesk.service.layout import KIND_INSERTED as KIND_INSERTED
from reviewdesk.service.layout import KIND_NOTE as KIND_NOTE
from reviewdesk.service.layout import KIND_NOTE_RESOLVED as KIND_NOTE_RESOLVED
from reviewdesk.service.layout import kind_for as kind_for

CATEGORY_COLOURS: dict[Category, str] = {
    Category.SPELLING: "#d32f2f",
    Category.GRAMMAR: "#1565c0",
    Category.CONFUSION: "#8e24aa",
    Category.PUNCTUATION: "#ef6c00",
    Category.SPACING: "#00897b",
    Category.CAPITALIZATION: "#6d4c41",
    Category.CONSISTENCY: "#d81b60",
    Category.STYLE: "#689f38",
    Category.DEBRIS: "#546e7a",
    Category.TYPOGRAPHY: "#3949ab",
}

CATEGORY_LABELS: dict[Category, str] = {
    Category.SPELLING: "Spelling",
    Category.GRAMMAR: "Grammar",
    Category.CONFUSION: "Confused words",
    Category.PUNCTUATION: "Punctuation",
    Category.SPACING: "Spacing",
    Category.CAPITALIZATION: "Capitalisation",
    Category.CONSISTENCY: "Consistency",
    Category.STYLE: "Style",
    Category.DEBRIS: "Web debris",
    Category.TYPOGRAPHY: "Typography",
}

ENGINE_LABELS: dict[str, str] = {
    "harper": "Harper",
    "languagetool": "LanguageTool",
    "mechanics": "Mechanics",
    "names": "Names",
    "debris": "Debris",
    "house-style": "House style",
}

INSERTED_BACKGROUND = "#e3f4e1"  # draft: text that differs from the original
DELETED_BACKGROUND = "#fbe3e3"  # original: text the draft changed or removed
NOTE_BACKGROUND = "#fff3a8"
# a resolved note is only a grey dotted line: it stays findable without asking for attention
NOTE_RESOLVED_COLOUR = "#9e9e9e"


def engine_label(name: str) -> str:
    """A user-facing engine name."""
    return ENGINE_LABELS.get(name, name.replace("_", " ").title())


def category_colour(category: Category | str) -> QColor:
    """The colour of a category's underline and legend chip."""
    try:
        return QColor(CATEGORY_COLOURS[Category(category)])
    except ValueError:
        return QColor("#757575")


def category_background(category: Category | str) -> QColor:
    """A light tint of the category colour, for the highlighted text's background."""
    colour = category_colour(category)
    colour.setAlpha(38)
    return colour


# A kind ending in DIMMED belongs to a layer waiting for a re-check: drawn faint.
DIMMED = "~"
DIM_ALPHA = 0.4  # of the colour's usual opacity


def _faint(colour: QColor, dimmed: bool) -> QColor:
    if dimmed:
        colour = QColor(colour)
        colour.setAlphaF(colour.alphaF() * DIM_ALPHA)
    return colour


def compose_format(kinds: tuple[str, ...]) -> QTextCharFormat:
    """One character format for a segment covered by ``kinds`` (most important last wins).

    Backgrounds: note over issue over redline. Underline: the first issue's category, else
    the grey dots of a resolved note. Kinds marked :data:`DIMMED` are drawn faint.
    """
    if any(k.endswith(DIMMED) for k in kinds):
        return _compose({k.rstrip(DIMMED): k.endswith(DIMMED) for k in kinds})
    return _compose(dict.fromkeys(kinds, False))


def _compose(dims: dict[str, bool]) -> QTextCharFormat:
    kinds = tuple(dims)
    fmt = QTextCharFormat()
    background: QColor | None = None
    if KIND_INSERTED in kinds:
        background = _faint(QColor(INSERTED_BACKGROUND), dims[KIND_INSERTED])
    if KIND_DELETED in kinds:
        background = _faint(QColor(DELETED_BACKGROUND), dims[KIND_DELETED])
    issue_kinds = [k for k in kinds if k.startswith("cat:")]
    if issue_kinds:
        category = issue_kinds[0][4:]
        dimmed = dims[issue_kinds[0]]
        colour = _faint(category_colour(category), dimmed)
        fmt.setUnderlineColor(colour)
        style = (
            QTextCharFormat.UnderlineStyle.DotLine
            if category in (Category.STYLE, Category.TYPOGRAPHY)
            else QTextCharFormat.UnderlineStyle.WaveUnderline
        )
        fmt.setUnderlineStyle(style)
        if background is None:
            background = _faint(category_background(category), dimmed)
    if KIND_NOTE_RESOLVED in kinds and not issue_kinds:  # an issue's underline wins
        fmt.setUnderlineColor(QColor(NOTE_RESOLVED_COLOUR))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    if KIND_NOTE in kinds:
        background = QColor(NOTE_BACKGROUND)
    if background is not None:
        fmt.setBackground(background)
    return fmt


def colour_chip(colour: QColor, size: int = 12) -> QIcon:
    """A small rounded square in ``colour``."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(colour)
    painter.setPen(colour.darker(130))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)
