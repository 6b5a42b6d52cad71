"""A day at the desk, sixth walk: what a copy editor noticed, asserted through the window.

Each test fails on the walk's base (40eb83e): one finding per fault where engines
agree, one fix where the house sheet and the article disagree, dialects by name in the
toolbar, one form for every spell checker's question, a Word form's prompt left alone,
a short paragraph that opens in lowercase flagged (unless it goes on from a colon), and
a paragraph-long title that no longer widens the export dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from fixtures_import.docx_parts import form_prompt_story
from reviewdesk.core.models import Article
from reviewdesk.gui.issue_rows import row_text
from reviewdesk.service.panes import DRAFT
from reviewdesk.store import Library

pytestmark = pytest.mark.gui


def _open(make_window: Callable[..., Any], path: Path, text: str) -> Any:
    path.write_text(text, encoding="utf-8")
    window = make_window()
    assert window.open_file(path)
    return window


def _draft_issues(window: Any, text: str) -> list[Any]:
    return [i for i in window.session.pane(DRAFT).issues if i.text == text]


def test_a_doubled_article_is_one_finding_with_every_fix(
    make_window: Callable[..., Any], wait_checked: Callable[..., None], tmp_path: Path
) -> None:
    """Harper ("that the" or "the") and the grammar engine ("the") on one "the the":
    the editor reads one row, its agreed fix first, and one Apply mends it."""
    window = _open(
        make_window, tmp_path / "the.txt", "Officials said the the bridge would close.\n"
    )
    wait_checked(window)
    (found,) = _draft_issues(window, "the the")
    assert found.replacements[0] == "the" and "that the" in found.replacements
    assert set(found.engines) >= {"harper", "grammar"}
    issues = window.session.pane(DRAFT).issues
    assert window.review.apply(issues.index(found))
    wait_checked(window)
    assert "said the bridge" in window.draft.toPlainText()
    assert not [i for i in window.session.pane(DRAFT).issues if i.text.startswith("the")]


def test_the_house_sheet_decides_between_two_contrary_fixes_on_one_span(
    make_window: Callable[..., Any], wait_checked: Callable[..., None], tmp_path: Path
) -> None:
    """ "7pm" beside two "19:00": consistency would offer "19:00", the AP sheet "7 p.m.";
    only the sheet's fix is offered."""
    window = _open(
        make_window,
        tmp_path / "times.txt",
        "The council met at 7pm on Tuesday.\n\nIt rose at 19:00 and met again at 19:30.\n",
    )
    wait_checked(window)
    found = _draft_issues(window, "7pm")
    assert [i.replacements[0] for i in found] == ["7 p.m."]


def test_the_toolbar_names_the_dialects_as_the_dialect_bar_does(
    make_window: Callable[..., Any], wait_checked: Callable[..., None], tmp_path: Path
) -> None:
    window = _open(make_window, tmp_path / "gb.txt", "The colour of the council's logo.\n")
    wait_checked(window)
    box = window.language_combo
    shown = [box.itemText(k) for k in range(box.count())]
    assert shown == ["US English", "British English", "Australian English", "Canadian English"]
    assert not any("en-" in s for s in shown)  # no codes on screen
    assert box.currentText() == "US English" and box.code() == "en-US"
    box.setCurrentIndex(box.findText("British English"))  # as a click would
    assert window.session.article.language == "en-GB"
    assert box.code() == "en-GB"


def test_every_spell_checkers_question_reads_the_same(
    make_window: Callable[..., Any], wait_checked: Callable[..., None], tmp_path: Path
) -> None:
    """Harper asked "Did you mean to spell “recieve” this way?" beside "Did you mean
    “environmental”?": one form, naming the word and the nearest fix."""
    window = _open(
        make_window,
        tmp_path / "spell.txt",
        "The mayor said he would recieve the report on the enviromental damage.\n",
    )
    wait_checked(window)
    (recieve,) = _draft_issues(window, "recieve")
    (env,) = _draft_issues(window, "enviromental")
    assert row_text(recieve).message == "“recieve” looks misspelt: did you mean “receive”?"
    assert row_text(env).message == "“enviromental” looks misspelt: did you mean “environmental”?"


def test_a_word_forms_prompt_is_not_checked_as_the_writers_words(
    make_window: Callable[..., Any], wait_checked: Callable[..., None], tmp_path: Path
) -> None:
    """A template made in US English shows its prompt ("Summarize the color of the
    program here.") in an empty control; in a British article nothing in it is flagged,
    and the writer's own "color" still would be."""
    path = form_prompt_story(tmp_path / "form.docx")
    window = make_window()
    assert window.open_file(path)
    window.review.set_language("en-GB")
    wait_checked(window)
    text = window.draft.toPlainText()
    start = text.index("Summarize")
    end = text.index("here.") + len("here.")
    inside = [i for i in window.session.pane(DRAFT).issues if start <= i.start and i.end <= end]
    assert inside == [], [(i.text, i.message) for i in inside]
    cursor = window.draft.textCursor()  # the writer's own slip is still seen
    cursor.setPosition(text.index("The programme"))
    cursor.insertText("The color is red. ")
    window.draft.setTextCursor(cursor)
    wait_checked(window)
    assert any(i.text.lower() == "color" for i in window.session.pane(DRAFT).issues)


def test_a_short_paragraph_opening_in_lowercase_is_flagged_but_not_after_a_colon(
    make_window: Callable[..., Any], wait_checked: Callable[..., None], tmp_path: Path
) -> None:
    """Harper leaves a paragraph of one short sentence alone when the article is short:
    "the rain is expected." was seen by no engine. After "The council will:" a
    lowercase item is right, however long it is."""
    window = _open(
        make_window, tmp_path / "lower.txt", "The storm passed at noon.\n\nthe rain is expected.\n"
    )
    wait_checked(window)
    (rain,) = _draft_issues(window, "the")
    assert rain.replacements[0] == "The"
    assert row_text(rain).category == "Capitalisation"
    listed = _open(
        make_window,
        tmp_path / "list.txt",
        "The storm passed at noon.\n\nThe council will:\n\n"
        "raise the parking charge at the station car park by a pound.\n",
    )
    wait_checked(listed)
    assert _draft_issues(listed, "raise") == []


def test_a_paragraph_long_title_does_not_widen_the_export_and_pdf_dialogs(
    qtbot,  # type: ignore[no-untyped-def]
    library: Library,
) -> None:
    """A Word story's first paragraph is its title: as a plain label it stretched the
    Export dialog past a 1024-pixel window and was cut mid-word at the edge. The heading
    ends in "…" at the dialog's width and keeps the whole title in its tooltip."""
    from reviewdesk.gui.dialogs.export import ExportDialog
    from reviewdesk.gui.print_commands import PrintDialog

    title = " ".join(["magna fringilla urna porttitor rhoncus dolor purus"] * 6)
    story = library.add_article(
        Article(id=None, title=title, original=title + "\n", draft=title + "\n")
    )
    for dialog in (ExportDialog(library, story), PrintDialog(story, pdf=True, library=library)):
        qtbot.addWidget(dialog)
        heading = dialog.findChild(QWidget, "articleTitle")
        assert heading.fontMetrics().horizontalAdvance(title) > 1000
        assert dialog.sizeHint().width() < 700  # the form decides the width, not the title
        dialog.resize(dialog.sizeHint())
        dialog.show()
        qtbot.waitExposed(dialog)
        assert heading.is_elided()
        assert heading.font().bold()
        assert title in heading.toolTip()
        dialog.close()


def test_the_library_window_names_each_articles_dialect(
    qtbot,  # type: ignore[no-untyped-def]
    library: Library,
) -> None:
    """The library's Dialect column showed "en-GB" where the toolbar and the dialect bar
    say "British English"."""
    from reviewdesk.gui.dialogs.library import LibraryDialog

    library.add_article(
        Article(id=None, title="Harbour", original="A.\n", draft="A.\n", language="en-GB")
    )
    dialog = LibraryDialog(library)
    qtbot.addWidget(dialog)
    model = dialog.table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index("Dialect")
    assert model.index(0, column).data() == "British English"


def test_the_issues_panel_says_checking_until_every_engine_has_spoken(
    make_window: Callable[..., Any], wait_checked: Callable[..., None], tmp_path: Path
) -> None:
    """The editorial checks answer first; with nothing found in a long Word story the
    panel said "No issues" while Harper was still reading, and the editor could take the
    story for clean."""
    window = _open(make_window, tmp_path / "clean.txt", "The council met on Tuesday.\n")
    wait_checked(window)
    summary = window.issues_panel.summary
    assert summary.text() == "No issues"  # every engine has spoken
    state = window.session.pane(DRAFT)
    state.has_full = False  # as while only the early engines have answered
    window.session.results.show_draft_issues()
    assert summary.text() == "Checking…"


def test_a_lowercase_start_after_a_label_names_the_label_not_an_answer(
    make_window: Callable[..., Any], wait_checked: Callable[..., None], tmp_path: Path
) -> None:
    """ "**Update:** more rain is expected." was told to "Start the answer with a capital
    letter": an update is nobody's answer."""
    window = _open(
        make_window, tmp_path / "label.md", "# Storm\n\n**Update:** more rain is expected.\n"
    )
    wait_checked(window)
    (more,) = _draft_issues(window, "more")
    assert row_text(more).message == "Start the sentence after “Update:” with a capital letter."
