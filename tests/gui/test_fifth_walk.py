"""A fifth walk through the window (ux12): what a copy editor tripped on.

A capital fix ("tuesday" → "Tuesday") asked a spelling question; Harper's messages ended
without the full stop ours have; adding a note left the story "New"; the Notes list gave
a long author name the width the note needed; Export proposed a folder beside a story on
a read-only share; a Word form's chosen name was flagged as a misspelling; and "Undone:
“,” → “,”" named a fix that changed nothing.
"""

from __future__ import annotations

import re
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from writes import settle

from reviewdesk.core.models import Article, ArticleStatus, Note
from reviewdesk.gui.dialogs.export import ExportDialog
from reviewdesk.gui.issue_rows import row_text
from reviewdesk.gui.notes_panel import NotesPanel
from reviewdesk.service.panes import DRAFT, ORIGINAL
from reviewdesk.store import Library

pytestmark = pytest.mark.gui

SHARED_DOCX = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "docx"
# a message that ends a sentence: its mark, then any closing quotes or brackets
ENDED = re.compile(r"[.?!…][”’\"')\]]*$")


def _open_text(make_window: Callable[..., Any], tmp_path: Path, text: str) -> Any:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    window = make_window()
    assert window.open_file(path)
    return window


def test_a_capital_fix_speaks_of_the_capital_and_every_message_ends_a_sentence(
    make_window: Callable[..., Any], wait_checked: Callable[..., None], tmp_path: Path
) -> None:
    window = _open_text(
        make_window, tmp_path, "The council met on tuesday. we met the mayor again.\n"
    )
    wait_checked(window)
    issues = window.session.pane(DRAFT).issues
    rows = {i.text: row_text(i) for i in issues}
    day = rows["tuesday"]
    assert day.category == "Capitalisation"
    assert day.message == "“tuesday” takes a capital letter: “Tuesday”."  # no spelling question
    assert "spell" not in rows["tuesday"].message
    assert rows["we"].message == "This sentence does not start with a capital letter."
    assert all(ENDED.search(i.message) for i in issues), [i.message for i in issues]


def test_a_note_puts_a_new_article_in_review(
    make_window: Callable[..., Any], library: Library, tmp_path: Path
) -> None:
    window = _open_text(make_window, tmp_path, "The mayor spoke on Monday.\n")
    article = window.session.article
    assert window.status_label.text() == "Status: New"
    cursor = window.draft.textCursor()
    cursor.setPosition(4)
    cursor.setPosition(9, cursor.MoveMode.KeepAnchor)
    window.draft.setTextCursor(cursor)
    window.note_commands.prompt = lambda _parent, _quote, _body: "Which mayor?"
    window.commands["addNote"].trigger()
    assert window.status_label.text() == "Status: In review"
    settle(window)
    assert library.get_article(article.id).status == ArticleStatus.IN_REVIEW


def test_a_note_leaves_a_done_article_done(
    make_window: Callable[..., Any], library: Library, tmp_path: Path
) -> None:
    """The text signed off has not changed: a note is no reason to reopen it."""
    window = _open_text(make_window, tmp_path, "The mayor spoke on Monday.\n")
    window.commands["markDone"].trigger()
    assert window.status_label.text() == "Status: Done"
    cursor = window.draft.textCursor()
    cursor.setPosition(4)
    cursor.setPosition(9, cursor.MoveMode.KeepAnchor)
    window.draft.setTextCursor(cursor)
    window.note_commands.prompt = lambda _parent, _quote, _body: "For the record"
    window.commands["addNote"].trigger()
    assert window.status_label.text() == "Status: Done"


@pytest.fixture
def notes_panel(qtbot) -> Iterator[NotesPanel]:  # type: ignore[no-untyped-def]
    panel = NotesPanel()
    qtbot.addWidget(panel)
    panel.set_notes(
        [
            Note(
                1, 1, 0, 5, "mayor", "Which mayor, the old or the new one?", author="Randy Bartels"
            ),
            Note(2, 1, 6, 11, "spoke", "Said, in house style", author="Night Editor"),
        ]
    )
    panel.show()
    yield panel


def _authors(panel: NotesPanel) -> list[str]:
    """What the Notes list's By column says, row by row."""
    return [panel.table.item(row, 3).text() for row in range(panel.table.rowCount())]


def test_the_notes_list_gives_a_narrow_panel_initials_and_a_wide_one_names(
    qtbot, notes_panel: NotesPanel
) -> None:
    panel = notes_panel
    panel.resize(330, 300)  # the Notes dock at 1280 pixels
    qtbot.waitUntil(lambda: _authors(panel) == ["RB", "NE"], timeout=3000)
    note, by = panel.table.columnWidth(1), panel.table.columnWidth(3)
    assert by < note  # the note has the room, not the name
    assert "Randy Bartels" in panel.table.item(0, 3).toolTip()  # the whole name is kept
    panel.resize(700, 300)
    qtbot.waitUntil(lambda: _authors(panel) == ["Randy Bartels", "Night Editor"], timeout=3000)


@pytest.fixture
def read_only_share(tmp_path: Path) -> Iterator[Path]:
    """A folder set read-only for everyone (r-x), as a newsroom share is mounted."""
    share = tmp_path / "share"
    share.mkdir()
    (share / "story.txt").write_text("A story.\n", encoding="utf-8")
    share.chmod(
        stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH
    )
    yield share
    share.chmod(stat.S_IRWXU)


def test_export_never_proposes_the_folder_of_a_read_only_share(
    qtbot,  # type: ignore[no-untyped-def]
    library: Library,
    read_only_share: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Not even for an administrator (root), whom the system lets write there: the
    folder's own permissions say nobody should. Documents, then the desk's out-tray."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    story = library.add_article(
        Article(
            id=None,
            title="Story",
            original="A story.\n",
            draft="A story.\n",
            source_path=str(read_only_share / "story.txt"),
        )
    )
    dialog = ExportDialog(library, story)
    qtbot.addWidget(dialog)
    assert dialog.target() == home / "Documents" / "story-edited.docx"

    tray = tmp_path / "out-tray"
    tray.mkdir()
    other = library.add_article(Article(id=None, title="Other", original="B.\n", draft="B.\n"))
    library.history.record_export(other.id, "B.\n", "txt", tray / "other.txt")
    again = ExportDialog(library, story)
    qtbot.addWidget(again)
    assert again.target() == tray / "story-edited.docx"  # where the desk's work goes
    assert not list(read_only_share.glob("*-edited*"))


def test_a_name_chosen_in_a_word_forms_drop_down_is_no_misspelling(
    make_window: Callable[..., Any], wait_checked: Callable[..., None]
) -> None:
    path = SHARED_DOCX / "d2p__check_drop_my.docx"
    if not path.exists():
        pytest.skip("../shared/corpus/docx is not available")
    window = make_window()
    assert window.open_file(path)
    wait_checked(window)
    assert "Piihan B" in window.draft.toPlainText()  # the drop-down's value, as Word shows it
    flagged = [i.text for i in window.session.pane(DRAFT).issues if "Piihan" in i.text]
    assert flagged == []


def test_an_undone_spacing_fix_names_the_space_it_took_back(
    qtbot,  # type: ignore[no-untyped-def]
    make_window: Callable[..., Any],
    wait_checked: Callable[..., None],
    tmp_path: Path,
) -> None:
    window = _open_text(make_window, tmp_path, "Red,blue and green were on the flag.\n")
    wait_checked(window)
    window.commands["nextIssue"].trigger()
    issue = window.session.pane(DRAFT).issues[window.issues_panel.current_row()]
    assert (issue.text, issue.replacements[0]) == (",", ", ")
    window.commands["applySuggestion"].trigger()
    said = window.statusBar().currentMessage
    assert said() == "Applied: “,” → “, ”"
    window.commands["undo"].trigger()
    qtbot.waitUntil(lambda: said() == "Undone: “,” → “, ”", timeout=5000)


def test_a_markdown_files_front_matter_is_no_page_furniture(
    make_window: Callable[..., Any], wait_checked: Callable[..., None], tmp_path: Path
) -> None:
    """ "author: Desk" in the file's settings above the headline was offered for removal
    as "the web page's line above the article"."""
    path = tmp_path / "council.md"
    path.write_text(
        "---\ntitle: Council approves new cycle lanes\nauthor: Desk\n---\n\n"
        "# Council approves new cycle lanes\n\n"
        "The city council voted on Tuesday to build new cycle lanes across the centre.\n",
        encoding="utf-8",
    )
    window = make_window()
    assert window.open_file(path)
    wait_checked(window)
    head = len("---\ntitle: Council approves new cycle lanes\nauthor: Desk\n---")
    for pane in (ORIGINAL, DRAFT):
        issues = window.session.pane(pane).issues
        assert not [i for i in issues if i.category == "debris" and i.start < head], pane


def test_enter_on_a_note_in_the_list_selects_its_passage(
    qtbot,  # type: ignore[no-untyped-def]
    make_window: Callable[..., Any],
    tmp_path: Path,
) -> None:
    """Arrows and Enter, as in the issues list: the keyboard had no way to a note's words."""
    text = "The mayor spoke on Monday.\nThe harbour opened on Friday.\n"
    window = _open_text(make_window, tmp_path, text)
    for word, body in (("mayor", "Which mayor?"), ("harbour", "Which one?")):
        start = text.index(word)
        cursor = window.draft.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(start + len(word), cursor.MoveMode.KeepAnchor)
        window.draft.setTextCursor(cursor)
        window.note_commands.prompt = lambda _parent, _quote, _body, said=body: said
        window.commands["addNote"].trigger()
    cursor = window.draft.textCursor()
    cursor.setPosition(0)
    window.draft.setTextCursor(cursor)
    table = window.notes_panel.table
    table.setFocus()
    table.setCurrentCell(0, 1)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.draft.textCursor().selectedText() == "harbour"


def test_the_library_counts_issues_as_the_window_does(
    qtbot,  # type: ignore[no-untyped-def]
    make_window: Callable[..., Any],
    wait_checked: Callable[..., None],
    library: Library,
    tmp_path: Path,
) -> None:
    """A finding marked at several places (British spellings in an American article) is
    one issue in the status bar and the issues panel: the library window counted its
    places ("40" beside the window's "38")."""
    text = (
        "The harbour reopened after the storm. The colour of the new wall matches the "
        "centre of the town, and the harbour master was pleased.\n"
    )
    window = _open_text(make_window, tmp_path, text)
    wait_checked(window)
    state = window.session.pane(DRAFT)
    assert len(state.issues) > state.found.count  # one finding at several places
    article_id = window.session.article.id
    qtbot.waitUntil(
        lambda: library.catalog.summary(article_id).open_issues == state.found.count,
        timeout=10_000,
    )


def test_export_as_pdf_proposes_the_folder_export_would(
    qtbot,  # type: ignore[no-untyped-def]
    library: Library,
    read_only_share: Path,
    tmp_path: Path,
) -> None:
    """One rule for both dialogs: the PDF went where no export of the article had gone."""
    from reviewdesk.gui.print_commands import PrintDialog, Printout

    story = library.add_article(
        Article(
            id=None,
            title="Story",
            original="A story.\n",
            draft="A story.\n",
            source_path=str(read_only_share / "story.txt"),
        )
    )
    tray = tmp_path / "out-tray"
    tray.mkdir()
    library.history.record_export(story.id, "A story.\n", "docx", tray / "story-edited.docx")
    dialog = PrintDialog(story, pdf=True, library=library)
    qtbot.addWidget(dialog)
    assert dialog.default_path(Printout.DRAFT) == tray / "story-marked-up.pdf"
    export = ExportDialog(library, story)
    qtbot.addWidget(export)
    assert export.target().parent == tray
