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
)
from reviewdesk.gui.draft_edits import apply_edits_to_document
from reviewdesk.service.panes import DRAFT

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


# -- issue 9, fault 7: through the real window, on the demo article ----------------------


def _preview(qtbot, make_window, demo_path, wait_checked, when_shown, rule: str):  # type: ignore[no-untyped-def]
    """Open the demo, preview "Apply all" for ``rule`` and return what the dialog showed."""
    from PySide6.QtCore import QRect, Qt

    window = make_window()
    assert window.open_file(demo_path)
    wait_checked(window)
    issues = [i for i in window.session.pane(DRAFT).issues if i.rule == rule and i.replacements]
    assert len(issues) >= 2, f"the demo article repeats a {rule} fault"
    seen: dict[str, object] = {}

    def look(dialog: ApplyAllDialog) -> None:
        dialog.resize(760, 440)  # its own size on a first start
        qtbot.waitUntil(lambda: dialog.tree.isVisible(), timeout=2000)
        tree = dialog.tree
        cut = []
        for row in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(row)
            text = item.text(1)
            cell = tree.visualRect(tree.indexFromItem(item, 1))
            metrics = tree.fontMetrics()
            room = cell.adjusted(3, 0, -3, 0)
            needed = metrics.boundingRect(
                QRect(0, 0, room.width(), 100_000), Qt.TextFlag.TextWordWrap, text
            )
            one_line = metrics.horizontalAdvance(text) <= room.width()
            if not (one_line or (tree.wordWrap() and needed.height() <= cell.height() + 1)):
                cut.append(text)
            seen.setdefault("tooltips", []).append(item.toolTip(1))  # type: ignore[union-attr]
            seen.setdefault("contexts", []).append(text)  # type: ignore[union-attr]
        seen["cut"] = cut
        seen["title"] = dialog.windowTitle()
        seen["intro"] = dialog.intro.text()
        dialog.reject()

    shown = when_shown(ApplyAllDialog, look)
    window.dialogs.apply_all(rule)
    assert shown
    return issues, seen


def test_apply_all_preview_shows_each_fix_whole_in_its_context(
    qtbot, make_window, demo_path, wait_checked, when_shown
) -> None:
    # web debris: long passages, the fix (a removal) in the middle of its context
    issues, seen = _preview(
        qtbot, make_window, demo_path, wait_checked, when_shown, "debris-comment-form"
    )
    assert seen["cut"] == [], "context cut off where the fix is"
    for issue, context, tooltip in zip(issues, seen["contexts"], seen["tooltips"], strict=True):
        assert "→" in context  # before → after, inside its sentence
        # the full passage is in the tooltip, even when the line shortens it
        assert " ".join(issue.text.split()) in " ".join(tooltip.split())


def test_apply_all_header_names_the_rule_not_the_first_issue(
    qtbot, make_window, demo_path, wait_checked, when_shown
) -> None:
    issues, seen = _preview(qtbot, make_window, demo_path, wait_checked, when_shown, "SpellCheck")
    from reviewdesk.desk.rules import rule_name

    name = rule_name("SpellCheck")
    assert name in seen["intro"] and name in seen["title"]
    assert issues[0].message not in seen["intro"]  # one word's message is not the rule's
    assert "SpellCheck" not in seen["intro"] + seen["title"]  # no rule id on screen
