"""Incoming revisions and comments of a Word story in the window (issue 10): shown with
their authors and dates, decided one by one (context menu, keyboard, Revisions panel) or
all at once, undone with Ctrl+Z; comment threads with replies; and the Word file that
goes out holds the undecided revisions and the threads as they are."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from word_window import block_of, gap_point, point_in, select
from writes import settle

from fixtures_import.word_desk import TEXT
from reviewdesk.formats.docx_comments import read_comments
from reviewdesk.formats.docx_map import map_document
from reviewdesk.formats.docx_package import Package
from reviewdesk.formats.export import ExportFormat
from reviewdesk.gui.dialogs.export import ExportDialog
from reviewdesk.service.panes import DRAFT, ORIGINAL

pytestmark = pytest.mark.gui

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LINES = TEXT.split("\n")
FERRY = "The ferry will resume on Monday."
CAFES = "Cafés have reopened early"
BOATS = "Boats are in the water"
EXPORT_MS = 60_000
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def statuses(library, window) -> dict[int, str]:  # type: ignore[no-untyped-def]
    """The revision decisions as stored (once the window's writer has written them)."""
    settle(window)
    return {r.id: str(r.status) for r in library.structure(window.session.article.id).revisions}


def revisions_by(data: bytes, author: str) -> list[tuple[str, str, str]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        root = etree.fromstring(zf.read("word/document.xml"))
    found = []
    for el in root.iter(f"{W}ins", f"{W}del"):
        if el.get(f"{W}author") == author:
            text = "".join(t.text or "" for t in el.iter(f"{W}t", f"{W}delText"))
            found.append((el.tag.removeprefix(W), text, el.get(f"{W}date") or ""))
    return found


def export_tracked(qtbot, window, library, path: Path) -> bytes:  # type: ignore[no-untyped-def]
    """File ▸ Export… as the window does it: the draft as saved, tracked changes."""
    window.session.flush()
    settle(window)  # the window writes off its UI thread
    dialog = ExportDialog(library, library.get_article(window.session.article.id))
    qtbot.addWidget(dialog)
    dialog.set_format(ExportFormat.DOCX_TRACKED)
    dialog.path_field.edit.setText(str(path))
    dialog.author_edit.setText("Copy Desk")
    assert dialog.export() is not None
    qtbot.waitUntil(lambda: dialog.export_result is not None, timeout=EXPORT_MS)
    return path.read_bytes()


def test_revisions_show_who_made_them_and_when(qtbot, story_window) -> None:
    window = story_window
    panel = window.revisions_panel
    rows = [
        [panel.table.item(r, c).text() for c in range(4)] for r in range(panel.table.rowCount())
    ]
    assert rows == [
        ["Deleted “back”", "Night Editor", "15 Mar 2024, 22:30", "Undecided"],
        ["Inserted “early”", "Night Editor", "15 Mar 2024, 22:30", "Undecided"],
        ["Inserted “will”", "Reporter", "14 Mar 2024, 09:00", "Undecided"],
        ["Deleted “may”", "Reporter", "14 Mar 2024, 09:00", "Undecided"],
    ]
    assert window.revisions_dock.isVisible()
    for pane in (ORIGINAL, DRAFT):
        view = window.structure.views[pane]
        tip = view.tooltip_at(point_in(window, pane, FERRY, "will"))
        assert "Reporter inserted “will”" in tip and "14 Mar 2024, 09:00" in tip
        # the deleted word is drawn where it was, struck through, in its author's colour
        (_at, (deleted,)), *_ = view.gaps_in(block_of(window, pane, FERRY))
        assert deleted.text == "may" and deleted.strike
        assert "Reporter deleted “may”" in view.tooltip_at(gap_point(window, pane, FERRY))
        (_at, (night,)), *_ = view.gaps_in(block_of(window, pane, BOATS))
        assert night.text == "back" and night.strike
        assert night.colour != deleted.colour  # two authors, two colours
        insertion = view.highlighter.layer("revisions")[block_of(window, pane, CAFES).blockNumber()]
        ((start, end, kind, _ref),) = insertion.ranges
        assert CAFES[start:end] == " early" and kind.startswith("r:ins")


def test_f6_reaches_the_revisions_and_keys_decide_the_one_selected_there(
    qtbot, story_window, library
) -> None:
    """A keyboard user gets from the draft to the Revisions list with F6 (its tab comes
    to the front), picks a change with the arrows and accepts it with Ctrl+Shift+A."""
    window, panel = story_window, story_window.revisions_panel
    row = next(r for r in range(panel.table.rowCount()) if "early" in panel.table.item(r, 0).text())
    panel.table.selectRow(row)
    first = panel.selected_id()
    assert first is not None
    window.revision_commands.show(first)  # the draft's cursor on one revision (an insertion)
    assert window.draft.textCursor().hasSelection()
    window.activateWindow()
    window.draft.setFocus()
    qtbot.waitUntil(window.draft.hasFocus, timeout=3000)
    for _ in range(5):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        if QApplication.focusWidget() is panel.table:
            break
    assert QApplication.focusWidget() is panel.table
    assert not window.revisions_dock.visibleRegion().isEmpty()  # in front, not behind notes
    QTest.keyClick(panel.table, Qt.Key.Key_Down)  # the editor picks another one
    chosen = panel.selected_id()
    assert chosen is not None and chosen != first
    QTest.keyClick(panel.table, Qt.Key.Key_Return)  # Enter shows it in the panes
    assert window.draft.textCursor().selectedText().strip() == "will"
    before = statuses(library, window)
    QTest.keyClick(panel.table, Qt.Key.Key_A, CTRL_SHIFT)
    after = statuses(library, window)
    assert after[chosen] == "accepted"
    assert {k: v for k, v in after.items() if k != chosen} == {
        k: v for k, v in before.items() if k != chosen
    }  # that one only, not the one the draft's cursor is on
    assert after[first] == "pending"


def test_decided_one_by_one_undone_and_exported_with_the_undecided_ones_as_they_came(
    qtbot, story_window, library, tmp_path
) -> None:
    window = story_window
    # accept the reporter's "will" from the original pane's context menu
    menu = window.original.build_context_menu(point_in(window, ORIGINAL, FERRY, "will"))
    (accept,) = [a for a in menu.actions() if a.objectName() == "acceptRevisionHere"]
    assert "Reporter inserted “will”" in accept.toolTip()
    assert accept.text() == "Accept: Reporter inserted “will”"
    accept.trigger()
    assert statuses(library, window)[3] == "accepted"
    # a right-click on a deleted word, drawn where it was, offers that deletion
    menu = window.draft.build_context_menu(gap_point(window, DRAFT, FERRY))
    offered = [a.text() for a in menu.actions() if a.objectName() == "rejectRevisionHere"]
    assert offered == ["Reject: Reporter deleted “may”"]
    assert window.draft.toPlainText() == TEXT  # accepting changes nothing in the draft
    # reject the night editor's " early" from the keyboard, the caret on it in the draft
    select(window, DRAFT, CAFES, "early", caret=True)
    qtbot.keyClick(window.draft, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    rejected = TEXT.replace(" early", "")
    assert window.draft.toPlainText() == rejected
    assert statuses(library, window)[2] == "rejected"
    assert library.get_article(window.session.article.id).draft == rejected  # saved with it
    # Ctrl+Z takes the rejection back, Ctrl+Shift+Z makes it again
    qtbot.keyClick(window.draft, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: statuses(library, window)[2] == "pending")
    assert window.draft.toPlainText() == TEXT
    assert window.revisions_panel.table.item(1, 3).text() == "Undecided"
    assert window.structure.marks[DRAFT].at(window.draft.toPlainText().index(" early") + 2), (
        "the insertion is a revision again, over its text"
    )
    window.commands["redo"].trigger()
    qtbot.waitUntil(lambda: statuses(library, window)[2] == "rejected")
    assert window.draft.toPlainText() == rejected
    assert statuses(library, window) == {1: "pending", 2: "rejected", 3: "accepted", 4: "pending"}
    # the Word file: the undecided revisions go out as they came, by their authors
    data = export_tracked(qtbot, window, library, tmp_path / "out.docx")
    package = Package.open(data, "out.docx")
    assert map_document(package).text == rejected  # Accept All gives the draft
    night = revisions_by(data, "Night Editor")
    assert night == [("del", "back ", "2024-03-15T22:30:00Z")]  # " early" is gone
    reporter = revisions_by(data, "Reporter")
    assert reporter == [("del", "may", "2024-03-14T09:00:00Z")]  # "will" is plain text now
    # Reject All undoes only what is still undecided: "back " and "may" come back, the
    # accepted "will" stays, the rejected " early" is gone for good
    assert map_document(package, "reject").text == (
        rejected.replace(BOATS, "Boats are back in the water").replace("will", "willmay")
    )


def test_reject_all_is_one_undo_step_and_accept_all_decides_the_rest(
    qtbot, story_window, library
) -> None:
    window = story_window
    window.commands["rejectAllRevisions"].trigger()
    expected = (
        TEXT.replace(BOATS, "Boats are back in the water")
        .replace(" early", "")
        .replace("ferry will resume", "ferry may resume")
    )
    assert window.draft.toPlainText() == expected
    assert set(statuses(library, window).values()) == {"rejected"}
    assert "Rejected 4 revisions" in window.statusBar().currentMessage()
    window.commands["undo"].trigger()  # one step takes them all back
    qtbot.waitUntil(lambda: set(statuses(library, window).values()) == {"pending"})
    assert window.draft.toPlainText() == TEXT
    window.commands["acceptAllRevisions"].trigger()
    assert set(statuses(library, window).values()) == {"accepted"}
    assert window.draft.toPlainText() == TEXT
    assert not window.revisions_panel.accept_all_button.isEnabled()
    # a decision taken back from the panel
    window.revisions_panel.select(4)
    window.revisions_panel.undo_button.click()
    assert statuses(library, window)[4] == "pending"
    assert window.revisions_panel.table.item(3, 3).text() == "Undecided"


def test_a_revision_edited_in_the_draft_is_not_rejected_blindly(
    qtbot, story_window, library
) -> None:
    window = story_window
    select(window, DRAFT, CAFES, "early")
    qtbot.keyClicks(window.draft, "soon")  # the editor rewrote the inserted word
    select(window, DRAFT, "Cafés have reopened soon", "soon")
    window.commands["rejectRevision"].trigger()
    assert "was edited in the draft" in window.statusBar().currentMessage()
    assert statuses(library, window)[2] == "pending"
    assert "Cafés have reopened soon" in window.draft.toPlainText()


def test_comment_threads_reply_resolve_and_go_out_as_comments(
    qtbot, story_window, library, tmp_path
) -> None:
    window = story_window
    table = window.notes_panel.table
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert rows == [
        ["“Ana Ruiz”", "Check the spelling", "Open"],
        ["    ↳ reply", "↳ Checked, it is right", ""],
        ["“resume on Monday.”", "Day confirmed", "Resolved"],
    ]
    assert [table.item(r, 3).text() for r in range(3)] == ["Chief Sub", "Reporter", "Chief Sub"]
    assert table.item(1, 3).toolTip().startswith("Reporter, ")
    # reply to the thread from the notes panel (the reply goes under the first note)
    window.notes_panel.select_note(window.session.notes.notes()[1].id)
    asked: list[str] = []
    window.note_commands.prompt = lambda _parent, _quote, _body, answering="": (
        asked.append(answering) or "Confirmed with the council"
    )
    window.commands["replyNote"].trigger()
    assert asked == ["In reply to Reporter: “Checked, it is right”"]  # it says what it answers
    assert table.rowCount() == 4
    assert table.item(2, 1).text() == "↳ Confirmed with the council"
    assert table.item(2, 3).text() == "You"  # signed with the export's author name
    settle(window)
    article_id = window.session.article.id
    root = next(n for n in library.notes(article_id) if n.body == "Check the spelling")
    reply = next(n for n in library.notes(article_id) if n.body == "Confirmed with the council")
    assert reply.parent_id == root.id and (reply.start, reply.end) == (root.start, root.end)
    # resolving the thread resolves every note in it
    on_screen = {n.body: n.id for n in window.session.notes.notes()}  # ids as the window has them
    window.notes_panel.resolve_toggled.emit(on_screen["Confirmed with the council"])
    settle(window)
    thread = [n for n in library.notes(article_id) if root.id in (n.id, n.parent_id)]
    assert len(thread) == 3 and all(n.resolved for n in thread)
    assert table.item(0, 2).text() == "Resolved"
    # out again as Word comments: the thread with its authors, the new reply in it
    data = export_tracked(qtbot, window, library, tmp_path / "out.docx")
    package = Package.open(data, "out.docx")
    comments = read_comments(package, map_document(package))
    found = [(c.body, c.author, c.reply_to, c.resolved) for c in comments]
    assert found == [
        ("Check the spelling", "Chief Sub", None, True),
        ("Checked, it is right", "Reporter", 0, True),
        ("Confirmed with the council", "Copy Desk", 0, True),
        ("Day confirmed", "Chief Sub", None, True),
    ]
    # deleting the first note deletes its replies (after asking)
    window.notes_panel.delete_requested.emit(on_screen["Check the spelling"])
    settle(window)
    assert [n.body for n in library.notes(article_id)] == ["Day confirmed"]
    assert table.rowCount() == 1
