""" "Apply all for this rule": preview every change of one rule, skip conflicts, apply at once.

The dialog lists each fix (before → after, in context) with a check box. Which fixes
can go in together is decided by :func:`reviewdesk.core.merge.apply_edits`, in document
order: a fix overlapping one already taken is shown as skipped and never applied, so
two fixes cannot combine into nonsense. The chosen edits go into the draft as ONE undo
step (:mod:`reviewdesk.gui.draft_edits`, through the session).
"""

from __future__ import annotations

import html
import logging
import textwrap
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.core.merge import Edit, EditResult, apply_edits, edit_for, edits_conflict
from reviewdesk.core.models import Issue
from reviewdesk.desk.rules import rule_name
from reviewdesk.gui.editor import describe_replacement
from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from reviewdesk.gui.palette import category_label, colours_for

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex

CONTEXT_CHARS = 40  # of the words either side of a fix, on the preview's line
CHANGE_COLUMN_MAX = 220  # pixels: the "Change" column never takes the context's room
PASSAGE_CHARS = 60  # a longer flagged passage is shortened in the middle on the line
WILL_APPLY = QT_TRANSLATE_NOOP("ApplyAllDialog", "Will apply")
NOT_APPLIED = QT_TRANSLATE_NOOP("ApplyAllDialog", "Not applied")
SKIPPED_OVERLAP = QT_TRANSLATE_NOOP("ApplyAllDialog", "Skipped: overlaps another change")
SKIPPED_STALE = QT_TRANSLATE_NOOP("ApplyAllDialog", "Skipped: the text there has changed")


def _oneline(text: str) -> str:
    """Text on one line: a line break shows as ⏎, runs of spaces as one."""
    return " ".join(text.replace("\n", " ⏎ ").split())


def _middle(text: str, limit: int = PASSAGE_CHARS) -> str:
    """``text`` shortened in the middle to about ``limit`` characters."""
    if len(text) <= limit:
        return text
    half = (limit - 1) // 2
    return f"{text[:half].rstrip()} … {text[-half:].lstrip()}"


def _words_before(text: str, end: int, width: int) -> str:
    start = max(0, end - width)
    before = text[start:end]
    if start > 0:  # start on a whole word
        space = before.find(" ")
        before = "…" + (before[space + 1 :] if 0 <= space < len(before) - 1 else before)
    return before


def _words_after(text: str, start: int, width: int) -> str:
    end = min(len(text), start + width)
    after = text[start:end]
    if end < len(text):  # end on a whole word
        space = after.rfind(" ")
        after = (after[:space] if space > 0 else after) + "…"
    return after


def in_context(text: str, edit: Edit, width: int = CONTEXT_CHARS) -> str:
    """``…words before [old → new] words after…`` on one line, cut at whole words, a long
    passage shortened in the middle so the change itself always shows."""
    before = _oneline(_words_before(text, edit.start, width))
    after = _oneline(_words_after(text, edit.end, width))
    old = _oneline(_middle(text[edit.start : edit.end]))
    new = _oneline(_middle(edit.replacement)) if edit.replacement else ""
    return f"{before} [{old} → {new}] {after}".strip()


def full_change(text: str, edit: Edit, issue: Issue) -> str:
    """The tooltip: the whole passage, its replacement, the words around, the message."""
    old = _oneline(text[edit.start : edit.end])
    new = _oneline(edit.replacement) if edit.replacement else "(removed)"
    around = in_context(text, edit, width=3 * CONTEXT_CHARS)
    lines = [f"Now: {old}", f"After: {new}", "", around, "", issue.message]
    return "\n".join(
        textwrap.fill(line, 90, break_on_hyphens=False) if line else "" for line in lines
    )


class _WrappedColumn(QStyledItemDelegate):
    """Row heights that fit the context column's text wrapped to the column's width
    (a QTreeView measures every cell on one line, however narrow the column)."""

    def __init__(self, tree: QTreeWidget, column: int) -> None:
        super().__init__(tree)
        self.tree = tree
        self.column = column

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        """One line per wrapped line of the context."""
        size = super().sizeHint(option, index)
        if index.column() != self.column:
            return size
        width = max(40, self.tree.columnWidth(self.column) - 8)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        needed = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 1_000_000), Qt.TextFlag.TextWordWrap, text
        )
        size.setHeight(max(size.height(), needed.height() + 4))
        return size


class ApplyAllDialog(QDialog):
    """Preview the fixes of one rule; :meth:`edits` are the ones to apply."""

    def __init__(
        self,
        text: str,
        issues: Sequence[Issue],
        parent: QWidget | None = None,
        rule: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("applyAllDialog")
        self.text = text
        fixable = sorted((i for i in issues if i.replacements), key=lambda i: (i.start, i.end))
        self.issues = fixable
        self.all_edits = [edit_for(issue) for issue in fixable]
        self._statuses: dict[int, str] = {}  # row: the English source of its status
        self.rule = rule or (fixable[0].rule if fixable else "")
        engine = fixable[0].engine if fixable else ""
        name = rule_name(self.rule, engine) if self.rule else ""
        self.setWindowTitle(
            translate("ApplyAllDialog", "Apply all: {name}").format(name=name)
            if name
            else translate("ApplyAllDialog", "Apply all")
        )
        self.resize(760, 440)
        self.intro = QLabel(self._describe(name, fixable))
        self.intro.setObjectName("applyAllRule")
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        self.intro.setWordWrap(True)
        if self.rule:  # the id, for a desk that shares settings, never on the line itself
            self.intro.setToolTip(
                translate("ApplyAllDialog", "Rule: {rule}").format(rule=self.rule)
            )
        self.tree = QTreeWidget()
        self.tree.setObjectName("applyAllList")
        self.tree.setAccessibleName(translate("ApplyAllDialog", "Fixes to apply"))
        self.tree.setHeaderLabels(
            [
                translate("ApplyAllDialog", "Change"),
                translate("ApplyAllDialog", "In context"),
                translate("ApplyAllDialog", "Status"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        # the context wraps onto more lines rather than being cut where the change is
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setItemDelegateForColumn(1, _WrappedColumn(self.tree, 1))
        self.tree.setToolTip(
            translate("ApplyAllDialog", "Untick a change to leave it alone (Space toggles)")
        )
        header = self.tree.header()
        # the change column is capped (the context shows the change too), so the context
        # keeps most of the width; rows are laid out again when the columns change width,
        # as a wrapped line's height depends on its column's width
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self.tree.doItemsLayout)
        header.sectionResized.connect(lambda *_args: self._relayout.start())
        self.empty_label = QLabel(
            translate("ApplyAllDialog", "No issue of this rule has a suggestion to apply.")
        )
        self.empty_label.setObjectName("emptyHint")
        self.empty_label.setStyleSheet("color: palette(mid);")
        self.summary = QLabel("")
        self.summary.setObjectName("applyAllSummary")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setToolTip(
            translate("ApplyAllDialog", "Make the ticked changes in the draft (one undo step)")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._fill()
        self.tree.itemChanged.connect(lambda _item, _col: self._update())
        self._update()

    @staticmethod
    def _describe(name: str, fixable: Sequence[Issue]) -> str:
        """The header: the rule's name, its category and how many fixes it has."""
        if not name:
            return ""
        count = len(fixable)
        parts = [f"<b>{html.escape(name)}</b>"]
        categories = {i.category for i in fixable}
        if len(categories) == 1:
            (category,) = categories
            label = category_label(category)
            if not name.startswith(label):  # "Web debris: comment form" says it already
                parts.append(html.escape(label))
        parts.append(
            translate("ApplyAllDialog", "1 fix in the draft")
            if count == 1
            else translate("ApplyAllDialog", "{count} fixes in the draft").format(count=count)
        )
        return " · ".join(parts)

    def _fill(self) -> None:
        first = apply_edits(self.text, self.all_edits)
        skipped = set(first.skipped)
        for issue, edit in zip(self.issues, self.all_edits, strict=True):
            item = QTreeWidgetItem(
                [
                    f"“{_oneline(_middle(issue.text, 40))}” → "
                    f"{describe_replacement(_middle(edit.replacement, 40))}",
                    in_context(self.text, edit),
                    "",
                ]
            )
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(
                0, Qt.CheckState.Unchecked if edit in skipped else Qt.CheckState.Checked
            )
            tip = full_change(self.text, edit, issue)
            item.setToolTip(0, tip)
            item.setToolTip(1, tip)
            self.tree.addTopLevelItem(item)
        self.empty_label.setVisible(not self.all_edits)
        self.tree.setVisible(bool(self.all_edits))
        self.tree.setColumnWidth(0, min(self.tree.sizeHintForColumn(0), CHANGE_COLUMN_MAX))
        first_item = self.tree.topLevelItem(0)
        if first_item is not None:
            self.tree.setCurrentItem(first_item)

    def _checked(self) -> list[Edit]:
        return [
            edit
            for n, edit in enumerate(self.all_edits)
            if (item := self.tree.topLevelItem(n)) is not None
            and item.checkState(0) == Qt.CheckState.Checked
        ]

    def _result(self) -> EditResult:
        return apply_edits(self.text, self._checked())

    def status(self, row: int) -> str:
        """The status of ``row`` (:data:`WILL_APPLY`, :data:`NOT_APPLIED`, skipped), as
        the English source of what the row shows (the row shows it translated)."""
        return self._statuses.get(row, "")

    def _update(self) -> None:
        result = self._result()
        applied = set(result.applied)
        self.tree.blockSignals(True)
        colours = colours_for(self.tree.palette())  # readable on a light or a dark list
        try:
            for n, edit in enumerate(self.all_edits):
                item = self.tree.topLevelItem(n)
                if item is None:
                    continue
                stale = self.text[edit.start : edit.end] != edit.expected
                if edit in applied:
                    status, colour = WILL_APPLY, ""
                elif stale:
                    status, colour = SKIPPED_STALE, colours.warning
                elif item.checkState(0) == Qt.CheckState.Checked or any(
                    edits_conflict(edit, other) for other in applied
                ):
                    status, colour = SKIPPED_OVERLAP, colours.warning
                else:
                    status, colour = NOT_APPLIED, colours.quiet
                self._statuses[n] = status
                item.setText(2, translate("ApplyAllDialog", status))
                brush = QBrush(QColor(colour)) if colour else QBrush()
                item.setForeground(2, brush)
        finally:
            self.tree.blockSignals(False)
        count = len(result.applied)
        skipped = sum(
            1
            for n in range(len(self.all_edits))
            if self.status(n) in (SKIPPED_STALE, SKIPPED_OVERLAP)
        )
        self.summary.setText(
            (
                translate("ApplyAllDialog", "1 change will be applied")
                if count == 1
                else translate("ApplyAllDialog", "{count} changes will be applied").format(
                    count=count
                )
            )
            + (
                translate("ApplyAllDialog", "; {skipped} skipped").format(skipped=skipped)
                if skipped
                else ""
            )
        )
        self.apply_button.setText(
            translate("ApplyAllDialog", "&Apply 1 change")
            if count == 1
            else translate("ApplyAllDialog", "&Apply {count} changes").format(count=count)
        )
        self.apply_button.setEnabled(count > 0)

    def set_checked(self, row: int, checked: bool) -> None:
        """Tick or untick a change (as the user would)."""
        item = self.tree.topLevelItem(row)
        if item is not None:
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def edits(self) -> list[Edit]:
        """The ticked changes that apply without conflict, in document order."""
        return sorted(self._result().applied, key=lambda e: (e.start, e.end))

    def skipped(self) -> list[Edit]:
        """The changes that will not be applied because of a conflict or a changed text."""
        return [e for n, e in enumerate(self.all_edits) if self.status(n).startswith("Skip")]


def choose_fixes(
    parent: QWidget | None, text: str, issues: Sequence[Issue], rule: str
) -> list[Edit] | None:
    """Preview the fixes of ``rule`` among ``issues`` (found in ``text``) and return the
    ones the editor chose, in document order; None when cancelled or none was chosen."""
    ruled = [i for i in issues if i.rule == rule]
    dialog = ApplyAllDialog(text, ruled, parent, rule)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        edits = dialog.edits()
    finally:
        dialog.deleteLater()
    return edits or None
