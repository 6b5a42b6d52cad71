""" "Apply all for this rule": preview, conflicts skipped, one undo step, emoji offsets."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPlainTextEdit

from reviewdesk.core.merge import Edit
from reviewdesk.core.models import Category, Issue, make_issue
from reviewdesk.gui.dialogs.apply_all import (
    NOT_APPLIED,
    SKIPPED_OVERLAP,
    SKIPPED_STALE,
    WILL_APPLY,
    ApplyAllDialog,
    apply_edits_to_document,
)

pytestmark = pytest.mark.gui

# emoji before and between the fixes: UTF-16 positions differ from code points
TEXT = "😀 This are bad. 𝄞 teh cat met teh 🐈 dog."
RULE = "TEST_RULE"


def _issue(text: str, find: str, fix: str, nth: int = 0) -> Issue:
    start = -1
    for _ in range(nth + 1):
        start = text.index(find, start + 1)
    return make_issue(
        text,
        start,
        start + len(find),
        category=Category.GRAMMAR,
        rule=RULE,
        engine="test",
        message="Test fix",
        replacements=[fix],
    )


@pytest.fixture
def issues() -> list[Issue]:
    return [
        _issue(TEXT, "This are", "These are"),
        _issue(TEXT, "are bad", "is bad"),  # overlaps the first: the "These is" trap
        _issue(TEXT, "teh", "the"),
        _issue(TEXT, "teh", "the", nth=1),
    ]


def _dialog(qtbot, text: str, issues: list[Issue]) -> ApplyAllDialog:  # type: ignore[no-untyped-def]
    dialog = ApplyAllDialog(text, issues, rule=RULE)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_preview_skips_the_conflict_and_one_undo_restores(qtbot, issues: list[Issue]) -> None:
    dialog = _dialog(qtbot, TEXT, issues)
    assert [dialog.status(n) for n in range(4)] == [
        WILL_APPLY,
        SKIPPED_OVERLAP,
        WILL_APPLY,
        WILL_APPLY,
    ]
    assert "[This are → These are]" in dialog.tree.topLevelItem(0).text(1)
    assert dialog.summary.text() == "3 changes will be applied; 1 skipped"
    edits = dialog.edits()
    assert len(edits) == 3 and len(dialog.skipped()) == 1

    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText(TEXT)
    result = apply_edits_to_document(editor, edits)
    expected = "😀 These are bad. 𝄞 the cat met the 🐈 dog."
    assert editor.toPlainText() == expected == result.text
    assert len(result.applied) == 3
    editor.document().undo()
    assert editor.toPlainText() == TEXT  # ONE undo step takes every change back
    assert not editor.document().isUndoAvailable()


def test_ticking_a_skipped_change_never_combines_it(qtbot, issues: list[Issue]) -> None:
    dialog = _dialog(qtbot, TEXT, issues)
    dialog.set_checked(1, True)  # still overlaps the first: still skipped
    assert dialog.status(1) == SKIPPED_OVERLAP
    assert len(dialog.edits()) == 3
    dialog.set_checked(0, False)  # drop the first: now the second can go in
    assert dialog.status(0) == SKIPPED_OVERLAP  # unticked, and it would overlap now
    assert dialog.status(1) == WILL_APPLY
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText(TEXT)
    apply_edits_to_document(editor.document(), dialog.edits())
    assert editor.toPlainText() == "😀 This is bad. 𝄞 the cat met the 🐈 dog."
    dialog.set_checked(1, False)
    dialog.set_checked(2, False)
    dialog.set_checked(3, False)
    assert not dialog.apply_button.isEnabled()
    assert dialog.status(2) == NOT_APPLIED


def test_stale_issues_are_skipped(qtbot, issues: list[Issue]) -> None:
    edited = TEXT.replace("teh cat", "teh kat")
    stale = [
        *issues,
        make_issue(
            TEXT,
            0,
            1,
            category=Category.STYLE,
            rule=RULE,
            engine="test",
            message="m",
            replacements=["🙂"],
        ),
    ]
    dialog = _dialog(qtbot, edited.replace("😀", "🙃"), stale)
    assert dialog.status(0) == SKIPPED_STALE  # the emoji changed since the check
    assert all(e.expected != "😀" for e in dialog.edits())


def test_nothing_to_apply_has_an_empty_state(qtbot) -> None:
    no_fix = make_issue(
        TEXT, 3, 7, category=Category.STYLE, rule=RULE, engine="test", message="No suggestion"
    )
    dialog = _dialog(qtbot, TEXT, [no_fix])
    assert dialog.empty_label.isVisible()
    assert not dialog.apply_button.isEnabled()


def test_document_helper_skips_overlaps_itself(qtbot) -> None:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText("𝄞ab\ncd")
    result = apply_edits_to_document(
        editor, [Edit(1, 3, "AB", "ab"), Edit(2, 4, "X", "b\n"), Edit(4, 5, "C", "c")]
    )
    assert editor.toPlainText() == "𝄞AB\nCd" == result.text
    assert [e.replacement for e in result.skipped] == ["X"]
