"""While a re-check runs, the last results stay on screen, dimmed, in both panes, until
the new ones arrive (issue 9, fault 8). The checks here are the real engines on the demo
article; each assertion is made before the event loop runs again, so the re-check's
results cannot have arrived yet whatever the machine's speed."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from reviewdesk.service.panes import DRAFT, ORIGINAL

pytestmark = pytest.mark.gui


def _marks(window, pane: str) -> list[tuple[str, str, int]]:  # type: ignore[no-untyped-def]
    """(paragraph, underlined words, underline opacity) of every issue mark drawn."""
    editor = window.session.editor(pane)
    editor.highlighter.flush()
    out = []
    block = editor.document().firstBlock()
    while block.isValid():
        text = block.text()
        for fr in block.layout().formats():
            if fr.format.underlineStyle() != fr.format.UnderlineStyle.NoUnderline:
                words = text[fr.start : fr.start + fr.length]
                out.append((text, words, fr.format.underlineColor().alpha()))
        block = block.next()
    return out


def _open(window, demo_path, wait_checked) -> None:  # type: ignore[no-untyped-def]
    window.session.waiting_marks.timer.setInterval(0)  # dim at once: no clock in the test
    assert window.open_file(demo_path)
    wait_checked(window)


def test_a_recheck_keeps_both_panes_marks_dimmed_until_its_results(
    make_window, demo_path, wait_checked
) -> None:
    window = make_window()
    _open(window, demo_path, wait_checked)
    before = {pane: _marks(window, pane) for pane in (DRAFT, ORIGINAL)}
    assert all(before.values()) and all(a == 255 for p in before.values() for *_, a in p)

    window.language_combo.set_code("en-GB")  # every paragraph is checked again
    during = {pane: _marks(window, pane) for pane in (DRAFT, ORIGINAL)}
    for pane in (DRAFT, ORIGINAL):
        assert [m[:2] for m in during[pane]] == [m[:2] for m in before[pane]], pane
        assert all(alpha < 255 for *_, alpha in during[pane]), f"{pane} marks not dimmed"

    wait_checked(window)
    after = {pane: _marks(window, pane) for pane in (DRAFT, ORIGINAL)}
    for pane in (DRAFT, ORIGINAL):
        assert after[pane] and all(alpha == 255 for *_, alpha in after[pane]), pane


def test_marks_below_a_new_paragraph_stay_while_it_is_checked(
    qtbot, make_window, demo_path, wait_checked
) -> None:
    window = make_window()
    _open(window, demo_path, wait_checked)
    before = _marks(window, DRAFT)
    cursor = QTextCursor(window.draft.document())
    cursor.insertText("Update: this story has been corrected.\n")  # every paragraph moves down
    bar = window.find_bar
    bar.open(replace=True)
    bar.find_edit.setText("Port Aldren")
    bar.replace_edit.setText("Port Alden")
    assert bar.replace_all() >= 2  # one edit over most of the article
    during = _marks(window, DRAFT)
    untouched = [(p, w) for p, w, _a in before if "port aldren" not in p.lower()]
    assert len(untouched) >= 10
    assert [(p, w) for p, w, _a in during if (p, w) in untouched] == untouched
    assert all(alpha < 255 for *_, alpha in during)

    wait_checked(window)
    after = _marks(window, DRAFT)
    assert after and all(alpha == 255 for *_, alpha in after)
    assert {(p, w) for p, w in untouched} <= {(p, w) for p, w, _a in after}
