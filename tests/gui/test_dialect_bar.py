"""The dialect bar (issue 11 item 6): an article that looks British but is checked as US
English (or the other way round) gets an offer above the panes; Switch re-checks and can
be taken back from the bar, Keep is remembered for the article, Always switch becomes a
setting after which articles switch as they open and the status bar says so."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reviewdesk.core.models import Article
from reviewdesk.desk.dialect import DECLINED_KEY
from reviewdesk.desk.settings import AUTO_SWITCH_DIALECT
from reviewdesk.gui.dialogs.checkers import CheckingSettingsDialog
from reviewdesk.service.panes import DRAFT
from reviewdesk.store import Library

pytestmark = pytest.mark.gui

# emoji first: the text's UTF-16 positions differ from its code points
BRITISH = (
    "😀 The council will organise a review of the harbour's colour scheme. Its favourite "
    "option, a grey livery, was criticised by residents who recognise the old centre.\n"
)
AMERICAN = (
    "😀 The council will organize a review of the harbor's color scheme. Its favorite "
    "option, a gray livery, was criticized by residents who recognize the old center.\n"
)
BRITISH_WORDS = {"organise", "harbour", "colour", "favourite", "criticised", "recognise"}
AMERICAN_WORDS = {"organize", "harbor", "color", "favorite", "criticized", "recognize"}


def _article(library: Library, text: str, language: str, title: str = "Harbour") -> Article:
    return library.add_article(Article(None, title, text, text, language=language))


def _flagged(window, words: set[str]) -> set[str]:  # type: ignore[no-untyped-def]
    """The given words flagged in the draft (by any engine)."""
    return {i.text.lower() for i in window.session.pane(DRAFT).issues} & words


def _open(window, article: Article, wait_checked) -> None:  # type: ignore[no-untyped-def]
    """Open, wait for the dialect guess (a worker thread's), then for the check."""
    window.open_article(article)
    _guessed(window)
    wait_checked(window)


def _guessed(window) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + 30
    while window.dialect_bar.deciding and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    assert not window.dialect_bar.deciding, "the dialect guess never came back"


def test_a_british_article_checked_as_us_english_is_offered_british(
    qtbot, make_window, library, wait_checked, settle
) -> None:
    article = _article(library, BRITISH, "en-US")
    window = make_window()
    _open(window, article, wait_checked)
    bar = window.dialect_bar
    assert bar.isVisible()
    text = bar.text.text()
    assert "looks British (7 British spellings, 0 American)" in text
    assert "Check it as British English?" in text
    assert "en-" not in text  # the human name on screen, the code only in the tooltip
    assert _flagged(window, BRITISH_WORDS), "checked as US English, British spellings are flagged"
    assert bar.switch_button.text() == "&Switch to British English"
    assert bar.keep_button.text() == "&Keep US English"
    assert bar.always_button.text() == "Alwa&ys switch"

    qtbot.mouseClick(bar.switch_button, Qt.MouseButton.LeftButton)
    assert window.language_combo.code() == "en-GB"
    wait_checked(window)
    assert window.session.ctx.language == "en-GB"
    assert not _flagged(window, BRITISH_WORDS), "re-checked as British English"
    settle(window)
    assert library.get_article(article.id).language == "en-GB"
    # reversible from the same place
    assert bar.isVisible() and bar.back_button.isVisible() and not bar.switch_button.isVisible()
    assert "Now checked as British English" in bar.text.text()
    qtbot.mouseClick(bar.back_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    assert window.language_combo.code() == "en-US"
    wait_checked(window)
    assert _flagged(window, BRITISH_WORDS)
    settle(window)
    stored = library.get_article(article.id)
    assert stored.language == "en-US"
    assert stored.meta[DECLINED_KEY] == "en-GB"  # switching back is a decision to keep


def test_keep_is_remembered_for_the_article(
    qtbot, make_window, library, wait_checked, settle
) -> None:
    article = _article(library, BRITISH, "en-US")
    other = _article(library, BRITISH.replace("council", "board"), "en-US", "Other")
    window = make_window()
    _open(window, article, wait_checked)
    qtbot.mouseClick(window.dialect_bar.keep_button, Qt.MouseButton.LeftButton)
    assert not window.dialect_bar.isVisible()
    assert window.session.ctx.language == "en-US"
    settle(window)
    assert library.get_article(article.id).meta[DECLINED_KEY] == "en-GB"
    _open(window, other, wait_checked)
    assert window.dialect_bar.isVisible(), "Keep is for that article only"
    _open(window, library.get_article(article.id), wait_checked)
    assert not window.dialect_bar.isVisible(), "the article does not ask again"
    assert window.session.article.language == "en-US"


def test_an_american_article_checked_as_british_is_offered_us_english(
    qtbot, make_window, library, wait_checked, settle
) -> None:
    article = _article(library, AMERICAN, "en-GB")
    window = make_window()
    _open(window, article, wait_checked)
    bar = window.dialect_bar
    assert bar.isVisible()
    assert "looks American (7 American spellings, 0 British)" in bar.text.text()
    assert bar.keep_button.text() == "&Keep British English"
    assert _flagged(window, AMERICAN_WORDS)
    qtbot.mouseClick(bar.switch_button, Qt.MouseButton.LeftButton)
    wait_checked(window)
    assert window.session.ctx.language == "en-US"
    assert not _flagged(window, AMERICAN_WORDS)


def test_an_article_in_its_own_dialect_gets_no_offer(
    qtbot, make_window, library, wait_checked
) -> None:
    window = make_window()
    _open(window, _article(library, BRITISH, "en-GB"), wait_checked)
    assert not window.dialect_bar.isVisible()
    _open(window, _article(library, BRITISH, "en-AU", "Sydney"), wait_checked)
    assert not window.dialect_bar.isVisible(), "Australian English spells as Britain does"


def test_escape_hides_the_bar_from_the_keyboard(qtbot, make_window, library, wait_checked) -> None:
    window = make_window()
    _open(window, _article(library, BRITISH, "en-US"), wait_checked)
    bar = window.dialect_bar
    window.activateWindow()
    bar.keep_button.setFocus()
    qtbot.waitUntil(lambda: bar.keep_button.hasFocus(), timeout=5000)
    qtbot.keyClick(bar.keep_button, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert window.session.article.meta.get(DECLINED_KEY) is None  # hidden, not decided
    assert window.session.ctx.language == "en-US"


def test_always_switch_switches_the_next_article_and_says_so(
    qtbot, make_window, library, wait_checked, settle
) -> None:
    first = _article(library, BRITISH, "en-US")
    second = _article(library, AMERICAN, "en-GB", "Harbor")
    window = make_window()
    _open(window, first, wait_checked)
    qtbot.mouseClick(window.dialect_bar.always_button, Qt.MouseButton.LeftButton)
    wait_checked(window)
    assert window.session.ctx.language == "en-GB"
    settle(window)
    assert AUTO_SWITCH_DIALECT.read(library) is True

    _open(window, second, wait_checked)
    assert not window.dialect_bar.isVisible()
    assert window.session.ctx.language == "en-US"
    assert window.language_combo.code() == "en-US"
    assert "Checking as US English" in window.statusBar().currentMessage()
    assert not _flagged(window, AMERICAN_WORDS)
    settle(window)
    assert library.get_article(second.id).language == "en-US"


def test_always_switch_is_in_the_checking_settings(qtbot, library: Library) -> None:
    dialog = CheckingSettingsDialog(library)
    qtbot.addWidget(dialog)
    assert not dialog.auto_dialect_check.isChecked()
    assert "&" in dialog.auto_dialect_check.text()
    dialog.auto_dialect_check.setChecked(True)
    assert dialog.save()
    assert AUTO_SWITCH_DIALECT.read(library) is True
    again = CheckingSettingsDialog(library)
    qtbot.addWidget(again)
    assert again.auto_dialect_check.isChecked()


def test_a_british_web_page_opened_in_a_us_article_is_offered_by_its_lang(
    qtbot, make_window, library, wait_checked, tmp_path: Path
) -> None:
    # a page with few dialect spellings: only its lang says British
    text = "😀 The council met on Monday and voted to repair the pier.\n"
    article = library.add_article(
        Article(None, "Pier", text, text, language="en-US", meta={"language": "en-GB"})
    )
    window = make_window()
    _open(window, article, wait_checked)
    assert window.dialect_bar.isVisible()
    assert "web page says it is in British English" in window.dialect_bar.text.text()


def test_always_switch_turned_off_in_the_settings_asks_again(
    qtbot, make_window, library, wait_checked, settle
) -> None:
    first = _article(library, BRITISH, "en-US")
    second = _article(library, BRITISH.replace("council", "board"), "en-US", "Other")
    window = make_window()
    _open(window, first, wait_checked)
    qtbot.mouseClick(window.dialect_bar.always_button, Qt.MouseButton.LeftButton)
    settle(window)
    dialog = CheckingSettingsDialog(window.library)  # Tools ▸ Checking settings
    qtbot.addWidget(dialog)
    assert dialog.auto_dialect_check.isChecked()
    dialog.auto_dialect_check.setChecked(False)
    assert dialog.save()
    _open(window, second, wait_checked)
    assert window.dialect_bar.isVisible(), "asked again, not switched behind the editor's back"
    assert window.session.ctx.language == "en-US"


def test_a_late_guess_is_dropped(qtbot, make_window, library, wait_checked) -> None:
    """An answer that comes back after another article opened is not offered for it.

    The guess is answered on the UI thread through its event loop, so the first
    article's answer cannot land before the second article is open here."""
    british = _article(library, BRITISH, "en-US")
    own = _article(library, AMERICAN, "en-US", "Harbor")
    window = make_window()
    window.open_article(british)
    assert window.dialect_bar.deciding
    window.open_article(own)
    _guessed(window)
    wait_checked(window)
    QApplication.processEvents()
    assert not window.dialect_bar.isVisible(), "the first article's offer is not shown"
    assert window.session.ctx.language == "en-US"


def test_the_guess_is_made_in_the_checker_process_not_the_window(
    monkeypatch, make_window, library, wait_checked
) -> None:
    """The guess asks whether each dialect spelling is an English word: the lemma table,
    ~1.3 s of Python to read, which held the interpreter the UI thread needed as it
    filled the panes. The checker process reads it anyway: the window reads it no more."""
    from reviewdesk.core.engines.grammar import lemma_tables

    window_tables = lemma_tables.Tables()  # this process's, unread
    monkeypatch.setattr(lemma_tables, "TABLES", window_tables)
    article = _article(library, RARE_BRITISH, "en-US", "Harbourmaster")
    window = make_window()
    _open(window, article, wait_checked)
    assert window.dialect_bar.isVisible(), "the checker process guessed British English"
    assert "looks British (" in window.dialect_bar.text.text()
    assert window_tables._lemmas is None, "the window read the lemma table"


# words no other test here asks about: the old code cached its answers per word
RARE_BRITISH = (
    "😀 The harbourmaster will standardise the catalogue. Neighbours' grievances were "
    "sanitised, the moulds vaporised and the storeys' ploughs fertilised.\n"
)


def test_opening_and_checking_an_article_never_loads_lemminflect_in_the_window(
    monkeypatch, make_window, library, wait_checked
) -> None:
    """The window's dialect guess asks whether a spelling is an English word: it reads
    our compact lemma table (~3 MB), not LemmInflect (~45 MB of tables, and numpy)."""
    for name in [n for n in sys.modules if n.partition(".")[0] == "lemminflect"]:
        monkeypatch.delitem(sys.modules, name)
    article = _article(library, RARE_BRITISH, "en-US", "Harbourmaster")
    window = make_window()
    _open(window, article, wait_checked)
    assert window.dialect_bar.isVisible(), "the guess ran and offered British English"
    assert "looks British" in window.dialect_bar.text.text()
    assert not [n for n in sys.modules if n.partition(".")[0] == "lemminflect"]
