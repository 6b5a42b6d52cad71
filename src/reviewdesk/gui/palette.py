"""Colours and character formats: one colour per issue category, plus redline and notes.

Two sets of colours, one for light and one for dark backgrounds (:data:`LIGHT`,
:data:`DARK`); :func:`scheme_of` tells which a palette needs by its text background.
Text over every tint keeps a WCAG contrast of at least 4.5:1 in both, and every
underline at least 3:1 against the page (tests/gui/test_appearance.py checks it).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPalette, QPixmap, QTextCharFormat

from reviewdesk.core.models import Category
from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate

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
    Category.PUNCTUATION: "#e65100",
    Category.SPACING: "#00897b",
    Category.CAPITALIZATION: "#6d4c41",
    Category.CONSISTENCY: "#d81b60",
    Category.STYLE: "#558b2f",
    Category.DEBRIS: "#546e7a",
    Category.TYPOGRAPHY: "#3949ab",
}

CATEGORY_LABELS: dict[Category, str] = {
    Category.SPELLING: QT_TRANSLATE_NOOP("Category", "Spelling"),
    Category.GRAMMAR: QT_TRANSLATE_NOOP("Category", "Grammar"),
    Category.CONFUSION: QT_TRANSLATE_NOOP("Category", "Confused words"),
    Category.PUNCTUATION: QT_TRANSLATE_NOOP("Category", "Punctuation"),
    Category.SPACING: QT_TRANSLATE_NOOP("Category", "Spacing"),
    Category.CAPITALIZATION: QT_TRANSLATE_NOOP("Category", "Capitalisation"),
    Category.CONSISTENCY: QT_TRANSLATE_NOOP("Category", "Consistency"),
    Category.STYLE: QT_TRANSLATE_NOOP("Category", "Style"),
    Category.DEBRIS: QT_TRANSLATE_NOOP("Category", "Web debris"),
    Category.TYPOGRAPHY: QT_TRANSLATE_NOOP("Category", "Typography"),
}

ENGINE_LABELS: dict[str, str] = {
    "harper": QT_TRANSLATE_NOOP("Engine", "Harper"),
    "languagetool": QT_TRANSLATE_NOOP("Engine", "LanguageTool"),
    "mechanics": QT_TRANSLATE_NOOP("Engine", "Mechanics"),
    "names": QT_TRANSLATE_NOOP("Engine", "Names"),
    "debris": QT_TRANSLATE_NOOP("Engine", "Debris"),
    "house-style": QT_TRANSLATE_NOOP("Engine", "House style"),
}

INSERTED_BACKGROUND = "#e3f4e1"  # draft: text that differs from the original
DELETED_BACKGROUND = "#fbe3e3"  # original: text the draft changed or removed
NOTE_BACKGROUND = "#fff3a8"
# a resolved note is only a grey dotted line: it stays findable without asking for attention
NOTE_RESOLVED_COLOUR = "#9e9e9e"


class Scheme(StrEnum):
    """Light text on dark, or dark text on light."""

    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True)
class Colours:
    """Every colour the review draws, for one scheme."""

    scheme: Scheme
    categories: Mapping[Category, str]
    tint_alpha: int  # of the category colour, as the flagged text's background
    inserted: str
    deleted: str
    note: str
    note_resolved: str
    warning: str  # text of an error in the status bar or a dialog
    quiet: str  # text of something switched off or left out
    unknown: str  # a category this version does not know


LIGHT = Colours(
    Scheme.LIGHT,
    CATEGORY_COLOURS,
    tint_alpha=38,
    inserted=INSERTED_BACKGROUND,
    deleted=DELETED_BACKGROUND,
    note=NOTE_BACKGROUND,
    note_resolved=NOTE_RESOLVED_COLOUR,
    warning="#b71c1c",
    quiet="#616161",
    unknown="#757575",
)

# Lighter hues for a dark page (an underline must stand out from it), over which a
# stronger tint still leaves light text readable.
DARK = Colours(
    Scheme.DARK,
    {
        Category.SPELLING: "#ff6e6e",
        Category.GRAMMAR: "#64b5f6",
        Category.CONFUSION: "#ce93d8",
        Category.PUNCTUATION: "#ffb74d",
        Category.SPACING: "#4db6ac",
        Category.CAPITALIZATION: "#bcaaa4",
        Category.CONSISTENCY: "#f48fb1",
        Category.STYLE: "#aed581",
        Category.DEBRIS: "#90a4ae",
        Category.TYPOGRAPHY: "#9fa8da",
    },
    tint_alpha=56,
    inserted="#1f4224",
    deleted="#5a2228",
    note="#574800",
    note_resolved="#9e9e9e",
    warning="#ff8a80",
    quiet="#bdbdbd",
    unknown="#9e9e9e",
)

SCHEMES: dict[Scheme, Colours] = {Scheme.LIGHT: LIGHT, Scheme.DARK: DARK}


def scheme_of(palette: QPalette) -> Scheme:
    """Which colours suit ``palette``: dark when its text background is dark."""
    return Scheme.DARK if palette.color(QPalette.ColorRole.Base).lightness() < 128 else Scheme.LIGHT


def colours_for(palette: QPalette) -> Colours:
    """The colours for text drawn on ``palette``'s background."""
    return SCHEMES[scheme_of(palette)]


def engine_label(name: str) -> str:
    """A user-facing engine name, in the user's language."""
    label = ENGINE_LABELS.get(name)
    return translate("Engine", label) if label else name.replace("_", " ").title()


REVIEW_STATUS_LABELS: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("ReviewStatus", "New"),
    "in_review": QT_TRANSLATE_NOOP("ReviewStatus", "In review"),
    "done": QT_TRANSLATE_NOOP("ReviewStatus", "Done"),
}


def review_status_label(status: str) -> str:
    """An article's review status (new, in review, done) in the user's language."""
    label = REVIEW_STATUS_LABELS.get(str(status))
    return translate("ReviewStatus", label) if label else str(status)


def category_label(category: Category | str) -> str:
    """A category's name as the window shows it, in the user's language."""
    try:
        return translate("Category", CATEGORY_LABELS[Category(category)])
    except (ValueError, KeyError):
        return str(category)


def category_colour(category: Category | str, colours: Colours = LIGHT) -> QColor:
    """The colour of a category's underline and legend chip."""
    try:
        return QColor(colours.categories[Category(category)])
    except (ValueError, KeyError):
        return QColor(colours.unknown)


def category_background(category: Category | str, colours: Colours = LIGHT) -> QColor:
    """A light tint of the category colour, for the highlighted text's background."""
    colour = category_colour(category, colours)
    colour.setAlpha(colours.tint_alpha)
    return colour


# A kind ending in DIMMED belongs to a layer waiting for a re-check: drawn faint.
DIMMED = "~"
DIM_ALPHA = 0.4  # of the colour's usual opacity


def _faint(colour: QColor, dimmed: bool) -> QColor:
    if dimmed:
        colour = QColor(colour)
        colour.setAlphaF(colour.alphaF() * DIM_ALPHA)
    return colour


def compose_format(kinds: tuple[str, ...], colours: Colours = LIGHT) -> QTextCharFormat:
    """One character format for a segment covered by ``kinds`` (most important last wins).

    Backgrounds: note over issue over redline. Underline: the first issue's category, else
    the grey dots of a resolved note. Kinds marked :data:`DIMMED` are drawn faint.
    """
    if any(k.endswith(DIMMED) for k in kinds):
        return _compose({k.rstrip(DIMMED): k.endswith(DIMMED) for k in kinds}, colours)
    return _compose(dict.fromkeys(kinds, False), colours)


def _compose(dims: dict[str, bool], colours: Colours) -> QTextCharFormat:
    kinds = tuple(dims)
    fmt = QTextCharFormat()
    background: QColor | None = None
    if KIND_INSERTED in kinds:
        background = _faint(QColor(colours.inserted), dims[KIND_INSERTED])
    if KIND_DELETED in kinds:
        background = _faint(QColor(colours.deleted), dims[KIND_DELETED])
    issue_kinds = [k for k in kinds if k.startswith("cat:")]
    if issue_kinds:
        category = issue_kinds[0][4:]
        dimmed = dims[issue_kinds[0]]
        colour = _faint(category_colour(category, colours), dimmed)
        fmt.setUnderlineColor(colour)
        style = (
            QTextCharFormat.UnderlineStyle.DotLine
            if category in (Category.STYLE, Category.TYPOGRAPHY)
            else QTextCharFormat.UnderlineStyle.WaveUnderline
        )
        fmt.setUnderlineStyle(style)
        if background is None:
            background = _faint(category_background(category, colours), dimmed)
    if KIND_NOTE_RESOLVED in kinds and not issue_kinds:  # an issue's underline wins
        fmt.setUnderlineColor(QColor(colours.note_resolved))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    if KIND_NOTE in kinds:
        background = QColor(colours.note)
    if background is not None:
        fmt.setBackground(background)
    return fmt


class _ChipEngine(QIconEngine):
    """Paints the chip at whatever size and pixel ratio it is asked for, so it is as
    sharp at 200 % as at 100 % (a 12-pixel pixmap would be scaled up, blurred)."""

    def __init__(self, colour: QColor) -> None:
        super().__init__()
        self.colour = QColor(colour)

    def paint(self, painter: QPainter, rect: QRect, _mode: QIcon.Mode, _state: QIcon.State) -> None:
        """A rounded square filling ``rect``, with a darker rim."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(self.colour)
        painter.setPen(self.colour.darker(130))
        side = min(rect.width(), rect.height())
        inset = side / 12
        radius = side / 4
        box = QRectF(rect.x() + inset, rect.y() + inset, side - 2 * inset, side - 2 * inset)
        painter.drawRoundedRect(box, radius, radius)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """The chip drawn at ``size`` device pixels."""
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def scaledPixmap(  # noqa: N802 - Qt override
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        """The chip for ``size`` logical pixels at ``scale`` device pixels each."""
        pixmap = self.pixmap(size * scale, mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        """A copy (QIcon detaches)."""
        return _ChipEngine(self.colour)


def colour_chip(colour: QColor, size: int = 12) -> QIcon:
    """A small rounded square in ``colour``, sharp at any scale (``size`` is kept for
    callers that ask for a pixmap of the usual size)."""
    del size
    return QIcon(_ChipEngine(colour))
