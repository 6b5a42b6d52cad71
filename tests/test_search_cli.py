"""``reviewdesk search`` and the history an export leaves, through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewdesk.cli import main
from reviewdesk.core.models import Note
from reviewdesk.store import Library
from reviewdesk.store.history import EXPORTED

STORY = (
    "Minsk Talks Stall\n"
    "The delegation met President Lukashenko 😀 in Minsk on Tuesday.\n"
    "Talks on grain exports went on past midnight."
)


@pytest.fixture
def library(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A library with the story imported through the CLI, edited, with a note."""
    path = tmp_path / "library.sqlite"
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    (tmp_path / "other.txt").write_text("Budget Vote\nThe council met.", encoding="utf-8")
    assert main(["import", str(story), str(tmp_path / "other.txt"), "--library", str(path)]) == 0
    capsys.readouterr()
    with Library(path) as lib:
        article = lib.find_article_by_source(str(story))
        assert article is not None and article.id is not None
        lib.save_draft(article.id, STORY.replace("President ", ""))
        lib.add_note(Note(None, article.id, 0, 5, "Minsk", "Ask about Tsikhanouskaya"))
    return path


def test_tab_separated_lines_with_the_field_and_marked_snippet(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "tsikhanouskaya", "--library", str(library)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    article_id, title, status, field, snippet = line.split("\t")
    assert (title, status, field) == ("Minsk Talks Stall", "new", "notes")
    assert snippet == "Ask about **Tsikhanouskaya**" and article_id.isdigit()
    assert main(["search", "president", "--library", str(library)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert line.split("\t")[3] == "original"  # gone from the draft, still in the original


def test_json_gives_the_same_hits_with_match_spans(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "minsk", "--format", "json", "--library", str(library)]) == 0
    (hit,) = json.loads(capsys.readouterr().out)
    assert hit["title"] == "Minsk Talks Stall" and hit["field"] == "draft"
    start, end = hit["matches"][0]
    assert hit["snippet"][start:end] == "Minsk"


@pytest.mark.parametrize("query", ['"', "NEAR(", "*", "AND", "title:minsk", "😀", "^-"])
def test_odd_queries_find_nothing_or_something_but_never_fail(
    library: Path, capsys: pytest.CaptureFixture[str], query: str
) -> None:
    status = main(["search", query, "--library", str(library)])
    captured = capsys.readouterr()
    assert status in (0, 1) and captured.err == ""


def test_nothing_found_is_exit_1_and_no_library_is_exit_2(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "zbrovnikova", "--library", str(library)]) == 1
    assert capsys.readouterr().out == ""
    missing = tmp_path / "none.sqlite"
    assert main(["search", "minsk", "--library", str(missing)]) == 2
    assert "no library" in capsys.readouterr().err
    assert not missing.exists()  # a search never creates a library


def test_an_export_from_the_cli_is_in_the_history(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "story-edited.txt"
    assert (
        main(["export", str(tmp_path / "story.txt"), "-o", str(out), "--library", str(library)])
        == 0
    )
    with Library(library) as lib:
        article = lib.find_article_by_source(str(tmp_path / "story.txt"))
        assert article is not None and article.id is not None
        (record,) = lib.history.exports(article.id)
        assert record.path == str(out) and record.format == "txt"
        snapshot = lib.history.get(record.snapshot_id)
        assert snapshot.reason == EXPORTED
        assert lib.history.text(snapshot.id) == article.draft
