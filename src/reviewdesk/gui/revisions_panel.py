"""The Revisions panel: the reporter's tracked changes, who made them and when, and what
the editor decided (accept, reject, all at once, or take a decision back)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.core.structure import Revision, RevisionKind, RevisionStatus
from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from reviewdesk.gui.palette import colour_chip
from reviewdesk.gui.record_table import RecordTable, button_row
from reviewdesk.gui.revision_marks import shown_text, when
from reviewdesk.gui.structure_style import author_colour

STATES = {
    RevisionStatus.PENDING: QT_TRANSLATE_NOOP("RevisionsPanel", "Undecided"),
    RevisionStatus.ACCEPTED: QT_TRANSLATE_NOOP("RevisionsPanel", "Accepted"),
    RevisionStatus.REJECTED: QT_TRANSLATE_NOOP("RevisionsPanel", "Rejected"),
}
NONE_HINT = QT_TRANSLATE_NOOP("RevisionsPanel", "This article came without tracked changes.")
WHEN_COLUMN = 2
SOME_HINT = QT_TRANSLATE_NOOP(
    "RevisionsPanel",
    "Tracked changes that came with the article. Undecided ones go out again as they are.",
)


class RevisionsPanel(QWidget):
    """Lists the open article's incoming revisions; decide them here or in the text."""

    activated = Signal(int)  # show this revision in the panes
    accept_requested = Signal(int)
    reject_requested = Signal(int)
    undo_requested = Signal(int)  # take the decision back
    accept_all_requested = Signal()
    reject_all_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revisionsPanel")
        self.hint = QLabel(translate("RevisionsPanel", NONE_HINT), self)
        self.hint.setWordWrap(True)
        self.table = RecordTable(
            "revisionsTable",
            translate("RevisionsPanel", "Revisions"),
            [
                translate("RevisionsPanel", "Change"),
                translate("RevisionsPanel", "By"),
                translate("RevisionsPanel", "When"),
                translate("RevisionsPanel", "State"),
            ],
            self,
        )
        self.table.setAccessibleDescription(
            translate(
                "RevisionsPanel",
                "The tracked changes that came with the article: who made each, when,"
                " and whether it is accepted",
            )
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # the change itself first: in a narrow dock the date goes (it stays in the tooltip)
        self.table.keep_room_for_first((WHEN_COLUMN,), share=0.4)
        self.accept_button = QPushButton(translate("RevisionsPanel", "Accept"), self)
        self.reject_button = QPushButton(translate("RevisionsPanel", "Reject"), self)
        self.undo_button = QPushButton(translate("RevisionsPanel", "Undo decision"), self)
        self.accept_all_button = QPushButton(translate("RevisionsPanel", "Accept all"), self)
        self.reject_all_button = QPushButton(translate("RevisionsPanel", "Reject all"), self)
        row = button_row(
            self,
            (
                (
                    self.accept_button,
                    translate("RevisionsPanel", "Keep the selected change (Ctrl+Shift+A)"),
                ),
                (
                    self.reject_button,
                    translate(
                        "RevisionsPanel", "Undo the selected change in the draft (Ctrl+Shift+R)"
                    ),
                ),
                (
                    self.undo_button,
                    translate("RevisionsPanel", "Make the selected change undecided again"),
                ),
                (
                    self.accept_all_button,
                    translate("RevisionsPanel", "Keep every undecided change"),
                ),
                (
                    self.reject_all_button,
                    translate("RevisionsPanel", "Undo every undecided change in the draft"),
                ),
            ),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        layout.addWidget(row)
        self.table.cellClicked.connect(lambda r, _c: self.table.emit_id(self.activated, r))
        # Enter (or a double click) on a row shows it in the panes, as in the issues list
        self.table.activated.connect(lambda index: self.table.emit_id(self.activated, index.row()))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.accept_button.clicked.connect(lambda: self.table.emit_id(self.accept_requested))
        self.reject_button.clicked.connect(lambda: self.table.emit_id(self.reject_requested))
        self.undo_button.clicked.connect(lambda: self.table.emit_id(self.undo_requested))
        self.accept_all_button.clicked.connect(self.accept_all_requested.emit)
        self.reject_all_button.clicked.connect(self.reject_all_requested.emit)
        self._status: dict[int, RevisionStatus] = {}
        self._article_open = False  # until the window opens an article
        self.set_revisions([], [])  # nothing to decide: F6 passes the empty list by

    def show_article_open(self, open_: bool) -> None:
        """With no article open the hint says so, not "This article came without…"."""
        self._article_open = open_
        if not open_:
            self.set_revisions([], [])
        elif not self._status:
            self.hint.setText(translate("RevisionsPanel", NONE_HINT))

    def set_revisions(self, revisions: list[Revision], authors: list[str]) -> None:
        """Show ``revisions`` (in text order); ``authors`` give their colours."""
        selected = self.selected_id()
        self.table.setRowCount(len(revisions))
        self.table.setEnabled(bool(revisions))
        self._status = {}
        palette = self.palette()
        for row, rev in enumerate(revisions):
            inserted = rev.kind is RevisionKind.INSERT
            what = (
                translate("RevisionsPanel", "Inserted")
                if inserted
                else translate("RevisionsPanel", "Deleted")
            )
            change = QTableWidgetItem(
                translate("RevisionsPanel", "{change} “{text}”").format(
                    change=what, text=shown_text(rev.text, 70)
                )
            )
            index = authors.index(rev.author) if rev.author in authors else 0
            change.setIcon(colour_chip(author_colour(index, palette)))
            who = rev.author or translate("RevisionsPanel", "Someone")
            date = when(rev.date) if rev.date else ""
            tip = translate("RevisionsPanel", "{change}: {text}").format(change=what, text=rev.text)
            change.setToolTip(f"{tip}\n{who}, {date}" if date else f"{tip}\n{who}")
            cells = (
                change,
                QTableWidgetItem(who),
                QTableWidgetItem(date),
                QTableWidgetItem(translate("RevisionsPanel", STATES[rev.status])),
            )
            for col, item in enumerate(cells):
                self.table.tag(item, rev.id)
                if not rev.pending:
                    item.setForeground(palette.color(palette.ColorRole.PlaceholderText))
                if col == 0 and rev.kind is RevisionKind.DELETE:
                    font = QFont(item.font())
                    font.setStrikeOut(True)
                    item.setFont(font)
                self.table.setItem(row, col, item)
            self._status[rev.id] = rev.status
            if rev.id == selected:
                self.table.selectRow(row)
        pending = sum(1 for r in revisions if r.pending)
        self.hint.setText(
            (
                translate("RevisionsPanel", NONE_HINT)
                if self._article_open
                else translate("RevisionsPanel", "No article open")
            )
            if not revisions
            else translate("RevisionsPanel", "{hint} {pending} of {count} undecided.").format(
                hint=translate("RevisionsPanel", SOME_HINT), pending=pending, count=len(revisions)
            )
        )
        self.accept_all_button.setEnabled(pending > 0)
        self.reject_all_button.setEnabled(pending > 0)
        self._update_buttons()
        self.table.fit_columns()  # new names and dates: new widths

    def select(self, revision_id: int) -> None:
        """Select a revision's row."""
        self.table.select_id(revision_id)

    def selected_id(self) -> int | None:
        """The selected revision's id."""
        return self.table.selected_id()

    def _update_buttons(self) -> None:
        revision_id = self.selected_id()
        status = self._status.get(revision_id) if revision_id is not None else None
        self.accept_button.setEnabled(status is RevisionStatus.PENDING)
        self.reject_button.setEnabled(status is RevisionStatus.PENDING)
        self.undo_button.setEnabled(status is not None and status is not RevisionStatus.PENDING)
