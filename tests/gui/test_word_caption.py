"""A Word file's caption (a paragraph in Word's Caption style, credit and all) is the
writer's copy: the window does not offer it for removal as "a photo caption from the web
page", in either pane, while a caption-like line that Word does not mark still is."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx

from reviewdesk.service.panes import DRAFT, ORIGINAL

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
        debris = [
            text[i.start : i.end].strip()
            for i in window.session.pane(pane).issues
            if str(i.category) == "debris"
        ]
        assert CAPTION not in debris
        assert PLAIN in debris  # Word does not mark it a caption: still offered
