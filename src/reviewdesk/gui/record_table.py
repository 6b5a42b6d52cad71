"""A panel's list of records and the row of buttons under it (the Notes and Revisions
panels, the History window).

Each row stands for one record (a note, a revision, a snapshot) whose id every cell
carries, so a panel asks "which record is selected" instead of keeping row numbers in
step with its list. The buttons that act on the selection wrap onto another line in a
narrow dock instead of widening the window. Written once here: the panels had near-copies
of both.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from reviewdesk.gui.flow_layout import FlowLayout

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record's id, on every cell of its row


class RecordTable(QTableWidget):
    """A read-only table, one whole row selected at a time, whose rows carry record ids."""

    def __init__(
        self, name: str, accessible: str, headers: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(0, len(headers), parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setHorizontalHeaderLabels(list(headers))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        # rows keep one line's height: a wrapped cell showed its second line cut in half,
        # so a long cell is shortened with "…" instead (its tooltip has the whole text)
        self.setWordWrap(False)
        self._optional: tuple[int, ...] = ()
        self._share = 0.0

    def keep_room_for_first(self, optional: Sequence[int], share: float) -> None:
        """Hide the ``optional`` columns (in that order) while the others leave the first
        column, what the record says, less than ``share`` of the width: in a narrow dock
        (a 1024-pixel screen) "Deleted “back”" was cut to "De…" beside a whole date."""
        self._optional, self._share = tuple(optional), share
        self.fit_columns()

    def fit_columns(self) -> None:
        """Show or hide the optional columns for the width the table has now."""
        if not self._optional:
            return
        room = self.viewport().width()
        header = self.horizontalHeader()
        others = range(1, self.columnCount())
        width = {c: max(self.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in others}
        shown = set(others)
        for col in self._optional:
            if room - sum(width[c] for c in shown) >= self._share * room:
                break
            shown.discard(col)
        for col in self._optional:
            self.setColumnHidden(col, col not in shown)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """Fit the columns to the new width."""
        super().resizeEvent(event)
        self.fit_columns()

    @staticmethod
    def tag(item: QTableWidgetItem, record_id: int | None) -> QTableWidgetItem:
        """``item``, marked as a cell of the record ``record_id``."""
        item.setData(ID_ROLE, record_id)
        return item

    def row_id(self, row: int) -> int | None:
        """The id of the record on ``row``."""
        item = self.item(row, 0)
        value = item.data(ID_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def selected_id(self) -> int | None:
        """The selected record's id."""
        rows = self.selectionModel().selectedRows()
        return self.row_id(rows[0].row()) if rows else None

    def select_id(self, record_id: int) -> None:
        """Select the row of a record (nothing happens when it is not listed)."""
        for row in range(self.rowCount()):
            if self.row_id(row) == record_id:
                self.selectRow(row)
                return

    def emit_id(self, signal: SignalInstance, row: int | None = None) -> None:
        """Send the id of the record on ``row`` (or the selected one), when there is one."""
        record_id = self.row_id(row) if row is not None else self.selected_id()
        if record_id is not None:
            signal.emit(record_id)


def button_row(parent: QWidget, buttons: Sequence[tuple[QPushButton, str]]) -> QWidget:
    """``buttons`` with their tooltips, in a row that wraps onto another line in a
    narrow panel, never widening the window."""
    row = QWidget(parent)
    flow = FlowLayout(row, spacing=6)
    flow.setContentsMargins(0, 0, 0, 0)
    for button, tip in buttons:
        button.setToolTip(tip)
        flow.addWidget(button)
    return row
