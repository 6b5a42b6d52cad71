"""File ▸ Export… and File ▸ Compare…: formats, confirmation before replacing, results."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from reviewdesk.core.models import Article, Note
from reviewdesk.desk import exporting
from reviewdesk.formats.docx_revisions import read_revisions
from reviewdesk.formats.export import ExportFormat
from reviewdesk.gui.dialogs.compare import CompareDialog
from reviewdesk.gui.dialogs.export import ExportDialog, describe
from reviewdesk.store import Library

pytestmark = pytest.mark.gui

WAIT_MS = 30_000
ORIGINAL = "The minster said 😀 she would recieve them.\nA second paragraph."
DRAFT = "The minister said 😀 she would receive them.\nA second paragraph."


@pytest.fixture
def article(library: Library) -> Article:
    stored = library.add_article(
        Article(id=None, title="Ministers", original=ORIGINAL, draft=DRAFT)
    )
    assert stored.id is not None
    library.add_note(
        Note(id=None, article_id=stored.id, start=4, end=12, quote="minister", body="Check title")
    )
    return stored


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *args: object) -> object:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _dialog(qtbot, library: Library, article: Article) -> ExportDialog:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(library, article)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_existing_file_is_replaced_only_after_confirmation(
    qtbot,
    library: Library,
    article: Article,
    message_boxes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "out.txt"
    target.write_text("an older export", encoding="utf-8")
    dialog = _dialog(qtbot, library, article)
    dialog.set_format(ExportFormat.TXT)
    dialog.path_field.edit.setText(str(target))

    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    assert dialog.export() is None
    assert asked and "already exists" in asked[0]
    assert target.read_text(encoding="utf-8") == "an older export"
    assert dialog.isVisible() and dialog.export_result is None

    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    job = dialog.export()
    assert job is not None
    qtbot.waitUntil(lambda: dialog.export_result is not None, timeout=WAIT_MS)
    assert target.read_text(encoding="utf-8").rstrip("\n") == DRAFT
    assert not dialog.isVisible()  # closed after success
    assert message_boxes == []


def test_tracked_changes_export_with_author_remembered(
    qtbot, library: Library, article: Article, message_boxes, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, library, article)
    dialog.set_format(ExportFormat.DOCX_TRACKED)
    assert dialog.path_field.edit.text().endswith(".docx")
    dialog.author_edit.setText("Desk Editor")
    dialog.path_field.edit.setText(str(tmp_path / "tracked"))  # the suffix is added
    results = []
    dialog.exported.connect(results.append)
    assert dialog.export() is not None
    qtbot.waitUntil(lambda: bool(results), timeout=WAIT_MS)
    out = tmp_path / "tracked.docx"
    view = read_revisions(out.read_bytes())
    assert view.accepted == DRAFT and view.rejected == ORIGINAL
    assert {r.author for r in view.revisions} == {"Desk Editor"}
    assert results[0].comments == 1
    # the status bar says where it went, in words ("1 comment", not "1 comments")
    assert describe(results[0]) == (
        f"Exported tracked.docx to {tmp_path} (4 tracked changes, 1 comment)"
    )
    assert library.get_setting("author") == "Desk Editor"
    again = _dialog(qtbot, library, article)
    assert again.author_edit.text() == "Desk Editor"
    assert again.selected_format() is ExportFormat.DOCX_TRACKED  # remembered too


def test_export_into_a_missing_folder_is_a_plain_error(
    qtbot, library: Library, article: Article, message_boxes, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, library, article)
    dialog.set_format(ExportFormat.REPORT)
    dialog.path_field.edit.setText(str(tmp_path / "nowhere" / "report.html"))
    job = dialog.export()
    assert job is not None
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=WAIT_MS)
    kind, _title, text = message_boxes[-1]
    assert kind == "warning" and "does not exist" in text and "Traceback" not in text
    assert dialog.isVisible() and dialog.export_result is None


def test_compare_two_versions_into_a_tracked_docx(
    qtbot, library: Library, message_boxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before, after = tmp_path / "before.txt", tmp_path / "after.txt"
    before.write_text(ORIGINAL, encoding="utf-8")
    after.write_text(DRAFT, encoding="utf-8")
    dialog = CompareDialog(library)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.original_field.edit.setText(str(before))
    dialog.edited_field.edit.setText(str(after))
    out = Path(dialog.output_field.edit.text())
    assert out == tmp_path / "after-compared.docx"  # suggested beside the edited file
    out.write_bytes(b"old")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    assert dialog.compare() is None and asked
    assert out.read_bytes() == b"old"
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert dialog.compare() is not None
    qtbot.waitUntil(lambda: dialog.compare_result is not None, timeout=WAIT_MS)
    view = read_revisions(out.read_bytes())
    assert view.accepted == DRAFT and view.rejected == ORIGINAL


def test_compare_needs_both_files(qtbot, library: Library, message_boxes, tmp_path: Path) -> None:
    dialog = CompareDialog(library)
    qtbot.addWidget(dialog)
    dialog.original_field.edit.setText(str(tmp_path / "missing.txt"))
    assert dialog.compare() is None
    assert "does not exist" in message_boxes[-1][2]


def test_the_demo_and_a_read_only_folder_export_to_the_home_folder(
    qtbot, library: Library, tmp_path: Path, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Beside the source file, unless that is the demo inside reviewdesk itself (an
    install's folder, /usr/share/doc) or a folder nobody may write to: then home."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    demo = library.add_article(
        Article(id=None, title="Demo", original="A", draft="A", source_path=str(demo_path))
    )
    assert _dialog(qtbot, library, demo).target() == home / "newsroom-demo-edited.docx"
    mine = tmp_path / "desk"
    mine.mkdir()
    story = library.add_article(
        Article(id=None, title="S", original="A", draft="A", source_path=str(mine / "s.txt"))
    )
    assert _dialog(qtbot, library, story).target() == mine / "s-edited.docx"
    # a folder the editor may not write to (a read-only share); the tests may run as root,
    # who may write anywhere, so the permission check is told so instead (a test double)
    real_access = os.access
    monkeypatch.setattr(
        exporting.os, "access", lambda p, mode: Path(p) != mine and real_access(p, mode)
    )
    assert _dialog(qtbot, library, story).target() == home / "s-edited.docx"


def test_the_next_export_goes_where_the_article_went_last(
    qtbot, library: Library, article: Article, message_boxes, tmp_path: Path
) -> None:
    """An out-tray chosen once is proposed again for that article, not the source's
    folder (the editor retyped it for every export); gone, the usual folder again."""
    tray = tmp_path / "to-desk"
    tray.mkdir()
    dialog = _dialog(qtbot, library, article)
    dialog.set_format(ExportFormat.TXT)
    dialog.path_field.edit.setText(str(tray / "ministers.txt"))
    assert dialog.export() is not None
    qtbot.waitUntil(lambda: bool(library.history.exports(article.id)), timeout=WAIT_MS)
    again = _dialog(qtbot, library, article)
    again.set_format(ExportFormat.REPORT)
    assert again.target() == tray / "Ministers-report.html"
    tray.joinpath("ministers.txt").unlink()
    tray.rmdir()
    assert _dialog(qtbot, library, article).target().parent == exporting.output_folder("")
