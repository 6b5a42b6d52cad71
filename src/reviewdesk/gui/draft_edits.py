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
    target: QTextDocument | QPlainTextEdit,
    edits: Sequence[Edit],
    *,
    apart: bool = False,
    each: bool = False,
) -> EditResult:
    """Apply ``edits`` (code-point offsets into the document's text) as ONE undo step.

    With ``apart``, Qt reports the change in each paragraph on its own (still one undo
    step): one change from the first paragraph to the last reads as if everything between
    were retyped, and a Word article's structure, which follows each change, slid its list
    marks and table rows onto the wrong lines after "Reject all". Without a structure to
    follow, one report is cheaper (about 0.2 ms a paragraph saved). With ``each``, every
    edit is reported on its own, even within a paragraph: a note's passage between two
    replacements (Replace all, Apply all) is no part of either, where one report from
    the first to the last would have stretched the note over everything between.

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
            if later is not None and (each or (apart and "\n" in text[edit.end : later.start])):
                cursor.endEditBlock()  # another paragraph (or edit): reported on its own
                cursor.joinPreviousEditBlock()
            cursor.setPosition(docmap.to_qt(edit.start))
            cursor.setPosition(docmap.to_qt(edit.end), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(edit.replacement)
            later = edit
    finally:
        cursor.endEditBlock()
    return result
