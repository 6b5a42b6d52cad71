"""After Apply or Ignore the editor is on the next issue: the list, the draft and the
original all show it (selected, scrolled to), as after F8, so the next key press acts on
what the editor sees."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reviewdesk.core.groups import members
from reviewdesk.core.models import Issue
from reviewdesk.service.panes import DRAFT, ORIGINAL

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def _open_on_an_issue(qtbot, window, demo_path, wait_checked, *, fixable: bool) -> Issue:  # type: ignore[no-untyped-def]
    """Open the demo and press F8 to its third issue of one place (with a suggestion when
    ``fixable``), past
    the top of the article so the panes must scroll to follow."""
    window.open_file(demo_path)
    wait_checked(window)
    window.activateWindow()
    window.draft.setFocus()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    seen = 0
    for _ in range(len(window.session.pane(DRAFT).issues)):
        qtbot.keyClick(window.draft, Qt.Key.Key_F8)
        issues = window.session.pane(DRAFT).issues
        issue = issues[window.session.current_issue()]
        if (issue.replacements or not fixable) and len(members(issue, issues)) == 1:
            seen += 1
            if seen == 3:
                return issue
    raise AssertionError("the demo article has fewer issues than this test needs")


def _assert_on_next_issue(window, position: int) -> None:  # type: ignore[no-untyped-def]
    """The draft's first issue from ``position`` on is selected in the list and both panes,
    and the draft shows it."""
    issues = window.session.pane(DRAFT).issues
    following = [i for i in issues if i.start >= position]
    expected = following[0] if following else issues[0]
    draft = window.draft
    assert draft.textCursor().selectedText() == expected.text
    assert draft.viewport().rect().contains(draft.cursorRect())  # scrolled to it
    listed = window.issues_panel.current_row()
    assert listed >= 0 and issues[listed].text == expected.text
    assert issues[listed].start == expected.start
    assert window.session.editor(ORIGINAL).textCursor().hasSelection()


def test_apply_goes_on_to_the_next_issue_in_both_panes(
    qtbot, make_window, demo_path, wait_checked
) -> None:
    window = make_window()
    issue = _open_on_an_issue(qtbot, window, demo_path, wait_checked, fixable=True)
    before = window.draft.toPlainText()
    qtbot.keyClick(window.draft, Qt.Key.Key_Return, CTRL)  # Apply suggestion
    shift = len(window.draft.toPlainText()) - len(before)
    assert window.draft.toPlainText()[issue.start : issue.end + shift] == issue.replacements[0]
    _assert_on_next_issue(window, issue.start)
    wait_checked(window, (DRAFT,))  # the re-check keeps the editor on that issue
    _assert_on_next_issue(window, issue.start)


def test_ignore_goes_on_to_the_next_issue_in_both_panes(
    qtbot, make_window, demo_path, wait_checked
) -> None:
    window = make_window()
    issue = _open_on_an_issue(qtbot, window, demo_path, wait_checked, fixable=False)
    qtbot.keyClick(window.draft, Qt.Key.Key_I, CTRL_SHIFT)  # Ignore issue
    assert issue.key not in {i.key for i in window.session.pane(DRAFT).issues}
    _assert_on_next_issue(window, issue.start)
    wait_checked(window, (DRAFT,))
    _assert_on_next_issue(window, issue.start)


def test_after_a_fix_that_changes_the_length_the_original_shows_the_same_passage(
    qtbot, tmp_path, make_window, wait_checked
) -> None:
    """ "alot" → "a lot" makes its paragraph a letter longer: once the draft is checked
    again, the original selects the next issue's own word, not one a letter off."""
    path = tmp_path / "council.txt"
    path.write_text("The council met alot on monday, the mayor said.\nThat was all.\n", "utf-8")
    window = make_window()
    assert window.open_file(path)
    wait_checked(window)
    window.activateWindow()
    window.draft.setFocus()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window.draft, Qt.Key.Key_F8)
    assert window.draft.textCursor().selectedText() == "alot"
    qtbot.keyClick(window.draft, Qt.Key.Key_Return, CTRL)
    assert window.draft.textCursor().selectedText() == "monday"
    wait_checked(window, (DRAFT,))
    original = window.session.editor(ORIGINAL)
    qtbot.waitUntil(lambda: original.textCursor().selectedText() == "monday", timeout=5000)
    assert window.draft.textCursor().selectedText() == "monday"


PERCENTAGES = (
    "Prices rose 5 percent in May.\n\nWages rose 3 percent in the spring.\n\n"
    "Rents rose 4 percent last year.\n\nFuel rose 2 per cent in June.\n\n"
    "Food rose 6 per cent in the city.\n\nThe mayor said teh plan works.\n"
)


def _on_a_finding_of_two_places(qtbot, window, tmp_path, wait_checked) -> Issue:  # type: ignore[no-untyped-def]
    """Open an article writing "per cent" twice against "percent" three times, and press
    F8 to the first place of that finding (one fix changes both places)."""
    path = tmp_path / "percentages.txt"
    path.write_text(PERCENTAGES, encoding="utf-8")
    window.open_file(str(path))
    wait_checked(window)
    window.activateWindow()
    window.draft.setFocus()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    for _ in range(len(window.session.pane(DRAFT).issues)):
        qtbot.keyClick(window.draft, Qt.Key.Key_F8)
        issues = window.session.pane(DRAFT).issues
        issue = issues[window.session.current_issue()]
        if issue.replacements and len(members(issue, issues)) == 2:
            return issue
    raise AssertionError("no finding of two places in the article")


def test_a_fix_at_several_places_goes_on_once_the_draft_is_checked(
    qtbot, make_window, tmp_path, wait_checked
) -> None:
    """Applying a finding of several places changes the text in more than one spot, so
    the list is of the old text until the re-check: the editor goes on then, and lands
    on the issue after the fixed ones (the typo below them), in both panes."""
    window = make_window()
    issue = _on_a_finding_of_two_places(qtbot, window, tmp_path, wait_checked)
    qtbot.keyClick(window.draft, Qt.Key.Key_Return, CTRL)  # Apply suggestion
    assert "per cent" not in window.draft.toPlainText()
    wait_checked(window, (DRAFT,))
    _assert_on_next_issue(window, issue.start)
    assert window.draft.textCursor().selectedText() == "teh"


def test_typing_before_the_check_keeps_the_cursor_where_the_editor_typed(
    qtbot, make_window, tmp_path, wait_checked
) -> None:
    """The go-on after a fix at several places waits for the re-check; an editor who
    types meanwhile keeps the cursor: the result does not pull it away."""
    window = make_window()
    _on_a_finding_of_two_places(qtbot, window, tmp_path, wait_checked)
    qtbot.keyClick(window.draft, Qt.Key.Key_Return, CTRL)  # Apply suggestion
    cursor = window.draft.textCursor()
    cursor.clearSelection()
    window.draft.setTextCursor(cursor)
    qtbot.keyClicks(window.draft, "xy")  # before the re-check's result is shown
    typed_at = window.draft.textCursor().position()
    wait_checked(window, (DRAFT,))
    assert window.draft.textCursor().position() == typed_at
    assert not window.draft.textCursor().hasSelection()


THREE_TYPOS = (
    "The council met teh mayor.\n\nShe said recieve the plan.\n\nIt was definately late.\n"
)


def _on_the_last_of_three(qtbot, window, tmp_path, wait_checked) -> list[str]:  # type: ignore[no-untyped-def]
    """Open an article of three typos and press F8 to the last one; the issues' texts."""
    path = tmp_path / "three.txt"
    path.write_text(THREE_TYPOS, encoding="utf-8")
    assert window.open_file(path)
    wait_checked(window)
    window.activateWindow()
    window.draft.setFocus()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    texts = [i.text for i in window.session.pane(DRAFT).issues]
    assert texts == ["teh", "recieve", "definately"]
    for _ in texts:
        qtbot.keyClick(window.draft, Qt.Key.Key_F8)
    assert window.draft.textCursor().selectedText() == "definately"
    return texts


def test_f8_past_the_last_issue_goes_back_to_the_first_and_says_so(
    qtbot, make_window, tmp_path, wait_checked
) -> None:
    """F8 on the last issue goes round to the first, Shift+F8 on the first to the last, and
    the status bar says the list went round: the editor is not left wondering why the
    panes jumped back up the article."""
    window = make_window()
    _on_the_last_of_three(qtbot, window, tmp_path, wait_checked)
    qtbot.keyClick(window.draft, Qt.Key.Key_F8)
    assert window.draft.textCursor().selectedText() == "teh"
    assert window.statusBar().currentMessage() == "End of the article: back to the first issue"
    qtbot.keyClick(window.draft, Qt.Key.Key_F8)  # an ordinary step says nothing of ends
    assert window.draft.textCursor().selectedText() == "recieve"
    assert "article" not in window.statusBar().currentMessage()
    qtbot.keyClick(window.draft, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.draft, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.draft.textCursor().selectedText() == "definately"
    assert window.statusBar().currentMessage() == "Start of the article: on to the last issue"


def test_apply_on_the_last_issue_says_what_it_did_and_that_it_went_round(
    qtbot, make_window, tmp_path, wait_checked
) -> None:
    """Ctrl+Return on the last issue fixes it and goes round to the first issue left (the
    ones passed over), in the list and both panes; the status bar keeps the fix's own
    words and adds that the list went round."""
    window = make_window()
    _on_the_last_of_three(qtbot, window, tmp_path, wait_checked)
    qtbot.keyClick(window.draft, Qt.Key.Key_Return, CTRL)
    assert "definitely late" in window.draft.toPlainText()
    said = window.statusBar().currentMessage()
    assert said.startswith("Applied: ") and "definitely" in said
    assert said.endswith("End of the article: back to the first issue")
    _assert_on_next_issue(window, len(window.draft.toPlainText()))
    assert window.draft.textCursor().selectedText() == "teh"


def test_ignoring_the_only_issue_left_but_one_says_it_is_the_only_one(
    qtbot, make_window, tmp_path, wait_checked
) -> None:
    """With one issue left after an ignore at the end, the word is that it is the only
    one, not that the list went round."""
    window = make_window()
    _on_the_last_of_three(qtbot, window, tmp_path, wait_checked)
    qtbot.keyClick(window.draft, Qt.Key.Key_I, CTRL_SHIFT)
    wait_checked(window, (DRAFT,))
    qtbot.keyClick(window.draft, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.draft.textCursor().selectedText() == "recieve"
    qtbot.keyClick(window.draft, Qt.Key.Key_I, CTRL_SHIFT)
    said = window.statusBar().currentMessage()
    assert said.startswith("Ignored: ")
    assert said.endswith("This is the only issue left in the draft")
    assert window.draft.textCursor().selectedText() == "teh"


def test_a_removal_scrolled_up_to_shows_its_own_first_line(
    qtbot, make_window, tmp_path, wait_checked
) -> None:
    """Going back up to a paragraph offered for removal (F8 past the last issue) showed
    only the selection's end, the start of the next paragraph, at the pane's top edge:
    the passage itself was above it, out of sight."""
    def filler(first: int) -> str:
        return "".join(
            f"Item {k} of the agenda was heard by the council.\n\n"
            for k in range(first, first + 40)
        )

    text = filler(0) + "Share this article: Facebook Twitter Email Print\n\n" + filler(40)
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    window = make_window()
    window.resize(1024, 700)
    assert window.open_file(path)
    wait_checked(window)
    issues = window.session.pane(DRAFT).issues
    assert [i.rule for i in issues] == ["debris-share"]
    window.activateWindow()
    window.draft.setFocus()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window.draft, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(window.draft, Qt.Key.Key_F8)
    draft = window.draft
    assert "Share this article" in draft.textCursor().selectedText()
    start = draft.textCursor()
    start.setPosition(draft.textCursor().selectionStart())
    assert draft.viewport().rect().contains(draft.cursorRect(start).center())
