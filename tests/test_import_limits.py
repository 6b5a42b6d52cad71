"""Text limits: an article within them is checked within a minute; beyond them it is
refused before any checking starts, with a message naming the limit broken."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewdesk.core.engines.harper_pieces import MAX_TOKEN_CHARS, split_long
from reviewdesk.formats import FormatError, import_file
from reviewdesk.formats.limits import (
    MAX_ARTICLE_CHARS,
    MAX_CHECK_CHARS,
    MAX_LINE_CHARS,
    MAX_LINES,
    check_size_for_one_go,
)


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("line.txt", "A headline.\n" + "word " * (MAX_LINE_CHARS // 5 + 10), "line 2 is"),
        ("lines.md", "a\n" * MAX_LINES, "lines is too many"),
        ("long.txt", ("The mayor spoke at noon. " * 40 + "\n") * 1200, "characters is too long"),
    ],
)
def test_text_beyond_a_limit_is_refused_naming_it(
    tmp_path: Path, name: str, text: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FormatError, match=message) as info:
        import_file(path)
    assert str(info.value).startswith(f"{name}: ") and "the limit is" in str(info.value)
    assert "\n" not in str(info.value)


def test_a_web_page_whose_article_breaks_a_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    huge = "word " * (MAX_LINE_CHARS // 5 + 100)
    path.write_text(f"<html><body><article><p>{huge}</p></article></body></html>")
    with pytest.raises(FormatError, match=f"the limit is {MAX_LINE_CHARS:,} characters"):
        import_file(path)


def test_text_within_the_limits_is_read(tmp_path: Path) -> None:
    path = tmp_path / "fine.txt"
    text = ("The mayor spoke at noon. " * 100 + "\n") * 300  # ~750k characters
    assert len(text) < MAX_ARTICLE_CHARS
    path.write_text(text, encoding="utf-8")
    assert import_file(path).text == text


def test_check_in_one_go_has_its_own_limit() -> None:
    check_size_for_one_go("x" * MAX_CHECK_CHARS, "a.txt")
    with pytest.raises(FormatError, match="open it in the window"):
        check_size_for_one_go("x" * (MAX_CHECK_CHARS + 1), "a.txt")


def test_harper_never_sees_a_run_longer_than_any_word() -> None:
    blob = "x" * (MAX_TOKEN_CHARS + 1)
    text = f"The mayor spoke. {blob} Teh council voted."
    pieces = split_long(text)
    assert all(blob not in piece for _, piece in pieces)
    assert "".join(text[o : o + len(p)] for o, p in pieces) == "".join(p for _, p in pieces)
    assert any("Teh council voted." in p for _, p in pieces)
    word = "y" * MAX_TOKEN_CHARS  # as long as a word may be: kept
    assert split_long(f"A {word} b.") == [(0, f"A {word} b.")]


@pytest.mark.parametrize(
    ("markup", "message"),
    [
        ("<p>x</p>" * 40_000, "tags; a saved web page has far fewer"),
        ("<div " + " ".join(f'a{i}="{i}"' for i in range(20_000)) + "><p>x</p></div>", "a tag"),
        ("<p>" + "The mayor spoke. " * 150_000 + "</p>", "MB of text"),
    ],
    ids=["tags", "attributes", "text"],
)
def test_a_web_page_whose_markup_breaks_a_limit_is_refused_before_parsing(
    tmp_path: Path, markup: str, message: str
) -> None:
    """The old code handed such pages to trafilatura, which took minutes."""
    path = tmp_path / "page.html"
    path.write_text(f"<html><body>{markup}</body></html>", encoding="utf-8")
    with pytest.raises(FormatError, match=message) as info:
        import_file(path)
    assert "the limit is" in str(info.value)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("lines.md", "a\n" * MAX_LINES),
        ("long.txt", ("The mayor spoke at noon. " * 40 + "\n") * 1200),
    ],
)
def test_a_text_too_long_for_an_article_says_what_to_do(
    tmp_path: Path, name: str, text: str
) -> None:
    """A 5 MB text was refused with its size and the limit, and nothing the editor could
    do about it: the message ends with the way through, a part at a time."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FormatError, match="smaller files, a part each"):
        import_file(path)
