"""Nothing the window does on opening or on a result grows with the article: the work is
cut into events of their own, and a result never copies the pane's text to compare it.
(Timings are in benchmarks/bench_gui.py; these tests check the behaviour stays the same.)"""

from __future__ import annotations

import itertools
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument

from reviewdesk.gui import loading
from reviewdesk.gui.editor import ReviewEditor
from reviewdesk.gui.loading import CHUNK, SLICE_SECONDS, WHOLE, PaneFiller
from reviewdesk.service.docmap import DocMap
from reviewdesk.service.panes import DRAFT, ORIGINAL

pytestmark = pytest.mark.gui

PARAGRAPH = "The council will mete on Tuesday to discuss the budjet for the year ahead."


def _formats(document: QTextDocument) -> list[list[tuple[int, int, str]]]:
    """Every block's drawn ranges (start, length, background colour)."""
    out = []
    block = document.firstBlock()
    while block.isValid():
        out.append(
            [
                (f.start, f.length, f.format.background().color().name())
                for f in block.layout().formats()
            ]
        )
        block = block.next()
    return out


def test_a_result_draws_the_screen_at_once_and_the_rest_from_the_event_loop(qtbot) -> None:
    text = "\n".join(f"{n}. {PARAGRAPH}" for n in range(3000))
    spans = []
    for n, line_start in enumerate(DocMap(text).block_start(b) for b in range(3000)):
        at = text.index("budjet", line_start)
        spans.append((at, at + 6, "cat:spelling", n))
    layer = DocMap(text).layout(spans)
    shown, reference = (ReviewEditor(name, DRAFT, read_only=False) for name in ("a", "b"))
    for editor in (shown, reference):
        qtbot.addWidget(editor)
        editor.resize(600, 400)
        editor.setPlainText(text)
    shown.show()
    qtbot.waitExposed(shown)
    first, last = shown.visible_blocks()
    assert last < 200  # a screenful, not the article

    shown.highlighter.set_layer("issues", layer)
    drawn = [n for n, ranges in enumerate(_formats(shown.document())) if ranges]
    # the blocks on screen are drawn in the same event (for a slice of time at most: a
    # loaded machine may leave some to the next); none below them (they were once drawn
    # for 6 ms in each layer's call, three layers to a draft result)
    assert drawn and drawn == list(range(first, first + len(drawn)))
    assert drawn[-1] <= last
    assert shown.highlighter.pending == 3000 - len(drawn)

    reference.highlighter.set_layer("issues", layer)
    reference.highlighter.flush()  # everything at once
    wanted = _formats(reference.document())

    def drawn_as_wanted(first: int, last: int) -> bool:
        mine = _formats(shown.document())
        return all(mine[n] == wanted[n] for n in range(first, last + 1))

    # The event loop draws the blocks near the view, then stops: Qt lays out each block
    # it draws and keeps its shaped text (~10 KB a paragraph), so a long article's far
    # blocks wait until the view comes to them.
    qtbot.waitUntil(lambda: not shown.highlighter._timer.isActive(), timeout=30_000)
    near = [n for n, ranges in enumerate(_formats(shown.document())) if ranges]
    assert near == list(range(first, near[-1] + 1)) and near[-1] > last
    assert drawn_as_wanted(first, near[-1])
    assert 0 < shown.highlighter.pending == 3000 - len(near)

    def shows_its_marks() -> bool:
        first, last = shown.visible_blocks()
        return drawn_as_wanted(first, last)

    # scrolling to the end draws what comes into view (in the paint that shows it)
    bar = shown.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert shown.visible_blocks()[1] == 2999
    qtbot.waitUntil(shows_its_marks, timeout=5_000)
    # and so does a jump of the cursor (Find, the next issue), which scrolls without the bar
    shown.setTextCursor(QTextCursor(shown.document().findBlockByNumber(1500)))
    shown.ensureCursorVisible()
    first, last = shown.visible_blocks()
    assert first <= 1500 <= last
    qtbot.waitUntil(shows_its_marks, timeout=5_000)
    # and a pane scrolled while hidden, once it is shown again
    shown.hide()
    bar.setValue(bar.maximum() // 4)
    shown.show()
    qtbot.waitExposed(shown)
    assert shown.visible_blocks()[0] > 500
    qtbot.waitUntil(shows_its_marks, timeout=5_000)
    assert shown.highlighter.pending > 0  # far blocks still wait
    shown.highlighter.flush()  # what a test (or printing) that wants it all can still do
    assert _formats(shown.document()) == wanted


def test_opening_goes_on_in_an_event_of_its_own_after_the_last_slice(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A slice's budget is wall-clock time, so on a quiet fast machine the whole text fitted
    # in one slice and the test failed (make test at load 2). A clock that moves three
    # quarters of a slice at each reading lets every slice append exactly one chunk.
    ticks = itertools.count()
    clock = SimpleNamespace(perf_counter=lambda: next(ticks) * SLICE_SECONDS * 0.75)
    monkeypatch.setattr(loading, "time", clock)
    editor = ReviewEditor("draft", DRAFT, read_only=False)
    qtbot.addWidget(editor)
    # over WHOLE (sliced) and several CHUNKs (more than one slice)
    size = max(WHOLE, 8 * CHUNK)
    text = "\n\n".join(f"{n}. {PARAGRAPH}" for n in range(size // len(PARAGRAPH) + 50))
    filler = PaneFiller()
    done: list[str] = []
    filler.fill([(editor, text)], lambda: done.append(editor.toPlainText()))
    slices = 0
    while filler._todo:  # the slices the event loop would run, one by one
        filler._step()
        slices += 1
    assert slices > 1
    assert editor.toPlainText() == text  # whole after the last slice
    assert not done and filler.busy  # ... but opening goes on in the next event
    qtbot.waitUntil(lambda: bool(done), timeout=5_000)
    assert done == [text] and not filler.busy


def test_the_original_of_an_article_with_non_breaking_spaces_is_checked(
    qtbot, tmp_path: Path, make_window, wait_checked
) -> None:
    # The panes hold a non-breaking space as such, but QPlainTextEdit.toPlainText() gives
    # a plain space: comparing the original's result with that copy dropped every result
    # for the original pane, which then never showed a mark.
    text = f"The meeting starts at 10\u00a0am.\n\n{PARAGRAPH}\n"
    path = tmp_path / "nbsp.txt"
    path.write_text(text, encoding="utf-8")
    window = make_window()
    assert window.open_file(path)
    wait_checked(window, (DRAFT,))
    qtbot.waitUntil(lambda: window.session.is_current(ORIGINAL), timeout=30_000)
    window.original.highlighter.flush()
    issues = window.session.pane(ORIGINAL).issues
    assert "budjet" in {i.text for i in issues}
    assert any(_formats(window.original.document())[2])  # its paragraph is marked


def test_results_arriving_together_go_on_screen_one_per_event(
    qtbot, tmp_path: Path, make_window, wait_checked
) -> None:
    path = tmp_path / "short.txt"
    path.write_text(f"{PARAGRAPH}\n", encoding="utf-8")
    window = make_window()
    results: list = []
    window.coordinator.outcome_ready.connect(results.append)
    assert window.open_file(path)
    wait_checked(window)
    latest = {r.pane: r for r in results if r.revision == window.coordinator.revision(r.pane)}
    assert set(latest) == {DRAFT, ORIGINAL}
    shown: list[str] = []
    window.session.checked.connect(shown.append)
    # both panes' results delivered back to back, as two queued signals are
    window.session._on_outcome(latest[DRAFT])
    window.session._on_outcome(latest[ORIGINAL])
    assert shown == []  # nothing done inside the signals themselves
    window.session._apply_next()  # the event the event loop runs next
    assert shown == [DRAFT]  # the draft's result only (the first to come)
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=5_000)  # the original's: the next one
    assert shown == [DRAFT, ORIGINAL]
    assert "budjet" in {i.text for i in window.session.pane(DRAFT).issues}


def test_a_short_text_opened_apart_takes_no_typing_until_opening_goes_on(qtbot) -> None:
    """A short article opened through File ▸ Open is set at once and what opening does
    next runs in later events; the session ignores edits until its first step, so keys
    queued meanwhile (typed while the file was read) must not land in the draft unseen
    (a test driver's " HELD", typed in that gap, was never saved)."""
    editor = ReviewEditor("draft", DRAFT, read_only=False)
    qtbot.addWidget(editor)
    filler = PaneFiller()
    seen: list[bool] = []
    filler.fill(
        [(editor, f"😀 {PARAGRAPH}")], [lambda: seen.append(editor.isReadOnly())], apart=True
    )
    assert editor.toPlainText() == f"😀 {PARAGRAPH}" and filler.settling
    assert editor.isReadOnly()  # whole, but not to be typed into yet
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    assert seen == [False] and not editor.isReadOnly()  # given back before the first step
    filler.fill([(editor, "Second.")], [lambda: None], apart=True)
    filler.cancel()  # closed before opening went on: the editor is given back too
    assert not editor.isReadOnly()
