"""A Word file says which of its paragraphs are headings: its list items, table cells
and page header are short lines without a full stop, as headings are, but none. The
"Port Ellis Gazette" header over the story's pages was read as a Title Case heading
beside sentence-case list items, and the consistency engine offered to lowercase the
paper's name. Plain text has no such marks: there a line's shape still decides."""

from __future__ import annotations

from pathlib import Path

from fixtures_import.word_desk import TEXT, write_desk_story
from reviewdesk.cli import main

HEADINGS = "Headings capitalised two ways"  # the rule's name, as the text format prints it


def _rules(path: Path, capsys, tmp_path: Path) -> list[str]:  # type: ignore[no-untyped-def]
    main(["check", "--format", "text", "--library", str(tmp_path / "lib.sqlite"), str(path)])
    return capsys.readouterr().out.splitlines()


def test_a_word_files_list_items_and_page_header_are_no_headings(capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    story = write_desk_story(tmp_path / "story.docx")
    said = _rules(story, capsys, tmp_path)
    assert not [line for line in said if HEADINGS in line], said


def test_the_same_lines_in_plain_text_are_still_read_by_their_shape(capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    plain = tmp_path / "story.txt"
    plain.write_text(TEXT, encoding="utf-8")
    said = [line for line in _rules(plain, capsys, tmp_path) if HEADINGS in line]
    assert said and "Title Case (1×)" in said[0]
