"""Highlighting: UTF-16 positions around emoji, per-block updates, stale results."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from reviewdesk.core.models import Category, make_issue
from reviewdesk.gui.check_worker import CheckOutcome
from reviewdesk.gui.highlighter import IssueHighlighter
from reviewdesk.gui.palette import kind_for
from reviewdesk.service.docmap import DocMap
from reviewdesk.service.outcome import LineOutcome
from reviewdesk.service.panes import DRAFT, ORIGINAL

DEMO = (
    Path(__file__).resolve().parents[2]
    / "src"
    / "reviewdesk"
    / "resources"
    / "demo"
    / "newsroom-demo.txt"
)

pytestmark = pytest.mark.gui

# Our own text: an emoji before a misspelling, and a second paragraph after an astral char.
ARTICLE = (
    "😀😀 The council will mete on Tuesday to discuss the budjet.\n"
    "Mayor Alvarez said teh plan was ready 𝄞.\n"
    "\n"
    "Residents can coment online until Friday."
)


def utf16(text: str) -> int:
    """Length in UTF-16 code units, computed independently of the code under test."""
    return len(text.encode("utf-16-le")) // 2


def _formats(block) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    return [(f.start, f.length) for f in block.layout().formats()]


def test_emoji_before_and_inside_an_issue_land_on_the_right_units(qtbot) -> None:
    text = "Hi 😀 Teh cat\nSee 𝄞 te😀h dog 😀 and wrod"
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText(text)
    highlighter = IssueHighlighter(editor.document())
    spans = {
        "Teh": text.index("Teh"),
        "te😀h": text.index("te😀h"),  # the emoji is inside the issue
        "wrod": text.index("wrod"),
    }
    issues = [
        make_issue(
            text, s, s + len(w), category=Category.SPELLING, rule="r", engine="t", message="m"
        )
        for w, s in spans.items()
    ]
    docmap = DocMap(text)
    spans_cp = [(i.start, i.end, kind_for(i.category), n) for n, i in enumerate(issues)]
    layout = docmap.layout(spans_cp)
    highlighter.set_layer("issues", layout)
    # a loaded machine can end the first slice after one block: the rest is drawn from the
    # event loop, as the user would see it a moment later
    qtbot.waitUntil(lambda: highlighter.pending == 0, timeout=5000)

    first, second = editor.document().firstBlock(), editor.document().firstBlock().next()
    line1, line2 = text.split("\n")
    assert _formats(first) == [(utf16(line1[: line1.index("Teh")]), 3)]
    assert _formats(second) == [
        (utf16(line2[: line2.index("te😀h")]), utf16("te😀h")),
        (utf16(line2[: line2.index("wrod")]), 4),
    ]
    # and back: Qt positions map to the same code points
    for issue in issues:
        assert docmap.to_cp(docmap.to_qt(issue.start)) == issue.start
        cursor = QTextCursor(editor.document())
        cursor.setPosition(docmap.to_qt(issue.start))
        cursor.setPosition(docmap.to_qt(issue.end), QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == issue.text


def test_only_changed_blocks_are_rehighlighted(qtbot) -> None:
    text = "one two\nthree four\nfive six"
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText(text)
    highlighter = IssueHighlighter(editor.document())
    docmap = DocMap(text)
    spans = [(0, 3, "cat:spelling", 0), (8, 13, "cat:grammar", 1), (19, 23, "cat:style", 2)]
    assert highlighter.set_layer("issues", docmap.layout(spans)) == 3
    spans[1] = (14, 18, "cat:grammar", 1)  # only the second paragraph's issue moved
    assert highlighter.set_layer("issues", docmap.layout(spans)) == 1
    qtbot.waitUntil(lambda: highlighter.pending == 0, timeout=5000)
    assert _formats(editor.document().findBlockByNumber(1)) == [(6, 4)]


def _open(tmp_path: Path, window, name: str = "emoji.txt", text: str = ARTICLE) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert window.open_file(path)
    return path


def test_real_check_highlights_after_emoji(tmp_path, make_window, wait_checked) -> None:
    window = make_window()
    _open(tmp_path, window)
    wait_checked(window)
    issues = window.session.pane(DRAFT).issues
    budget = next(i for i in issues if i.text == "budjet")
    assert ARTICLE[budget.start : budget.end] == "budjet"
    line = ARTICLE.split("\n")[0]
    block = window.draft.document().firstBlock()
    starts = [start for start, _length in _formats(block)]
    assert utf16(line[: line.index("budjet")]) in starts
    window.session.show_issue(issues.index(budget))
    assert window.draft.textCursor().selectedText() == "budjet"
    assert window.original.textCursor().selectedText() == "budjet"


def test_stale_result_is_dropped(qtbot, tmp_path, make_window, wait_checked) -> None:
    window = make_window()
    _open(tmp_path, window)
    results: list[CheckOutcome] = []
    window.coordinator.outcome_ready.connect(results.append)
    wait_checked(window)
    window.session.check_draft()
    qtbot.waitUntil(lambda: any(r.pane == DRAFT for r in results), timeout=30_000)
    old = next(r for r in results if r.pane == DRAFT)
    shown = window.session.pane(DRAFT).issues

    # the user types: the draft's revision moves on, results for the old text are stale
    cursor = window.draft.textCursor()
    cursor.setPosition(window.draft.document().characterCount() - 1)
    cursor.insertText(" More text, with a wrod.")
    stale = CheckOutcome(
        pane=DRAFT,
        revision=old.revision,
        text=old.text,
        lines=LineOutcome([], []),
        engines=old.engines,
        errors={},
    )
    assert not window.coordinator.accept(stale)
    assert window.session.pane(DRAFT).issues is shown
    assert _formats(window.draft.document().firstBlock())  # highlights still there
    wait_checked(window, (DRAFT,))
    assert "wrod" in {i.text for i in window.session.pane(DRAFT).issues}


def _marked(block) -> list[str]:  # type: ignore[no-untyped-def]
    text = block.text()
    return [text[f.start : f.start + f.length] for f in block.layout().formats()]


def test_edited_paragraph_keeps_its_marks_on_their_words_until_rechecked(
    tmp_path, make_window, wait_checked
) -> None:
    window = make_window()
    _open(tmp_path, window)
    wait_checked(window)
    second = window.draft.document().findBlockByNumber(1)
    assert _marked(second) == ["teh"], "the second paragraph has an issue"
    window.session.debounce.setInterval(60_000)  # hold the re-check back
    cursor = QTextCursor(second)
    cursor.insertText("X")  # before the mark: it moves with its word, never onto others
    assert _marked(window.draft.document().findBlockByNumber(1)) == ["teh"]
    cursor.setPosition(second.position() + second.text().index("teh") + 1)
    cursor.insertText("h")  # inside the flagged word: that mark goes
    assert _marked(window.draft.document().findBlockByNumber(1)) == []
    assert _formats(window.draft.document().firstBlock())  # other paragraphs keep theirs
    window.session.check_draft()
    wait_checked(window, (DRAFT,))
    assert "theh" in _marked(window.draft.document().findBlockByNumber(1))


def test_issue_click_selects_in_both_panes_after_edits(
    qtbot, tmp_path, make_window, wait_checked
) -> None:
    window = make_window()
    _open(tmp_path, window)
    wait_checked(window)
    cursor = QTextCursor(window.draft.document())
    cursor.insertText("Breaking: ")  # the draft now differs from the original
    window.session.check_draft()
    wait_checked(window, (DRAFT,))
    qtbot.waitUntil(lambda: bool(window.session.changes), timeout=10_000)
    issues = window.session.pane(DRAFT).issues
    row = next(n for n, i in enumerate(issues) if i.text == "coment")
    window.issues_panel.issue_activated.emit(row)
    assert window.draft.textCursor().selectedText() == "coment"
    assert window.original.textCursor().selectedText() == "coment"
    assert window.issues_panel.current_row() == row
    # the redline marks the inserted words in the draft and nothing is lost in the original
    assert window.draft.highlighter.layer("redline")
    assert window.session.pane(ORIGINAL).issues


def _issue_under(window, pane: str, offset: int):  # type: ignore[no-untyped-def]
    docmap = window.session.docmap(pane)
    cursor = QTextCursor(window.session.editor(pane).document())
    cursor.setPosition(docmap.to_qt(offset))
    return window.session.pane(pane).issue_at(cursor)


def test_every_highlighted_issue_is_found_under_the_cursor_after_edits(
    tmp_path, make_window, wait_checked
) -> None:
    # blocks name their issues by their place in the block; a removal at the end of the
    # text reaches its line from the line before: each must lead back to its issue
    demo = DEMO.read_text(encoding="utf-8").split("\n")
    demo[2] = "😀 " + demo[2]
    window = make_window()
    _open(tmp_path, window, "demo.txt", "\n".join(demo))
    wait_checked(window)
    for round_ in range(2):
        issues = window.session.pane(DRAFT).issues
        assert any(i.category == Category.DEBRIS for i in issues)
        for issue in issues:
            if issue.start == issue.end:
                continue
            text = window.session.pane(DRAFT).snapshot
            # the middle of the issue, on a character that is not a newline
            inside = [p for p in range(issue.start, issue.end) if text[p] != "\n"]
            at = inside[len(inside) // 2]
            found = _issue_under(window, DRAFT, at)
            assert found is not None and found.start <= at < found.end, (round_, issue)
        if round_ == 0:  # type a word in the first paragraph, then look again
            cursor = QTextCursor(window.draft.document())
            cursor.insertText("Breaking 😀 news: ")
            window.session.check_draft()
            wait_checked(window, (DRAFT,))
