"""Issue 11 in the window: grammar, confused-word and spelling findings show at the right
place after an emoji (UTF-16 in Qt), in both dialects, with human rule names."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor

from reviewdesk.gui.editor import issue_tooltip
from reviewdesk.service.docmap import DocMap
from reviewdesk.service.panes import DRAFT

pytestmark = pytest.mark.gui

PARAGRAPHS = [
    "😀 The costs of the project is rising, 𝄞 officials said.",
    "😀 The council bought a 80-acre farm.",
    "😀 Its a long way, and the ban took affect at midnight.",
    "😀 She wanted to went there through out the year.",
    "😀 The meeting is on Tuesday, Dec. 3, 2026.",
    "😀 The Goverment said to wait untill May.",
    "😀 “We will rebuild the bridge,” the mayor said. “It will take two years.",
    "“And it will cost more than we hoped,” she added.",
]
EXPECTED = {
    "is": "are",
    "a": "an",
    "Its": "It's",
    "affect": "effect",
    "went": "go",
    "through out": "throughout",
    "Tuesday": "Thursday",
    "Goverment": "Government",
    "untill": "until",
}


@pytest.mark.parametrize("language", ["en-US", "en-GB"])
def test_grammar_findings_in_the_window(
    qtbot, tmp_path: Path, make_window, wait_checked, language: str
) -> None:
    path = tmp_path / "kinds.txt"
    path.write_text("\n".join(PARAGRAPHS) + "\n", encoding="utf-8")
    window = make_window()
    assert window.open_file(path)
    wait_checked(window)
    if language != "en-US":
        window.review.set_language(language)
        qtbot.waitUntil(lambda: window.session.ctx.language == language, timeout=5000)
        wait_checked(window)
    text = window.draft.toPlainText()
    issues = window.session.pane(DRAFT).issues
    found = {i.text: i for i in issues if i.replacements}
    for flagged, fix in EXPECTED.items():
        assert flagged in found, f"{flagged!r} not shown ({language})"
        assert found[flagged].replacements[0] == fix
    assert not [i for i in issues if i.rule == "UnclosedQuotes"]  # the quote continues

    # the agreement issue sits under the mouse where its word is drawn, past two astral
    # characters (Qt counts UTF-16 units)
    issue = found["is"]
    assert text[issue.start : issue.end] == "is"
    cursor = QTextCursor(window.draft.document())
    cursor.setPosition(DocMap(text).to_qt(issue.start + 1))
    point = window.draft.cursorRect(cursor).center()
    assert window.draft.issue_at(point) == issue
    assert "Subject–verb agreement" in issue_tooltip(issue)
    menu = window.draft.build_context_menu(point)
    labels = [a.text() for a in menu.actions()]
    labels += [a.text() for m in menu.actions() if m.menu() is not None for a in m.menu().actions()]
    assert any(label.endswith("Subject–verb agreement") for label in labels)  # its rule, by name
    assert not any("subject-verb-agreement" in label for label in labels)  # id: tooltip only
