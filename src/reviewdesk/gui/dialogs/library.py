"""File ▸ Open from library (Ctrl+Shift+O): every article in a sortable, searchable table.

Filter by status, by when it last changed, and by shelf (in review, archived, the bin);
search titles, drafts, originals and notes as you type. Enter opens the selected article,
at the match when the row came from a search: the words are selected in the pane they
were found in (the draft, the original, or a note's passage). Archive and Delete ask
first; deleted articles wait in the bin, restorable until the bin is emptied.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.core.text import quoted_for_screen
from reviewdesk.gui.dialogs.empty_table import EmptyState
from reviewdesk.gui.dialogs.library_model import (
    ArticleTableModel,
    Row,
    SnippetDelegate,
)
from reviewdesk.gui.dialogs.library_shelf import BeforeDelete, ShelfButtons
from reviewdesk.gui.dialogs.sort_header import SortHeader
from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from reviewdesk.gui.written_wait import Writes
from reviewdesk.store import Library, StoreError
from reviewdesk.store.catalog import View
from reviewdesk.store.search import MatchPlace

log = logging.getLogger(__name__)

SEARCH_LIMIT = 200
SEARCH_DELAY_MS = 150
RESIZE_ROWS = 80  # rows looked at to size the columns
TITLE_WIDTH = 280  # pixels: the Title column beside a search's matches, at most
VIEWS = (
    (QT_TRANSLATE_NOOP("LibraryDialog", "In the library"), View.ACTIVE),
    (QT_TRANSLATE_NOOP("LibraryDialog", "Archived"), View.ARCHIVED),
    (QT_TRANSLATE_NOOP("LibraryDialog", "Everything but the bin"), View.ALL),
    (QT_TRANSLATE_NOOP("LibraryDialog", "Bin"), View.BIN),
)
STATUSES = (
    (QT_TRANSLATE_NOOP("LibraryDialog", "Any status"), ""),
    (QT_TRANSLATE_NOOP("ReviewStatus", "New"), "new"),
    (QT_TRANSLATE_NOOP("ReviewStatus", "In review"), "in_review"),
    (QT_TRANSLATE_NOOP("ReviewStatus", "Done"), "done"),
)
PERIODS = (
    (QT_TRANSLATE_NOOP("LibraryDialog", "Any time"), None),
    (QT_TRANSLATE_NOOP("LibraryDialog", "Today"), 0),
    (QT_TRANSLATE_NOOP("LibraryDialog", "Last 7 days"), 7),
    (QT_TRANSLATE_NOOP("LibraryDialog", "Last 30 days"), 30),
    (QT_TRANSLATE_NOOP("LibraryDialog", "Last year"), 365),
)


def since_for(days: int | None, now: datetime | None = None) -> str:
    """The earliest change time (ISO UTC) a period allows, from local midnight; "" for
    any time."""
    if days is None:
        return ""
    now = now or datetime.now().astimezone()
    start = (now - timedelta(days=days)).replace(hour=0, minute=0, second=0, microsecond=0)
    return start.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _combo(name: str, tip: str, items: tuple[tuple[str, object], ...]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setToolTip(tip)
    for label, value in items:
        # statuses are named as everywhere else; the rest are the library window's own
        context = "ReviewStatus" if value in ("new", "in_review", "done") else "LibraryDialog"
        combo.addItem(translate(context, label), value)
    return combo


class LibraryDialog(QDialog):
    """The library window. After it closes, :attr:`chosen` holds (article id, match place)
    when the editor opened an article."""

    def __init__(
        self,
        library: Library,
        parent: QWidget | None = None,
        *,
        current_id: int | None = None,
        before_delete: BeforeDelete | None = None,
        search: str = "",
        writes: Writes | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("libraryDialog")
        self.setWindowTitle(translate("LibraryDialog", "Library"))
        self.resize(1180, 620)
        self.library = library
        self.writes = writes  # the window's library writer: changes go off the UI thread
        self.before_delete = before_delete
        self.chosen: tuple[int, MatchPlace | None] | None = None
        self._searching = False
        # newest change first, until the editor clicks a column header
        self._sort: tuple[str, Qt.SortOrder] = ("Last change", Qt.SortOrder.DescendingOrder)
        self._build()
        self.search_edit.setText(search)
        self.refresh()
        self.select_article(current_id)
        self.search_edit.setFocus()

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("librarySearch")
        self.search_edit.setAccessibleName(translate("LibraryDialog", "Search the library"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            translate("LibraryDialog", "Search titles, drafts, originals and notes")
        )
        self.search_edit.setToolTip(
            translate(
                "LibraryDialog",
                (
                    'Every word must match; "quoted words" together; accents and '
                    "case do not matter. Enter opens the selected article at the "
                    "match (Ctrl+F comes back here)"
                ),
            )
        )
        self.view_combo = _combo(
            "libraryView", translate("LibraryDialog", "Which shelf to show"), VIEWS
        )
        self.status_combo = _combo(
            "libraryStatus", translate("LibraryDialog", "Only articles with this status"), STATUSES
        )
        self.period_combo = _combo(
            "libraryPeriod",
            translate("LibraryDialog", "Only articles changed in this period"),
            PERIODS,
        )
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        for label, combo in (
            (translate("LibraryDialog", "&Show:"), self.view_combo),
            (translate("LibraryDialog", "S&tatus:"), self.status_combo),
            (translate("LibraryDialog", "&Changed:"), self.period_combo),
        ):
            caption = QLabel(label)
            caption.setBuddy(combo)
            filters.addWidget(caption)
            filters.addWidget(combo)
        self.model = ArticleTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("libraryTable")
        self.table.setHorizontalHeader(SortHeader(self.table))  # newest first: arrow down
        self.table.setAccessibleName(translate("LibraryDialog", "Articles"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setItemDelegate(SnippetDelegate(self.table))
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._remember_sort)
        self.empty = EmptyState(self.table, "libraryEmpty")
        self.count_label = QLabel()
        self.count_label.setObjectName("libraryCount")
        self.shelf = ShelfButtons(
            self.library,
            self,
            selected_row=self.selected_row,
            view=lambda: self.view,
            listed=self.model.rowCount,
            refresh=self.refresh,
            open_selected=self.open_selected,
            before_delete=self.before_delete,
            writes=self.writes,
        )
        self.buttons = self.shelf.box
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.shelf.busy_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.search_edit.returnPressed.connect(self.open_selected)
        for combo in (self.view_combo, self.status_combo, self.period_combo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.shelf.update())
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self._focus_search)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.activated.connect(self.shelf.delete_selected)

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    # -- what is shown ------------------------------------------------------------------

    @property
    def view(self) -> View:
        """The shelf shown."""
        return View(self.view_combo.currentData())

    def refresh(self) -> None:
        """List the articles for the filters and the search box, keeping the selection."""
        keep = self.selected_id()
        status = str(self.status_combo.currentData() or "")
        since = since_for(self.period_combo.currentData())
        query = self.search_edit.text()
        catalog = self.library.catalog
        try:
            if query.strip():  # the hits first, then only their rows (not all 10,000)
                hits = self.library.search.find(
                    query,
                    limit=SEARCH_LIMIT,
                    include_bin=self.view is View.BIN,
                    prefix_last=True,
                )
                ids = [h.article_id for h in hits]
                summaries = catalog.summaries(self.view, status=status, since=since, ids=ids)
            else:
                hits = None
                summaries = catalog.summaries(self.view, status=status, since=since)
        except StoreError as exc:
            QMessageBox.warning(self, translate("LibraryDialog", "Library"), str(exc))
            return
        if hits is None:
            rows = [Row(s) for s in summaries]
        else:
            by_id = {s.id: s for s in summaries}
            rows = [Row(by_id[h.article_id], h) for h in hits if h.article_id in by_id]
        self._searching = hits is not None
        self.model.set_rows(rows, with_matches=hits is not None)
        header = self.table.horizontalHeader()
        if hits is not None:
            header.setSortIndicatorShown(False)
            self.model.sort(-1)  # best match first, until a column header is clicked
        else:
            header.setSortIndicatorShown(True)
            title, order = self._sort
            column = next((n for n, c in enumerate(self.model.columns) if c.title == title), 0)
            self.table.sortByColumn(column, order)
        self._size_columns(hits is not None)
        self._show_count(len(rows), hits is not None)
        self.select_article(keep)
        if self.selected_id() is None and rows:
            self.table.selectRow(0)
        self.shelf.update()

    def _remember_sort(self, section: int, order: Qt.SortOrder) -> None:
        """The editor's sort order of the listing, kept across refreshes (not searches)."""
        if not self._searching and 0 <= section < len(self.model.columns):
            self._sort = (self.model.columns[section].title, order)

    def _size_columns(self, matches: bool) -> None:
        """The title (or, when searching, the match) takes the room the others leave."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(RESIZE_ROWS)  # not every one of 10,000 rows
        for column in range(self.model.columnCount()):
            self.table.resizeColumnToContents(column)
        if matches:
            # the titles' width; with no row to measure, the width a title would take
            width = self.table.columnWidth(0) if self.model.rowCount() else TITLE_WIDTH
            self.table.setColumnWidth(0, min(width, TITLE_WIDTH))
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _show_count(self, shown: int, searching: bool) -> None:
        if searching and not shown:  # say what to try, not "0 articles found"
            text = (
                translate("LibraryDialog", "No article matches the search on any shelf")
                if self.view is View.ALL
                else translate(
                    "LibraryDialog",
                    "No article matches the search: try fewer words, or another shelf under Show",
                )
            )
        elif searching:
            text = (
                translate("LibraryDialog", "1 article found")
                if shown == 1
                else translate("LibraryDialog", "{count:,} articles found").format(count=shown)
            )
        else:
            text = (
                translate("LibraryDialog", "1 article")
                if shown == 1
                else translate("LibraryDialog", "{count:,} articles").format(count=shown)
            )
        try:
            binned = self.library.catalog.in_bin()
        except StoreError:
            binned = 0
        if binned and self.view is not View.BIN:
            text += translate("LibraryDialog", " · {count:,} in the bin").format(count=binned)
        if not shown and not searching and self.view is View.ACTIVE and not binned:
            text = translate(
                "LibraryDialog",
                "No articles yet: open a file (Ctrl+O) or paste one (Ctrl+Shift+V) to start",
            )
        self.count_label.setText(text)
        self._show_empty(shown, searching)

    def _show_empty(self, shown: int, searching: bool) -> None:
        """Say in the table's body why it lists nothing (the count line says it too)."""
        if shown:
            self.empty.hide()
            return
        if searching:
            query = quoted_for_screen(self.search_edit.text().strip(), 60)
            text = translate("LibraryDialog", "No articles match {query}").format(query=query)
            if self.view is not View.ALL:
                text += "\n" + translate(
                    "LibraryDialog", "Try fewer words, or another shelf under Show"
                )
        elif self.view is View.BIN:
            text = translate("LibraryDialog", "The bin is empty")
        elif self.status_combo.currentData() or self.period_combo.currentData() is not None:
            text = translate(
                "LibraryDialog", "No articles match these filters: try Any status or Any time"
            )
        elif self.view is View.ACTIVE:
            text = translate("LibraryDialog", "No articles yet: open a file (Ctrl+O) to start")
        else:
            text = translate("LibraryDialog", "Nothing on this shelf: choose another under Show")
        self.empty.show(text)

    # -- selection ----------------------------------------------------------------------

    def selected_row(self) -> Row | None:
        """The selected row."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def selected_id(self) -> int | None:
        """The selected article's id."""
        row = self.selected_row()
        return row.summary.id if row is not None else None

    def select_article(self, article_id: int | None) -> bool:
        """Select (and show) an article's row; False when it is not listed."""
        if article_id is None:
            return False
        row = self.model.row_of(article_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def shown_titles(self) -> list[str]:
        """The titles in the table, in the order shown."""
        return [row.summary.title for row in self.model.rows]

    # -- actions ------------------------------------------------------------------------

    def open_selected(self) -> None:
        """Open the selected article (at the match, for a search hit) and close."""
        row = self.selected_row()
        if row is None or self.view is View.BIN:
            return
        place = None
        if row.hit is not None:
            try:
                place = self.library.search.locate(
                    row.summary.id, self.search_edit.text(), row.hit.field, prefix_last=True
                )
            except StoreError as exc:
                log.warning("cannot locate the match: %s", exc)
        self.chosen = (row.summary.id, place)
        self.accept()

    def done(self, result: int) -> None:
        """Close (a pending search is dropped)."""
        self._timer.stop()
        super().done(result)
