"""A pane's text as the article holds it: Qt's ``toPlainText`` without its ASCII swaps.

``QTextDocument.toPlainText`` turns a no-break space (U+00A0) into a plain space. A pane
read that way saved "10\u00a0am" as "10 am", marked an unchanged no-break space as
"Changed in draft", and never matched a result checked on the article's own text. Here
only the block and line separators become line feeds (as Qt does); every other
character stays, one for one, so positions are unchanged.

A pane's document carries a :class:`~reviewdesk.gui.text_mirror.TextMirror` (the
editor makes it): its text is then kept edit by edit, not read whole each time.
"""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from reviewdesk.gui.text_mirror import TextMirror, read_whole


def document_text(document: QTextDocument) -> str:
    """The text of ``document``, no-break spaces kept."""
    mirror = document.findChild(TextMirror)
    if isinstance(mirror, TextMirror):
        return mirror.text()
    return read_whole(document)


def editor_text(editor: QPlainTextEdit | QTextEdit) -> str:
    """The text of an editor's document, no-break spaces kept."""
    return document_text(editor.document())
