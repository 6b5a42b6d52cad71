"""Tools ▸ Dictionary…: the words of this article, my dictionary and the house dictionary.

Each can be exported to, and added to from, a plain word list (one word per line).

Every add and remove is written to the library at once; :attr:`DictionaryDialog.changed`
(and the ``words_changed`` signal) tell the window to re-check with the new words.
"""

from __future__ import annotations

import logging
from pathlib import Path

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
from reviewdesk.store import Library, StoreError

log = logging.getLogger(__name__)

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

    def __init__(
        self,
        library: Library,
        scope: WordScope,
        article_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"words_{scope}")
        self.library = library
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

    def add(self, word: str) -> bool:
        """Add ``word`` to this dictionary (stored at once)."""
        word = word.strip()
        if not word:
            return False
        try:
            self.library.add_word(word, self.scope, self._article())
        except (StoreError, ValueError) as exc:
            QMessageBox.warning(self, translate("WordList", "Cannot add the word"), str(exc))
            return False
        self.word_edit.clear()
        self.refresh()
        matches = self.list.findItems(word, Qt.MatchFlag.MatchExactly)
        if matches:
            self.list.setCurrentItem(matches[0])
        self.changed.emit()
        return True

    def remove_selected(self) -> int:
        """Remove the selected words (stored at once); how many."""
        words = [item.text() for item in self.list.selectedItems()]
        try:
            for word in words:
                self.library.remove_word(word, self.scope, self._article())
        except (StoreError, ValueError) as exc:
            QMessageBox.warning(self, translate("WordList", "Cannot remove the word"), str(exc))
        self.refresh()
        if words:
            self.changed.emit()
        return len(words)

    def import_file(self, path: str | Path | None = None) -> int | None:
        """Add the words of a word-list file; how many were new (None if nothing was read)."""
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
            added = self.library.add_words(words, self.scope, self._article())
        except (FormatError, StoreError, ValueError) as exc:
            QMessageBox.warning(self, translate("WordList", "Cannot import the words"), str(exc))
            return None
        self.refresh()
        if added:
            self.changed.emit()
        known = len(words) - added
        QMessageBox.information(
            self,
            translate("WordList", "Words imported"),
            _imported(added, known),
        )
        return added

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
        self, library: Library, article_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dictionaryDialog")
        self.setWindowTitle(translate("DictionaryDialog", "Dictionary"))
        self.resize(460, 480)
        self.changed = False
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
            words = WordList(library, scope, article_id)
            words.changed.connect(self._on_changed)
            self.lists[scope] = words
            index = self.tabs.addTab(words, translate("DictionaryDialog", SCOPE_TITLES[scope]))
            self.tabs.setTabToolTip(index, translate("DictionaryDialog", SCOPE_TIPS[scope]))
        self.tabs.setCurrentWidget(self.lists[WordScope.USER])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _on_changed(self) -> None:
        self.changed = True
        self.words_changed.emit()


def edit_dictionary(parent: QWidget | None, library: Library, article_id: int | None) -> bool:
    """Show the dictionaries; True when a word was added or removed (re-check then)."""
    dialog = DictionaryDialog(library, article_id, parent)
    try:
        dialog.exec()
        return dialog.changed
    finally:
        dialog.deleteLater()
