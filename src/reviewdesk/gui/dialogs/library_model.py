"""The library window's table: one row per article (or per search hit), sortable.

A plain :class:`QAbstractTableModel` over :class:`ArticleSummary` rows, so ten thousand
articles list at once (cells are made when painted, not up front). Each column gives its
shown text, a value to sort by (numbers as numbers, times as ISO strings) and a tooltip.
Search hits add a "Match" column whose snippet is painted with the matched words marked.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QGuiApplication,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from reviewdesk.gui.dialect_names import dialect_name
from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from reviewdesk.gui.palette import NOTE_BACKGROUND, colours_for, review_status_label
from reviewdesk.store.catalog import ArticleSummary
from reviewdesk.store.search import FIELD_LABELS, SearchHit

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
HTML_ROLE = Qt.ItemDataRole.UserRole + 3
_Index = QModelIndex | QPersistentModelIndex


class Row(NamedTuple):
    """An article in the table, with the search hit that brought it there (if any)."""

    summary: ArticleSummary
    hit: SearchHit | None = None


def local_time(stamp: str) -> datetime | None:
    """A library timestamp (ISO UTC) in local time."""
    try:
        when = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone()


def when_label(stamp: str, now: datetime | None = None) -> str:
    """ "Today 10:42", "Yesterday 09:15", "5 Dec 10:42" or "5 Dec 2024" for a timestamp."""
    when = local_time(stamp)
    if when is None:
        return stamp
    now = now or datetime.now().astimezone()
    days = (now.date() - when.date()).days
    if days == 0:
        return translate("LibraryColumn", "Today {time}").format(time=f"{when:%H:%M}")
    if days == 1:
        return translate("LibraryColumn", "Yesterday {time}").format(time=f"{when:%H:%M}")
    if when.year == now.year:
        return f"{when.day} {when:%b %H:%M}"
    return f"{when.day} {when:%b %Y}"


def status_label(row: Row) -> str:
    """The status as the desk says it; archived articles say so too."""
    summary = row.summary
    label = review_status_label(summary.status)
    if summary.deleted:
        return translate("LibraryColumn", "{status} (in the bin)").format(status=label)
    if summary.archived:
        return translate("LibraryColumn", "{status}, archived").format(status=label)
    return label


def source_label(row: Row) -> str:
    """The file the article came from, by name (pasted articles have none)."""
    summary = row.summary
    if not summary.source_path:
        return translate("LibraryColumn", "Pasted")
    return Path(summary.source_path).name or summary.source_path


def snippet_html(hit: SearchHit, mark: str = NOTE_BACKGROUND) -> str:
    """The hit's snippet as HTML, the matched words marked with background ``mark``."""
    out, pos = [], 0
    for start, end in hit.marks:
        out.append(html.escape(hit.snippet[pos:start]))
        word = html.escape(hit.snippet[start:end])
        out.append(f'<span style="background:{mark}"><b>{word}</b></span>')
        pos = end
    out.append(html.escape(hit.snippet[pos:]))
    field = FIELD_LABELS.get(hit.field)
    name = translate("SearchField", field) if field else hit.field
    return f"<i>{html.escape(name)}:</i> " + "".join(out)


# the store's names of the places a search hit is found, for the .ts file
_FIELD_NAMES = (
    QT_TRANSLATE_NOOP("SearchField", "Title"),
    QT_TRANSLATE_NOOP("SearchField", "Draft"),
    QT_TRANSLATE_NOOP("SearchField", "Original"),
    QT_TRANSLATE_NOOP("SearchField", "Note"),
)


@dataclass(frozen=True)
class Column:
    """One column: its header, header tooltip, and what a row shows and sorts by."""

    title: str
    tip: str
    text: Callable[[Row], str]
    sort: Callable[[Row], Any]
    right: bool = False  # numbers line up on the right


def _issues(row: Row) -> str:
    count = row.summary.open_issues
    return "—" if count is None else str(count)


COLUMNS: tuple[Column, ...] = (
    Column(
        QT_TRANSLATE_NOOP("LibraryColumn", "Title"),
        QT_TRANSLATE_NOOP("LibraryColumn", "The article's headline"),
        lambda r: r.summary.title,
        lambda r: r.summary.title.casefold(),
    ),
    Column(
        QT_TRANSLATE_NOOP("LibraryColumn", "Status"),
        QT_TRANSLATE_NOOP("LibraryColumn", "Where the article is in review"),
        status_label,
        status_label,
    ),
    Column(
        QT_TRANSLATE_NOOP("LibraryColumn", "Dialect"),
        QT_TRANSLATE_NOOP("LibraryColumn", "The article's English"),
        lambda r: dialect_name(r.summary.language),  # "British English", as every box says
        lambda r: dialect_name(r.summary.language),
    ),
    Column(
        QT_TRANSLATE_NOOP("LibraryColumn", "Words"),
        QT_TRANSLATE_NOOP("LibraryColumn", "Words in the draft"),
        lambda r: f"{r.summary.words:,}",
        lambda r: r.summary.words,
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("LibraryColumn", "Issues"),
        QT_TRANSLATE_NOOP(
            "LibraryColumn",
            "Open issues in the draft when it was last checked in the window (— : not checked yet)",
        ),
        _issues,
        lambda r: -1 if r.summary.open_issues is None else r.summary.open_issues,
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("LibraryColumn", "Notes"),
        QT_TRANSLATE_NOOP("LibraryColumn", "Open (unresolved) notes"),
        lambda r: str(r.summary.open_notes),
        lambda r: r.summary.open_notes,
        True,
    ),
    Column(
        QT_TRANSLATE_NOOP("LibraryColumn", "Last change"),
        QT_TRANSLATE_NOOP("LibraryColumn", "When the article last changed"),
        lambda r: when_label(r.summary.updated),
        lambda r: r.summary.updated,
    ),
    Column(
        QT_TRANSLATE_NOOP("LibraryColumn", "Source"),
        QT_TRANSLATE_NOOP("LibraryColumn", "The file the article was imported from"),
        source_label,
        lambda r: source_label(r).casefold(),
    ),
)
MATCH = Column(
    QT_TRANSLATE_NOOP("LibraryColumn", "Match"),
    QT_TRANSLATE_NOOP("LibraryColumn", "Where the words were found"),
    lambda r: r.hit.marked("", "") if r.hit else "",
    lambda r: 0,
)


class ArticleTableModel(QAbstractTableModel):
    """The rows the library window shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self._given: list[Row] = []  # in the order they came (search hits: best first)
        self.columns: tuple[Column, ...] = COLUMNS

    def set_rows(self, rows: list[Row], *, with_matches: bool) -> None:
        """Show ``rows`` (search hits get the Match column)."""
        self.beginResetModel()
        self.rows = list(rows)
        self._given = list(rows)
        self.columns = (*COLUMNS[:1], MATCH, *COLUMNS[1:]) if with_matches else COLUMNS
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (a header click); column -1 puts back the order given.

        Sorted here with one key per row, not through a proxy model that would call back
        into Python twice per comparison (seconds for ten thousand articles)."""
        self.layoutAboutToBeChanged.emit()
        if 0 <= column < len(self.columns):
            key = self.columns[column].sort
            descending = order == Qt.SortOrder.DescendingOrder
            self.rows = sorted(self._given, key=key, reverse=descending)
        else:
            self.rows = list(self._given)
        self.layoutChanged.emit()

    def row_of(self, article_id: int | None) -> int:
        """The row showing an article, or -1."""
        return next((n for n, r in enumerate(self.rows) if r.summary.id == article_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        """Rows shown."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        """Columns shown."""
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles and their tooltips."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("LibraryColumn", column.title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("LibraryColumn", column.tip)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's text, sort value, tooltip, alignment or the row's article id."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort(row)
        if role == ID_ROLE:
            return row.summary.id
        if role == HTML_ROLE and column is MATCH and row.hit is not None:
            return snippet_html(row.hit, colours_for(QGuiApplication.palette()).note)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _tooltip(row: Row, column: Column) -> str:
        summary = row.summary
        if column.title == "Source":
            return summary.source_path or translate("LibraryColumn", "Pasted into reviewdesk")
        if column.title == "Last change":
            when = local_time(summary.updated)
            return f"{when:%A %d %B %Y, %H:%M}" if when else summary.updated
        if column is MATCH and row.hit is not None:
            return row.hit.marked("«", "»")
        return column.text(row)


class SnippetDelegate(QStyledItemDelegate):
    """Paints a cell's HTML (a search snippet with its words marked) in one line."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        """Draw the item's background and selection as usual, then the marked snippet."""
        markup = index.data(HTML_ROLE)
        if not markup:
            super().paint(painter, option, index)
            return
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""
        widget = options.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, widget)
        rect: QRect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, options, widget)
        document = QTextDocument()
        document.setDefaultFont(options.font)
        document.setDocumentMargin(1)
        document.setHtml(markup)
        context = QAbstractTextDocumentLayout.PaintContext()
        if options.state & QStyle.StateFlag.State_Selected:
            colour = options.palette.color(QPalette.ColorRole.HighlightedText)
            context.palette.setColor(QPalette.ColorRole.Text, colour)
        painter.save()
        # centred in the row, as the other cells' text is
        offset = max(0.0, (rect.height() - document.size().height()) / 2)
        painter.translate(rect.left(), rect.top() + offset)
        painter.setClipRect(QRectF(0, -offset, rect.width(), rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()
