"""File ▸ History through the real window: rounds kept, the redline, restore as one undo
step that leaves notes on unchanged passages in place, and exports recorded."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QApplication
from writes import settle

from reviewdesk.core.models import ArticleStatus
from reviewdesk.gui.dialogs.history import HistoryDialog, redline_segments
from reviewdesk.gui.palette import DELETED_BACKGROUND, INSERTED_BACKGROUND
from reviewdesk.service.panes import DRAFT
from reviewdesk.store import Library
from reviewdesk.store.history import DONE, EXPORTED, HOURLY, OPENED, RESTORED

pytestmark = pytest.mark.gui

TEXT = (
    "Seawall Vote Passes\n"
    "The council will mete on Tuesday 😀 to discuss the budjet.\n"
    "Residents can coment online until Friday."
)
NOTED = "until Friday"


def _type(window, at: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` after the first ``at`` in the draft (as keystrokes would)."""
    plain = window.draft.toPlainText()
    position = plain.index(at) + len(at)
    cursor = QTextCursor(window.draft.document())
    cursor.setPosition(len(plain[:position].encode("utf-16-le")) // 2)
    cursor.insertText(text)


def _open(tmp_path: Path, window) -> int:  # type: ignore[no-untyped-def]
    path = tmp_path / "seawall.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert window.open_file(path)
    return int(window.session.article.id)


def test_rounds_are_kept_and_restore_is_one_undo_step(
    tmp_path: Path, make_window, library: Library
) -> None:
    window = make_window()
    article_id = _open(tmp_path, window)
    settle(window)
    assert [s.reason for s in library.history.snapshots(article_id)] == [OPENED]
    # a note on a passage the restore will not touch
    start = TEXT.index(NOTED)
    window.session.select_span(DRAFT, start, start + len(NOTED))
    window.note_commands.prompt = lambda _p, _q, _b: "Which Friday?"
    window.commands["addNote"].trigger()
    _type(window, "will ", "definitely ")
    window.review.toggle_done()  # Review ▸ Mark as done
    assert window.session.article.status == ArticleStatus.DONE
    _type(window, "Residents ", "and visitors ")
    window.session.flush()
    settle(window)
    snaps = library.history.snapshots(article_id)
    assert [s.reason for s in snaps] == [DONE, OPENED]
    done = snaps[0]
    assert (done.changes, done.words_added, done.words_removed) == (1, 1, 0)
    edited = window.draft.toPlainText()

    assert window.library_commands.restore_snapshot(snaps[1])  # back to the draft as first opened
    assert window.draft.toPlainText() == TEXT
    settle(window)
    assert library.get_article(article_id).draft == TEXT  # saved at once
    (note,) = window.session.notes.notes()
    assert TEXT[note.start : note.end] == NOTED  # the note stayed on its words
    reasons = [s.reason for s in library.history.snapshots(article_id)]
    assert reasons[:2] == [RESTORED, "before-restore"]
    assert "Restored the draft of" in window.statusBar().currentMessage()

    window.draft.undo()  # ONE step takes the whole restore back
    assert window.draft.toPlainText() == edited
    window.draft.redo()
    assert window.draft.toPlainText() == TEXT


def test_the_history_dialog_lists_rounds_and_shows_a_redline(
    tmp_path: Path, make_window, library: Library
) -> None:
    window = make_window()
    article_id = _open(tmp_path, window)
    _type(window, "will ", "definitely ")
    window.draft.setPlainText(window.draft.toPlainText().replace("budjet", "budget"))
    window.session.flush()
    settle(window)  # the opening's snapshot is stored by the library writer
    dialog = HistoryDialog(
        library,
        article_id,
        "Seawall Vote Passes",
        current=lambda: window.session.docmap(DRAFT).text,
    )
    try:
        rows = dialog.table.rowCount()
        assert rows == 1 and dialog.table.item(0, 1).text() == "Opened"
        assert dialog.table.item(0, 2).text() == "19"  # words in that draft
        assert dialog.caption.text().startswith("Changes from this version (Opened, ")
        text = dialog.redline.toPlainText()
        assert "definitely" in text and "budjet" in text and "budget" in text
        formats = _formats_of(dialog)
        assert formats["definitely"] == "inserted" and formats["budjet"] == "deleted"
        assert formats["budget"] == "inserted"
    finally:
        dialog.deleteLater()


def _formats_of(dialog: HistoryDialog) -> dict[str, str]:
    """Word → how the redline shows it ("inserted"/"deleted"/"")."""
    out: dict[str, str] = {}
    block = dialog.redline.document().firstBlock()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            fmt = fragment.charFormat()
            kind = ""
            if fmt.background().color() == QColor(INSERTED_BACKGROUND):
                kind = "inserted"
            elif fmt.background().color() == QColor(DELETED_BACKGROUND) and fmt.fontStrikeOut():
                kind = "deleted"
            for word in fragment.text().split():
                out.setdefault(word, kind)
            iterator += 1
        block = block.next()
    return out


def test_history_is_in_the_file_menu_and_an_hourly_snapshot_comes_with_a_save(
    tmp_path: Path, make_window, library: Library, qtbot
) -> None:
    window = make_window()
    article_id = _open(tmp_path, window)
    action = window.commands["history"]
    assert action.shortcut().toString() == "Ctrl+Alt+H" and action.isEnabled()
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    assert action in file_menu.actions()
    hour_ago = (datetime.now(UTC) - timedelta(minutes=61)).isoformat().replace("+00:00", "Z")
    settle(window)  # the opening's snapshot is written by the library writer: wait for it
    assert library.history.snapshots(article_id)[0].reason == OPENED
    library.db.execute("UPDATE snapshots SET created = ?", (hour_ago,))
    _type(window, "will ", "surely ")
    window.session.flush()  # the autosave
    settle(window)
    assert library.history.snapshots(article_id)[0].reason == HOURLY

    seen: list[int] = []

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, HistoryDialog) and widget.isVisible():
                seen.append(widget.table.rowCount())
                widget.reject()
                return
        QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    action.trigger()
    assert seen == [2]
    window.session.close_article()
    assert not action.isEnabled()


def test_an_export_from_the_window_records_its_snapshot(
    tmp_path: Path, make_window, library: Library, qtbot
) -> None:
    from reviewdesk.gui.dialogs.export import ExportDialog

    window = make_window()
    article_id = _open(tmp_path, window)
    _type(window, "will ", "surely ")
    window.session.flush()
    settle(window)  # File ▸ Export waits for the writer too
    dialog = ExportDialog(library, library.get_article(article_id), window)
    try:
        dialog.set_format("txt")
        out = tmp_path / "seawall-edited.txt"
        dialog.path_field.edit.setText(str(out))
        job = dialog.export()
        assert job is not None
        qtbot.waitUntil(lambda: dialog.export_result is not None, timeout=30_000)
    finally:
        dialog.deleteLater()
    (record,) = library.history.exports(article_id)
    assert record.path == str(out) and record.format == "txt"
    snap = library.history.get(record.snapshot_id)
    assert snap.reason == EXPORTED and "seawall-edited.txt" in snap.detail
    assert library.history.text(snap.id) == out.read_text(encoding="utf-8").rstrip("\n")


def test_long_unchanged_stretches_are_cut_in_the_compact_redline() -> None:
    before = "Start. " + "Same words here. " * 200 + "Old end."
    after = "Start. " + "Same words here. " * 200 + "New end."
    pieces = redline_segments(before, after, compact=True)
    shown = "".join(text for text, _kind in pieces)
    assert len(shown) < 800 and "⋯" in shown
    assert ("Old", "deleted") in pieces and ("New", "inserted") in pieces
    full = redline_segments(before, after, compact=False)
    assert "".join(t for t, k in full if k != "inserted") == before
