"""A day at the desk, eighth walk: what a copy editor noticed, asserted through the window.

Each test fails on the walk's base (2fa0aa6): Ctrl+Z after an ignore takes the editor
back to the issue it brings back, not the one they had gone on to.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from reviewdesk.service.panes import DRAFT

pytestmark = pytest.mark.gui

TWO_SLIPS = "Officials said the the bridge would close.\nThe council will recieve the plan.\n"


def _open(make_window: Callable[..., Any], path: Path, text: str) -> Any:
    path.write_text(text, encoding="utf-8")
    window = make_window()
    assert window.open_file(path)
    return window


def _key(qtbot: Any, window: Any, key: Qt.Key, mods: Qt.KeyboardModifier) -> None:
    window.draft.setFocus()
    qtbot.keyClick(window.draft, key, mods)


def _selected(window: Any) -> str:
    return window.draft.textCursor().selectedText()


def test_ctrl_z_after_an_ignore_goes_back_to_the_issue_it_brings_back(
    qtbot: Any,
    make_window: Callable[..., Any],
    wait_checked: Callable[..., None],
    tmp_path: Path,
) -> None:
    """Ignore "the the" with Ctrl+Shift+I (the window goes on to "recieve"), then Ctrl+Z:
    "the the" is back, selected in the draft and lit in the list, as after an undone fix;
    the base left the editor on "recieve"."""
    window = _open(make_window, tmp_path / "two.txt", TWO_SLIPS)
    wait_checked(window)
    issues = window.session.pane(DRAFT).issues
    doubled = next(n for n, i in enumerate(issues) if i.text == "the the")
    window.session.show_issue(doubled)
    _key(
        qtbot,
        window,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    wait_checked(window)
    assert _selected(window) == "recieve"  # gone on to the next issue
    _key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_checked(window)
    assert _selected(window) == "the the"
    issues = window.session.pane(DRAFT).issues
    row = window.issues_panel.current_row()
    assert 0 <= row < len(issues) and issues[row].text == "the the"
    original = window.session.editor("original").textCursor().selectedText()
    assert original == "the the"
