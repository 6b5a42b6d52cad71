"""``reviewdesk export ARTICLE --to FORMAT -o OUT`` from a real library (subprocess)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx
import pytest

from reviewdesk.core.models import Article, Decision, DecisionAction, Note
from reviewdesk.desk.settings import AUTHOR
from reviewdesk.formats.docx_revisions import read_revisions
from reviewdesk.store import Library

ORIGINAL = "A headline\nThe mayor said teh budget was balanced."
DRAFT = "A headline\nThe mayor said the budget was balanced, 😀 officially."


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reviewdesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def one_line_error(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    return lines[0]


@pytest.fixture
def stored(isolated_library: Path, tmp_path: Path) -> tuple[int, Path]:
    """An article in the test library, imported from a source file, with a note and decision."""
    source = tmp_path / "source.txt"
    source.write_text(ORIGINAL, encoding="utf-8")
    with Library(isolated_library) as library:
        article = library.add_article(
            Article(
                None,
                "The mayor's budget",
                ORIGINAL,
                DRAFT,
                source_path=str(source.resolve()),
            )
        )
        assert article.id is not None
        start = DRAFT.index("officially")
        library.add_note(Note(None, article.id, start, start + 10, "officially", "Says who?"))
        library.record_decision(
            Decision(
                None,
                article.id,
                DecisionAction.APPLY,
                "Spell",
                "harper",
                "spelling",
                26,
                29,
                "teh",
                "the",
            )
        )
        AUTHOR.write(library, "Library Author")
    return article.id, source


@pytest.mark.slow  # runs reviewdesk as a program
def test_export_tracked_docx_by_id(stored: tuple[int, Path], tmp_path: Path) -> None:
    article_id, _ = stored
    out = tmp_path / "tracked.docx"
    proc = run_cli("export", str(article_id), "--to", "docx-tracked", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "1 comments" in proc.stdout
    view = read_revisions(out)
    assert view.accepted == DRAFT and view.rejected == ORIGINAL
    assert [(c.body, c.anchor) for c in view.comments] == [("Says who?", "officially")]
    assert {r.author for r in view.revisions} == {"Library Author"}  # from the settings


@pytest.mark.slow  # runs reviewdesk as a program
def test_export_by_source_file_with_author_option(stored: tuple[int, Path], tmp_path: Path) -> None:
    _, source = stored
    out = tmp_path / "clean.docx"
    proc = run_cli("export", str(source), "-o", str(out), "--author", "Cli Author")
    assert proc.returncode == 0, proc.stderr
    document = docx.Document(str(out))
    assert [p.text for p in document.paragraphs] == DRAFT.split("\n")
    assert document.core_properties.author == "Cli Author"


@pytest.mark.slow  # runs reviewdesk as a program
@pytest.mark.parametrize(("fmt", "name"), [("txt", "o.txt"), ("md", "o.md"), ("html", "o.html")])
def test_export_text_formats(stored: tuple[int, Path], tmp_path: Path, fmt: str, name: str) -> None:
    article_id, _ = stored
    out = tmp_path / name
    proc = run_cli("export", str(article_id), "--to", fmt, "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    text = out.read_text(encoding="utf-8")
    if fmt == "html":
        assert "<title>The mayor&#x27;s budget</title>" in text
    else:
        assert text == DRAFT


@pytest.mark.slow  # runs reviewdesk as a program
def test_export_report(stored: tuple[int, Path], tmp_path: Path) -> None:
    article_id, _ = stored
    out = tmp_path / "report.html"
    proc = run_cli("export", str(article_id), "--to", "report", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    page = out.read_text(encoding="utf-8")
    assert "Says who?" in page and "Spell" in page and "teh" in page


@pytest.mark.slow  # runs reviewdesk as a program
def test_export_refuses_to_overwrite_without_force(
    stored: tuple[int, Path], tmp_path: Path
) -> None:
    article_id, _ = stored
    out = tmp_path / "out.txt"
    out.write_text("keep", encoding="utf-8")
    line = one_line_error(run_cli("export", str(article_id), "--to", "txt", "-o", str(out)))
    assert "already exists" in line and "--force" in line
    assert out.read_text(encoding="utf-8") == "keep"
    proc = run_cli("export", str(article_id), "--to", "txt", "-o", str(out), "--force")
    assert proc.returncode == 0, proc.stderr
    assert out.read_text(encoding="utf-8") == DRAFT


@pytest.mark.slow  # runs reviewdesk as a program
def test_export_errors_are_one_plain_line(stored: tuple[int, Path], tmp_path: Path) -> None:
    line = one_line_error(run_cli("export", "999", "--to", "txt", "-o", str(tmp_path / "a.txt")))
    assert "999" in line
    stranger = tmp_path / "never-imported.txt"
    stranger.write_text("x", encoding="utf-8")
    line = one_line_error(run_cli("export", str(stranger), "-o", str(tmp_path / "b.txt")))
    assert "no article" in line
    line = one_line_error(run_cli("export", "1", "-o", str(tmp_path / "c.pdf")))
    assert "--to" in line
    line = one_line_error(run_cli("export", "1", "--to", "txt", "-o", str(stranger / "d.txt")))
    assert "cannot write" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["never-imported.txt", "source.txt"]


@pytest.mark.slow  # runs reviewdesk as a program
def test_export_without_a_library(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "library.sqlite"
    line = one_line_error(
        run_cli("--library", str(missing), "export", "1", "--to", "txt", "-o", str(tmp_path / "x"))
    )
    assert "no library" in line
    assert not missing.exists()


def test_cli_format_names_match_the_exporter() -> None:
    from reviewdesk.cli import export_cmd
    from reviewdesk.formats import export

    assert tuple(f.value for f in export.ExportFormat) == export_cmd.FORMATS
