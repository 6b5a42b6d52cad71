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
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

from reviewdesk.core.find import Span, find_all, next_match
from reviewdesk.core.merge import Edit
from reviewdesk.gui.flow_layout import FlowLayout
from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from reviewdesk.gui.palette import colours_for
from reviewdesk.gui.pane_text import editor_text
from reviewdesk.gui.session import ReviewSession
from reviewdesk.service.panes import DRAFT, ORIGINAL

log = logging.getLogger(__name__)

PLACES = {
    DRAFT: QT_TRANSLATE_NOOP("FindBar", "{number} of {count} in the draft"),
    ORIGINAL: QT_TRANSLATE_NOOP("FindBar", "{number} of {count} in the original"),
}
NO_MATCH = QT_TRANSLATE_NOOP("FindBar", "No matches")
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
        self.find_edit.setAccessibleName(translate("FindBar", "Find"))
        self.find_edit.setPlaceholderText(translate("FindBar", "Find"))
        self.find_edit.setToolTip(
            translate("FindBar", "Enter: next match · Shift+Enter: previous · Esc: close")
        )
        self.find_edit.setClearButtonEnabled(True)
        # arrows and a cross, as in a browser's find bar: the fields keep the width
        self.previous_button = _tool_button(
            "↑", translate("FindBar", "Go to the previous match (Shift+F3)")
        )
        self.previous_button.setAccessibleName(translate("FindBar", "Previous match"))
        self.next_button = _tool_button("↓", translate("FindBar", "Go to the next match (F3)"))
        self.next_button.setAccessibleName(translate("FindBar", "Next match"))
        self.case_box = QCheckBox(translate("FindBar", "Match &case"))
        self.case_box.setToolTip(translate("FindBar", "Tell capitals from small letters"))
        self.words_box = QCheckBox(translate("FindBar", "&Whole words"))
        self.words_box.setToolTip(
            translate("FindBar", "Only whole words: “cat” does not find “cats”")
        )
        self.count_label = QLabel()
        self.count_label.setObjectName("findCount")
        self.count_label.setMinimumWidth(
            self.count_label.fontMetrics().horizontalAdvance(
                translate("FindBar", PLACES[ORIGINAL]).format(number=88, count=88)
            )
        )
        self.close_button = _tool_button("", translate("FindBar", "Close the find bar (Esc)"))
        self.close_button.setAccessibleName(translate("FindBar", "Close the find bar"))
        style = self.style()
        self.close_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton))
        self.replace_label = QLabel(translate("FindBar", "Replace with:"))
        self.replace_edit = QLineEdit()
        self.replace_edit.setObjectName("replaceText")
        self.replace_edit.setAccessibleName(translate("FindBar", "Replace with"))
        self.replace_edit.setPlaceholderText(translate("FindBar", "Replacement (empty: delete)"))
        self.replace_edit.setToolTip(
            translate("FindBar", "Enter: replace this match and go to the next")
        )
        self.replace_button = QPushButton(translate("FindBar", "&Replace"))
        self.replace_button.setToolTip(
            translate("FindBar", "Replace the selected match and go to the next")
        )
        self.replace_all_button = QPushButton(translate("FindBar", "Replace &all"))
        self.replace_all_button.setToolTip(
            translate("FindBar", "Replace every match in the draft (one undo step)")
        )
        self._build()
        self._connect()
        self.hide()

    def _build(self) -> None:
        # the two fields share a column (so they line up); each row's buttons sit in a
        # box of their own, so a wide row never squeezes the other's field
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 2)
        grid.setVerticalSpacing(2)
        grid.addWidget(QLabel(translate("FindBar", "Find:")), 0, 0)
        grid.addWidget(self.find_edit, 0, 1)
        # the options and the count wrap under the arrows when the window is narrow,
        # so the bar never makes the window wider than a laptop's screen
        options = QWidget()
        options.setObjectName("findOptions")
        flow = FlowLayout(options, spacing=8)
        flow.setContentsMargins(0, 0, 0, 0)
        for widget in (self.case_box, self.words_box, self.count_label):
            flow.addWidget(widget)
        options.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row = _row(self.previous_button, self.next_button, options, self.close_button)
        row.setAlignment(self.close_button, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(row, 0, 2)
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
        text = editor_text(self.session.editor(self.pane))
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
        if not self.isVisible():
            return
        start = self._selection()[0]
        if not self._go(self._matches(), start) and self.find_edit.text():
            # "seawal" selected Seawall; "seawallz" finds nothing, and the old match,
            # still selected, read as a match of it: only the caret stays, where it was
            self.session.select_span(self.pane, start, start)

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
            text = translate("FindBar", NO_MATCH)
        elif index is None:
            text = (
                translate("FindBar", "1 match")
                if len(matches) == 1
                else translate("FindBar", "{count} matches").format(count=len(matches))
            )
        else:
            text = translate("FindBar", PLACES[self.pane]).format(
                number=index + 1, count=len(matches)
            )
        self.count_label.setText(text)
        warning = colours_for(self.palette()).warning
        self.count_label.setStyleSheet(f"color: {warning};" if matches == [] and text else "")
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
        text = editor_text(self.session.draft)
        replacement = self.replace_edit.text()
        edit = Edit(start, end, replacement, expected=text[start:end])
        self.session.edit_draft([edit], caret=True)  # one undo step
        self._go(self._matches(), start + len(replacement))
        return True

    def replace_all(self) -> int:
        """Replace every match in the draft as one undo step; how many."""
        if self.pane != DRAFT:
            return 0
        text = editor_text(self.session.draft)
        replacement = self.replace_edit.text()
        edits = [Edit(s, e, replacement, expected=text[s:e]) for s, e in self._matches()]
        count = len(self.session.edit_draft(edits).applied)
        # the focus stays in the bar (a button disabled for want of matches would pass it
        # on to another panel, and Esc would then no longer close the bar)
        self.find_edit.setFocus()
        self.find_edit.selectAll()
        phrase = self.find_edit.text()
        self.session.message.emit(
            translate("FindBar", "Replaced {count} × “{phrase}” with “{replacement}”").format(
                count=count, phrase=phrase, replacement=replacement
            )
            if count
            else translate("FindBar", NO_MATCH)
        )
        self._show_count(self._matches())
        log.info("replaced %d matches in the draft", count)
        return count
