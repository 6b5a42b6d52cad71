"""A saved page whose article cannot be told from the rest opens in the window with all
of its text; the warning bar says why, once, and the page's furniture is offered as
debris while the article's sentences are not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from word_window import debris_lines

from reviewdesk.formats.html_import import WHOLE_PAGE_WARNING
from reviewdesk.service.panes import DRAFT

PAGE = """<DOCUMENT>
<TYPE>EX-99.1
<SEQUENCE>2
<FILENAME>d752412dex991.htm
<TEXT>
<HTML><HEAD><TITLE>Harbour Company news</TITLE></HEAD>
<BODY>
<DIV>HARBOUR COMPANY ANNOUNCES REOPENING</DIV>
<DIV>The harbour reopened on Tuesday after three weeks of repairs, the port authority
said in a statement issued to investors on Tuesday morning.</DIV>
<DIV>Fishing boats returned at dawn and the first ferry left at noon, the company said,
and more sailings are planned for the weekend.</DIV>
<DIV>Share on Facebook</DIV>
<DIV>© 2014 Harbour Company. All rights reserved.</DIV>
</BODY></HTML>
</TEXT>
</DOCUMENT>
"""


def test_a_whole_page_opens_with_its_text_and_one_message(
    tmp_path: Path, make_window: Callable[..., Any], wait_checked: Callable[..., None]
) -> None:
    path = tmp_path / "filing.html"
    path.write_text(PAGE, encoding="utf-8")
    window = make_window()
    assert window.open_file(path)
    wait_checked(window)
    text = window.session.editor(DRAFT).toPlainText()
    assert "Fishing boats returned at dawn and the first ferry left at noon" in text
    bar = window.warning_bar
    assert bar.isVisible()
    assert bar.messages == [WHOLE_PAGE_WARNING]
    assert bar.text.text().count("could not be told apart") == 1
    debris = debris_lines(window, DRAFT)
    assert any("All rights reserved" in d for d in debris), debris
    assert not any("Fishing boats" in d or "harbour reopened" in d for d in debris), debris
