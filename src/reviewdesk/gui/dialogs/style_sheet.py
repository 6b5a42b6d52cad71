"""Tools ▸ House style sheet…: edit, import, export and reset the desk's style sheet.

The sheet is validated when saved or exported: a bad entry (an invalid regular
expression, an empty word, ...) is shown in a plain message, its row painted red, and
nothing is saved. Saving stores ``sheet.to_dict()`` in the library and emits
:attr:`StyleSheetDialog.sheet_saved`, so the window can re-check.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.core.models import LANGUAGES
from reviewdesk.core.style import (
    StyleSheet,
    StyleSheetError,
    effective_style_sheet,
    load_default_style_sheet,
    read_style_sheet,
    write_style_sheet,
)
from reviewdesk.core.style_conventions import CURLY, PHRASE_FAMILIES, STRAIGHT, Conventions
from reviewdesk.gui.dialect_names import dialect_label
from reviewdesk.gui.dialogs.row_table import RowTable
from reviewdesk.gui.dialogs.style_columns import (
    ENTRY_OF,
    TABS_AFTER_CAPITALISATION,
    TABS_BEFORE_CAPITALISATION,
    WORD_COLUMN,
    TableTab,
    sheet_rows,
)
from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from reviewdesk.gui.written_wait import Writes, Written, busy_in_dialog, busy_label
from reviewdesk.store import Library, StoreError

log = logging.getLogger(__name__)

TOML_FILTER = QT_TRANSLATE_NOOP("StyleSheetDialog", "Style sheets (*.toml);;All files (*)")


class RowError(StyleSheetError):
    """A style sheet entry is wrong; ``table`` and ``row`` say which."""

    def __init__(self, message: str, table: RowTable | None, row: int) -> None:
        super().__init__(message)
        self.table = table
        self.row = row


class StyleSheetDialog(QDialog):
    """The house style sheet editor. ``exec()`` returns Accepted when it was saved."""

    sheet_saved = Signal(object)  # the StyleSheet now in the library

    def __init__(
        self, library: Library, parent: QWidget | None = None, writes: Writes | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("styleSheetDialog")
        self.setWindowTitle(translate("StyleSheetDialog", "House style sheet"))
        self.resize(900, 560)
        self.library = library
        self.writes = writes or Writes(library)  # the window's: off the UI thread
        self.busy_label = busy_label("styleSheetBusy")
        self.writing = False  # the sheet is on its way to the library
        self.changed = False
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(translate("StyleSheetDialog", "Style sheet sections"))
        self._build_general()
        self.tables: dict[str, RowTable] = {}
        for tab in TABS_BEFORE_CAPITALISATION:
            self._add_table(tab)
        self._build_capitalisation()
        for tab in TABS_AFTER_CAPITALISATION:
            self._add_table(tab)
        self.substitutions, self.names = self.tables["substitutions"], self.tables["names"]
        self.banned, self.cautioned = self.tables["banned"], self.tables["cautioned"]
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(
            translate("StyleSheetDialog", "Check the sheet and store it in the library")
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self._action_button(
            translate("StyleSheetDialog", "&Import…"),
            translate("StyleSheetDialog", "Load a TOML style sheet file"),
        )
        self.export_button = self._action_button(
            translate("StyleSheetDialog", "E&xport…"),
            translate("StyleSheetDialog", "Save this sheet as a TOML file"),
        )
        self.reset_button = self._action_button(
            translate("StyleSheetDialog", "Reset to de&fault"),
            translate("StyleSheetDialog", "Replace every entry with the shipped default sheet"),
        )
        self.import_button.clicked.connect(lambda: self.import_file())
        self.export_button.clicked.connect(lambda: self.export_file())
        self.reset_button.clicked.connect(lambda: self.reset_to_default())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.buttons)
        self.load_sheet(self._stored_sheet())

    # -- building -----------------------------------------------------------------------

    def _action_button(self, text: str, tip: str) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        return button

    def _build_general(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        self.name_edit = QLineEdit()
        self.name_edit.setToolTip(
            translate("StyleSheetDialog", "The sheet's name, shown when it is shared")
        )
        self.dialect_combo = QComboBox()
        for code in LANGUAGES:
            self.dialect_combo.addItem(dialect_label(code), code)
        self.dialect_combo.setToolTip(
            translate(
                "StyleSheetDialog",
                (
                    "The desk's dialect (US, UK, AU, CA): new articles get it, "
                    "unless a dialect for new articles is chosen in the checking "
                    "settings"
                ),
            )
        )
        self.description_edit = QLineEdit()
        self.description_edit.setToolTip(
            translate("StyleSheetDialog", "What this sheet is for (optional)")
        )
        form.addRow(translate("StyleSheetDialog", "Na&me:"), self.name_edit)
        form.addRow(translate("StyleSheetDialog", "Dia&lect:"), self.dialect_combo)
        form.addRow(translate("StyleSheetDialog", "D&escription:"), self.description_edit)
        # Conventions: choices, not errors; checkers give no advice against them.
        self.serial_comma_check = QCheckBox(
            translate("StyleSheetDialog", "Use the serial (Oxford) comma: “red, white, and blue”")
        )
        self.serial_comma_check.setToolTip(
            translate(
                "StyleSheetDialog",
                (
                    "On: the checks ask for a comma before the last “and” of a "
                    "list (Chicago style). Off (AP style): they never do"
                ),
            )
        )
        self.ellipsis_combo = QComboBox()
        self.ellipsis_combo.addItem(translate("StyleSheetDialog", "Three periods ( ... )"), "dots")
        self.ellipsis_combo.addItem(
            translate("StyleSheetDialog", "One character ( … )"), "character"
        )
        self.ellipsis_combo.setToolTip(
            translate(
                "StyleSheetDialog", "How the desk writes an ellipsis; the other form is not flagged"
            )
        )
        self.range_combo = QComboBox()
        self.range_combo.addItem(translate("StyleSheetDialog", "Hyphen (10-12, won 5-2)"), "hyphen")
        self.range_combo.addItem(
            translate("StyleSheetDialog", "En dash (10–12, won 5–2)"), "en dash"
        )
        self.range_combo.setToolTip(
            translate("StyleSheetDialog", "The dash in number ranges and scores")
        )
        form.addRow(translate("StyleSheetDialog", "Serial comma:"), self.serial_comma_check)
        form.addRow(translate("StyleSheetDialog", "Elli&psis:"), self.ellipsis_combo)
        form.addRow(translate("StyleSheetDialog", "Number &ranges:"), self.range_combo)
        self.quotes_combo = QComboBox()
        self.quotes_combo.setObjectName("quotesCombo")
        self.quotes_combo.addItem(translate("StyleSheetDialog", "Curly (“ ” ‘ ’)"), CURLY)
        self.quotes_combo.addItem(translate("StyleSheetDialog", "Straight (\" ')"), STRAIGHT)
        self.quotes_combo.setToolTip(
            translate(
                "StyleSheetDialog",
                "The house's quotation marks; Edit ▸ Smart quotes as you type follows them",
            )
        )
        form.addRow(translate("StyleSheetDialog", "&Quotes:"), self.quotes_combo)
        self.spell_out_spin = QSpinBox()
        self.spell_out_spin.setObjectName("spellOutSpin")
        self.spell_out_spin.setRange(0, 101)
        self.spell_out_spin.setValue(Conventions().spell_out_below)
        self.spell_out_spin.setToolTip(
            translate(
                "StyleSheetDialog",
                "Numbers below this are written in words (AP: 10, so one to nine); "
                "0 writes every number in figures. The consistency checker follows it",
            )
        )
        form.addRow(translate("StyleSheetDialog", "Spell out n&umbers below:"), self.spell_out_spin)
        self._build_phrase_switches(form)
        self.tabs.addTab(page, translate("StyleSheetDialog", "&General"))

    def _build_phrase_switches(self, form: QFormLayout) -> None:
        """One switch per family of phrase errors: a desk may find redundancies taste."""
        labels = {
            "misused": translate(
                "StyleSheetDialog", "Misused phrases: “baited breath”, “for all intensive purposes”"
            ),
            "nonstandard": translate(
                "StyleSheetDialog", "Nonstandard forms: “irregardless”, “in regards to”"
            ),
            "redundant": translate(
                "StyleSheetDialog", "Redundant phrases: “ATM machine”, “added bonus”"
            ),
        }
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.phrase_checks: dict[str, QCheckBox] = {}
        for family in PHRASE_FAMILIES:
            check = QCheckBox(labels[family])
            check.setObjectName(f"phrases_{family}Check")
            check.setChecked(True)
            check.setToolTip(
                translate("StyleSheetDialog", "Off: the checks leave phrases of this kind alone")
            )
            layout.addWidget(check)
            self.phrase_checks[family] = check
        form.addRow(translate("StyleSheetDialog", "Flag phrases:"), box)

    def _add_table(self, tab: TableTab) -> None:
        title = translate("StyleSheetDialog", tab.title)
        table = RowTable(tab.columns, translate("StyleSheetDialog", tab.hint))
        table.setObjectName(f"{tab.key}Table")
        table.table.setAccessibleName(title.replace("&", ""))
        self.tabs.addTab(table, title)
        self.tables[tab.key] = table

    def _build_capitalisation(self) -> None:
        splitter = QSplitter()
        self.capitalize = RowTable(
            WORD_COLUMN,
            translate(
                "StyleSheetDialog", "No words. Add words that always take a capital: “Kremlin”."
            ),
        )
        self.lowercase = RowTable(
            WORD_COLUMN,
            translate(
                "StyleSheetDialog", "No words. Add words that never take a capital mid-sentence."
            ),
        )
        for label, table in (
            (translate("StyleSheetDialog", "Always capitalise"), self.capitalize),
            (translate("StyleSheetDialog", "Never capitalise"), self.lowercase),
        ):
            box = QWidget()
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(QLabel(f"<b>{label}</b>"))
            layout.addWidget(table)
            table.table.setAccessibleName(label)
            splitter.addWidget(box)
        self.tables["capitalize"], self.tables["lowercase"] = self.capitalize, self.lowercase
        self.tabs.addTab(splitter, translate("StyleSheetDialog", "&Capitalisation"))

    # -- sheet <-> tables ---------------------------------------------------------------

    def _stored_sheet(self) -> StyleSheet:
        try:
            return effective_style_sheet(self.library.get_style_sheet())
        except (StyleSheetError, StoreError) as exc:
            QMessageBox.warning(
                self,
                translate("StyleSheetDialog", "House style sheet"),
                translate(
                    "StyleSheetDialog",
                    "The stored style sheet cannot be read, so the default is shown.\n\n{error}",
                ).format(error=exc),
            )
            return load_default_style_sheet()

    def load_sheet(self, sheet: StyleSheet) -> None:
        """Show ``sheet`` in the editor (nothing is saved until Save)."""
        self.name_edit.setText(sheet.name)
        self.dialect_combo.setCurrentIndex(max(0, self.dialect_combo.findData(sheet.dialect)))
        self.description_edit.setText(sheet.description)
        for edit in (self.name_edit, self.description_edit):
            edit.setCursorPosition(0)  # a long line shows its start, not "…eneric newsroom"
        conventions = sheet.conventions
        self.serial_comma_check.setChecked(conventions.serial_comma)
        self.ellipsis_combo.setCurrentIndex(
            max(0, self.ellipsis_combo.findData(conventions.ellipsis))
        )
        self.range_combo.setCurrentIndex(max(0, self.range_combo.findData(conventions.range_dash)))
        self.quotes_combo.setCurrentIndex(max(0, self.quotes_combo.findData(conventions.quotes)))
        self.spell_out_spin.setValue(conventions.spell_out_below)
        for family, check in self.phrase_checks.items():
            check.setChecked(family not in conventions.phrases_off)
        for key, rows in sheet_rows(sheet).items():
            self.tables[key].set_rows(rows)

    def _entries(self, table: RowTable, build: Any) -> tuple[Any, ...]:
        out = []
        for row, values in table.rows():
            try:
                out.append(build(values))
            except StyleSheetError as exc:
                message = translate("StyleSheetDialog", "Row {number}: {error}").format(
                    number=row + 1, error=exc
                )
                raise RowError(message, table, row) from exc
        return tuple(out)

    def current_sheet(self) -> StyleSheet:
        """The sheet as edited; raises :class:`RowError` naming the first bad row."""
        for table in self._tables():
            table.clear_marks()

        try:
            return StyleSheet(
                name=self.name_edit.text().strip() or "House style",
                dialect=str(self.dialect_combo.currentData()),
                description=self.description_edit.text().strip(),
                **{key: self._entries(table, ENTRY_OF[key]) for key, table in self.tables.items()},
                conventions=Conventions(
                    serial_comma=self.serial_comma_check.isChecked(),
                    ellipsis=str(self.ellipsis_combo.currentData()),
                    range_dash=str(self.range_combo.currentData()),
                    quotes=str(self.quotes_combo.currentData()),
                    spell_out_below=self.spell_out_spin.value(),
                    phrases_off=tuple(
                        f for f, check in self.phrase_checks.items() if not check.isChecked()
                    ),
                ),
            )
        except RowError:
            raise
        except StyleSheetError as exc:
            raise RowError(str(exc), None, -1) from exc

    def _tables(self) -> tuple[RowTable, ...]:
        return tuple(self.tables.values())

    def _validated(self, title: str) -> StyleSheet | None:
        try:
            return self.current_sheet()
        except RowError as exc:
            if exc.table is not None:
                page: QWidget | None = exc.table
                while page is not None and self.tabs.indexOf(page) < 0:
                    page = page.parentWidget()
                if page is not None:
                    self.tabs.setCurrentWidget(page)
                exc.table.mark_error(exc.row, str(exc))
            QMessageBox.warning(
                self,
                title,
                translate("StyleSheetDialog", "The style sheet has a problem:\n\n{error}").format(
                    error=exc
                ),
            )
            return None

    # -- commands -----------------------------------------------------------------------

    def save(self) -> bool:
        """Validate the sheet and hand it to the library writer; the dialog closes once
        it is stored (the window answers meanwhile). False when it is not valid."""
        sheet = self._validated(translate("StyleSheetDialog", "Cannot save the style sheet"))
        if sheet is None:
            return False
        stored = sheet.to_dict()
        what = translate("StyleSheetDialog", "the house style sheet")
        busy = busy_in_dialog(self.busy_label, self.buttons, self.tabs)
        self.writing = True
        self.writes.run(
            lambda library: library.set_style_sheet(stored),
            what,
            lambda done: self._saved(sheet, done, what),
            busy,
            self,
        )
        return True

    def done(self, result: int) -> None:
        """Close, but not while the sheet is on its way in (Esc then waits for it)."""
        if not self.writing:
            super().done(result)

    def _saved(self, sheet: StyleSheet, done: Written[None], what: str) -> None:
        self.writing = False
        title = translate("StyleSheetDialog", "Cannot save the style sheet")
        if not done.landed:
            QMessageBox.warning(self, title, done.message(what, self.writes.timeout_s))
            if not done.pending:
                return  # refused: the editor can correct it and save again
            self.reject()  # on its way: the writer stores it when the library lets go
            return
        log.info("house style sheet saved (%s)", sheet.fingerprint())
        self.changed = True
        self.sheet_saved.emit(sheet)
        self.accept()

    def import_file(self, path: str | Path | None = None) -> bool:
        """Load a TOML sheet into the editor (Save stores it)."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                translate("StyleSheetDialog", "Import style sheet"),
                str(Path.home()),
                translate("StyleSheetDialog", TOML_FILTER),
            )
            if not chosen:
                return False
            path = chosen
        try:
            sheet = read_style_sheet(path)
        except StyleSheetError as exc:
            QMessageBox.warning(
                self, translate("StyleSheetDialog", "Cannot import the style sheet"), str(exc)
            )
            return False
        self.load_sheet(sheet)
        return True

    def export_file(self, path: str | Path | None = None) -> bool:
        """Write the sheet as edited to a TOML file (atomically)."""
        sheet = self._validated(translate("StyleSheetDialog", "Cannot export the style sheet"))
        if sheet is None:
            return False
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                translate("StyleSheetDialog", "Export style sheet"),
                str(Path.home() / "house-style.toml"),
                translate("StyleSheetDialog", TOML_FILTER),
            )
            if not chosen:
                return False
            path = chosen if Path(chosen).suffix else f"{chosen}.toml"
        try:
            write_style_sheet(path, sheet)
        except OSError as exc:
            QMessageBox.warning(
                self,
                translate("StyleSheetDialog", "Cannot export the style sheet"),
                exc.strerror or f"Cannot write {path}",
            )
            return False
        return True

    def reset_to_default(self) -> bool:
        """Replace every entry with the shipped default (after asking)."""
        answer = QMessageBox.question(
            self,
            translate("StyleSheetDialog", "Reset to default"),
            translate(
                "StyleSheetDialog",
                (
                    "Replace every entry with the default style sheet? Nothing "
                    "is stored until you click Save."
                ),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.load_sheet(load_default_style_sheet())
        return True


def edit_style_sheet(
    parent: QWidget | None, library: Library, writes: Writes | None = None
) -> bool:
    """Show the editor; True when a new sheet was saved (so the caller re-checks)."""
    dialog = StyleSheetDialog(library, parent, writes)
    try:
        dialog.exec()
        return dialog.changed
    finally:
        dialog.deleteLater()
