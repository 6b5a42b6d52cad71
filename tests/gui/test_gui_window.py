"""The window around the panes: opening, bad files, language, autosave, menus, layout."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip
from writes import settle

from reviewdesk.core.diff import changes
from reviewdesk.core.models import DecisionAction, WordScope
from reviewdesk.gui.editor import issue_tooltip
from reviewdesk.gui.main_window import EMPTY_HINT
from reviewdesk.service.layout import BlockMapper, map_offset
from reviewdesk.service.panes import DRAFT, ORIGINAL

pytestmark = pytest.mark.gui

TEXT = (
    "The council will mete on Tuesday to discuss the budjet.\n"
    "Mayor Alvarez said teh plan was ready.\n"
    "Residents can coment online until Friday."
)


def _write(tmp_path: Path, text: str = TEXT, name: str = "article.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("kind", ["binary", "folder"])
def test_bad_file_shows_a_plain_message(tmp_path, make_window, message_boxes, kind) -> None:
    window = make_window()
    path = tmp_path / "article.txt"
    if kind == "binary":
        path.write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    else:
        path.mkdir()
    assert not window.open_file(path)
    ((box, _title, text),) = message_boxes
    assert box == "warning"
    assert path.name in text and "Traceback" not in text
    assert window.session.article is None
    assert window.stack.currentWidget() is window.welcome  # still the first run's welcome
    assert window.empty_label.text() == EMPTY_HINT


def test_missing_file_shows_a_message(tmp_path, make_window, message_boxes) -> None:
    window = make_window()
    assert not window.open_file(tmp_path / "nowhere.txt")
    assert "nowhere.txt" in message_boxes[0][2]


def test_dropping_a_file_opens_it(qtbot, tmp_path, make_window) -> None:
    window = make_window()
    path = _write(tmp_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert "Opening article.txt" in window.statusBar().currentMessage()  # read off the UI thread
    qtbot.waitUntil(lambda: window.session.article is not None, timeout=10_000)
    assert window.draft.toPlainText() == TEXT


def test_language_switch_updates_article_and_rechecks(
    tmp_path, make_window, library, wait_checked
) -> None:
    window = make_window()
    window.open_file(_write(tmp_path))
    wait_checked(window)
    window.language_combo.set_code("en-GB")
    settle(window)
    assert library.get_article(window.session.article.id).language == "en-GB"
    assert window.session.ctx.language == "en-GB"
    assert not window.session.is_current(DRAFT)  # a re-check is on its way
    wait_checked(window)
    window.close()
    again = make_window()
    again.open_file(_write(tmp_path))
    assert again.language_combo.code() == "en-GB"


def test_draft_is_autosaved_shortly_after_typing(qtbot, tmp_path, make_window, library) -> None:
    window = make_window()
    window.open_file(_write(tmp_path))
    window.draft.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.draft, " Updated.")
    article_id = window.session.article.id
    assert library.get_article(article_id).draft == TEXT  # not on every keystroke
    qtbot.waitUntil(
        lambda: library.get_article(article_id).draft == TEXT + " Updated.", timeout=5000
    )


def test_context_menu_offers_fixes_and_applies_one(
    qtbot, tmp_path, make_window, library, wait_checked
) -> None:
    window = make_window()
    window.open_file(_write(tmp_path))
    wait_checked(window)
    issue = next(i for i in window.session.pane(DRAFT).issues if i.text == "teh")
    cursor = QTextCursor(window.draft.document())
    cursor.setPosition(issue.start + 1)  # plain ASCII text: positions agree
    point = window.draft.cursorRect(cursor).center()
    assert window.draft.issue_at(point) == issue
    tip = issue_tooltip(issue)
    assert issue.message.split("`")[0][:10] in tip and "Harper" in tip and "the" in tip
    viewport = window.draft.viewport()
    hover = QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, hover)
    assert QToolTip.text() == tip
    menu = window.draft.build_context_menu(point)
    labels = [a.text() for a in menu.actions()]
    assert "“the”" in labels and "Ignore" in labels
    assert any(label.startswith("Rule: ") for label in labels)  # switching it off: inside
    next(a for a in menu.actions() if a.text() == "“the”").trigger()
    assert "said the plan" in window.draft.toPlainText()
    settle(window)
    (decision,) = library.decisions(window.session.article.id)
    assert (decision.action, decision.replacement) == (DecisionAction.APPLY, "the")


def test_add_to_dictionary_and_disable_rule(
    qtbot, tmp_path, make_window, library, wait_checked
) -> None:
    window = make_window()
    window.open_file(_write(tmp_path))
    wait_checked(window)
    coment = next(i for i in window.session.pane(DRAFT).issues if i.text == "coment")
    window.review.add_word(coment, WordScope.USER)
    settle(window)
    assert "coment" in library.words(WordScope.USER)
    wait_checked(window)
    assert "coment" not in {i.text for i in window.session.pane(DRAFT).issues}

    budget = next(i for i in window.session.pane(DRAFT).issues if i.text == "budjet")
    assert not window.review.disable_rule(budget)  # the whole spell checker: never
    assert library.get_setting("disabled_rules") is None
    teh = next(i for i in window.session.pane(DRAFT).issues if i.text == "teh")
    assert teh.rule != "SpellCheck"  # Harper's own check for "teh"
    window.review.confirm = lambda *_args: True  # "Switch off" in the question
    assert window.review.disable_rule(teh)
    settle(window)
    assert teh.rule in library.get_setting("disabled_rules")
    wait_checked(window)
    assert teh.rule not in {i.rule for i in window.session.pane(DRAFT).issues}
    actions = [d.action for d in library.decisions(window.session.article.id)]
    assert actions == [DecisionAction.ADD_WORD, DecisionAction.DISABLE_RULE]


def test_window_layout_is_remembered(tmp_path, make_window) -> None:
    window = make_window()
    window.resize(760, 540)
    window.issues_dock.hide()
    window.close()
    again = make_window()
    assert (again.width(), again.height()) == (760, 540)
    assert again.issues_dock.isHidden()


@pytest.mark.slow  # starts its own checker process
def test_window_that_owns_its_checker_stops_it(qtbot, tmp_path, make_window, wait_checked) -> None:
    window = make_window(own_checker=True)
    assert window.busy_label.text() == "Starting checker…"
    window.open_file(_write(tmp_path))
    wait_checked(window)
    assert window.session.pane(DRAFT).issues
    # the fixture closes it and asserts its threads have ended


@pytest.mark.slow  # starts its own checker process
@pytest.mark.parametrize("ready_first", [False, True], ids=["opened-at-once", "checker-ready"])
def test_both_panes_show_early_results_while_harper_warms_up(
    qtbot, tmp_path, make_window, wait_checked, monkeypatch, ready_first
) -> None:
    # As at launch: the article opens while the window's own checker is still starting,
    # or (as `reviewdesk FILE` does, the checker having been launched before Qt) once the
    # checker is ready and idle, Harper still warming up inside it (for a second or more).
    window = make_window(own_checker=True)
    if ready_first:
        qtbot.waitUntil(lambda: window.coordinator.is_ready, timeout=60_000)
    seen: list[tuple[str, tuple[str, ...], int]] = []
    window.coordinator.outcome_ready.connect(
        lambda o: seen.append((o.pane, o.waiting_for, len(o.issues)))
    )
    real_request = window.coordinator.request

    def unhurried_request(pane: str, *args: object, **kwargs: object) -> int:
        revision = real_request(pane, *args, **kwargs)
        if pane == DRAFT:  # an idle worker picks a request up within a millisecond, so
            time.sleep(0.05)  # widen the gap before the next one to see it every time
        return revision

    monkeypatch.setattr(window.coordinator, "request", unhurried_request)
    window.open_file(_write(tmp_path, "The council met at noon.He said their was a problem.\n"))
    wait_checked(window)
    first = {pane: next(s for s in seen if s[0] == pane) for pane in (ORIGINAL, DRAFT)}
    # the editorial checks' highlights come at once in both panes, not only the draft:
    # "noon.He" (mechanics), and "their was" when the grammar engine is warm by then
    # (names waits with it while its dictionary is read)
    for pane in (ORIGINAL, DRAFT):
        waiting, count = first[pane][1:]
        assert "harper" in waiting and set(waiting) <= {"harper", "grammar", "names"}
        assert "names" not in waiting or "grammar" in waiting
        assert count == (1 if "grammar" in waiting else 2)
    assert len(window.session.pane(ORIGINAL).issues) > 1  # then Harper's full result


def test_scroll_mapping_follows_the_diff(qtbot, tmp_path, make_window) -> None:
    original = "\n".join(f"Paragraph {n} says something." for n in range(200))
    draft = "New lead.\nSecond new line.\n" + original.replace("Paragraph 50 ", "Para 50 ")
    ops = changes(original, draft)
    assert map_offset(ops, draft.index("Paragraph 120"), from_draft=True) == original.index(
        "Paragraph 120"
    )
    mapper = BlockMapper(original, draft, ops)
    assert mapper.map_block(2 + 120, from_draft=True) == 120
    assert mapper.map_block(120, from_draft=False) == 122

    window = make_window()
    path = _write(tmp_path, original, "long.txt")
    window.open_file(path)
    cursor = QTextCursor(window.draft.document())
    cursor.insertText("New lead.\nSecond new line.\n")
    window.session.scroll_sync.mapper = BlockMapper(
        original, window.draft.toPlainText(), changes(original, window.draft.toPlainText())
    )
    bar = window.draft.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 100, timeout=5000)
    bar.setValue(window.draft.document().findBlockByNumber(102).firstLineNumber())
    top = window.original.cursorForPosition(QPoint(4, 4)).block().blockNumber()
    assert abs(top - 100) <= 1


def test_unticked_keep_panes_in_step_stays_off_after_clicking_an_issue(
    qtbot, tmp_path, make_window, wait_checked
) -> None:
    # The menu and the issue selection used to share one flag: selecting an issue paused
    # syncing and then turned it back on, whatever the menu said.
    text = "\n".join(f"Paragraph {n} says somethng." for n in range(200))
    window = make_window()
    window.resize(900, 500)
    window.open_file(_write(tmp_path, text, "long.txt"))
    wait_checked(window, (DRAFT,))
    window.commands["syncScroll"].setChecked(False)
    issues = window.session.pane(DRAFT).issues
    far = max(range(len(issues)), key=lambda i: issues[i].start)
    window.issues_panel.select_row(far)
    window.session.show_issue(far)
    assert not window.commands["syncScroll"].isChecked()
    original_bar = window.original.verticalScrollBar()
    before = original_bar.value()
    window.draft.verticalScrollBar().setValue(0)
    assert original_bar.value() == before  # the original did not follow

    window.commands["syncScroll"].setChecked(True)
    window.draft.verticalScrollBar().setValue(window.draft.verticalScrollBar().maximum() // 2)
    assert original_bar.value() != before  # ticking it again brings syncing back


@pytest.mark.slow  # starts a second checker process, with other engines
def test_replacing_the_checker_rechecks_with_the_new_engines(
    qtbot, tmp_path, make_window, wait_checked, shared_checker
) -> None:
    from reviewdesk.core.engines.registry import EngineSettings

    window = make_window()
    window.open_file(_write(tmp_path))
    wait_checked(window)
    assert any("harper" in i.engines for i in window.session.pane(DRAFT).issues)
    window.replace_checker(EngineSettings().switch(harper=False))
    assert window.coordinator is not shared_checker
    assert shared_checker._threads  # not ours to stop
    wait_checked(window)
    assert not any("harper" in i.engines for i in window.session.pane(DRAFT).issues)


@pytest.mark.slow  # more than a second: types for seconds without a pause
def test_draft_is_autosaved_while_typing_never_pauses(
    qtbot, tmp_path, make_window, library
) -> None:
    """A steady typist (a key every 150 ms, never a 1.5 s pause) is saved on a clock."""
    window = make_window()
    window.open_file(_write(tmp_path))
    window.draft.moveCursor(QTextCursor.MoveOperation.End)
    article_id = window.session.article.id
    typed = ""
    saved_while_typing = []
    for char in " Steady typing goes on and on":
        qtbot.keyClicks(window.draft, char)
        typed += char
        qtbot.wait(150)
        stored = library.get_article(article_id).draft
        if stored != TEXT:
            saved_while_typing.append(stored)
    # the typing never paused, yet the library got the text typed so far, more than once
    assert len(set(saved_while_typing)) >= 2
    assert all((TEXT + typed).startswith(s) for s in saved_while_typing)


def test_one_issue_is_counted_in_the_singular(qtbot, tmp_path, make_window, wait_checked) -> None:
    path = tmp_path / "one.txt"
    path.write_text("😀 This is teh end.\n", encoding="utf-8")
    window = make_window()
    window.open_file(path)
    wait_checked(window)
    assert len(window.session.pane(DRAFT).issues) == 1
    shown = window.counts_label.text()
    assert "Draft: 1 issue " in shown and "1 issues" not in shown
