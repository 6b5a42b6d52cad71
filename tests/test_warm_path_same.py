"""The warm check's shortcuts change no finding: the word counts' memo
(:class:`~reviewdesk.core.engines.grammar.lexicon.CountTable`), the spelling ranker's
(:meth:`~reviewdesk.core.engines.spelling.Speller.best_fixes`) and the grammar tokens'
in-place numbering. Real engines and real tables throughout."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines import spelling
from reviewdesk.core.engines.grammar import lexicon
from reviewdesk.core.engines.grammar.checker import GrammarChecker
from reviewdesk.core.engines.grammar.tokens import sentences, tokenize
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.engines.spelling import Speller


def _issues(pipeline_result: object) -> list[tuple[int, int, str, str, str, tuple[str, ...]]]:
    return sorted(
        (i.start, i.end, i.engine, i.rule, i.message, tuple(i.replacements))
        for i in pipeline_result.issues  # type: ignore[attr-defined]
    )


def _forget_counts() -> None:
    for name, width in ((lexicon.UNIGRAMS, 1), (lexicon.BIGRAMS, 2)):
        lexicon.count_table(name, width)._memo.clear()


@pytest.mark.parametrize("which", ["demo", "sample"])
def test_a_warm_check_finds_what_the_first_check_found(
    which: str, demo_path: Path, sample_path: Path
) -> None:
    """The check the editor sees again and again (caches cleared, counts remembered)
    lists the same issues as the first one, counted afresh."""
    text = (demo_path if which == "demo" else sample_path).read_text(encoding="utf-8")
    pipeline = build_fast_pipeline(EngineSettings())
    try:
        _forget_counts()
        first = _issues(pipeline.check(text, CheckContext()))
        pipeline.clear_cache()
        again = _issues(pipeline.check(text, CheckContext()))
    finally:
        pipeline.close()
    assert first, "the article has issues to compare"
    assert again == first


def test_the_grammar_engine_finds_the_same_with_the_counts_memo_always_full(
    sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A memo that overflows on every word (cleared each time) changes no finding."""
    paragraphs = [p for p in sample_path.read_text(encoding="utf-8").split("\n") if p.strip()]
    paragraphs.append("She ate a apple on the the bus, then then walked passed the station.")
    grammar = GrammarChecker()
    grammar.warm_up("en-US")
    remembered = [grammar.check_paragraph(p) for p in paragraphs]
    monkeypatch.setattr(lexicon, "MEMO_KEYS", 1)
    _forget_counts()
    afresh = [grammar.check_paragraph(p) for p in paragraphs]
    assert any(remembered)
    assert afresh == remembered


def test_counts_from_the_memo_are_the_table_s_own() -> None:
    table = lexicon.count_table(lexicon.BIGRAMS, 2)
    keys = ["of the", "in the", "the of", "zzqx qxzz", "of the", "zzqx qxzz"]
    asked = [table.get(k, -7) for k in keys]
    assert asked == [table._search(k) if table._search(k) >= 0 else -7 for k in keys]
    assert asked[0] > 1_000_000 and asked[3] == -7  # a common pair; an unknown one


def test_a_count_table_is_read_once_when_two_threads_ask_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The grammar warm-up and the spelling ranker both ask for the word counts at
    start; the second waits for the first rather than reading the file again."""
    reads: list[str] = []
    second_asking = threading.Event()
    read = lexicon._read_count_table.__wrapped__

    def slow_read(name: str, width: int) -> lexicon.CountTable:
        reads.append(name)
        second_asking.wait(30)
        # the other thread has called count_table: give it time to reach the lock
        threading.Event().wait(0.2)
        return read(name, width)

    cached = lexicon.functools.lru_cache(maxsize=2)(slow_read)
    monkeypatch.setattr(lexicon, "_read_count_table", cached)
    tables: list[lexicon.CountTable] = []

    def ask() -> None:
        tables.append(lexicon.count_table(lexicon.UNIGRAMS, 1))

    first = threading.Thread(target=ask)
    first.start()
    while not reads:  # the first thread is reading
        threading.Event().wait(0.01)
    second = threading.Thread(target=ask)
    second.start()
    second_asking.set()
    first.join(60)
    second.join(60)
    assert reads == [lexicon.UNIGRAMS]
    assert len(tables) == 2 and tables[0] is tables[1]


def test_sentences_number_their_tokens_from_each_sentence_start() -> None:
    text = "The mayor spoke. Then she left at 5 p.m. on Tuesday! Why? Dr. Smith knows."
    found = sentences(text)
    assert [" ".join(t.text for t in s) for s in found] == [
        "The mayor spoke .",
        "Then she left at 5 p . m . on Tuesday !",
        "Why ?",
        "Dr . Smith knows .",
    ]
    for sent in found:
        assert [t.index for t in sent] == list(range(len(sent)))
        assert [t.is_capitalised for t in sent] == [t.text[0].isupper() for t in sent]
    assert [(t.text, t.start, t.end) for s in found for t in s] == [
        (t.text, t.start, t.end) for t in tokenize(text)
    ]


def test_ranked_fixes_asked_again_are_the_same_and_the_caller_s_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Harper's flags are read afresh at every check: the fixes ranked the second time
    (remembered), or with the memo overflowing on every word, are the first ranking."""
    asked = [
        ("recieved", ["received", "relieved"]),
        ("goverment", []),
        ("Pleskovitz", []),
        ("teh", ["the", "ten"]),
        ("centrepiece", ["centerpiece"]),
    ]
    speller = Speller()
    first = [speller.best_fixes(word, fixes) for word, fixes in asked]
    assert first[0][0] == "received" and "government" in first[1]
    first[0].append("mutated by its caller")
    again = [speller.best_fixes(word, fixes) for word, fixes in asked]
    assert again[0][-1] != "mutated by its caller"
    monkeypatch.setattr(spelling, "RANKED_KEPT", 1)
    afresh = [Speller().best_fixes(word, fixes) for word, fixes in asked]
    first[0].pop()
    assert again == first and afresh == first
