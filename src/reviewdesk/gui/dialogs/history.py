"""File ▸ History: the draft at each review round, shown against the draft as it is now.

The list gives each snapshot's time, the round (opened, marked done, exported …), its
word count and how much changed since the snapshot before. The pane beside it is a
redline in the window's colours: struck-through red was in that version and is gone
from the draft now, green is new since. "Restore this version" puts that draft back as
one step that Edit ▸ Undo takes back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.core.diff import word_diff
from reviewdesk.gui.dialogs.library_model import local_time, when_label
from reviewdesk.gui.i18n import translate
from reviewdesk.gui.palette import Colours, Scheme, colours_for
from reviewdesk.gui.record_table import RecordTable
from reviewdesk.store import Library, StoreError
from reviewdesk.store.history import Snapshot

log = logging.getLogger(__name__)

# Equal stretches longer than this are cut to their ends in "Only the changed passages".
CONTEXT_CHARS = 240
LONG_DRAFT_CHARS = 20_000

Restore = Callable[[Snapshot], bool]


def change_label(snapshot: Snapshot) -> str:
    """ "No change", "1 change (+2 −1 words)", … since the snapshot before."""
    if not snapshot.changes:
        return translate("HistoryDialog", "No change")
    words = {"added": snapshot.words_added, "removed": snapshot.words_removed}
    if snapshot.changes == 1:
        return translate("HistoryDialog", "1 change (+{added} −{removed} words)").format(**words)
    return translate("HistoryDialog", "{count} changes (+{added} −{removed} words)").format(
        count=snapshot.changes, **words
    )


def round_label(snapshot: Snapshot) -> str:
    """The round in words, with its detail (an export's format and file)."""
    return f"{snapshot.label} — {snapshot.detail}" if snapshot.detail else snapshot.label


def redline_segments(before: str, after: str, *, compact: bool) -> list[tuple[str, str]]:
    """(text, kind) pieces turning ``before`` into ``after``: kind "", "deleted" or
    "inserted". ``compact`` cuts long unchanged stretches down to their ends."""
    pieces: list[tuple[str, str]] = []
    for op in word_diff(before, after):
        old, new = before[op.a_start : op.a_end], after[op.b_start : op.b_end]
        if op.tag == "equal":
            if compact and len(old) > 2 * CONTEXT_CHARS:
                head, tail = old[:CONTEXT_CHARS], old[-CONTEXT_CHARS:]
                old = f"{head} ⋯\n\n⋯ {tail}"
            pieces.append((old, ""))
            continue
        if old:
            pieces.append((old, "deleted"))
        if new:
            pieces.append((new, "inserted"))
    return pieces


def _formats(colours: Colours) -> dict[str, QTextCharFormat]:
    plain = QTextCharFormat()
    deleted = QTextCharFormat()
    deleted.setBackground(QColor(colours.deleted))
    deleted.setFontStrikeOut(True)
    if colours.scheme is Scheme.LIGHT:
        deleted.setForeground(QColor("#8e1b1b"))
    deleted.setToolTip(translate("history", "In this version, no longer in the draft"))
    inserted = QTextCharFormat()
    inserted.setBackground(QColor(colours.inserted))
    inserted.setToolTip(translate("history", "In the draft now, not in this version"))
    return {"": plain, "deleted": deleted, "inserted": inserted}


class HistoryDialog(QDialog):
    """The history of one article; ``restore`` puts a snapshot back into the draft."""

    def __init__(
        self,
        library: Library,
        article_id: int,
        title: str,
        current: Callable[[], str],
        restore: Restore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(translate("HistoryDialog", "History — {title}").format(title=title))
        self.resize(1100, 640)
        self.library = library
        self.article_id = article_id
        self.current = current
        self.restore = restore
        self.snapshots: list[Snapshot] = []
        self._build()
        self.reload()

    def _build(self) -> None:
        self.table = RecordTable(
            "historyTable",
            translate("HistoryDialog", "Versions"),
            [
                translate("HistoryDialog", "When"),
                translate("HistoryDialog", "Round"),
                translate("HistoryDialog", "Words"),
                translate("HistoryDialog", "Changes"),
            ],
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setToolTip(
            translate(
                "HistoryDialog",
                "Changes: since the snapshot before (the oldest: since the original)",
            )
        )
        self.table.itemSelectionChanged.connect(self.show_selected)
        self.caption = QLabel()
        self.caption.setObjectName("historyCaption")
        self.caption.setWordWrap(True)
        self.redline = QPlainTextEdit()
        self.redline.setObjectName("historyRedline")
        self.redline.setAccessibleName(
            translate("HistoryDialog", "Changes between this version and the draft")
        )
        self.redline.setReadOnly(True)
        self.redline.setToolTip(
            translate(
                "HistoryDialog",
                "Struck-through red: in this version, gone from the draft now. Green: new since.",
            )
        )
        self.compact = QCheckBox(translate("HistoryDialog", "Only the &changed passages"))
        self.compact.setObjectName("historyCompact")
        self.compact.setToolTip(
            translate(
                "HistoryDialog", "Cut long unchanged stretches down to their first and last lines"
            )
        )
        self.compact.toggled.connect(lambda _on: self.show_selected())
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.caption)
        column.addWidget(self.redline, 1)
        column.addWidget(self.compact)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setSizes([430, 670])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.restore_button = QPushButton(translate("HistoryDialog", "&Restore this version"))
        self.restore_button.setObjectName("historyRestore")
        self.restore_button.setToolTip(
            translate(
                "HistoryDialog",
                "Put this version back into the draft as one change (Edit ▸ Undo takes it back)",
            )
        )
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(lambda _c=False: self.restore_selected())
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setVisible(self.restore is not None)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        colours = colours_for(self.palette())
        legend = QLabel(
            translate(
                "HistoryDialog",
                (
                    '<span style="background:{deleted}"><s>struck '
                    "through</s></span>: only in that version · <span "
                    'style="background:{inserted}">green</span>: new since'
                ),
            ).format(deleted=colours.deleted, inserted=colours.inserted)
        )
        row.addWidget(legend, 1)
        row.addWidget(self.buttons)
        layout.addLayout(row)

    def reload(self) -> None:
        """Read the snapshots again (newest first) and select the newest."""
        try:
            self.snapshots = self.library.history.snapshots(self.article_id)
        except StoreError as exc:
            self.caption.setText(
                translate("HistoryDialog", "The history cannot be read: {error}").format(error=exc)
            )
            self.snapshots = []
        self.table.setRowCount(len(self.snapshots))
        for row, snap in enumerate(self.snapshots):
            when = local_time(snap.created)
            cells = (
                when_label(snap.created),
                round_label(snap),
                f"{snap.words:,}",
                change_label(snap),
            )
            for col, text in enumerate(cells):
                item = self.table.tag(QTableWidgetItem(text), snap.id)
                if col == 0 and when is not None:
                    item.setToolTip(f"{when:%A %d %B %Y, %H:%M:%S}")
                if col == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        if not self.snapshots:
            self.caption.setText(
                translate(
                    "HistoryDialog",
                    (
                        "No snapshots yet: one is kept each time the article is "
                        "opened, marked done or exported, and every hour while it is "
                        "edited."
                    ),
                )
            )
            self.redline.clear()
        else:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(self.snapshots) and self.restore is not None)

    def selected(self) -> Snapshot | None:
        """The selected snapshot."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.snapshots[rows[0].row()]

    def show_selected(self) -> None:
        """Show the selected snapshot as a redline against the draft as it is now."""
        snap = self.selected()
        if snap is None:
            return
        try:
            before = self.library.history.text(snap.id)
        except StoreError as exc:
            self.caption.setText(str(exc))
            return
        after = self.current()
        if len(after) > LONG_DRAFT_CHARS and not self.compact.isChecked():
            self.compact.blockSignals(True)  # a long draft opens on its changes
            self.compact.setChecked(True)
            self.compact.blockSignals(False)
        which = f"{snap.label}, {when_label(snap.created)}"
        if before == after:
            self.caption.setText(
                translate(
                    "HistoryDialog", "The draft now is the same as this version ({which})."
                ).format(which=which)
            )
        else:
            self.caption.setText(
                translate(
                    "HistoryDialog", "Changes from this version ({which}) to the draft now:"
                ).format(which=which)
            )
        self._paint(redline_segments(before, after, compact=self.compact.isChecked()))

    def _paint(self, pieces: list[tuple[str, str]]) -> None:
        formats = _formats(colours_for(self.palette()))
        self.redline.clear()
        self.redline.document().setDefaultFont(QFont(self.redline.font()))
        cursor = QTextCursor(self.redline.document())
        cursor.beginEditBlock()
        for text, kind in pieces:
            cursor.insertText(text, formats[kind])
        cursor.endEditBlock()
        self.redline.moveCursor(QTextCursor.MoveOperation.Start)
        self._scroll_to_first_change(pieces)

    def _scroll_to_first_change(self, pieces: list[tuple[str, str]]) -> None:
        position = 0
        for text, kind in pieces:
            if kind:
                break
            position += len(text.encode("utf-16-le")) // 2  # Qt counts UTF-16 units
        cursor = self.redline.textCursor()
        cursor.setPosition(min(position, self.redline.document().characterCount() - 1))
        self.redline.setTextCursor(cursor)
        self.redline.ensureCursorVisible()

    def restore_selected(self) -> bool:
        """Restore the selected snapshot into the draft (through ``restore``)."""
        snap = self.selected()
        if snap is None or self.restore is None:
            return False
        restored = self.restore(snap)
        if restored:
            self.reload()
        return restored
