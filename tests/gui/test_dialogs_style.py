"""The house style sheet editor: edit, save, reopen; export and import TOML; bad entries."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reviewdesk.core.style import (
    StyleSheet,
    effective_style_sheet,
    load_default_style_sheet,
    read_style_sheet,
)
from reviewdesk.gui.dialogs.row_table import RowTable
from reviewdesk.gui.dialogs.style_sheet import StyleSheetDialog
from reviewdesk.store import Library

pytestmark = pytest.mark.gui


def _dialog(qtbot, library: Library) -> StyleSheetDialog:  # type: ignore[no-untyped-def]
    dialog = StyleSheetDialog(library)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill_row(table: RowTable, values: dict[str, object]) -> int:
    """Add a row and type into it as an editor would (text cells, tick boxes)."""
    row = table.add_row(edit=False)
    for n, column in enumerate(table.columns):
        if column.key not in values:
            continue
        item = table.table.item(row, n)
        assert item is not None
        value = values[column.key]
        if column.kind == "bool":
            item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
        else:
            item.setText(str(value))
    return row


def _row_values(table: RowTable) -> list[dict[str, object]]:
    return [values for _row, values in table.rows()]


def test_edit_save_reopen_shows_the_change(qtbot, library: Library, message_boxes) -> None:
    dialog = _dialog(qtbot, library)
    saved: list[StyleSheet] = []
    dialog.sheet_saved.connect(saved.append)
    _fill_row(
        dialog.substitutions,
        {"find": "towards", "replace": "toward", "message": "House style: toward"},
    )
    _fill_row(dialog.names, {"name": "Ana Ząbek-Ortiz", "variants": "Ana Zabek, Anna Ząbek"})
    _fill_row(
        dialog.banned, {"word": "slammed", "reason": "Headline cliché", "replace": "criticised"}
    )
    _fill_row(dialog.capitalize, {"word": "Parliament"})
    dialog.dialect_combo.setCurrentIndex(dialog.dialect_combo.findData("en-GB"))
    assert dialog.save()
    assert dialog.changed and saved
    assert message_boxes == []

    stored = effective_style_sheet(library.get_style_sheet())
    assert stored.dialect == "en-GB"
    assert any(s.find == "towards" and s.replace == "toward" for s in stored.substitutions)
    name = next(n for n in stored.names if n.name == "Ana Ząbek-Ortiz")
    assert name.variants == ("Ana Zabek", "Anna Ząbek")

    again = _dialog(qtbot, library)
    assert {"find": "towards", "replace": "toward"}.items() <= next(
        v for v in _row_values(again.substitutions) if v["find"] == "towards"
    ).items()
    assert any(
        v["word"] == "slammed" and v["reason"] == "Headline cliché"
        for v in _row_values(again.banned)
    )
    assert "Parliament" in [v["word"] for v in _row_values(again.capitalize)]
    assert again.dialect_combo.currentData() == "en-GB"


def test_export_then_import_gives_the_same_sheet(
    qtbot, library: Library, message_boxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, library)
    _fill_row(
        dialog.substitutions,
        {
            "find": r"\b(\d+) per cent\b",
            "replace": r"\1%",
            "regex": True,
            "category": "typography",
            "dialects": "en-GB, en-AU",
            "message": "Use %",
        },
    )
    _fill_row(dialog.cautioned, {"word": "reportedly", "reason": "Say who reported it"})
    target = tmp_path / "desk style"  # no suffix: .toml is added
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Style sheets (*.toml)")
    )
    assert dialog.export_file()
    exported = tmp_path / "desk style.toml"
    assert exported.is_file()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    sheet = dialog.current_sheet()
    assert read_style_sheet(exported) == sheet

    other = _dialog(qtbot, library)
    other.load_sheet(load_default_style_sheet())
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(exported), "Style sheets (*.toml)")
    )
    assert other.import_file()
    assert other.current_sheet() == sheet
    sub = next(s for s in other.current_sheet().substitutions if s.find.endswith("per cent\\b"))
    assert (sub.replace, sub.category, sub.dialects) == (r"\1%", "typography", ("en-GB", "en-AU"))
    assert message_boxes == []


def test_invalid_regex_is_shown_and_nothing_is_saved(
    qtbot, library: Library, message_boxes
) -> None:
    dialog = _dialog(qtbot, library)
    before = library.get_style_sheet()
    dialog.tabs.setCurrentIndex(0)
    row = _fill_row(dialog.substitutions, {"find": "([a-z", "replace": "x", "regex": True})
    assert not dialog.save()
    assert library.get_style_sheet() == before  # nothing stored
    assert not dialog.changed
    [(kind, _title, text)] = message_boxes
    assert kind == "warning"
    assert "regular expression" in text and f"Row {row + 1}" in text
    assert "Traceback" not in text
    assert dialog.tabs.currentWidget() is dialog.substitutions
    assert dialog.substitutions.is_marked(row)
    assert dialog.isVisible()  # the editor stays open to fix it

    # fixed, it saves, and the red mark is gone
    item = dialog.substitutions.table.item(row, 0)
    assert item is not None
    item.setText("([a-z]+)ise")
    item = dialog.substitutions.table.item(row, 1)
    assert item is not None
    item.setText(r"\1ize")
    assert dialog.save()
    assert not dialog.substitutions.is_marked(row)
    stored = effective_style_sheet(library.get_style_sheet())
    assert any(s.find == "([a-z]+)ise" for s in stored.substitutions)


def test_an_empty_word_with_a_reason_is_refused(qtbot, library: Library, message_boxes) -> None:
    dialog = _dialog(qtbot, library)
    row = _fill_row(dialog.banned, {"reason": "no word given"})
    assert not dialog.save()
    assert dialog.tabs.currentWidget() is dialog.banned
    assert dialog.banned.is_marked(row)
    assert "must not be empty" in message_boxes[-1][2]


def test_reset_to_default_and_remove_rows(qtbot, library: Library, message_boxes) -> None:
    dialog = _dialog(qtbot, library)
    dialog.tabs.setCurrentWidget(dialog.substitutions)
    dialog.substitutions.set_rows([])
    assert dialog.substitutions.empty_label.isVisible()  # the empty state says what to do
    _fill_row(dialog.substitutions, {"find": "alot", "replace": "a lot"})
    dialog.substitutions.table.selectRow(0)
    qtbot.keyClick(dialog.substitutions.table, Qt.Key.Key_Delete)
    assert dialog.substitutions.table.rowCount() == 0
    assert dialog.reset_to_default()  # the fixture answers Yes
    assert dialog.current_sheet() == load_default_style_sheet()


def test_reset_asks_first(
    qtbot, library: Library, message_boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, library)
    dialog.substitutions.set_rows([])
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    assert not dialog.reset_to_default()
    assert dialog.substitutions.table.rowCount() == 0


def test_a_broken_file_cannot_be_imported(
    qtbot, library: Library, message_boxes, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('name = "x"\n[[substitutions]]\nfind = "a"\n', encoding="utf-8")
    dialog = _dialog(qtbot, library)
    before = dialog.current_sheet()
    assert not dialog.import_file(bad)
    assert "needs both 'find' and 'replace'" in message_boxes[-1][2]
    assert dialog.current_sheet() == before


def test_conventions_are_set_saved_and_shown_again(qtbot, library: Library, message_boxes) -> None:
    dialog = _dialog(qtbot, library)
    # the default sheet is AP style: no serial comma, three periods, hyphen in ranges
    assert not dialog.serial_comma_check.isChecked()
    assert dialog.ellipsis_combo.currentData() == "dots"
    assert dialog.range_combo.currentData() == "hyphen"
    assert dialog.serial_comma_check.toolTip() and dialog.range_combo.toolTip()
    dialog.serial_comma_check.setChecked(True)
    dialog.ellipsis_combo.setCurrentIndex(dialog.ellipsis_combo.findData("character"))
    dialog.range_combo.setCurrentIndex(dialog.range_combo.findData("en dash"))
    assert dialog.save()
    stored = effective_style_sheet(library.get_style_sheet())
    assert stored.conventions.serial_comma is True
    assert (stored.conventions.ellipsis, stored.conventions.range_dash) == ("character", "en dash")
    again = _dialog(qtbot, library)
    assert again.serial_comma_check.isChecked()
    assert again.ellipsis_combo.currentData() == "character"
    assert again.range_combo.currentData() == "en dash"


def test_the_number_rule_is_set_saved_and_kept(qtbot, library: Library, message_boxes) -> None:
    # the consistency checker's spell_out_below: saving the dialog must not reset it to
    # AP's 10 (it did, the dialog had no control for it)
    dialog = _dialog(qtbot, library)
    assert dialog.spell_out_spin.value() == 10 and dialog.spell_out_spin.toolTip()
    dialog.spell_out_spin.setValue(0)
    assert dialog.save()
    assert effective_style_sheet(library.get_style_sheet()).conventions.spell_out_below == 0
    again = _dialog(qtbot, library)
    assert again.spell_out_spin.value() == 0
    again.serial_comma_check.setChecked(True)  # another change, saved again
    assert again.save()
    assert effective_style_sheet(library.get_style_sheet()).conventions.spell_out_below == 0


def test_a_long_description_reads_from_its_start(qtbot, library: Library, message_boxes) -> None:
    """The default sheet's description is longer than its field: the field showed its end
    ("…eneric newsroom conventions"), the first word cut in half."""
    dialog = _dialog(qtbot, library)
    dialog.resize(700, 400)
    edit = dialog.description_edit
    qtbot.waitUntil(lambda: edit.isVisible(), timeout=5000)
    assert edit.fontMetrics().horizontalAdvance(edit.text()) > edit.width()  # it is cut
    assert edit.cursorPosition() == 0  # the field shows the text from its first letter
    assert edit.cursorRect().left() < edit.width() // 4


def test_a_family_of_phrase_errors_is_switched_off_and_kept(
    qtbot, library: Library, message_boxes
) -> None:
    # issue 11: a desk that finds redundancies ("added bonus") a matter of taste turns
    # that family off; the misused phrases stay on
    dialog = _dialog(qtbot, library)
    assert all(check.isChecked() for check in dialog.phrase_checks.values())
    dialog.phrase_checks["redundant"].setChecked(False)
    assert dialog.save()
    stored = effective_style_sheet(library.get_style_sheet())
    assert stored.conventions.phrases_off == ("redundant",)
    again = _dialog(qtbot, library)
    assert not again.phrase_checks["redundant"].isChecked()
    assert again.phrase_checks["misused"].isChecked()
