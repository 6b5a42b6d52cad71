"""The dictionary manager, the encoding chooser and "Paste as new article"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from reviewdesk.core.models import Article, WordScope
from reviewdesk.formats import import_file
from reviewdesk.formats.imported import needs_encoding_choice
from reviewdesk.formats.importing import read_text_bytes
from reviewdesk.gui.dialogs.dictionary import DictionaryDialog
from reviewdesk.gui.dialogs.encoding import EncodingDialog, choose_encoding
from reviewdesk.gui.dialogs.paste import PasteDialog
from reviewdesk.store import Library

pytestmark = pytest.mark.gui

CP1252_TEXT = "A naïve café owner said: “We’re open” – from 8 to 5.\nÉclairs cost €3.\n"


def _article(library: Library) -> Article:
    return library.add_article(
        Article(id=None, title="Test", original="Some text.", draft="Some text.")
    )


# -- dictionary ----------------------------------------------------------------------------


def test_add_and_remove_words_in_each_scope(qtbot, library: Library, message_boxes) -> None:
    article = _article(library)
    assert article.id is not None
    dialog = DictionaryDialog(library, article.id)
    qtbot.addWidget(dialog)
    dialog.show()
    changes: list[bool] = []
    dialog.words_changed.connect(lambda: changes.append(True))
    words = {WordScope.ARTICLE: "Zbrovnikova", WordScope.USER: "Ząbek", WordScope.HOUSE: "Kyiv"}
    for scope, word in words.items():
        panel = dialog.lists[scope]
        dialog.tabs.setCurrentWidget(panel)
        if word.isascii():
            qtbot.keyClicks(panel.word_edit, word)
        else:  # QTest cannot type letters outside Latin-1
            panel.word_edit.setText(word)
        qtbot.keyClick(panel.word_edit, Qt.Key.Key_Return)  # Enter adds
        assert panel.words() == [word]
    assert dialog.changed and len(changes) == 3
    assert library.words(WordScope.ARTICLE, article.id) == ["Zbrovnikova"]
    assert library.words(WordScope.USER) == ["Ząbek"]
    assert library.words(WordScope.HOUSE) == ["Kyiv"]
    assert library.words_for(None) == frozenset({"Ząbek", "Kyiv"})  # article words stay there

    again = DictionaryDialog(library, article.id)
    qtbot.addWidget(again)
    again.show()
    house = again.lists[WordScope.HOUSE]
    again.tabs.setCurrentWidget(house)
    assert house.words() == ["Kyiv"]
    house.list.setCurrentRow(0)
    qtbot.keyClick(house.list, Qt.Key.Key_Delete)
    assert library.words(WordScope.HOUSE) == []
    assert house.empty_label.isVisible()
    user = again.lists[WordScope.USER]
    again.tabs.setCurrentWidget(user)
    user.list.setCurrentRow(0)
    qtbot.mouseClick(user.remove_button, Qt.MouseButton.LeftButton)
    assert library.words(WordScope.USER) == []
    assert library.words(WordScope.ARTICLE, article.id) == ["Zbrovnikova"]


def test_without_an_article_the_article_scope_is_off(qtbot, library: Library) -> None:
    dialog = DictionaryDialog(library, None)
    qtbot.addWidget(dialog)
    assert WordScope.ARTICLE not in dialog.lists
    assert not dialog.tabs.isTabEnabled(0)
    assert dialog.tabs.currentWidget() is dialog.lists[WordScope.USER]


def test_house_dictionary_goes_out_and_comes_back_as_a_word_list(
    qtbot, tmp_path: Path, library: Library, message_boxes
) -> None:
    library.add_words(["Kowalczyk", "Ząbek", "Okafor", "Kyiv"], WordScope.HOUSE)
    dialog = DictionaryDialog(library, None)
    qtbot.addWidget(dialog)
    house = dialog.lists[WordScope.HOUSE]
    out = tmp_path / "house-words.txt"
    assert house.export_file(out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "# reviewdesk: house dictionary"
    assert [w for w in lines if not w.startswith("#")] == ["Kowalczyk", "Kyiv", "Okafor", "Ząbek"]

    # another desk's library takes the list in, next to a word it already had
    other = Library(tmp_path / "other.sqlite")
    other.add_word("Kyiv", WordScope.HOUSE)
    theirs = DictionaryDialog(other, None)
    qtbot.addWidget(theirs)
    changes: list[bool] = []
    theirs.words_changed.connect(lambda: changes.append(True))
    assert theirs.lists[WordScope.HOUSE].import_file(out) == 4  # words read; 3 of them new
    assert theirs.lists[WordScope.HOUSE].words() == ["Kowalczyk", "Kyiv", "Okafor", "Ząbek"]
    assert other.words_for(None) == frozenset({"Kowalczyk", "Kyiv", "Okafor", "Ząbek"})
    assert changes == [True]  # the window re-checks with the new words
    assert message_boxes[-1][2] == "3 new words added; 1 word already there."
    other.close()


def test_a_file_that_is_not_a_word_list_is_refused_plainly(
    qtbot, tmp_path: Path, library: Library, message_boxes
) -> None:
    dialog = DictionaryDialog(library, None)
    qtbot.addWidget(dialog)
    user = dialog.lists[WordScope.USER]
    assert not user.export_button.isEnabled()  # nothing to export yet
    binary = tmp_path / "photo.dic"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" * 200)
    prose = tmp_path / "article.txt"
    prose.write_text("The council voted late on Tuesday to build a seawall. " * 4 + "\n")
    assert user.import_file(binary) is None
    assert user.import_file(prose) is None
    assert [m[:2] for m in message_boxes] == [("warning", "Cannot import the words")] * 2
    assert "binary" in message_boxes[0][2] and "one word per line" in message_boxes[1][2]
    assert library.words(WordScope.USER) == []


# -- encoding ------------------------------------------------------------------------------


@pytest.fixture
def cp1252_file(tmp_path: Path) -> Path:
    path = tmp_path / "letter.txt"
    path.write_bytes(CP1252_TEXT.encode("cp1252"))
    return path


def test_encoding_dialog_lists_cp1252_and_previews_each_choice(qtbot, cp1252_file: Path) -> None:
    doc = import_file(cp1252_file)
    assert needs_encoding_choice(doc) and doc.encoding == "cp1252"
    dialog = EncodingDialog(cp1252_file, read_text_bytes(cp1252_file), doc.encoding)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ready, timeout=10_000)
    codecs = [dialog.combo.itemData(n) for n in range(dialog.combo.count())]
    assert codecs[0] == "cp1252"
    assert "assumed" in dialog.combo.currentText()
    assert "cp1250" in codecs
    assert "utf-8" not in codecs  # it does not read as UTF-8
    assert "naïve café" in dialog.preview.toPlainText()
    assert "Windows-1252" in dialog.intro.text()

    assert dialog.select("cp1250")
    assert "naďve" in dialog.preview.toPlainText()  # what the wrong guess looks like
    assert dialog.chosen() == "cp1250"
    assert dialog.select("windows-1252")
    assert "naïve café" in dialog.preview.toPlainText()
    reimported = import_file(cp1252_file, encoding=dialog.chosen())
    assert reimported.text == CP1252_TEXT


def test_choose_encoding_returns_the_codec_picked(qtbot, cp1252_file: Path) -> None:
    doc = import_file(cp1252_file)

    def pick() -> None:
        dialog = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, EncodingDialog) and w.isVisible()
            ),
            None,
        )
        if dialog is None or not dialog.ready:
            QTimer.singleShot(20, pick)
            return
        picked.append(dialog.select("cp1250"))
        dialog.accept()

    picked: list[bool] = []
    QTimer.singleShot(0, pick)
    assert choose_encoding(None, cp1252_file, doc) == "cp1250"
    assert picked == [True]


def test_choose_encoding_cancelled_gives_none(qtbot, cp1252_file: Path) -> None:
    def cancel() -> None:
        dialog = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, EncodingDialog) and w.isVisible()
            ),
            None,
        )
        if dialog is None:
            QTimer.singleShot(20, cancel)
            return
        dialog.reject()

    QTimer.singleShot(0, cancel)
    assert choose_encoding(None, cp1252_file, cp1252_file.read_bytes()) is None


# -- paste ---------------------------------------------------------------------------------


def test_paste_creates_an_article(qtbot, library: Library, message_boxes) -> None:
    text = "Ministers meet 😀 today\r\n\r\nThe talks run late."
    dialog = PasteDialog(library, text)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.title_edit.text() == "Ministers meet 😀 today"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en-GB"))
    article = dialog.create_article()
    assert article is not None and article.id is not None
    stored = library.get_article(article.id)
    assert stored.original == stored.draft == "Ministers meet 😀 today\n\nThe talks run late."
    assert stored.title == "Ministers meet 😀 today"
    assert stored.language == "en-GB"


def test_paste_needs_text(qtbot, library: Library, message_boxes) -> None:
    dialog = PasteDialog(library, "   ")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.create_button.isEnabled()
    qtbot.keyClicks(dialog.text_edit, "Typed in by hand.")
    assert dialog.create_button.isEnabled()
    article = dialog.create_article()
    assert article is not None
    assert library.get_article(article.id or 0).title == "Typed in by hand."
