"""The dialogs in the real window: menus, paste, encoding on open, apply all, re-check."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMenu
from writes import settle

from reviewdesk.core.models import WordScope
from reviewdesk.gui.dialogs.apply_all import ApplyAllDialog
from reviewdesk.gui.dialogs.commands import APPLY_ALL_TEXT
from reviewdesk.gui.dialogs.dictionary import DictionaryDialog
from reviewdesk.gui.dialogs.encoding import EncodingDialog
from reviewdesk.gui.dialogs.paste import PasteDialog
from reviewdesk.service.panes import DRAFT

pytestmark = pytest.mark.gui

TEXT = "Teh 😀 council met on Tuesday.\nTeh mayor said teh plan was ready.\nResidents agreed."


def _when_shown(kind: type[QDialog], act: Callable[[QDialog], None]) -> None:
    """Once a dialog of ``kind`` is on screen (modal, in exec()), act on it."""

    def poll() -> None:
        found = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()),
            None,
        )
        if found is None or (isinstance(found, EncodingDialog) and not found.ready):
            QTimer.singleShot(20, poll)
            return
        act(found)

    QTimer.singleShot(0, poll)


def _menu_texts(menu: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def _top_menu(window, title: str) -> QMenu:  # type: ignore[no-untyped-def]
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title:
            menu = action.menu()
            assert isinstance(menu, QMenu)
            return menu
    raise AssertionError(f"no {title} menu")


def test_menus_hold_the_dialogs(make_window) -> None:
    window = make_window()
    file_items = _menu_texts(_top_menu(window, "File"))
    for item in ("Paste as new article…", "Export…", "Compare two versions…"):
        assert item in file_items
    assert file_items[-1] == "Quit"
    assert _menu_texts(_top_menu(window, "Tools")) == [
        "House style sheet…",
        "Checking settings…",
        "Dictionary…",
    ]
    assert window.commands["pasteArticle"].shortcut().toString() == "Ctrl+Shift+V"
    assert not window.commands["export"].isEnabled()  # no article open yet


def test_paste_as_new_article_opens_it(make_window, library, wait_checked) -> None:
    window = make_window()
    QApplication.clipboard().setText("Pasted headline\n\nTeh body of the story.")
    _when_shown(PasteDialog, lambda d: d.create_article())  # type: ignore[attr-defined]
    window.commands["pasteArticle"].trigger()
    article = window.session.article
    assert article is not None and article.title == "Pasted headline"
    assert window.draft.toPlainText() == "Pasted headline\n\nTeh body of the story."
    assert library.get_article(article.id).original == window.draft.toPlainText()
    assert window.commands["export"].isEnabled()
    wait_checked(window)


def test_guessed_encoding_is_confirmed_on_open(make_window, tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_bytes("A naïve café owner said: “We’re open”.".encode("cp1252"))
    window = make_window()
    _when_shown(EncodingDialog, lambda d: d.reject())
    assert not window.open_file(path)  # cancelled: nothing imported
    assert window.session.article is None

    def pick(dialog: QDialog) -> None:
        assert isinstance(dialog, EncodingDialog)
        dialog.select("cp1252")
        dialog.accept()

    _when_shown(EncodingDialog, pick)
    assert window.open_file(path)
    article = window.session.article
    assert article is not None
    assert article.original == "A naïve café owner said: “We’re open”."
    assert article.encoding == "cp1252"


def test_apply_all_from_the_draft_in_one_undo_step(
    qtbot, make_window, tmp_path: Path, wait_checked, library
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    window = make_window()
    assert window.open_file(path)
    wait_checked(window)
    issues = window.session.pane(DRAFT).issues
    fixable = Counter(i.rule for i in issues if i.replacements)
    rule, count = fixable.most_common(1)[0]
    assert count >= 2, "the article repeats a fixable fault"
    ruled = [i for i in issues if i.rule == rule and i.replacements]

    # the draft's context menu and the issues panel both offer it
    index = issues.index(ruled[0])
    menu = window.issues_panel.build_context_menu(window.issues_panel.model.row_of(index))
    assert menu is not None and APPLY_ALL_TEXT in _menu_texts(menu)
    assert "Ignore" in _menu_texts(menu)

    seen: list[int] = []

    def accept(dialog: QDialog) -> None:
        assert isinstance(dialog, ApplyAllDialog)
        seen.append(len(dialog.edits()))
        dialog.accept()

    _when_shown(ApplyAllDialog, accept)
    applied = window.dialogs.apply_all(rule)
    assert applied == seen[0] >= 2
    text = window.draft.toPlainText()
    assert text != TEXT
    for issue in ruled:  # each fixed span now holds its first suggestion
        assert issue.replacements[0] in text

    def recorded() -> int:
        return sum(d.rule == rule for d in library.decisions(window.session.article.id))

    settle(window)
    assert recorded() == applied
    window.draft.document().undo()
    assert window.draft.toPlainText() == TEXT  # one undo step
    qtbot.waitUntil(lambda: recorded() == 0, timeout=5000)  # ...which takes them all back
    window.draft.document().redo()
    qtbot.waitUntil(lambda: recorded() == applied, timeout=5000)


def test_dictionary_changes_recheck_with_the_new_word(
    make_window, tmp_path: Path, wait_checked, library
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    window = make_window()
    window.open_file(path)
    wait_checked(window)

    def add(dialog: QDialog) -> None:
        assert isinstance(dialog, DictionaryDialog)
        dialog.lists[WordScope.USER].add("Zbrovnikova")
        dialog.accept()

    _when_shown(DictionaryDialog, add)
    window.dialogs.edit_words()
    assert "Zbrovnikova" in window.session.ctx.words
    assert library.words(WordScope.USER) == ["Zbrovnikova"]
    wait_checked(window)
