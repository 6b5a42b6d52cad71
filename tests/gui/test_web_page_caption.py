"""A saved web page's photo caption in the window: marked "Photo caption" in the margin,
so not offered as web debris as well (ux8 found both at once)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from word_window import debris_lines

from reviewdesk.service.panes import DRAFT, ORIGINAL

CAPTION = "Mayor Jane Doe (left) cuts the ribbon on Friday. AP Photo/John Smith"
PAGE = (
    '<html lang="en"><body><article><h1>Mayor opens the new bridge</h1>'
    "<p>The council met on Tuesday to discuss the new bridge over the river, which cost "
    "twelve million pounds and opened a year late.</p>"
    f"<figure><img src='a.jpg'><figcaption>{CAPTION}</figcaption></figure>"
    "<p>Hundreds of people walked across it in the first hour, the council said, and "
    "more are expected at the weekend.</p>"
    "<p>Leave a Comment</p></article></body></html>"
)


def test_the_kept_caption_is_no_debris_in_either_pane(
    tmp_path: Path, make_window: Callable[..., Any], wait_checked: Callable[..., None]
) -> None:
    page = tmp_path / "bridge.html"
    page.write_text(PAGE, encoding="utf-8")
    window = make_window()
    assert window.open_file(page)
    wait_checked(window)
    for pane in (ORIGINAL, DRAFT):
        text = window.session.editor(pane).toPlainText()
        assert CAPTION in text
        debris = debris_lines(window, pane)
        assert CAPTION not in debris
        assert "Leave a Comment" in debris  # the page's comment form is still offered
