"""The issues panel: the draft's issues in a table (category, text, message, fix, engines)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.core.groups import Findings, group_message
from reviewdesk.core.models import Issue
from reviewdesk.gui.context_menu import ContextMenus, MenuContext
from reviewdesk.gui.editor import describe_replacement, issue_tooltip
from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from reviewdesk.gui.issue_rows import IssueRowDelegate
from reviewdesk.gui.palette import category_label, engine_label
from reviewdesk.service.panes import DRAFT

COLUMNS = (
    QT_TRANSLATE_NOOP("IssuesModel", "Category"),
    QT_TRANSLATE_NOOP("IssuesModel", "Text"),
    QT_TRANSLATE_NOOP("IssuesModel", "Message"),
    QT_TRANSLATE_NOOP("IssuesModel", "Suggestion"),
    QT_TRANSLATE_NOOP("IssuesModel", "Found by"),
)
_Index = QModelIndex | QPersistentModelIndex


def _suggestion(issue: Issue) -> str:
    if not issue.replacements:
        return ""
    first = issue.replacements[0]
    return first if first.strip() else describe_replacement(first)


class IssuesModel(QAbstractTableModel):
    """A read-only table model over a list of issues, one row per finding.

    A finding of several places (one :attr:`Issue.group`: straight apostrophes all
    through, British spellings in an American article) is one row; the draft still marks
    every place. Rows are not issue indices: :meth:`first_index` and :meth:`row_of` map.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._issues: list[Issue] = []
        self._rows: list[list[int]] = []  # each row's issue indices
        self._row_of: dict[int, int] = {}  # issue index -> row

    def set_issues(self, issues: list[Issue], found: Findings | None = None) -> None:
        """Replace the listed issues (``found``: their findings, when already known)."""
        if found is None:
            found = Findings.of(issues)
        self.beginResetModel()
        self._issues = list(issues)
        self._rows = found.rows
        self._row_of = found.row_of
        self.endResetModel()

    def issue(self, row: int) -> Issue | None:
        """The issue on ``row`` (a finding's first place)."""
        return self._issues[self._rows[row][0]] if 0 <= row < len(self._rows) else None

    def places(self, row: int) -> list[Issue]:
        """Every place of the finding on ``row``, in text order."""
        return [self._issues[n] for n in self._rows[row]] if 0 <= row < len(self._rows) else []

    def first_index(self, row: int) -> int:
        """The draft issue index of ``row``'s first place, or -1."""
        return self._rows[row][0] if 0 <= row < len(self._rows) else -1

    def row_of(self, index: int) -> int:
        """The row listing the draft's issue ``index``, or -1."""
        return self._row_of.get(index, -1)

    @property
    def issues(self) -> list[Issue]:
        """All listed issues (every place), in order."""
        return list(self._issues)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        """Number of issues."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        """Number of columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("IssuesModel", COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell text and a tooltip (the delegate in ``issue_rows`` draws the chip)."""
        # the view asks for seven roles a row at every paint: the others return at once
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        issue = self.issue(index.row())
        if issue is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return category_label(issue.category)
            if col == 1:
                return issue.text.replace("\n", " ⏎ ")
            if col == 2:
                return group_message(self.places(index.row()))
            if col == 3:
                return _suggestion(issue)
            return ", ".join(engine_label(e) for e in issue.engines)
        if role == Qt.ItemDataRole.ToolTipRole:
            places = self.places(index.row())
            if len(places) > 1:
                return translate(
                    "IssuesModel",
                    "{n} places, one finding: all are marked in the draft; Apply fixes them "
                    "all in one step, Ignore ignores them all.\n{tip}",
                ).format(n=len(places), tip=issue_tooltip(issue))
            return issue_tooltip(issue)
        return None


class IssuesPanel(QWidget):
    """The table of the draft's issues; clicking one asks the window to select it."""

    issue_activated = Signal(int)  # the draft issue's index (a finding's first place)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issuesPanel")
        self.model = IssuesModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("issuesTable")
        self.view.setAccessibleName(translate("IssuesPanel", "Issues"))
        self.view.setAccessibleDescription(
            translate("IssuesPanel", "The draft's issues; Enter selects one in both panes")
        )
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        # one visible column, drawn as two lines per issue (category, text → fix, engines;
        # then the message); the model keeps its five columns for copying and testing
        self.view.setItemDelegateForColumn(0, IssueRowDelegate(self.view))
        for col in range(1, len(COLUMNS)):
            self.view.setColumnHidden(col, True)
        self.view.horizontalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rows = self.view.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(IssueRowDelegate.row_height(self.fontMetrics().height()))
        self.summary = QLabel(translate("IssuesPanel", "No article open"), self)
        self.summary.setObjectName("issuesSummary")
        self.summary.setWordWrap(True)  # a long summary must not widen the dock
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        self.view.clicked.connect(self._activate)
        self.view.activated.connect(self._activate)
        self.context_menus: ContextMenus | None = None  # the window's contributors
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_menu)

    def _activate(self, index: QModelIndex) -> None:
        first = self.model.first_index(index.row())
        if first >= 0:
            self.issue_activated.emit(first)

    def build_context_menu(self, row: int) -> QMenu | None:
        """The context menu for ``row`` (None when the row has no issue): the draft's
        review entries for that issue, as in the draft's own menu."""
        issue = self.model.issue(row)
        if issue is None or self.context_menus is None:
            return None
        menu = QMenu(self)
        context = MenuContext(DRAFT, issue, in_panel=True)
        ContextMenus.put(menu, self.context_menus.entries(context, menu))
        return menu if menu.actions() else None

    def _show_menu(self, pos: QPoint) -> None:
        menu = self.build_context_menu(self.view.indexAt(pos).row())
        if menu is not None:
            menu.exec(self.view.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def set_issues(self, issues: list[Issue], summary: str, found: Findings | None = None) -> None:
        """Show a new list of issues (``found``: their findings, when already known)."""
        self.model.set_issues(issues, found)
        self.summary.setText(summary)

    def select_row(self, issue_index: int) -> None:
        """Select (and scroll to) the row listing the draft's issue ``issue_index``
        without emitting ``issue_activated``."""
        index = self.model.index(self.model.row_of(issue_index), 0)
        if not index.isValid():
            self.view.clearSelection()
            return
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)

    def current_row(self) -> int:
        """The draft issue index of the selected row (a finding's first place), or -1."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.first_index(rows[0].row()) if rows else -1
