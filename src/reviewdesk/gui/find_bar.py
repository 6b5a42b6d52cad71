"""Edit ▸ Find… and Replace…: a bar under the panes, as in a browser or a word processor.

Find works in the pane that had the focus (the draft unless the original had it);
Replace only in the draft. Matching (:mod:`reviewdesk.core.find`) is done on the pane's
text in code points; the session's DocMap turns matches into Qt positions. Replace and
"Replace all" change the draft through :meth:`ReviewSession.edit_draft` (one undo step
each), and like any edit of the draft they are autosaved and re-checked.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QToolButton,
    QWidget,
)

from reviewdesk.core.find import Span, find_all, next_match
from reviewdesk.core.merge import Edit
from reviewdesk.gui.session import ReviewSession
from reviewdesk.service.panes import DRAFT, ORIGINAL

log = logging.getLogger(__name__)

PANE_NAMES = {DRAFT: "in the draft", ORIGINAL: "in the original"}
NO_MATCH = "No matches"
FIELD_MIN_CHARS = 20  # a field never gets narrower than this (it used to shrink to "Repla…")


def _tool_button(text: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    return button


def _row(*widgets: QWidget | None) -> QHBoxLayout:
    """Widgets side by side (None: the stretch)."""
    row = QHBoxLayout()
    row.setSpacing(6)
    for widget in widgets:
        if widget is None:
            row.addStretch(1)
        else:
            row.addWidget(widget)
    return row


class FindBar(QWidget):
    """Find (and, in the draft, replace) plain text; hidden until Ctrl+F or Ctrl+H."""

    def __init__(self, session: ReviewSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.session = session
        self.pane = DRAFT
        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("findText")
        self.find_edit.setPlaceholderText("Find")
        self.find_edit.setToolTip("Enter: next match · Shift+Enter: previous · Esc: close")
        self.find_edit.setClearButtonEnabled(True)
        # arrows and a cross, as in a browser's find bar: the fields keep the width
        self.previous_button = _tool_button("↑", "Go to the previous match (Shift+F3)")
        self.next_button = _tool_button("↓", "Go to the next match (F3)")
        self.case_box = QCheckBox("Match &case")
        self.case_box.setToolTip("Tell capitals from small letters")
        self.words_box = QCheckBox("&Whole words")
        self.words_box.setToolTip("Only whole words: “cat” does not find “cats”")
        self.count_label = QLabel()
        self.count_label.setObjectName("findCount")
        self.count_label.setMinimumWidth(
            self.count_label.fontMetrics().horizontalAdvance("88 of 88 in the original")
        )
        self.close_button = _tool_button("", "Close the find bar (Esc)")
        style = self.style()
        self.close_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton))
        self.replace_label = QLabel("Replace with:")
        self.replace_edit = QLineEdit()
        self.replace_edit.setObjectName("replaceText")
        self.replace_edit.setPlaceholderText("Replacement (empty: delete)")
        self.replace_edit.setToolTip("Enter: replace this match and go to the next")
        self.replace_button = QPushButton("&Replace")
        self.replace_button.setToolTip("Replace the selected match and go to the next")
        self.replace_all_button = QPushButton("Replace &all")
        self.replace_all_button.setToolTip("Replace every match in the draft (one undo step)")
        self._build()
        self._connect()
        self.hide()

    def _build(self) -> None:
        # the two fields share a column (so they line up); each row's buttons sit in a
        # box of their own, so a wide row never squeezes the other's field
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 2)
        grid.setVerticalSpacing(2)
        grid.addWidget(QLabel("Find:"), 0, 0)
        grid.addWidget(self.find_edit, 0, 1)
        grid.addLayout(
            _row(
                self.previous_button,
                self.next_button,
                self.case_box,
                self.words_box,
                self.count_label,
                None,
                self.close_button,
            ),
            0,
            2,
        )
        grid.addWidget(self.replace_label, 1, 0)
        grid.addWidget(self.replace_edit, 1, 1)
        grid.addLayout(_row(self.replace_button, self.replace_all_button, None), 1, 2)
        grid.setColumnStretch(1, 1)
        for field in (self.find_edit, self.replace_edit):
            field.setMinimumWidth(
                max(
                    field.fontMetrics().horizontalAdvance(field.placeholderText()) + 24,
                    FIELD_MIN_CHARS * field.fontMetrics().averageCharWidth(),
                )
            )
        # Tab goes from the phrase to its replacement, then to the buttons
        QWidget.setTabOrder(self.find_edit, self.replace_edit)
        QWidget.setTabOrder(self.replace_edit, self.replace_button)

    def _connect(self) -> None:
        self.find_edit.textChanged.connect(lambda _text: self._search_from_selection())
        self.case_box.toggled.connect(lambda _on: self._search_from_selection())
        self.words_box.toggled.connect(lambda _on: self._search_from_selection())
        self.next_button.clicked.connect(lambda: self.find_next())
        self.previous_button.clicked.connect(lambda: self.find_next(backward=True))
        self.replace_button.clicked.connect(lambda: self.replace_current())
        self.replace_all_button.clicked.connect(lambda: self.replace_all())
        self.replace_edit.returnPressed.connect(lambda: self.replace_current())
        self.close_button.clicked.connect(lambda: self.close_bar())
        for field in (self.find_edit, self.replace_edit):
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Enter / Shift+Enter in the find field step through matches; Esc closes."""
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if watched is self.find_edit and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.find_next(backward=shift)
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Esc closes the bar from anywhere in it (a button or a tick box too)."""
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    # -- opening and closing ------------------------------------------------------------

    def open(self, *, replace: bool = False) -> None:
        """Show the bar for the focused pane (the draft for Replace), with the selection."""
        in_pane = self.session.draft.hasFocus() or self.session.original.hasFocus()
        if replace or self.session.draft.hasFocus():
            self.pane = DRAFT
        elif self.session.original.hasFocus():
            self.pane = ORIGINAL
        # else (the focus in the bar itself, or a panel): the pane searched last
        selected = self.session.editor(self.pane).textCursor().selectedText()
        if in_pane and selected and "\u2029" not in selected:  # one paragraph at most
            self.find_edit.blockSignals(True)
            self.find_edit.setText(selected)
            self.find_edit.blockSignals(False)
        editable = replace and self.pane == DRAFT  # Ctrl+F: the find row only
        for widget in (
            self.replace_label,
            self.replace_edit,
            self.replace_button,
            self.replace_all_button,
        ):
            widget.setVisible(editable)
        self.show()
        target = self.replace_edit if replace and self.find_edit.text() else self.find_edit
        target.setFocus()
        target.selectAll()
        matches = self._matches()
        selection = self._selection()
        self._show_count(matches, matches.index(selection) if selection in matches else None)

    def close_bar(self) -> None:
        """Hide the bar and give the focus back to the pane, the match still selected."""
        self.hide()
        self.session.editor(self.pane).setFocus()

    # -- finding ------------------------------------------------------------------------

    def _matches(self) -> list[Span]:
        text = self.session.editor(self.pane).toPlainText()
        return find_all(
            text,
            self.find_edit.text(),
            match_case=self.case_box.isChecked(),
            whole_words=self.words_box.isChecked(),
        )

    def _selection(self) -> Span:
        cursor = self.session.editor(self.pane).textCursor()
        docmap = self.session.docmap(self.pane)
        return docmap.to_cp(cursor.selectionStart()), docmap.to_cp(cursor.selectionEnd())

    def _go(self, matches: list[Span], position: int, *, backward: bool = False) -> bool:
        index = next_match(matches, position, backward=backward)
        if index is None:
            self._show_count(matches)
            return False
        start, end = matches[index]
        self.session.select_span(self.pane, start, end)
        self._show_count(matches, index)
        return True

    def _search_from_selection(self) -> None:
        """As the phrase or the options change: the first match from the selection's start."""
        if self.isVisible():
            self._go(self._matches(), self._selection()[0])

    def find_next(self, *, backward: bool = False) -> bool:
        """Select the next (or previous) match, wrapping round; False when there is none."""
        if not self.isVisible():
            self.open()
        start, end = self._selection()
        position = start if backward or start == end else end  # past a selected match
        return self._go(self._matches(), position, backward=backward)

    def _show_count(self, matches: list[Span], index: int | None = None) -> None:
        if not self.find_edit.text():
            text = ""
        elif not matches:
            text = NO_MATCH
        elif index is None:
            text = f"{len(matches)} {'match' if len(matches) == 1 else 'matches'}"
        else:
            text = f"{index + 1} of {len(matches)} {PANE_NAMES[self.pane]}"
        self.count_label.setText(text)
        self.count_label.setStyleSheet("color: #b71c1c;" if text == NO_MATCH else "")
        for button in (
            self.next_button,
            self.previous_button,
            self.replace_button,
            self.replace_all_button,
        ):
            button.setEnabled(bool(matches))

    # -- replacing (the draft only) -------------------------------------------------------

    def replace_current(self) -> bool:
        """Replace the selected match and go to the next; just go there if none is selected."""
        if self.pane != DRAFT:
            return False
        start, end = self._selection()
        if (start, end) not in self._matches():
            return self.find_next()
        text = self.session.draft.toPlainText()
        replacement = self.replace_edit.text()
        edit = Edit(start, end, replacement, expected=text[start:end])
        self.session.edit_draft([edit], caret=True)  # one undo step
        self._go(self._matches(), start + len(replacement))
        return True

    def replace_all(self) -> int:
        """Replace every match in the draft as one undo step; how many."""
        if self.pane != DRAFT:
            return 0
        text = self.session.draft.toPlainText()
        replacement = self.replace_edit.text()
        edits = [Edit(s, e, replacement, expected=text[s:e]) for s, e in self._matches()]
        count = len(self.session.edit_draft(edits).applied)
        # the focus stays in the bar (a button disabled for want of matches would pass it
        # on to another panel, and Esc would then no longer close the bar)
        self.find_edit.setFocus()
        self.find_edit.selectAll()
        phrase = self.find_edit.text()
        self.session.message.emit(
            f"Replaced {count} × “{phrase}” with “{replacement}”" if count else NO_MATCH
        )
        self._show_count(self._matches())
        log.info("replaced %d matches in the draft", count)
        return count
