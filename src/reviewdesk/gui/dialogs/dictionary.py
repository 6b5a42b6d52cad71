"""Tools ▸ Dictionary…: the words of this article, my dictionary and the house dictionary.

Each can be exported to, and added to from, a plain word list (one word per line).

Every add and remove is handed to the window's library writer at once (off the UI
thread: another program holding the library's lock never holds the window; the list
shows it is waiting and updates once the words are stored);
:attr:`DictionaryDialog.changed` (and the ``words_changed`` signal) tell the window to
re-check with the new words.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.core.models import WordScope
from reviewdesk.formats import FormatError
from reviewdesk.formats.word_list import read_word_list, write_word_list
from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from reviewdesk.gui.written_wait import Writes, Written, busy_in_dialog, busy_label
from reviewdesk.store import Library, StoreError

log = logging.getLogger(__name__)
T = TypeVar("T")

SCOPE_TITLES: dict[WordScope, str] = {
    WordScope.ARTICLE: QT_TRANSLATE_NOOP("DictionaryDialog", "This &article"),
    WordScope.USER: QT_TRANSLATE_NOOP("DictionaryDialog", "&My dictionary"),
    WordScope.HOUSE: QT_TRANSLATE_NOOP("DictionaryDialog", "&House dictionary"),
}
SCOPE_TIPS: dict[WordScope, str] = {
    WordScope.ARTICLE: QT_TRANSLATE_NOOP(
        "DictionaryDialog", "Words accepted in the open article only"
    ),
    WordScope.USER: QT_TRANSLATE_NOOP(
        "DictionaryDialog", "Your own words, accepted in every article"
    ),
    WordScope.HOUSE: QT_TRANSLATE_NOOP(
        "DictionaryDialog", "The desk's shared words, accepted in every article"
    ),
}

WORD_LIST_FILTER = QT_TRANSLATE_NOOP("WordList", "Word lists (*.txt *.dic);;All files (*)")
EXPORT_NAMES: dict[WordScope, str] = {
    WordScope.ARTICLE: "article-words.txt",
    WordScope.USER: "my-words.txt",
    WordScope.HOUSE: "house-words.txt",
}
EXPORT_TITLES: dict[WordScope, str] = {
    WordScope.ARTICLE: "words accepted in one article",
    WordScope.USER: "my dictionary",
    WordScope.HOUSE: "house dictionary",
}


class WordList(QWidget):
    """The words of one dictionary, with a field to add and a button to remove."""

    changed = Signal()
    settled = Signal()  # a write handed to the library writer is done with

    def __init__(
        self,
        library: Library,
        scope: WordScope,
        article_id: int | None,
        parent: QWidget | None = None,
        writes: Writes | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"words_{scope}")
        self.library = library
        self.writes = writes or Writes(library)  # the window's: off the UI thread
        self.busy_label = busy_label("wordsBusy")
        self.writing = 0  # writes on their way to the library
        self.scope = scope
        self.article_id = article_id
        self.word_edit = QLineEdit()
        self.word_edit.setAccessibleName(translate("WordList", "Word to add"))
        self.word_edit.setPlaceholderText(translate("WordList", "A word to accept, e.g. a name"))
        self.word_edit.setToolTip(translate("WordList", "Type a word and press Enter to add it"))
        self.add_button = QPushButton(translate("WordList", "A&dd"))
        self.add_button.setToolTip(translate("WordList", "Add the word to this dictionary"))
        self.remove_button = QPushButton(translate("WordList", "&Remove"))
        self.remove_button.setToolTip(translate("WordList", "Remove the selected words (Delete)"))
        self.list = QListWidget()
        self.list.setAccessibleName(
            translate("WordList", "Words: {scope}").format(
                scope=translate("DictionaryDialog", SCOPE_TITLES[scope]).replace("&", "")
            )
        )
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setToolTip(translate("DictionaryDialog", SCOPE_TIPS[scope]))
        self.empty_label = QLabel(
            translate("WordList", "No words yet. Type one above and press Enter.")
        )
        self.empty_label.setObjectName("emptyHint")
        self.empty_label.setStyleSheet("color: palette(mid);")
        self.import_button = QPushButton(translate("WordList", "&Import…"))
        self.import_button.setToolTip(
            translate("WordList", "Add the words of a word list (one word per line)")
        )
        self.export_button = QPushButton(translate("WordList", "E&xport…"))
        self.export_button.setToolTip(
            translate("WordList", "Save these words as a word list, one per line")
        )
        row = QHBoxLayout()
        row.addWidget(self.word_edit, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        files = QHBoxLayout()
        files.addStretch(1)
        files.addWidget(self.import_button)
        files.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.busy_label)
        layout.addLayout(files)
        self.import_button.clicked.connect(lambda: self.import_file())
        self.export_button.clicked.connect(lambda: self.export_file())
        self.word_edit.returnPressed.connect(lambda: self.add(self.word_edit.text()))
        self.add_button.clicked.connect(lambda: self.add(self.word_edit.text()))
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.list.itemSelectionChanged.connect(self._update)
        self.word_edit.textChanged.connect(self._update)
        self.list.installEventFilter(self)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Delete in the list removes the selected words."""
        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Delete
        ):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    def _article(self) -> int | None:
        return self.article_id if self.scope == WordScope.ARTICLE else None

    def words(self) -> list[str]:
        """The words shown."""
        return [self.list.item(n).text() for n in range(self.list.count())]

    def refresh(self) -> None:
        """Read the words from the library again."""
        self.list.clear()
        try:
            self.list.addItems(self.library.words(self.scope, self._article()))
        except (StoreError, ValueError) as exc:
            log.warning("cannot read the %s words: %s", self.scope, exc)
        self._update()

    def _update(self) -> None:
        self.empty_label.setVisible(self.list.count() == 0)
        self.export_button.setEnabled(self.list.count() > 0)
        self.add_button.setEnabled(bool(self.word_edit.text().strip()))
        self.remove_button.setEnabled(bool(self.list.selectedItems()))

    def _write(self, op: Callable[[Library], T], title: str, then: Callable[[T], object]) -> None:
        """Hand ``op`` to the writer; the list and its buttons wait, the window does not."""
        what = translate("WordList", "the dictionary")
        busy = busy_in_dialog(
            self.busy_label, self.word_edit, self.list, self.add_button, self.import_button
        )

        def done(result: Written[T]) -> None:
            self.writing -= 1
            if not result.landed:
                QMessageBox.warning(self, title, result.message(what, self.writes.timeout_s))
            self.refresh()
            if result.landed:
                then(result.value)  # type: ignore[arg-type]
            self.settled.emit()

        self.writing += 1
        self.writes.run(op, what, done, busy, self)

    def add(self, word: str) -> bool:
        """Add ``word`` to this dictionary (handed to the writer at once)."""
        word = word.strip()
        if not word:
            return False
        scope, article = self.scope, self._article()

        def added(_: object) -> None:
            self.word_edit.clear()
            self.refresh()
            matches = self.list.findItems(word, Qt.MatchFlag.MatchExactly)
            if matches:
                self.list.setCurrentItem(matches[0])
            self.changed.emit()

        title = translate("WordList", "Cannot add the word")
        self._write(lambda library: library.add_word(word, scope, article), title, added)
        return True

    def remove_selected(self) -> int:
        """Remove the selected words (handed to the writer at once); how many."""
        words = [item.text() for item in self.list.selectedItems()]
        if not words:
            return 0
        scope, article = self.scope, self._article()

        def remove(library: Library) -> None:
            for word in words:
                library.remove_word(word, scope, article)

        title = translate("WordList", "Cannot remove the word")
        self._write(remove, title, lambda _: self.changed.emit())
        return len(words)

    def import_file(self, path: str | Path | None = None) -> int | None:
        """Add the words of a word-list file; how many were read (None if none were)."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                translate("WordList", "Import words"),
                str(Path.home()),
                translate("WordList", WORD_LIST_FILTER),
            )
            if not chosen:
                return None
            path = chosen
        try:
            words = read_word_list(path)
        except FormatError as exc:
            QMessageBox.warning(self, translate("WordList", "Cannot import the words"), str(exc))
            return None
        scope, article = self.scope, self._article()

        def imported(added: int) -> None:
            if added:
                self.changed.emit()
            QMessageBox.information(
                self, translate("WordList", "Words imported"), _imported(added, len(words) - added)
            )

        title = translate("WordList", "Cannot import the words")
        self._write(lambda library: library.add_words(words, scope, article), title, imported)
        return len(words)

    def export_file(self, path: str | Path | None = None) -> bool:
        """Write this dictionary's words to a word-list file (atomically)."""
        if path is None:
            default = Path.home() / EXPORT_NAMES[self.scope]
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                translate("WordList", "Export words"),
                str(default),
                translate("WordList", WORD_LIST_FILTER),
            )
            if not chosen:
                return False
            path = chosen if Path(chosen).suffix else f"{chosen}.txt"
        try:
            write_word_list(path, self.words(), f"reviewdesk: {EXPORT_TITLES[self.scope]}")
        except OSError as exc:
            QMessageBox.warning(
                self,
                translate("WordList", "Cannot export the words"),
                exc.strerror or f"Cannot write {path}",
            )
            return False
        return True


def _imported(added: int, known: int) -> str:
    """ "3 new words added; 1 word already there." """
    first = (
        translate("WordList", "1 new word added")
        if added == 1
        else translate("WordList", "{count} new words added").format(count=added)
    )
    if not known:
        return translate("WordList", "{added}.").format(added=first)
    second = (
        translate("WordList", "1 word already there")
        if known == 1
        else translate("WordList", "{count} words already there").format(count=known)
    )
    return translate("WordList", "{added}; {known}.").format(added=first, known=second)


class DictionaryDialog(QDialog):
    """The three dictionaries in tabs. Changes are stored as they are made."""

    words_changed = Signal()

    def __init__(
        self,
        library: Library,
        article_id: int | None,
        parent: QWidget | None = None,
        writes: Writes | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dictionaryDialog")
        self.setWindowTitle(translate("DictionaryDialog", "Dictionary"))
        self.resize(460, 480)
        self.changed = False
        self._asked: int | None = None  # closing, once the writes are in
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(translate("DictionaryDialog", "Dictionaries"))
        self.lists: dict[WordScope, WordList] = {}
        for scope in (WordScope.ARTICLE, WordScope.USER, WordScope.HOUSE):
            if scope == WordScope.ARTICLE and article_id is None:
                hint = QLabel(
                    translate(
                        "DictionaryDialog",
                        "Open an article to see and edit the words accepted in it.",
                    )
                )
                hint.setObjectName("emptyHint")
                hint.setWordWrap(True)
                hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
                index = self.tabs.addTab(hint, translate("DictionaryDialog", SCOPE_TITLES[scope]))
                self.tabs.setTabEnabled(index, False)
                self.tabs.setTabToolTip(index, translate("DictionaryDialog", "No article is open"))
                continue
            words = WordList(library, scope, article_id, writes=writes)
            words.changed.connect(self._on_changed)
            words.settled.connect(self._close_if_asked)
            self.lists[scope] = words
            index = self.tabs.addTab(words, translate("DictionaryDialog", SCOPE_TITLES[scope]))
            self.tabs.setTabToolTip(index, translate("DictionaryDialog", SCOPE_TIPS[scope]))
        self.tabs.setCurrentWidget(self.lists[WordScope.USER])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def done(self, result: int) -> None:
        """Close, once the words on their way to the library are in (the re-check after
        the dialog needs them)."""
        self._asked = result
        self._close_if_asked()

    def _close_if_asked(self) -> None:
        if self._asked is not None and not any(w.writing for w in self.lists.values()):
            result, self._asked = self._asked, None
            super().done(result)

    def _on_changed(self) -> None:
        self.changed = True
        self.words_changed.emit()


def edit_dictionary(
    parent: QWidget | None,
    library: Library,
    article_id: int | None,
    writes: Writes | None = None,
) -> bool:
    """Show the dictionaries; True when a word was added or removed (re-check then)."""
    dialog = DictionaryDialog(library, article_id, parent, writes)
    try:
        dialog.exec()
        return dialog.changed
    finally:
        dialog.deleteLater()
