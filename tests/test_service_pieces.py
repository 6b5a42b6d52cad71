"""A large result reaches the window in bounded pieces, and what the window rebuilds
from them (its whole-text issues included, rebuilt from the last result) is the whole
result.

A real pipeline (the editorial engines) checks a long text; the checker's loop runs on a
thread over a real pipe, and the window's side is the real :class:`RemoteService`
receiving code. The one stand-in: the "process" whose liveness RemoteService polls is
the loop's thread (a real process is what ``tests/gui/test_check_process.py`` starts).
"""

from __future__ import annotations

import pickle
import threading
from multiprocessing import Pipe
from pathlib import Path

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.lines import NO_ISSUES, Lines, joined_issues
from reviewdesk.service.check_process import RemoteService
from reviewdesk.service.check_service import CheckService
from reviewdesk.service.checker_loop import serve
from reviewdesk.service.messages import (
    Answer,
    CheckOutcome,
    CheckRequest,
    Close,
    Piece,
    Ready,
    SentOutcome,
    Start,
)
from reviewdesk.service.outcome import LineDelta, LineOutcome, apply_delta, delta
from reviewdesk.service.pieces import PIECE_BUDGET, join, split
from reviewdesk.service.received import IssueJoiner

DEMO = (
    Path(__file__).resolve().parents[1]
    / "src"
    / "reviewdesk"
    / "resources"
    / "demo"
    / "newsroom-demo.txt"
)
EDITORIAL = EngineSettings().switch(harper=False, grammar=False, editorial=True)
# a pickled piece stays within twice its character budget (~45 kB for 48,000 characters
# here); the whole result is many times that
PIECE_BYTES = 2 * PIECE_BUDGET


def _long_text() -> str:
    article = DEMO.read_text(encoding="utf-8")
    # 😀 before every copy: UTF-16 positions differ from Python's in every block after it
    return "\n\n".join(f"😀 Copy {n}. " + article for n in range(24))  # ~20,000 words


def _checked(text: str) -> CheckOutcome:
    service = CheckService(lambda: build_fast_pipeline(EDITORIAL))
    service.start_up("en-US")
    outcome = service.check(CheckRequest("draft", 1, text, CheckContext(), doc=1), lambda: False)
    assert isinstance(outcome, CheckOutcome)
    return outcome


def test_a_large_result_is_cut_into_bounded_pieces_that_rebuild_it() -> None:
    text = _long_text()
    whole = _checked(text).lines
    pieces, rest = split(whole)
    assert len(pieces) >= 3
    assert all(len(pickle.dumps(p)) <= PIECE_BYTES for p in pieces)
    assert len(pickle.dumps(whole)) > 3 * PIECE_BYTES  # ~320 kB
    assert len(pickle.dumps(rest)) <= PIECE_BYTES  # what is left is the empty frame
    rebuilt = join(rest, pieces)
    assert isinstance(rebuilt, LineOutcome)
    assert rebuilt.issues == whole.issues and rebuilt.blocks == whole.blocks

    # a change touching every other line: cut as well, and applied it gives the new result
    paras = text.split("\n")
    edited = "\n".join(p.replace(" the ", " teh ", 1) if k % 2 else p for k, p in enumerate(paras))
    after = _checked(edited).lines
    change = delta((Lines.of(text), whole), Lines.of(edited), after)
    assert isinstance(change, LineDelta)
    pieces, rest = split(change)
    assert len(pieces) >= 2 and isinstance(rest, LineDelta) and not rest.changed
    assert all(len(pickle.dumps(p)) <= PIECE_BYTES for p in pieces)
    got = apply_delta(whole, join(rest, pieces))
    assert got.issues == after.issues and got.blocks == after.blocks


def test_a_small_result_goes_whole() -> None:
    outcome = _checked("The council met at noon.  It said nothing.\n")
    pieces, rest = split(outcome.lines)
    assert pieces == [] and rest is outcome.lines


class _LoopThread:
    """Stands in for the checker's process handle: alive while the loop's thread runs."""

    def __init__(self, thread: threading.Thread) -> None:
        self.thread = thread
        self.pid = 0
        self.returncode: int | None = None

    def poll(self) -> int | None:
        return None if self.thread.is_alive() else 0


def test_the_window_rebuilds_a_result_sent_in_pieces() -> None:
    text = _long_text()
    ours, theirs = Pipe()
    sent: list[object] = []
    real_send = theirs.send

    def send(message: object) -> None:  # what crosses, as the window receives it
        sent.append(message)
        real_send(message)

    theirs.send = send  # type: ignore[method-assign,assignment]
    loop = threading.Thread(target=serve, args=(theirs,), daemon=True)
    loop.start()
    ours.send(Start(EDITORIAL, "en-US", 30))
    assert isinstance(ours.recv(), Ready)
    remote = RemoteService(EDITORIAL)
    remote._conn = ours  # the loop's end of the pipe
    remote._proc = _LoopThread(loop)
    try:
        got = remote.check(CheckRequest("draft", 1, text, CheckContext(), doc=1), lambda: False)
    finally:
        ours.send(Close())
        loop.join(timeout=30)
        remote._conn = None
        remote._proc = None
    pieces = [m for m in sent if isinstance(m, Piece)]
    answer = next(m for m in sent if isinstance(m, Answer))
    assert len(pieces) >= 3  # the result came in pieces, each of them small
    assert all(len(pickle.dumps(m)) <= PIECE_BYTES for m in (*pieces, answer))
    want = _checked(text)
    assert isinstance(got, CheckOutcome)
    assert got.lines.issues == want.lines.issues and got.lines.blocks == want.lines.blocks
    assert got.issues == want.issues
    assert {text[i.start : i.end] for i in got.issues} == {
        text[i.start : i.end] for i in want.issues
    }


def test_whole_text_issues_rebuilt_from_the_last_result_equal_those_built_afresh() -> None:
    text = _long_text()
    whole = _checked(text).lines.issues
    half = len(whole) // 2
    joiner = IssueJoiner()
    # a long check's results: the first paragraphs, then the rest filled in (the lines
    # already sent stay the very same objects, as apply_delta keeps them)
    first = [*whole[:half], *([NO_ISSUES] * (len(whole) - half))]
    second = [*first[:half], *whole[half:]]
    for per_line in (first, second):
        assert joiner.join(text, per_line) == joined_issues(Lines.of(text), per_line)
    # a word typed: the same issue tuples further on, each now starting later
    paras = text.split("\n")
    typed = "\n".join([*paras[:2], "Meanwhile, " + paras[2], *paras[3:]])
    moved = [*second[:2], (), *second[3:]]
    assert joiner.join(typed, moved) == joined_issues(Lines.of(typed), moved)
    assert joiner.join(text, second) == joined_issues(Lines.of(text), second)
    # an edit that moves every later line (a line break added): the later lines' issues
    # move with them
    k = len(paras) // 3
    edited_paras = [*paras[:k], "A new first line 😀 here.", paras[k].replace(" ", "  ", 1)]
    edited = "\n".join(edited_paras + paras[k + 1 :])
    after = _checked(edited).lines.issues
    spliced = [*second[:k], *after[k : k + 2], *second[k + 1 :]]
    assert len(spliced) == len(after)
    assert joiner.join(edited, spliced) == joined_issues(Lines.of(edited), spliced)
    assert joiner.join(edited, after) == joined_issues(Lines.of(edited), after)


def test_a_full_result_after_an_early_one_brings_the_shown_objects_back() -> None:
    """After a keystroke in a long article, the early result (Harper not ready) is not
    shown, and the full one comes as a change of it: its lines equal to those of the full
    result on screen must be those very objects (the window skips them at a pointer
    test), a line that changed must not be, and the result must be what it says."""
    text = _long_text()
    shown = _checked(text).lines
    lines = Lines.of(text)
    remote = RemoteService(EDITORIAL)
    remote._texts["draft"] = text
    first = remote._received_outcome(SentOutcome("draft", 1, shown, [], {}))
    n = len(shown.blocks)
    early = LineOutcome([NO_ISSUES] * n, [None] * n)  # e.g. Harper's lines not yet there
    remote._received_outcome(
        SentOutcome(
            "draft", 2, delta((lines, first.lines), lines, early), [], {}, waiting_for=("harper",)
        )
    )
    again = pickle.loads(pickle.dumps(shown))  # equal, not the same objects, as received
    k = next(i for i, b in enumerate(shown.blocks) if b is not None)
    again.blocks[k] = None  # one line's issues went
    again.issues[k] = NO_ISSUES
    full = remote._received_outcome(
        SentOutcome("draft", 3, delta((lines, early), lines, again), [], {})
    )
    assert full.lines.blocks == again.blocks and full.lines.issues == again.issues
    assert full.lines.blocks[k] is None
    kept = [i for i, b in enumerate(full.lines.blocks) if b is not None]
    assert kept and all(full.lines.blocks[i] is first.lines.blocks[i] for i in kept)
    assert full.issues == joined_issues(lines, again.issues)
