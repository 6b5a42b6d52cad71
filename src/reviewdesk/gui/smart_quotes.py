"""Smart quotes as you type (Edit ▸ Smart quotes as you type), in the house's style.

With a curly house style a typed " or ' becomes “ or ” (‘ or ’) by what comes before it:
an opening mark at the start of a paragraph or after a space, a bracket, a dash or an
opening mark; a closing one (and the apostrophe ’) elsewhere. With a straight house
style a curly mark that a keyboard or input method types becomes " or '.

As in a word processor, the change is its own undo step: the mark is typed as it was
pressed, then turned, so one Ctrl+Z right after gives back the mark as typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from reviewdesk.core.style_conventions import CURLY, STRAIGHT

DOUBLE = {'"', "“", "”"}
SINGLE = {"'", "‘", "’"}
# after these an opening mark starts a quotation
OPENERS = set("([{<—–-/“‘«\u00a0")


def turned(typed: str, before: str, style: str) -> str:
    """The mark to write for ``typed`` after the character ``before`` ("" at the start
    of a paragraph), in the house ``style``."""
    if typed not in DOUBLE and typed not in SINGLE:
        return typed
    if style == STRAIGHT:
        return '"' if typed in DOUBLE else "'"
    opening = before == "" or before.isspace() or before in OPENERS
    if typed in DOUBLE:
        return "“" if opening else "”"
    return "‘" if opening else "’"


class SmartQuotes(QObject):
    """Turns quotation marks typed in ``editor`` into the house's; off until switched on."""

    def __init__(
        self, editor: QPlainTextEdit, style: Callable[[], str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.style = style  # "curly" or "straight", read at each keystroke
        self.enabled = False
        editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Type a quotation mark, then turn it in an undo step of its own."""
        if (
            not self.enabled
            or watched is not self.editor
            or event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
            or self.editor.isReadOnly()
            or event.text() not in DOUBLE | SINGLE
            or event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        ):
            return False
        typed = event.text()
        editor = self.editor
        editor.keyPressEvent(event)  # typed as pressed: replaces a selection, joins typing
        cursor = editor.textCursor()
        position = cursor.position()
        head = QTextCursor(cursor)  # the paragraph up to the caret, in code points
        head.setPosition(cursor.block().position(), QTextCursor.MoveMode.KeepAnchor)
        prefix = head.selectedText()
        if not prefix.endswith(typed) or cursor.hasSelection():
            return True  # something else handled the key (an input method): leave it
        before = prefix[-2] if len(prefix) >= 2 else ""
        mark = turned(typed, before, self.style() or CURLY)
        if mark != typed:
            change = QTextCursor(cursor)
            change.beginEditBlock()
            change.setPosition(position - 1)
            change.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
            change.insertText(mark)
            change.endEditBlock()
            editor.setTextCursor(change)
        return True
