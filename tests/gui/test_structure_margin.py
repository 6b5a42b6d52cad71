"""The structure margin ("Row 1", "Footnote 1", "Header" beside a Word story's
paragraphs) on a 1024×700 laptop screen and with a large font: it takes at most a sixth
of the pane, so the pane keeps its lines of text (it took a quarter: with a 14-point font
a line held 23 characters); a label cut to fit is read whole in the margin's tooltip, and
on a wide screen the margin is as wide as its labels."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QFont, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from word_window import block_of, margin_label, wait_structure

from fixtures_import.word_desk import write_desk_story
from fixtures_import.word_story import FOOTNOTE
from reviewdesk.gui.structure_paint import margin_width
from reviewdesk.service.panes import DRAFT, PANES

pytestmark = pytest.mark.gui

SAMPLE = "Mayor Renata Kowalczyk, who made the barrier the centrepiece of her campaign"


def _open(qtbot, make_window, tmp_path: Path, size: tuple[int, int], point_size: float):  # type: ignore[no-untyped-def]
    window = make_window()
    font = QFont(window.font())
    font.setPointSizeF(point_size)
    for pane in PANES:
        window.session.editor(pane).setFont(font)
    window.resize(*size)
    assert window.open_file(write_desk_story(tmp_path / "story.docx"))
    wait_structure(qtbot, window)
    qtbot.waitUntil(lambda: window.draft.viewportMargins().left() > 0, timeout=10_000)
    QApplication.processEvents()
    return window


def _chars_per_line(editor) -> float:  # type: ignore[no-untyped-def]
    per_char = editor.fontMetrics().horizontalAdvance(SAMPLE) / len(SAMPLE)
    return editor.viewport().width() / per_char


@pytest.mark.parametrize("point_size", [10.0, 14.0])
def test_a_laptop_pane_keeps_its_text_and_the_cut_label_is_read_whole(
    qtbot, make_window, tmp_path, point_size
) -> None:
    window = _open(qtbot, make_window, tmp_path, (1024, 700), point_size)
    draft = window.draft
    margin = draft.viewportMargins().left()
    assert margin < margin_width(["Footnote 1"], draft.font())  # it took all of that
    # the text keeps at least what the labels left before at 10 points (36 a line)
    assert _chars_per_line(draft) >= (38 if point_size == 10 else 25)
    # the footnote's label, shortened on screen, is whole under the pointer
    assert margin_label(window, DRAFT, FOOTNOTE) == "Footnote 1"
    block = block_of(window, DRAFT, FOOTNOTE)
    rect = draft.blockBoundingGeometry(block).translated(draft.contentOffset())
    strip = window.structure.views[DRAFT].painter.margin
    top = draft.viewport().geometry().top() - draft.contentsRect().top()
    at = QPoint(4, int(rect.top() + top + 3))
    QApplication.sendEvent(strip, QHelpEvent(QEvent.Type.ToolTip, at, strip.mapToGlobal(at)))
    assert QToolTip.text() == "Footnote 1"
    QToolTip.hideText()


def test_a_wide_pane_gives_the_labels_their_whole_width(qtbot, make_window, tmp_path) -> None:
    window = _open(qtbot, make_window, tmp_path, (1800, 1000), 10.0)
    draft = window.draft
    qtbot.waitUntil(lambda: draft.width() > 600, timeout=5000)
    assert draft.viewportMargins().left() == margin_width(["Footnote 1", "Header"], draft.font())
