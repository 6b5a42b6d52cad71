"""Helpers for the Word-story window tests: waiting for the structure, finding blocks,
reading the formats drawn on them, asking the margin and the gaps what they show."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextBlock, QTextCharFormat, QTextCursor

from reviewdesk.gui.main_window import MainWindow
from reviewdesk.gui.structure_paint import line_x
from reviewdesk.service.panes import PANES

STRUCTURE_TIMEOUT_MS = 30_000


def wait_structure(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Wait until both panes show the open article's structure, drawn everywhere."""
    qtbot.waitUntil(lambda: not window.structure.busy, timeout=STRUCTURE_TIMEOUT_MS)
    for pane in PANES:
        window.session.editor(pane).highlighter.flush()


def block_of(window: MainWindow, pane: str, line: str) -> QTextBlock:
    """The first block of a pane whose text is ``line``."""
    block = window.session.editor(pane).document().firstBlock()
    while block.isValid():
        if block.text() == line:
            return block
        block = block.next()
    raise AssertionError(f"no line {line!r} in the {pane}")


def utf16(text: str) -> int:
    """Length of ``text`` in UTF-16 units (Qt's positions)."""
    return len(text.encode("utf-16-le")) // 2


def formats_over(block: QTextBlock, word: str, *, some: bool = True) -> list[QTextCharFormat]:
    """The highlight formats drawn over ``word`` in ``block``, one per segment (an issue
    mark cuts a heading's format in pieces). With ``some``, they must cover all of it."""
    text = block.text()
    start = utf16(text[: text.index(word)])
    end = start + utf16(word)
    ranges = sorted(
        (f.start, f.start + f.length, QTextCharFormat(f.format))  # a copy: it dies with the list
        for f in block.layout().formats()
        if f.start < end and start < f.start + f.length
    )
    if some:
        reached = start
        for lo, hi, _fmt in ranges:
            assert lo <= reached, f"nothing drawn over part of {word!r}"
            reached = max(reached, hi)
        assert reached >= end, f"nothing drawn over {word!r}"
    return [fmt for _lo, _hi, fmt in ranges]


def margin_label(window: MainWindow, pane: str, line: str) -> str:
    """What the margin says beside a line."""
    view = window.structure.views[pane]
    block = block_of(window, pane, line)
    spans = view.structure_at(block)
    if spans is None:
        return ""
    return view.painter.label(block, spans, window.session.editor(pane).palette())[0]


def point_in(window: MainWindow, pane: str, line: str, word: str) -> QPoint:
    """A viewport point over the middle of ``word`` on ``line``."""
    editor = window.session.editor(pane)
    block = block_of(window, pane, line)
    cursor = QTextCursor(block)
    text = block.text()
    cursor.setPosition(block.position() + utf16(text[: text.index(word)]) + utf16(word) // 2)
    return editor.cursorRect(cursor).center()


def gap_point(window: MainWindow, pane: str, line: str) -> QPoint:
    """A viewport point in the first gap label drawn on ``line``."""
    editor = window.session.editor(pane)
    block = block_of(window, pane, line)
    ((position, labels), *_rest) = window.structure.views[pane].gaps_in(block)
    rect = editor.blockBoundingGeometry(block).translated(editor.contentOffset())
    layout = block.layout()
    text_line = layout.lineForTextPosition(position)
    x = rect.left() + line_x(text_line, position) - sum(lb.width for lb in labels) + 3
    y = rect.top() + text_line.y() + text_line.height() / 2
    return QPoint(round(x), round(y))


def select(window: MainWindow, pane: str, line: str, word: str, *, caret: bool = False) -> None:
    """Select ``word`` on ``line`` of a pane (or put the caret in its middle)."""
    editor = window.session.editor(pane)
    block = block_of(window, pane, line)
    text = block.text()
    start = block.position() + utf16(text[: text.index(word)])
    cursor = QTextCursor(editor.document())
    if caret:
        cursor.setPosition(start + utf16(word) // 2)
    else:
        cursor.setPosition(start)
        cursor.setPosition(start + utf16(word), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.setFocus()


def debris_lines(window: MainWindow, pane: str) -> list[str]:
    """The passages a pane offers for removal as debris, stripped (Word and web tests)."""
    text = window.session.editor(pane).toPlainText()
    return [
        text[i.start : i.end].strip()
        for i in window.session.pane(pane).issues
        if str(i.category) == "debris"
    ]
