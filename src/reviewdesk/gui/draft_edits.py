"""The one way text changes in a document on the window's behalf: a list of edits.

Applied fixes, "Apply all", Replace and Replace all all come here, so every such change
is ONE undo step, skips conflicting or stale edits exactly as
:func:`~reviewdesk.core.merge.apply_edits` does, and converts code points to Qt's UTF-16
positions through :class:`~reviewdesk.service.docmap.DocMap` (the one boundary).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit

from reviewdesk.core.merge import Edit, EditResult, apply_edits
from reviewdesk.gui.pane_text import document_text
from reviewdesk.service.docmap import DocMap


def apply_edits_to_document(
    target: QTextDocument | QPlainTextEdit, edits: Sequence[Edit]
) -> EditResult:
    """Apply ``edits`` (code-point offsets into the document's text) as ONE undo step.

    Conflicting or stale edits are skipped exactly as :func:`apply_edits` skips them;
    the result says which went in. The document ends up holding ``result.text``.
    """
    document = target.document() if isinstance(target, QPlainTextEdit) else target
    text = document_text(document)
    result = apply_edits(text, edits)
    if not result.applied:
        return result
    docmap = DocMap(text)
    cursor = QTextCursor(document)
    # Undo puts the caret back where the edit block began: begin it at the first change,
    # not at the top of the article, so Ctrl+Z leaves the caret and view on that passage
    first = min(result.applied, key=lambda e: (e.start, e.end))
    cursor.setPosition(docmap.to_qt(first.end))
    cursor.beginEditBlock()
    try:
        # from the end backwards, so the positions of the edits still to come stay valid
        later: Edit | None = None
        for edit in sorted(result.applied, key=lambda e: (e.start, e.end), reverse=True):
            if later is not None and "\n" in text[edit.end : later.start]:
                # another paragraph: Qt reports what changed in it apart (one undo step
                # still); one change from the first paragraph to the last read as if all
                # between were retyped, and a Word article's list marks and table rows
                # slid onto the wrong lines after "Reject all"
                cursor.endEditBlock()
                cursor.joinPreviousEditBlock()
            cursor.setPosition(docmap.to_qt(edit.start))
            cursor.setPosition(docmap.to_qt(edit.end), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(edit.replacement)
            later = edit
    finally:
        cursor.endEditBlock()
    return result
