"""An editable table of rows (text, yes/no, choice and list cells) with Add / Remove.

Used by the style sheet editor: each tab is one :class:`RowTable`. Rows are read back as
dicts keyed by column; a row whose cells are all empty is skipped. A row can be marked
as wrong (red, selected and scrolled to) when validation fails.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.gui.i18n import translate
from reviewdesk.gui.palette import colours_for

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: ``kind`` is ``text``, ``bool``, ``choice`` or ``list`` (comma-separated)."""

    key: str
    title: str
    tooltip: str = ""
    kind: str = "text"
    choices: tuple[str, ...] = ()
    default: str = ""
    width: int = 0


def split_list(text: str) -> list[str]:
    """``"a, b,, c"`` → ``["a", "b", "c"]``."""
    return [part.strip() for part in text.split(",") if part.strip()]


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo box of fixed choices."""

    def __init__(self, choices: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = list(choices)

    def createEditor(  # noqa: N802 - Qt override
        self, parent: QWidget, option: QStyleOptionViewItem, index: _Index
    ) -> QWidget:
        """A combo box of the choices."""
        combo = QComboBox(parent)
        combo.addItems(self.choices)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        """Select the cell's value in the combo."""
        if isinstance(editor, QComboBox):
            value = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            editor.setCurrentIndex(max(0, editor.findText(value)))

    def setModelData(  # noqa: N802 - Qt override
        self, editor: QWidget, model: QAbstractItemModel, index: _Index
    ) -> None:
        """Store the chosen value."""
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class RowTable(QWidget):
    """A table of editable rows with Add and Remove buttons and an empty-state hint."""

    def __init__(
        self,
        columns: Sequence[Column],
        empty_hint: str,
        add_tip: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.table = QTableWidget(0, len(self.columns), self)
        self.table.setHorizontalHeaderLabels([translate("Column", c.title) for c in self.columns])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for n, column in enumerate(self.columns):
            header_item = self.table.horizontalHeaderItem(n)
            if header_item is not None and column.tooltip:
                header_item.setToolTip(translate("Column", column.tooltip))
            if column.width:
                self.table.setColumnWidth(n, column.width)
            if column.kind == "choice":
                self.table.setItemDelegateForColumn(n, ChoiceDelegate(column.choices, self.table))
        self.empty_label = QLabel(empty_hint, self)
        self.empty_label.setObjectName("emptyHint")
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(mid);")
        self.add_button = QPushButton(translate("RowTable", "&Add"), self)
        self.add_button.setToolTip(add_tip or translate("RowTable", "Add a row (Insert)"))
        self.remove_button = QPushButton(translate("RowTable", "&Remove"), self)
        self.remove_button.setToolTip(translate("RowTable", "Remove the selected rows (Delete)"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.table.installEventFilter(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.model().rowsInserted.connect(self._update_empty)
        self.table.model().rowsRemoved.connect(self._update_empty)
        self.table.itemSelectionChanged.connect(self._update_empty)
        self._update_empty()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Delete removes the selected rows, Insert adds one (while not editing a cell)."""
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and self.table.state() != QAbstractItemView.State.EditingState
        ):
            if event.key() == Qt.Key.Key_Delete:
                self.remove_selected()
                return True
            if event.key() == Qt.Key.Key_Insert:
                self.add_row()
                return True
        return super().eventFilter(watched, event)

    # -- rows ---------------------------------------------------------------------------

    def _update_empty(self) -> None:
        self.empty_label.setVisible(self.table.rowCount() == 0)
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _item(self, column: Column, value: Any) -> QTableWidgetItem:
        item = QTableWidgetItem()
        if column.kind == "bool":
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
        elif column.kind == "list":
            values = value if isinstance(value, list | tuple) else split_list(str(value or ""))
            item.setText(", ".join(str(v) for v in values))
        else:
            item.setText(str(value if value is not None else column.default))
        if column.tooltip:
            item.setToolTip(translate("Column", column.tooltip))
        return item

    def add_row(self, values: dict[str, Any] | None = None, *, edit: bool = True) -> int:
        """Append a row (empty, or with ``values``); start editing it when ``edit``."""
        values = values or {}
        row = self.table.rowCount()
        self.table.insertRow(row)
        for n, column in enumerate(self.columns):
            self.table.setItem(row, n, self._item(column, values.get(column.key, column.default)))
        if edit and not values:
            self.table.setCurrentCell(row, 0)
            self.table.setFocus()
            first = self.table.item(row, 0)
            if first is not None:
                self.table.editItem(first)
        return row

    def remove_selected(self) -> None:
        """Remove the selected rows."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        for row in reversed(rows):
            self.table.removeRow(row)
        self._update_empty()

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        """Replace every row."""
        self.table.setRowCount(0)
        for values in rows:
            self.add_row(values, edit=False)
        self._update_empty()

    def rows(self) -> list[tuple[int, dict[str, Any]]]:
        """``(row number, values)`` of every row that is not blank."""
        out: list[tuple[int, dict[str, Any]]] = []
        for row in range(self.table.rowCount()):
            values: dict[str, Any] = {}
            blank = True
            for n, column in enumerate(self.columns):
                item = self.table.item(row, n)
                if column.kind == "bool":
                    values[column.key] = (
                        item is not None and item.checkState() == Qt.CheckState.Checked
                    )
                    continue
                text = item.text().strip() if item is not None else ""
                if column.kind == "list":
                    values[column.key] = split_list(text)
                else:
                    values[column.key] = text
                if text and text != column.default:
                    blank = False
            if not blank:
                out.append((row, values))
        return out

    # -- errors -------------------------------------------------------------------------

    def mark_error(self, row: int, message: str) -> None:
        """Paint a row red with ``message`` as its tooltip, select it and scroll to it."""
        for n in range(self.table.columnCount()):
            item = self.table.item(row, n)
            if item is not None:
                item.setBackground(QBrush(self._error_background()))
                item.setToolTip(message)
        self.table.selectRow(row)
        first = self.table.item(row, 0)
        if first is not None:
            self.table.scrollToItem(first)
        self.table.setFocus()

    def clear_marks(self) -> None:
        """Undo :meth:`mark_error` on every row."""
        for row in range(self.table.rowCount()):
            for n, column in enumerate(self.columns):
                item = self.table.item(row, n)
                if item is not None:
                    item.setBackground(QBrush())
                    item.setToolTip(translate("Column", column.tooltip))

    def is_marked(self, row: int) -> bool:
        """Whether :meth:`mark_error` painted ``row``."""
        item = self.table.item(row, 0)
        return item is not None and item.background().color() == self._error_background()

    def _error_background(self) -> QColor:
        """A red tint that dark or light text stays readable on."""
        return QColor(colours_for(self.table.palette()).deleted)
