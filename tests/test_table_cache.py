"""The grammar engine's word tables kept on disk between starts (:mod:`table_cache`).

A start after the first reads the four tables back instead of reading LemmInflect's and
symspellpy's files again (~1.3 s of Python at every start of the checker before). What a
user would notice if it went wrong: other grammar findings or spelling ranks after a
restart, or a start that fails on a damaged or stale cache file. Every test has its own
cache folder (``XDG_CACHE_HOME``, conftest).
"""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reviewdesk.core.engines.grammar import lemma_tables, lexicon, table_cache

WORDS = (
    "went", "gone", "be", "is", "books", "people", "children", "colour", "organise",
    "naïve", "café", "better", "flurbish", "zzyzxq", "the", "council", "said", "ran",
)  # fmt: skip
PAIRS = (("of", "the"), ("than", "ever"), ("then", "ever"), ("in", "fact"), ("zz", "qq"))


def _no_source(*_args: object, **_kwargs: object) -> object:
    raise AssertionError("the source files were read again")


def _kept_files() -> list[str]:
    folder = table_cache.cache_folder()
    assert folder is not None
    return sorted(p.name for p in folder.glob("*.bin"))


def test_a_second_start_reads_the_tables_back_with_the_same_answers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lemmas, inflections = lemma_tables.read_lemma_table(), lemma_tables.read_inflection_table()
    words = lexicon._read_count_table.__wrapped__(lexicon.UNIGRAMS, 1)
    pairs = lexicon._read_count_table.__wrapped__(lexicon.BIGRAMS, 2)
    assert _kept_files() == ["counts-1.bin", "counts-2.bin", "inflections.bin", "lemmas.bin"]

    monkeypatch.setattr(lemma_tables, "_lines", _no_source)  # LemmInflect's files
    monkeypatch.setattr(lexicon, "count_table_from", _no_source)  # symspellpy's
    lemmas_back = lemma_tables.read_lemma_table()
    inflections_back = lemma_tables.read_inflection_table()
    words_back = lexicon._read_count_table.__wrapped__(lexicon.UNIGRAMS, 1)
    pairs_back = lexicon._read_count_table.__wrapped__(lexicon.BIGRAMS, 2)

    assert len(lemmas_back) == len(lemmas) > 60_000
    assert len(inflections_back) == len(inflections) > 30_000
    assert [lemmas_back.get(w) for w in WORDS] == [lemmas.get(w) for w in WORDS]
    assert lemmas_back.get("went") == "VERB=go"
    assert [inflections_back.get(w) for w in WORDS] == [inflections.get(w) for w in WORDS]
    assert [words_back.get(w) for w in WORDS] == [words.get(w) for w in WORDS]
    assert words_back.get("the") > words_back.get("council") > 0
    assert [pairs_back.get(f"{a} {b}") for a, b in PAIRS] == [
        pairs.get(f"{a} {b}") for a, b in PAIRS
    ]
    assert pairs_back.get("than ever") > pairs_back.get("then ever")


def _fake_lemminflect(folder: Path, lines: str) -> None:
    (folder / lemma_tables.LEMMA_FILE).write_bytes(gzip.compress(lines.encode()))
    (folder / lemma_tables.LEMMA_OVERRIDES).write_text("# word,upos,lemma\n")


def test_a_changed_source_is_read_again(tmp_path: Path) -> None:
    """Another LemmInflect release: the kept table is not the source's any more."""
    _fake_lemminflect(tmp_path, "books,noun,book\nwent,verb,go\n")
    assert lemma_tables.read_lemma_table(tmp_path).get("went") == "VERB=go"
    _fake_lemminflect(tmp_path, "books,noun,book\nwent,verb,wend\n")
    table = lemma_tables.read_lemma_table(tmp_path)
    assert table.get("went") == "VERB=wend" and table.get("books") == "NOUN=book"


@pytest.mark.parametrize("damage", ["truncated", "longer", "garbage", "empty"])
def test_a_damaged_cache_file_is_read_from_source(tmp_path: Path, damage: str) -> None:
    _fake_lemminflect(tmp_path, "books,noun,book\nwent,verb,go\n")
    lemma_tables.read_lemma_table(tmp_path)
    folder = table_cache.cache_folder()
    assert folder is not None
    kept = folder / "lemmas.bin"
    data = kept.read_bytes()
    kept.write_bytes(
        {
            "truncated": data[:-5],
            "longer": data + b"\0",
            "garbage": b"\x00\xff" * 40,
            "empty": b"",
        }[damage]
    )
    table = lemma_tables.read_lemma_table(tmp_path)
    assert table.get("went") == "VERB=go" and table.get("books") == "NOUN=book"
    assert table.get("gone") is None
    assert kept.read_bytes() == data  # kept again, whole


def test_tables_still_answer_when_nothing_can_be_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    words = lexicon._read_count_table.__wrapped__(lexicon.UNIGRAMS, 1)
    assert words.get("the") > 0


def test_switched_off_the_sources_are_read(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(table_cache.CACHE_ENV, "0")
    _fake_lemminflect(tmp_path, "went,verb,go\n")
    assert lemma_tables.read_lemma_table(tmp_path).get("went") == "VERB=go"
    assert table_cache.cache_folder() is None


def test_a_lone_surrogate_has_no_count() -> None:
    """Text from a damaged file can hold one; asking for its count must not raise."""
    assert lexicon.Lexicon().count("\ud800") == 0
    assert lexicon.Lexicon().pair("\ud800", "the") == 0


def test_the_hash_is_the_same_in_every_process() -> None:
    """The kept tables are found by it: Python's own ``hash`` changes per process."""
    code = (
        "from reviewdesk.core.engines.grammar.table_cache import stable_hash;"
        "print(stable_hash('went\\t'.encode()), hash('went'))"
    )
    seen = [
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        for seed in ("1", "2")
    ]
    assert seen[0][0] == seen[1][0] and seen[0][1] != seen[1][1]


def test_keys_sharing_a_hash_keep_their_own_counts(tmp_path: Path) -> None:
    """"plumless" and "buckeroo" share a CRC-32; the real pair counts hold ~6 such keys."""
    assert table_cache.stable_hash(b"plumless") == table_cache.stable_hash(b"buckeroo")
    source = tmp_path / "counts.txt"
    source.write_text("plumless 10\nthe 30\nbuckeroo 20\n", encoding="utf-8")
    table = lexicon.count_table_from(source, 1)
    asked = ("plumless", "buckeroo", "the", "unlisted")
    assert [table.get(k) for k in asked] == [10, 20, 30, 0]

    table_cache.store("clashing", "a test", table.parts(), table.clashes)
    kept = table_cache.load("clashing", "a test", {"hashes": "I", "counts": "q"})
    assert kept is not None
    parts, clashes = kept
    back = lexicon.CountTable(parts["hashes"], parts["counts"], clashes)  # type: ignore[arg-type]
    assert [back.get(k) for k in asked] == [10, 20, 30, 0]
