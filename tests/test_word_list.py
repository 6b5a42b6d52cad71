"""Word-list files for the dictionaries: forgiving to read, atomic to write."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewdesk.formats import FormatError
from reviewdesk.formats.word_list import parse_word_list, read_word_list, write_word_list


def test_comments_blank_lines_and_repeats_are_skipped() -> None:
    text = "# desk names\n\nKowalczyk\n  Okafor  \nKowalczyk\nSan  Luis Obispo\n"
    assert parse_word_list(text) == ["Kowalczyk", "Okafor", "San Luis Obispo"]


def test_a_hunspell_list_loses_its_count_and_flags() -> None:
    text = "4\nKyiv\nOdesa/S\nAC\\/DC\nKowalczyk/MS\n"
    assert parse_word_list(text) == ["Kyiv", "Odesa", "AC/DC", "Kowalczyk"]
    assert parse_word_list("AC/DC\n") == ["AC/DC"]  # a plain list keeps its slashes


def test_legacy_encodings_and_bom_are_read(tmp_path: Path) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Müller\nJosé\nÇelik\n".encode("cp1252"))
    bom = tmp_path / "bom.txt"
    bom.write_bytes("\ufeffZąbek\r\nŁódź\r\n".encode())
    assert read_word_list(latin) == ["Müller", "José", "Çelik"]
    assert read_word_list(bom) == ["Ząbek", "Łódź"]


def test_written_lists_read_back_sorted(tmp_path: Path) -> None:
    out = tmp_path / "words.txt"
    write_word_list(out, ["okafor", "Kyiv", "Ząbek", "Kyiv"], "test list")
    assert out.read_text(encoding="utf-8").startswith("# test list\n")
    assert read_word_list(out) == ["Kyiv", "okafor", "Ząbek"]
    assert [p.name for p in tmp_path.iterdir()] == ["words.txt"]  # no temp file left


def test_a_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(6_000_000)
    with pytest.raises(FormatError, match="too large for a word list"):
        read_word_list(big)
