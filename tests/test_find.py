"""Find in a text: plain phrases, case, whole words, and where Next and Previous go."""

from __future__ import annotations

from reviewdesk.core.find import find_all, next_match

TEXT = "Kowalcyk said. KOWALCYK left; the kowalcyk-era plan (a.k.a. Plan B) cost $5."


def test_plain_phrases_ignore_case_unless_asked() -> None:
    assert [TEXT[s:e] for s, e in find_all(TEXT, "kowalcyk")] == [
        "Kowalcyk",
        "KOWALCYK",
        "kowalcyk",
    ]
    assert [TEXT[s:e] for s, e in find_all(TEXT, "kowalcyk", match_case=True)] == ["kowalcyk"]


def test_punctuation_is_plain_text_not_a_pattern() -> None:
    assert [TEXT[s:e] for s, e in find_all(TEXT, "a.k.a. Plan")] == ["a.k.a. Plan"]
    assert [TEXT[s:e] for s, e in find_all(TEXT, "$5.")] == ["$5."]
    assert find_all(TEXT, "a.k.a.", whole_words=True) == [
        (TEXT.index("a.k.a."), TEXT.index(" Plan B"))
    ]
    assert find_all(TEXT, "") == []


def test_whole_words_do_not_match_inside_words() -> None:
    text = "The cat sat with cats; concatenate is not a cat."
    assert [s for s, _ in find_all(text, "cat", whole_words=True)] == [4, 44]
    assert len(find_all(text, "cat")) == 4


def test_offsets_are_code_points_after_emoji() -> None:
    text = "😀𝄞 Okafor said, 👍 Okafor left."
    assert [text[s:e] for s, e in find_all(text, "okafor")] == ["Okafor", "Okafor"]
    assert find_all(text, "okafor")[0][0] == 3


def test_next_and_previous_wrap_round() -> None:
    matches = [(2, 4), (10, 12), (20, 22)]
    assert next_match(matches, 0) == 0
    assert next_match(matches, 10) == 1  # a match at the cursor is the next one
    assert next_match(matches, 21) == 0  # past the last: wrap to the first
    assert next_match(matches, 10, backward=True) == 0
    assert next_match(matches, 2, backward=True) == 2  # before the first: wrap to the last
    assert next_match([], 5) is None
