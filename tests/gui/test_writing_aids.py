"""Writing aids: the draft's live word count against the article's target length."""

from __future__ import annotations

import random

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QInputDialog, QPlainTextEdit
from writes import settle

from reviewdesk.core.text import word_count
from reviewdesk.desk.length import Length
from reviewdesk.gui.palette import LIGHT
from reviewdesk.gui.status_line import length_text, length_tip
from reviewdesk.gui.word_count import WordCounter
from reviewdesk.store import Library

pytestmark = pytest.mark.gui


def test_length_reads_as_the_desk_writes_it(qapp) -> None:
    assert length_text(Length(612, 600)) == "612 / 600 words (+12)"
    assert Length(612, 600).over == 12
    assert length_text(Length(412, 600)) == "412 / 600 words"
    assert Length(412, 600).short == 188 and Length(412, 600).over == 0
    assert length_text(Length(1, 0)) == "1 word"
    assert length_text(Length(12_345, 0)) == "12,345 words"
    assert "188 words to the target" in length_tip(Length(412, 600))


def test_the_count_follows_every_kind_of_edit(qtbot) -> None:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText("The council met.\n\nIt voted 6-3 on the seawall.\n")
    counter = WordCounter(editor.document())
    rng = random.Random(13)
    words = ["seawall ", "council's ", "\n", "vote. ", "2024 ", "\n\nA new paragraph. ", "—", "x"]
    cursor = editor.textCursor()
    for _step in range(300):
        doc = editor.document()
        size = doc.characterCount() - 1
        action = rng.random()
        cursor.setPosition(rng.randint(0, size))
        if action < 0.5:
            cursor.insertText(rng.choice(words))
        elif action < 0.8 and size > 2:
            end = min(size, cursor.position() + rng.randint(1, 30))
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        elif action < 0.9:
            editor.undo()
        else:
            editor.redo()
        assert counter.total == word_count(editor.toPlainText()), _step
    editor.setPlainText("A whole new text of seven words.")
    assert counter.total == 7


def _set_target_by_dialog(monkeypatch, window, words: int) -> None:  # type: ignore[no-untyped-def]
    asked: list[int] = []

    def get_int(_parent, _title, _label, value, *_args):  # type: ignore[no-untyped-def]
        asked.append(value)
        return words, True

    monkeypatch.setattr(QInputDialog, "getInt", get_int)
    window.status_line.words.click()  # the count in the status bar opens the question
    assert asked


def test_status_bar_counts_against_the_target_and_shows_the_overrun(
    qtbot, make_window, demo_path, library: Library, monkeypatch
) -> None:
    window = make_window()
    assert window.open_file(demo_path)
    button = window.status_line.words
    words = word_count(window.draft.toPlainText())
    assert button.isVisible()
    assert button.text() == f"{words:,} words"
    _set_target_by_dialog(monkeypatch, window, words - 12)
    assert button.text() == f"{words:,} / {words - 12:,} words (+12)"
    assert LIGHT.warning in button.styleSheet()  # the overrun in the warning colour
    settle(window)  # the window writes off its UI thread
    assert library.get_article(window.session.article.id).target_words == words - 12
    # typing changes the count at once
    cursor = window.draft.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.draft.setTextCursor(cursor)
    qtbot.keyClicks(window.draft, " three more words")
    assert button.text() == f"{words + 3:,} / {words - 12:,} words (+15)"
    # a target not reached: no overrun, no warning
    _set_target_by_dialog(monkeypatch, window, words + 100)
    assert button.text() == f"{words + 3:,} / {words + 100:,} words"
    assert button.styleSheet() == ""
    # stored with the article: reopened, it is there again
    article_id = window.session.article.id
    window.session.close_article()
    assert not button.isVisible()
    settle(window)
    window.open_article(library.get_article(article_id))
    assert button.text().endswith(f"/ {words + 100:,} words")


def test_a_target_of_zero_removes_it_and_bad_values_are_refused(
    make_window, demo_path, library: Library, monkeypatch
) -> None:
    window = make_window()
    assert window.open_file(demo_path)
    _set_target_by_dialog(monkeypatch, window, 500)
    _set_target_by_dialog(monkeypatch, window, 0)
    assert "/" not in window.status_line.words.text()
    settle(window)
    assert library.get_article(window.session.article.id).target_words == 0
    with pytest.raises(ValueError, match="target length"):
        library.set_target_words(window.session.article.id, -5)
