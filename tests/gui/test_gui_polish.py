"""Window polish: dialect for new articles, review status, changed files, import warnings."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from writes import settle

from fixtures_import.docx_parts import ins, para, run, write_docx
from fixtures_import.news_page import news_page
from reviewdesk.cli import import_cmd
from reviewdesk.core.models import ArticleStatus
from reviewdesk.core.style import load_default_style_sheet
from reviewdesk.gui import changed_file
from reviewdesk.gui.changed_file import NEW_BUTTON, STORED_BUTTON, ask_changed_file
from reviewdesk.service.panes import DRAFT

pytestmark = pytest.mark.gui

TEXT = "The council will mete on Tuesday.\nMayor Alvarez said teh plan was ready."


def _write(tmp_path: Path, text: str = TEXT, name: str = "article.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _menu_titles(window, title: str) -> list[str]:  # type: ignore[no-untyped-def]
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title:
            return [a.objectName() for a in action.menu().actions()]
    raise AssertionError(f"no {title} menu")


# -- 1. dialect for new articles -----------------------------------------------------------


def test_opened_file_gets_the_dialect_for_new_articles(tmp_path, make_window, library) -> None:
    library.set_setting("default_language", "en-GB")
    window = make_window()
    assert window.open_file(_write(tmp_path))
    assert window.session.article is not None
    assert window.session.article.language == "en-GB"
    assert window.language_combo.code() == "en-GB"
    stored = library.find_article_by_source(str((tmp_path / "article.txt").resolve()))
    assert stored is not None and stored.language == "en-GB"


def test_house_style_dialect_applies_when_the_editor_chose_none(
    tmp_path, make_window, library
) -> None:
    library.set_style_sheet({**load_default_style_sheet().to_dict(), "dialect": "en-AU"})
    window = make_window()
    assert window.open_file(_write(tmp_path))
    assert window.session.article.language == "en-AU"


def test_unknown_dialect_setting_falls_back_to_en_us(tmp_path, make_window, library) -> None:
    library.set_setting("default_language", "xx-YY")
    window = make_window()
    assert window.open_file(_write(tmp_path))
    assert window.session.article.language == "en-US"


def _parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    import_cmd.add_parser(parser.add_subparsers())
    return parser.parse_args(["import", *argv])


def test_cli_import_uses_the_dialect_setting_unless_given(
    tmp_path, isolated_library, library, capsys
) -> None:
    library.set_setting("default_language", "en-AU")
    a, b = _write(tmp_path, "One story.", "a.txt"), _write(tmp_path, "Another one.", "b.txt")
    assert import_cmd.run(_parse(str(a)), isolated_library) == 0
    assert import_cmd.run(_parse(str(b), "--language", "en-CA"), isolated_library) == 0
    capsys.readouterr()
    by_name = {Path(x.source_path).name: x.language for x in library.list_articles()}
    assert by_name == {"a.txt": "en-AU", "b.txt": "en-CA"}


# -- 2. review status -----------------------------------------------------------------------


def test_first_edit_puts_a_new_article_in_review(tmp_path, make_window, library) -> None:
    window = make_window()
    window.open_file(_write(tmp_path))
    article = window.session.article
    assert article.status == ArticleStatus.NEW
    assert window.status_label.text() == "Status: New"
    window.draft.textCursor().insertText("Draft: ")
    settle(window)
    assert library.get_article(article.id).status == ArticleStatus.IN_REVIEW
    assert window.status_label.text() == "Status: In review"


def test_a_no_break_space_is_saved_as_it_stands(tmp_path, make_window, library) -> None:
    # Qt's toPlainText() gives a plain space for U+00A0: the draft was saved as "10 am"
    text = "😀 The meeting starts at 10\u00a0am on Monday.\n\nTeh council met.\n"
    window = make_window()
    window.open_file(_write(tmp_path, text, "nbsp.txt"))
    article = window.session.article
    window.draft.textCursor().insertText("Draft: ")
    window.save_now()
    settle(window)
    assert library.get_article(article.id).draft == "Draft: " + text


def test_ignoring_an_issue_puts_the_article_in_review(
    tmp_path, make_window, library, wait_checked
) -> None:
    window = make_window()
    window.open_file(_write(tmp_path))
    wait_checked(window)
    issues = window.session.pane(DRAFT).issues
    assert issues, "Harper flags 'teh'"
    window.review.ignore(issues[0])
    settle(window)
    assert library.get_article(window.session.article.id).status == ArticleStatus.IN_REVIEW
    assert window.draft.toPlainText() == TEXT  # a decision, not an edit


def test_mark_as_done_and_reopen(tmp_path, make_window, library) -> None:
    window = make_window()
    action = window.commands["markDone"]
    assert not action.isEnabled()  # no article open
    window.open_file(_write(tmp_path))
    assert "markDone" in _menu_titles(window, "Review")
    assert action.isEnabled() and action.text().replace("&", "") == "Mark as done"
    article_id = window.session.article.id
    action.trigger()
    settle(window)
    assert library.get_article(article_id).status == ArticleStatus.DONE
    assert window.status_label.text() == "Status: Done"
    assert action.text().replace("&", "") == "Reopen for review"
    action.trigger()
    settle(window)
    assert library.get_article(article_id).status == ArticleStatus.IN_REVIEW
    assert action.text().replace("&", "") == "Mark as done"
    window.session.close_article()
    assert window.status_label.text() == ""
    assert not action.isEnabled()


def test_typing_in_a_done_article_reopens_it_and_says_so(
    qtbot, tmp_path, make_window, library
) -> None:
    window = make_window()
    window.open_file(_write(tmp_path))
    article_id = window.session.article.id
    action = window.commands["markDone"]
    action.trigger()
    settle(window)
    assert library.get_article(article_id).status == ArticleStatus.DONE
    window.activateWindow()
    window.draft.setFocus()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=5000)

    qtbot.keyClicks(window.draft, "X")
    assert window.draft.toPlainText() == "X" + TEXT
    settle(window)
    assert library.get_article(article_id).status == ArticleStatus.IN_REVIEW
    said = window.statusBar().currentMessage()
    assert said.startswith("Reopened: this article was marked done")
    assert window.status_label.text() == "Status: In review"
    assert action.text().replace("&", "") == "Mark as done"  # one click marks it done again

    action.trigger()  # done again; further typing reopens it again, with the same message
    settle(window)
    assert library.get_article(article_id).status == ArticleStatus.DONE
    window.statusBar().clearMessage()
    qtbot.keyClicks(window.draft, "Y")
    settle(window)
    assert library.get_article(article_id).status == ArticleStatus.IN_REVIEW
    assert window.statusBar().currentMessage() == said


def test_status_survives_reopening(tmp_path, make_window) -> None:
    window = make_window()
    path = _write(tmp_path)
    window.open_file(path)
    window.commands["markDone"].trigger()
    window.session.close_article()
    assert window.open_file(path)
    assert window.session.article.status == ArticleStatus.DONE
    assert window.status_label.text() == "Status: Done"


# -- 3. reopening a changed file ------------------------------------------------------------


def test_unchanged_file_reopens_without_asking(tmp_path, make_window) -> None:
    window = make_window()
    asked: list[str] = []
    window.files.changed_file_prompt = lambda _parent, name: asked.append(name) or "new"
    path = _write(tmp_path)
    window.open_file(path)
    first = window.session.article.id
    window.open_file(path)
    assert asked == [] and window.session.article.id == first


@pytest.mark.parametrize(("choice", "same"), [("stored", True), ("new", False)])
def test_changed_file_asks_which_to_open(tmp_path, make_window, library, choice, same) -> None:
    window = make_window()
    path = _write(tmp_path)
    window.open_file(path)
    first = window.session.article.id
    window.draft.textCursor().insertText("My edit. ")
    window.session.close_article()
    path.write_text(TEXT + "\nA new paragraph from the reporter.", encoding="utf-8")
    asked: list[str] = []
    window.files.changed_file_prompt = lambda _parent, name: asked.append(name) or choice
    assert window.open_file(path)
    assert asked == ["article.txt"]
    article = window.session.article
    assert (article.id == first) is same
    if same:
        assert window.draft.toPlainText().startswith("My edit. ")
        assert "new paragraph" not in article.original
    else:
        assert "new paragraph" in window.draft.toPlainText()
        assert len(library.list_articles()) == 2


def test_cancelling_the_changed_file_question_opens_nothing(tmp_path, make_window) -> None:
    window = make_window()
    path = _write(tmp_path)
    window.open_file(path)
    window.session.close_article()
    path.write_text("Completely different text.", encoding="utf-8")
    window.files.changed_file_prompt = lambda _parent, _name: None
    assert not window.open_file(path)
    assert window.session.article is None


def _fake_exec(click: str | None):  # type: ignore[no-untyped-def]
    """QMessageBox.exec that records the box and clicks a button by text (no event loop)."""
    seen: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        seen.append(box)
        assert box.text() == changed_file.CHANGED_TEXT
        assert box.defaultButton().text() == STORED_BUTTON
        for button in box.buttons():
            if click is not None and button.text() == click:
                button.click()
        return 0

    return exec_, seen


@pytest.mark.parametrize(
    ("click", "expected"), [(None, "stored"), (STORED_BUTTON, "stored"), (NEW_BUTTON, "new")]
)
def test_changed_file_box_buttons(qtbot, monkeypatch, click, expected) -> None:
    exec_, seen = _fake_exec(click)
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert ask_changed_file(None, "article.txt") == expected  # type: ignore[arg-type]
    assert len(seen) == 1


def test_changed_file_box_cancel(qtbot, monkeypatch) -> None:
    def exec_(box: QMessageBox) -> int:
        box.button(QMessageBox.StandardButton.Cancel).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert ask_changed_file(None, "article.txt") is None  # type: ignore[arg-type]


def test_window_uses_the_message_box_by_default(tmp_path, make_window, monkeypatch) -> None:
    window = make_window()
    path = _write(tmp_path)
    window.open_file(path)
    first = window.session.article.id
    window.session.close_article()
    path.write_text(TEXT + "\nChanged.", encoding="utf-8")
    exec_, seen = _fake_exec(None)  # nobody clicks: the default, the stored review
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert window.open_file(path)
    assert len(seen) == 1 and window.session.article.id == first


# -- 4. import warnings ---------------------------------------------------------------------


def test_import_warnings_show_in_the_status_bar(tmp_path, make_window) -> None:
    body = para(run("The mayor "), ins("soon "), run("spoke."))
    path = write_docx(tmp_path / "story.docx", body, title="Story")
    window = make_window()
    assert window.open_file(path)
    message = window.statusBar().currentMessage()
    assert "story.docx" in message
    assert "1 tracked change by Writer is kept as revisions" in message


def test_byline_site_and_date_of_a_web_page_show_beside_the_original(tmp_path, make_window) -> None:
    page = tmp_path / "harbour.html"
    page.write_text(news_page(), encoding="utf-8")
    window = make_window()
    assert window.open_file(page)
    label = window.source_label
    assert label.text() == "By Maria Lindqvist · The Coastal Herald · 2024-03-14"
    assert "Web address: https://herald.example/world/harbour-reopens" in label.toolTip()
    pane = window.original.parentWidget()
    narrowest = pane.minimumSizeHint().width()
    long = window.session.article.meta | {"author": "A Very Long Byline " * 20}
    window.stack.show_source(replace(window.session.article, meta=long))
    assert pane.minimumSizeHint().width() == narrowest  # a long byline never widens the pane
    assert window.open_file(_write(tmp_path))  # a plain text file says nothing about itself
    assert label.text() == "" and label.toolTip() == ""


def test_confirmed_encoding_is_not_warned_about_twice(tmp_path, make_window, monkeypatch) -> None:
    path = tmp_path / "cafe.txt"
    path.write_bytes("Le café était fermé – “quoted” €5 à côté.\n".encode("cp1252"))
    asked: list[str] = []

    def choose(_window, _path, doc):  # type: ignore[no-untyped-def]
        asked.append(doc.encoding)
        return doc.encoding  # the editor accepts the guess

    monkeypatch.setattr("reviewdesk.gui.opening.choose_encoding", choose)
    window = make_window()
    assert window.open_file(path)
    assert asked, "a guessed encoding is confirmed in the encoding dialog"
    message = window.statusBar().currentMessage()
    assert message.startswith("Opened cafe.txt")
    assert "encoding" not in message.lower()
