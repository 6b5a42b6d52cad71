"""A Word file is not a web page. Its caption (a paragraph in Word's Caption style,
credit and all) is the writer's copy: the window does not offer it for removal as "a
photo caption from the web page", in either pane, while a caption-like line that Word
does not mark still is. Its repeated paragraph is the writer's slip: listed under
Consistency, not "Web debris", with the same name and fix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest
from PySide6.QtCore import Qt
from word_window import debris_lines

from reviewdesk.gui.issue_rows import row_text
from reviewdesk.service.panes import DRAFT, ORIGINAL

pytestmark = pytest.mark.gui

CAPTION = "The new lane on Market Street. Photo: John Smith"
PLAIN = "The old lane on Mill Road. Photo: Jane Roe"


def _story(path: Path) -> None:
    document = docx.Document()
    document.add_heading("Council backs new cycle lanes", 1)
    document.add_paragraph(
        "The city council voted on Tuesday to build three new cycle lanes across the centre."
    )
    document.add_paragraph(CAPTION, style="Caption")
    document.add_paragraph("Councillors opposed to the plan said it would hurt trade.")
    document.add_paragraph(PLAIN)  # a caption by its look only, as pasted from a page
    document.save(str(path))


def test_a_word_caption_is_not_offered_for_removal(
    tmp_path: Path, make_window: Callable[..., Any], wait_checked: Callable[..., None]
) -> None:
    path = tmp_path / "lanes.docx"
    _story(path)
    window = make_window()
    assert window.open_file(path)
    wait_checked(window)
    for pane in (ORIGINAL, DRAFT):
        text = window.session.editor(pane).toPlainText()
        assert CAPTION in text
        debris = debris_lines(window, pane)
        assert CAPTION not in debris
        assert PLAIN in debris  # Word does not mark it a caption: still offered


REPEATED = "Work will begin in the spring, the council said, and should take eight months."


def test_a_repeated_paragraph_in_a_word_file_is_not_web_debris(
    qtbot, tmp_path: Path, make_window: Callable[..., Any], wait_checked: Callable[..., None]
) -> None:
    document = docx.Document()
    document.add_heading("Council backs new cycle lanes", 1)
    document.add_paragraph(REPEATED)
    document.add_paragraph("The mayor said it would make the streets safer for everyone.")
    document.add_paragraph(REPEATED)  # pasted twice
    document.add_paragraph("Councillors opposed to the plan said it would hurt trade.")
    path = tmp_path / "lanes.docx"
    document.save(str(path))
    window = make_window()
    assert window.open_file(path)
    wait_checked(window)
    issues = window.session.pane(DRAFT).issues
    (copy,) = [i for i in issues if i.rule == "debris-duplicate"]
    row = row_text(copy)
    assert row.category == "Consistency"
    assert row.change.endswith("→ (remove)")
    assert "web" not in row.message.lower()
    assert "Web debris" not in window.issues_panel.summary.text()
    # the same fix: applying it takes the copy out of the draft
    window.activateWindow()
    window.draft.setFocus()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.session.show_issue(issues.index(copy))
    qtbot.keyClick(window.draft, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.draft.toPlainText().count(REPEATED) == 1
