"""How the structure looks: character formats for its kinds, tints for its blocks, colours
for the authors of incoming revisions.

Formats compose with the issue formats (:func:`reviewdesk.gui.palette.compose_format`):
the structure gives the font (size, weight, slant) and the text colour of a link or an
insertion, the issues and notes give the background and, where both want one, the
underline, so an issue's wavy line still shows on a link or a heading. Colours are
mixed from the pane's own palette, so a dark desktop theme gets dark tints.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat

from reviewdesk.gui.palette import LIGHT, Colours, compose_format

#: Kind prefixes this module draws (see :mod:`reviewdesk.service.structure_layout`).
PREFIXES = ("s:", "b:", "p:", "r:")

# Title, then heading levels 1-6: how much larger than the text.
HEADING_SIZES = (1.6, 1.45, 1.25, 1.12, 1.05, 1.0, 1.0)
NOTE_MARK_SCALE = 0.72  # a footnote mark's number, as Word sets it: small and raised
# Authors of revisions, in order of appearance: Word gives each author a colour too.
AUTHOR_COLOURS = ("#00796b", "#ad1457", "#1565c0", "#6a1b9a", "#e65100", "#2e7d32")
# Block tints: a hue mixed lightly into the pane's background.
TINTS: dict[str, str] = {
    "footnote": "#d9a520",
    "endnote": "#d9a520",
    "header": "#5c7fa3",
    "footer": "#5c7fa3",
    "text_box": "#8e6bbf",
    "row": "#7a8a99",
}
TINT_AMOUNT = 0.13
ROW_BAND_AMOUNT = (0.05, 0.11)  # odd and even rows


def is_dark(palette: QPalette) -> bool:
    """Whether the pane's background is dark (a dark theme)."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def mix(base: QColor, colour: QColor, amount: float) -> QColor:
    """``amount`` of ``colour`` mixed into ``base`` (opaque)."""
    keep = 1.0 - amount
    return QColor(
        round(base.red() * keep + colour.red() * amount),
        round(base.green() * keep + colour.green() * amount),
        round(base.blue() * keep + colour.blue() * amount),
    )


def tint(palette: QPalette, name: str, amount: float = TINT_AMOUNT) -> QColor:
    """The background of a block of kind ``name`` (a footnote, a header, a table row)."""
    base = palette.color(QPalette.ColorRole.Base)
    return mix(base, QColor(TINTS.get(name, "#888888")), amount * (1.6 if is_dark(palette) else 1))


def ink(palette: QPalette, name: str) -> QColor:
    """A readable colour for the label of a block of kind ``name``."""
    colour = QColor(TINTS.get(name, "#666666"))
    return colour.lighter(150) if is_dark(palette) else colour.darker(150)


def author_colour(index: int, palette: QPalette | None = None) -> QColor:
    """The colour of the ``index``-th author's revisions."""
    colour = QColor(AUTHOR_COLOURS[index % len(AUTHOR_COLOURS)])
    return colour.lighter(160) if palette is not None and is_dark(palette) else colour


def _parts(kind: str) -> list[str]:
    return kind.split(":")


class StructureStyle:
    """Character formats for the structure kinds of one pane (its font size and palette)."""

    def __init__(self, base_size: float, palette: QPalette) -> None:
        self.base_size = base_size
        self.palette = palette

    def composer(self) -> Callable[[tuple[str, ...], Colours], QTextCharFormat]:
        """A highlighter ``compose`` that draws structure kinds under the issue kinds (in
        the light or dark scheme's ``colours``)."""

        def compose(kinds: tuple[str, ...], colours: Colours = LIGHT) -> QTextCharFormat:
            mine = [k for k in kinds if k.startswith(PREFIXES)]
            if not mine:
                return compose_format(kinds, colours)
            fmt = self.format(mine)
            rest = tuple(k for k in kinds if not k.startswith(PREFIXES))
            if rest:
                fmt.merge(compose_format(rest, colours))
            return fmt

        return compose

    def format(self, kinds: list[str]) -> QTextCharFormat:
        """The format of a segment covered by these structure kinds."""
        fmt = QTextCharFormat()
        size = 1.0
        room = 0.0  # gaps of places at the same point add up
        for kind in kinds:
            parts = _parts(kind)
            prefix, name = parts[0], parts[1] if len(parts) > 1 else ""
            if prefix == "b":
                size = max(size, self._block(fmt, name, parts))
            elif prefix == "s":
                self._inline(fmt, name)
            elif prefix == "p" and len(parts) > 2:
                room += float(parts[2])
            elif prefix == "r":
                room += self._revision(fmt, name, parts)
        if room:
            gap(fmt, room)
        if size != 1.0:
            fmt.setFontPointSize(self.base_size * size)
        return fmt

    def _block(self, fmt: QTextCharFormat, name: str, parts: list[str]) -> float:
        if name in ("heading", "headline"):
            level = int(parts[2]) if name == "heading" and len(parts) > 2 else 0
            fmt.setFontWeight(QFont.Weight.Bold)
            return HEADING_SIZES[min(max(level, 0), len(HEADING_SIZES) - 1)]
        if name == "standfirst":
            fmt.setFontItalic(True)
            return 1.08
        if name == "byline":
            fmt.setFontWeight(QFont.Weight.DemiBold)
            return 0.95
        if name in ("caption", "photo_caption"):
            fmt.setFontItalic(True)
            return 0.95
        return 1.0

    def _inline(self, fmt: QTextCharFormat, name: str) -> None:
        if name == "bold":
            fmt.setFontWeight(QFont.Weight.Bold)
        elif name == "italic":
            fmt.setFontItalic(True)
        elif name == "underline":
            fmt.setFontUnderline(True)
        elif name == "link":
            fmt.setForeground(self.palette.color(QPalette.ColorRole.Link))
            fmt.setFontUnderline(True)
            fmt.setUnderlineColor(self.palette.color(QPalette.ColorRole.Link))

    def _revision(self, fmt: QTextCharFormat, name: str, parts: list[str]) -> float:
        """An insertion's colour and underline; a deletion's room (returned)."""
        colour = author_colour(int(parts[2]) if len(parts) > 2 else 0, self.palette)
        if name == "ins":
            fmt.setForeground(colour)
            fmt.setFontUnderline(True)
            fmt.setUnderlineColor(colour)
        elif name == "del" and len(parts) > 3:
            return float(parts[3])
        return 0.0


def gap(fmt: QTextCharFormat, width: float) -> None:
    """Leave ``width`` pixels after the character: room for a label drawn there."""
    fmt.setFontLetterSpacingType(QFont.SpacingType.AbsoluteSpacing)
    fmt.setFontLetterSpacing(width)
