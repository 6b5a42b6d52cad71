"""A pane's text kept edit by edit (gui.text_mirror) is the text read whole, after random
edits of every kind a copy editor makes: typing, deleting, splitting and joining
paragraphs, pastes, undo and redo; with emoji before the text (two UTF-16 units each,
where Qt's positions and Python's differ) and no-break spaces kept."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QTextCursor

from reviewdesk.gui.editor import ReviewEditor
from reviewdesk.gui.loading import PaneFiller
from reviewdesk.gui.pane_text import editor_text
from reviewdesk.gui.text_mirror import read_whole
from reviewdesk.service.panes import DRAFT

REPO = Path(__file__).resolve().parents[2]
DEMO_ARTICLE = REPO / "src" / "reviewdesk" / "resources" / "demo" / "newsroom-demo.txt"
SAMPLE = REPO.parent / "shared" / "samples" / "belarus-visit.txt"
ARTICLES = [
    pytest.param(DEMO_ARTICLE, id="demo"),
    pytest.param(
        SAMPLE,
        id="belarus-sample",
        marks=pytest.mark.skipif(not SAMPLE.exists(), reason="../shared is not here"),
    ),
]
PASTES = ["x", "new words ", "\n", "two\nlines", "a\u00a0b", "\U0001f600 \U0001f4f0", "\n\nthree\n"]


def _edit(editor: ReviewEditor, rng: random.Random) -> str:
    """One random edit, as the editor's user could make it; what it was."""
    doc = editor.document()
    size = doc.characterCount() - 1
    cursor = QTextCursor(doc)
    at = rng.randint(0, size)
    cursor.setPosition(at)
    kind = rng.choice(["type", "delete", "split", "join", "paste", "cut", "undo", "redo"])
    if kind == "type":
        cursor.insertText(rng.choice("abcdefg ,.\u00a0"))
    elif kind == "delete" and at < size:
        cursor.setPosition(min(size, at + rng.randint(1, 40)), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
    elif kind == "split":
        cursor.insertText("\n")
    elif kind == "join":
        block = doc.findBlock(at)
        if block.next().isValid():
            cursor.setPosition(block.position() + block.length() - 1)
            cursor.deleteChar()
    elif kind == "paste":
        cursor.insertText(rng.choice(PASTES))
    elif kind == "cut" and at < size:
        # a selection over several paragraphs replaced by a pasted one
        cursor.setPosition(min(size, at + rng.randint(50, 900)), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(rng.choice(PASTES))
    elif kind == "undo":
        editor.undo()
    elif kind == "redo":
        editor.redo()
    return kind


@pytest.mark.parametrize("path", ARTICLES)
def test_the_kept_text_is_the_text_read_whole_after_random_edits(qapp: Any, path: Path) -> None:
    text = "\U0001f600\U0001f4f0 " + path.read_text(encoding="utf-8")
    editor = ReviewEditor("draft", DRAFT, read_only=False)
    editor.setPlainText(text)
    assert editor_text(editor) == read_whole(editor.document()) == text
    reads = editor.text_mirror.full_reads
    rng = random.Random(14)
    for step in range(400):
        kind = _edit(editor, rng)
        if rng.random() < 0.5:  # read between some edits, not others (several at once)
            assert editor_text(editor) == read_whole(editor.document()), (step, kind)
    assert editor_text(editor) == read_whole(editor.document())
    # every edit above was followed block by block: the document was never read whole
    assert editor.text_mirror.full_reads == reads


def test_a_text_filled_in_slices_is_kept_whole(qapp: Any) -> None:
    text = "\U0001f600 " + "\n\n".join(f"Paragraph {n} with a\u00a0space." for n in range(3000))
    editor = ReviewEditor("draft", DRAFT, read_only=False)
    editor_text(editor)  # read while empty: the filler's slices are then followed
    filler = PaneFiller()
    done: list[bool] = []
    filler.fill([(editor, text)], lambda: done.append(True))
    while not done:
        qapp.processEvents()
        assert editor_text(editor) == read_whole(editor.document())
    assert editor_text(editor) == text


def test_a_line_separator_inside_a_paragraph_reads_as_a_line_feed(qapp: Any) -> None:
    editor = ReviewEditor("draft", DRAFT, read_only=False)
    editor.setPlainText("One\ntwo")
    editor_text(editor)
    cursor = QTextCursor(editor.document())
    cursor.setPosition(2)
    cursor.insertText("\u2028")  # Shift+Enter's soft break
    assert editor_text(editor) == read_whole(editor.document()) == "On\ne\ntwo"
    cursor.insertText("x")
    assert editor_text(editor) == read_whole(editor.document()) == "On\nxe\ntwo"


def _filled(qapp: Any, text: str) -> ReviewEditor:
    editor = ReviewEditor("draft", DRAFT, read_only=False)
    filler = PaneFiller()
    done: list[bool] = []
    filler.fill([(editor, text)], lambda: done.append(True))
    while not done:
        qapp.processEvents()
    return editor


def test_a_long_article_filled_in_is_one_string_with_the_panes_text(qapp: Any) -> None:
    # memory20: the pane's text is the article's own string, not a second copy of it
    # joined or read back; and it still follows the edits made after
    text = "\U0001f600 " + "\n\n".join(f"Paragraph {n} with a\u00a0space." for n in range(3000))
    editor = _filled(qapp, text)
    reads = editor.text_mirror.full_reads
    assert editor_text(editor) is text
    assert read_whole(editor.document()) == text
    rng = random.Random(20)
    for step in range(60):
        kind = _edit(editor, rng)
        assert editor_text(editor) == read_whole(editor.document()), (step, kind)
    assert editor.text_mirror.full_reads == reads  # the edits followed block by block


@pytest.mark.parametrize("odd", ["\r", "\u2028", "\u2029"])
def test_a_text_qt_reads_back_otherwise_is_not_adopted(qapp: Any, odd: str) -> None:
    text = "\n\n".join(f"Paragraph {n}{odd if n == 7 else ''} here." for n in range(3000))
    editor = _filled(qapp, text)
    assert editor_text(editor) is not text
    assert editor_text(editor) == read_whole(editor.document())
