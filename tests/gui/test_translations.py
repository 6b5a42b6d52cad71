"""Ready for other languages: no string the window shows escapes Qt's translator.

The window runs with a pseudo-translator that turns every string it is asked for into
⟦string⟧. Then every menu, action, label, button, tooltip, field hint, tab, header and
dialog is read: English words left outside ⟦ ⟧ never went through ``translate`` and
could not be translated. Data is not UI text and is left out: the article's own text,
the issues and notes listed, language codes, file names.

The .ts file translators work from must hold every string: a fresh pyside6-lupdate run
finds nothing the committed ``i18n/reviewdesk.ts`` lacks.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)
from word_window import wait_structure

from fixtures_import.word_desk import write_desk_story
from reviewdesk import APP_NAME
from reviewdesk.core.models import LANGUAGES
from reviewdesk.gui.i18n import PseudoTranslator

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[2]
TS_FILE = REPO / "i18n" / "reviewdesk.ts"
WRAPPED = re.compile(r"⟦[^⟦⟧]*⟧")
WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")
# Not words to translate: the app's name, language codes and their parts.
NAMES = {APP_NAME, *LANGUAGES, *(part for code in LANGUAGES for part in code.split("-"))}
# Widgets whose text is the article's, the checkers' or the user's (data, not UI).
DATA_WIDGETS = {
    "issuesTable",
    "notesTable",
    "originalPane",
    "draftPane",
    "engineLabel",
    "articleTitle",
}

DIALOG_ACTIONS = [
    "openLibrary",
    "history",
    "pasteArticle",
    "export",
    "exportPdf",
    "print",
    "compare",
    "styleSheet",
    "checking",
    "dictionary",
]


def untranslated(text: str) -> list[str]:
    """English words in ``text`` that are not inside ⟦ ⟧."""
    previous = None
    while previous != text:  # a translated string inside another: inner ones first
        previous, text = text, WRAPPED.sub(" ", text)
    text = re.sub(r"<[^>]+>", " ", text)  # rich text's tags are not words
    return [w for w in WORD.findall(text) if w not in NAMES]


def _in_data(widget: QWidget) -> bool:
    while widget is not None:
        if widget.objectName() in DATA_WIDGETS:
            return True
        widget = widget.parentWidget()
    return False


def texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every string ``top``'s window shows."""
    yield "window title", top.windowTitle()
    for action in top.findChildren(QAction):
        if action.objectName().startswith("_q_") or action.isSeparator():
            continue
        name = action.objectName() or action.text()
        for kind, text in (
            ("text", action.text()),
            ("tooltip", action.toolTip()),
            ("status tip", action.statusTip()),
        ):
            if kind == "tooltip" and text.replace("&", "") == action.text().replace("&", ""):
                continue  # Qt's default tooltip is the text, checked above
            yield f"action {name} {kind}", text
    for menu in top.findChildren(QMenu):
        yield f"menu {menu.objectName()}", menu.title()
    for widget in top.findChildren(QWidget):
        if widget.window() is not top or _in_data(widget):
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        yield f"{name} tooltip", widget.toolTip()
        yield f"{name} accessible name", widget.accessibleName()
        yield f"{name} accessible description", widget.accessibleDescription()
        shows_text = isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.objectName() != "sourceDetails"
        )
        if shows_text:
            yield f"{name} text", widget.text()  # type: ignore[attr-defined]
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            yield f"{name} placeholder", widget.placeholderText()
        elif isinstance(widget, QGroupBox):
            yield f"{name} title", widget.title()
        elif isinstance(widget, QDockWidget):
            yield f"{name} title", widget.windowTitle()
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield f"{name} tab {i}", widget.tabText(i)
                yield f"{name} tab {i} tooltip", widget.tabToolTip(i)
        elif isinstance(widget, QComboBox) and widget.objectName() != "languageCombo":
            for i in range(widget.count()):
                yield f"{name} item {i}", widget.itemText(i)
        elif isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            header_view = (
                widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            )
            for col in range(header_view.count()):
                header = widget.model().headerData(col, Qt.Orientation.Horizontal)
                if isinstance(header, str):
                    yield f"{name} header {col}", header


def escaped(top: QWidget) -> list[str]:
    """Where ``top`` shows English that did not go through the translator."""
    return [f"{where}: {text!r}" for where, text in texts(top) if text and untranslated(text)]


@pytest.fixture
def pseudo(qapp):  # type: ignore[no-untyped-def]
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_the_check_itself_tells_wrapped_from_bare_text() -> None:
    assert untranslated("⟦Open⟧ (⟦Ctrl⟧⟦+⟧O)") == []
    assert untranslated("⟦Saved⟧ report.pdf") == ["report", "pdf"]
    assert untranslated("Open") == ["Open"]
    assert untranslated(f"{APP_NAME} en-GB") == []


def test_no_string_of_the_window_escapes_the_translator(pseudo, make_window, demo_path):
    window = make_window()
    assert escaped(window) == []  # empty: the first-run welcome
    assert window.open_file(demo_path)
    window.find_bar.open(replace=True)
    QApplication.processEvents()
    assert escaped(window) == []


def test_a_word_story_with_revisions_shows_no_untranslated_string(
    pseudo, qtbot, make_window, tmp_path
) -> None:
    """The Revisions panel, its buttons and hint, and the revision marks' tooltips only
    say something once a Word story with tracked changes is open."""
    window = make_window()
    assert window.open_file(write_desk_story(tmp_path / "story.docx"))
    wait_structure(qtbot, window)
    panel = window.revisions_panel
    assert panel.table.rowCount() > 0
    panel.table.selectRow(0)
    assert escaped(window) == []
    cells = [panel.table.item(r, c) for r in range(panel.table.rowCount()) for c in (0, 3)]
    for item in cells:
        shown = item.text()
        assert shown.startswith("⟦"), shown  # "Inserted …", "Deleted …", "Undecided"


@pytest.mark.parametrize("action_id", DIALOG_ACTIONS)
def test_no_string_of_a_dialog_escapes_the_translator(
    pseudo, make_window, demo_path, when_shown, action_id: str
) -> None:
    window = make_window()
    assert window.open_file(demo_path)
    found: list[list[str]] = []

    def look(dialog: QDialog) -> None:
        try:
            found.append(escaped(dialog))
        finally:
            dialog.reject()

    seen = when_shown(QDialog, look)
    window.commands[action_id].trigger()
    assert seen, f"{action_id} opened no dialog"
    assert found == [[]]


def _sources(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.mark.slow  # runs pyside6-lupdate over every module
def test_the_ts_file_holds_every_string(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(__import__("sys").executable).with_name("pyside6-lupdate")
    )
    if not Path(lupdate).exists():
        pytest.fail("pyside6-lupdate is part of PySide6 and should be installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (REPO / "src" / "reviewdesk").rglob("*.py"))  # as make ts
    subprocess.run(
        [lupdate, *sources, "-ts", str(fresh), "-no-obsolete", "-locations", "none"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    missing = _sources(fresh) - _sources(TS_FILE)
    assert not missing, f"run `make ts`: {len(missing)} strings are not in i18n/reviewdesk.ts"
    assert len(_sources(TS_FILE)) > 600
