"""A keystroke's work in the checker: only the typed paragraph's lines are merged again,
and the redline is diffed while Harper lints (as are the spelling search's word lists,
read at start while Harper's first lint runs).

Each keystroke's text is one line away from the text before it and from every earlier
text differing in that same paragraph (and the original, if only it was edited). The
pipeline, the finalizer and the engines' caches must all start from the same one, the
latest: the names filter, finding its model updated from another text than the
finalizer's base, asked for every line to be filtered again (~40-100 ms at 50k words).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.harper_engine import HarperChecker
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.finalize import Finalizer
from reviewdesk.core.lines import Lines, closest
from reviewdesk.service.check_service import CheckOutcome, CheckRequest, CheckService
from reviewdesk.service.redline import Redline
from reviewdesk.service.redline_follow import RedlineFollower

DEMO = Path(__file__).resolve().parents[1] / "src/reviewdesk/resources/demo/newsroom-demo.txt"


def test_of_texts_as_close_the_latest_is_the_base() -> None:
    original = "One.\nTwo 😀 words.\nThree."
    first = "One.\nTwo 😀 wordz.\nThree."
    second = "One.\nTwo 😀 wordzz.\nThree."
    candidates = [(Lines.of(t), t) for t in (original, first)]  # oldest first
    found = closest(Lines.of(second), candidates)
    assert found is not None
    assert found[0] == first
    # a strictly closer candidate still wins wherever it stands
    far = "Zero.\nTwo 😀 words.\nThree!"
    found = closest(Lines.of(second), [(Lines.of(first), first), (Lines.of(far), far)])
    assert found is not None and found[0] == first


@pytest.mark.parametrize("with_original", [False, True], ids=["draft", "draft+original"])
def test_keystrokes_in_one_paragraph_remerge_only_that_paragraph(
    monkeypatch: pytest.MonkeyPatch, with_original: bool
) -> None:
    # Harper and the grammar engine are left out (they do not decide the bases; the
    # names filter and the editorial engines do), so the test runs in a second.
    settings = EngineSettings().switch(harper=False, grammar=False)
    kept = build_fast_pipeline(settings)
    fresh = build_fast_pipeline(settings)
    ctx = CheckContext()
    original = DEMO.read_text(encoding="utf-8")
    paras = original.split("\n")
    target = max(range(len(paras)), key=lambda k: len(paras[k]))
    redone: list[int] = []
    real_line = Finalizer._line

    def counting(self: Finalizer, lines: Lines, k: int, *args: object) -> object:
        redone.append(k)
        return real_line(self, lines, k, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(Finalizer, "_line", counting)
    kept.check(original, ctx)
    typed = paras[target]
    for n, letters in enumerate(("Kwarthelm ", "Kwarthelm sai", "Kwarthelm said ")):
        paras[target] = letters + typed
        draft = "\n".join(paras)
        if with_original:  # the window checks the original pane too
            kept.check(original, ctx)
        redone.clear()
        got = kept.check(draft, ctx).issues
        assert len(redone) <= 3, f"keystroke {n} re-merged lines {sorted(redone)[:20]}..."
        fresh.clear_cache()
        assert got == fresh.check(draft, ctx).issues, f"keystroke {n}"
    assert len(Lines.of(draft)) > 20  # so "every line" and "its own lines" differ


def test_a_keystrokes_redline_is_diffed_while_harper_lints(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The checker process diffs the draft against the original for every snapshot; that
    # used to happen before any engine started. Now Harper (real, on its own thread) is
    # handed its paragraph first and the diff runs while it lints, after our engines.
    events: list[str] = []
    real_start = HarperChecker.start_check
    real_redline = RedlineFollower.redline

    def start_check(self: HarperChecker, texts: Sequence[str], ctx: CheckContext) -> object:
        events.append("Harper started")
        wait = real_start(self, texts, ctx)

        def awaited() -> object:
            events.append("Harper awaited")
            return wait()

        return awaited

    def redline(self: RedlineFollower, original: str, draft: Lines) -> Redline:
        events.append("redline")
        return real_redline(self, original, draft)

    monkeypatch.setattr(HarperChecker, "start_check", start_check)
    monkeypatch.setattr(RedlineFollower, "redline", redline)
    pipeline = build_fast_pipeline(EngineSettings().switch(grammar=False))
    service = CheckService(lambda: pipeline)
    service.start_up("en-US")
    for checker in pipeline.checkers:
        if isinstance(checker, HarperChecker):
            checker.warm_up()
    original = "😀 The council met at noon.\nIt said nothing.\n"
    draft = "😀 The council met at midday, it said.\nIt said nothing.\n"
    outcome = service.check(
        CheckRequest("draft", 1, draft, CheckContext(), original=original), lambda: False
    )
    pipeline.close()
    assert events == ["Harper started", "redline", "Harper awaited"]
    assert isinstance(outcome, CheckOutcome) and outcome.redline is not None
    inserted = [op for op in outcome.redline.ops if draft[op.b_start : op.b_end]]
    assert inserted and "midday" in draft[inserted[0].b_start : inserted[0].b_end]


def test_the_far_spelling_search_is_readied_while_harper_lints() -> None:
    # Reading Harper's findings ranks spelling fixes, and a word far from any other needs
    # word lists read once per process (~50 ms). They used to be read on the first such
    # word, as Harper's first full result was being read; now the wait for Harper's lint
    # reads them, whatever the text holds.
    from reviewdesk.core.engines import spelling

    harper = HarperChecker()
    harper.warm_up()
    spelling._read_words_by_length.cache_clear()
    spelling._read_words_by_sound.cache_clear()  # the search by sound's lists too
    finish = harper.start_check(["😀 The ferry left at noon."], CheckContext())
    found = finish()
    harper.close()
    assert found == [[]]  # nothing to fix, so no word asked for the lists
    assert spelling._read_words_by_length.cache_info().currsize == 1
    assert spelling._read_words_by_sound.cache_info().currsize == 1
