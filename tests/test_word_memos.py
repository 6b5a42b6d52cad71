"""The engines' per-word memo caches, emptied at the checker's idle release (memory20).

What a user would notice: after a long article's check the checker gives the caches'
memory back while the editor reads, and the next edit is checked exactly as before.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.memos import WORD_MEMOS, clear_word_memos

DEMO = Path(__file__).resolve().parents[1] / "src/reviewdesk/resources/demo/newsroom-demo.txt"


def _memo(module: str, name: str):  # type: ignore[no-untyped-def]
    return getattr(importlib.import_module(module), name)


@pytest.mark.parametrize(("module", "name"), WORD_MEMOS)
def test_every_memo_named_is_a_cache_that_can_be_emptied(module: str, name: str) -> None:
    # a memo renamed or moved would be left full without a word: the list must follow
    memo = _memo(module, name)
    assert callable(getattr(memo, "cache_clear", None)), f"{module}.{name} is no lru_cache"
    assert memo.cache_info().maxsize != 1, "a table read once is not a per-word memo"


def test_clearing_imports_no_module() -> None:
    missing = [m for m, _ in WORD_MEMOS if m not in sys.modules]
    for module in missing:
        sys.modules.pop(module, None)
    clear_word_memos()
    assert all(m not in sys.modules for m in missing)


def test_idle_release_empties_the_memos_and_the_next_edit_is_checked_as_afresh() -> None:
    from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline

    settings = EngineSettings().switch(harper=False)
    pipeline = build_fast_pipeline(settings)
    text = DEMO.read_text(encoding="utf-8")
    ctx = CheckContext()
    pipeline.check(text, ctx)
    held = {f"{m}.{n}": _memo(m, n).cache_info().currsize for m, n in WORD_MEMOS}
    assert sum(held.values()) > 100, held  # the check filled them

    pipeline.release_memory()
    left = {k: _memo(*k.rsplit(".", 1)).cache_info().currsize for k in held}
    assert not any(left.values()), left

    # an edit after the release: the paragraph re-checked with empty memos finds what a
    # fresh pipeline finds in the whole edited text
    paragraphs = text.split("\n")
    k = max(range(len(paragraphs)), key=lambda i: len(paragraphs[i]))
    paragraphs[k] = paragraphs[k].replace(" the ", " teh ", 1) + " Their going to the the park."
    edited = "\n".join(paragraphs)
    again = pipeline.check(edited, ctx).issues
    fresh = build_fast_pipeline(settings).check(edited, CheckContext()).issues
    assert [(i.start, i.end, i.rule, i.message, i.replacements) for i in again] == [
        (i.start, i.end, i.rule, i.message, i.replacements) for i in fresh
    ]
    assert any(i.start >= edited.index(paragraphs[k]) for i in again)
