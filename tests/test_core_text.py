"""Offsets: code points vs UTF-16, paragraphs, newline normalisation."""

from __future__ import annotations

import random

import pytest

from reviewdesk.core.text import (
    Utf16Map,
    normalize_newlines,
    split_paragraphs,
    utf16_len,
    word_count,
)


def _utf16_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


@pytest.mark.parametrize(
    "text",
    ["plain ascii", "naïve café", "😀 emoji first", "a😀b𝄞c", "𝄞𝄞𝄞", "", "x👩‍👩‍👧y"],
)
def test_utf16_map_round_trips_every_index(text: str) -> None:
    m = Utf16Map(text)
    for i in range(len(text) + 1):
        off = m.to_utf16(i)
        assert off == _utf16_offset(text, i)
        assert m.to_py(off) == i
    assert utf16_len(text) == len(text.encode("utf-16-le")) // 2


def test_offset_inside_a_surrogate_pair_rounds_down() -> None:
    text = "a😀b"
    m = Utf16Map(text)
    assert m.to_py(2) == 1  # the low surrogate of 😀 belongs to the emoji at index 1


def test_random_texts_with_astral_characters() -> None:
    rng = random.Random(7)
    alphabet = ["a", "é", "😀", "𝄞", " ", "\n", "中"]
    for _ in range(200):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        m = Utf16Map(text)
        for i in range(len(text) + 1):
            assert m.to_py(m.to_utf16(i)) == i


def test_normalize_newlines_and_bom() -> None:
    assert normalize_newlines("\ufeffa\r\nb\rc\n") == "a\nb\nc\n"


def test_split_paragraphs_matches_offsets() -> None:
    text = "One.\n\nTwo 😀 here.\nThree"
    paras = split_paragraphs(text)
    assert [p.text for p in paras] == ["One.", "", "Two 😀 here.", "Three"]
    for p in paras:
        assert text[p.start : p.end] == p.text


def test_word_count_counts_contractions_once() -> None:
    assert word_count("It’s the editor's desk, isn't it?") == 6


def test_quoted_for_screen_never_shows_escapes_and_keeps_both_ends() -> None:
    from reviewdesk.core.text import quoted_for_screen

    assert quoted_for_screen("teh") == "“teh”"
    shown = quoted_for_screen('\n\nvideo-container">')
    assert "\\n" not in shown and "'" not in shown and shown.startswith("“⏎")
    long = "😀 " + "word " * 30 + "END"
    cut = quoted_for_screen(long, limit=20)
    assert len(cut) == 22 and cut.startswith("“😀") and cut.endswith("END”") and "…" in cut
    assert quoted_for_screen("") == "(nothing)" and quoted_for_screen("\t") == "(whitespace)"
    # marks alone keep the space a spacing fix is about; words lose their edges' spaces
    assert quoted_for_screen(", ") == "“, ”" and quoted_for_screen(" — ") == "“ — ”"
    assert quoted_for_screen("Home » ") == "“Home »”"
