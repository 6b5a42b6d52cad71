"""Exporting the corrected draft: .txt, .md, .html, clean .docx; overwrite and write failures."""

from __future__ import annotations

import errno
import io
import os
import stat
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest

from reviewdesk.core import fileio
from reviewdesk.core.models import Article, ArticleStatus, Decision, DecisionAction, Note
from reviewdesk.formats import FormatError
from reviewdesk.formats.docx_revisions import read_revisions
from reviewdesk.formats.export import (
    ExportFormat,
    OutputExistsError,
    export_draft,
    parse_format,
    render,
)

WHEN = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
ORIGINAL = "Headline <here> & there\n\nFirst paragrpah, with\ttab.\nCafé 😀 𝄞 naïve"
DRAFT = "Headline <here> & there\n\nFirst paragraph, with\ttab.\n\nCafé 😀 𝄞 naïve text"


def make_article() -> Article:
    return Article(
        id=7,
        title='A "title" <b>bold</b> & more',
        original=ORIGINAL,
        draft=DRAFT,
        language="en-GB",
        status=ArticleStatus.IN_REVIEW,
    )


def make_notes() -> list[Note]:
    start = DRAFT.index("paragraph")
    return [Note(1, 7, start, start + 9, "paragraph", "Typo fixed", author="Ann")]


def export(tmp_path: Path, fmt: str, name: str, **kwargs: object) -> Path:
    out = tmp_path / name
    export_draft(make_article(), make_notes(), out, fmt, author="Ed", when=WHEN, **kwargs)  # type: ignore[arg-type]
    return out


def test_txt_is_the_draft_in_utf8_with_lf(tmp_path: Path) -> None:
    out = export(tmp_path, "txt", "out.txt")
    assert out.read_bytes() == DRAFT.encode("utf-8")
    assert b"\r" not in out.read_bytes()


def test_md_keeps_the_text_as_is(tmp_path: Path) -> None:
    article = make_article()
    article.draft = "# Title\n\nSome *emphasis* and a [link](x).\n"
    out = tmp_path / "out.md"
    export_draft(article, [], out, ExportFormat.MD, author="Ed")
    assert out.read_text(encoding="utf-8") == article.draft


def test_html_has_charset_title_and_escaped_paragraphs(tmp_path: Path) -> None:
    out = export(tmp_path, "html", "out.html")
    page = out.read_text(encoding="utf-8")
    assert '<meta charset="utf-8" />' in page
    assert "<title>A &quot;title&quot; &lt;b&gt;bold&lt;/b&gt; &amp; more</title>" in page
    assert '<html lang="en-GB">' in page
    root = ET.fromstring(page.removeprefix("<!DOCTYPE html>\n"))  # well-formed
    paragraphs = ["".join(p.itertext()) for p in root.iter("p")]
    assert paragraphs == [line for line in DRAFT.split("\n") if line.strip()]
    assert "<here>" not in page


def test_clean_docx_has_one_paragraph_per_paragraph(tmp_path: Path) -> None:
    """One Word paragraph per line of text, the blank lines between them left out (Word's
    paragraph spacing sets them apart, as the HTML export's paragraphs do)."""
    out = export(tmp_path, "docx", "out.docx")
    document = docx.Document(str(out))
    paragraphs = [line for line in DRAFT.split("\n") if line.strip()]
    assert [p.text for p in document.paragraphs] == paragraphs
    assert document.core_properties.title == make_article().title
    assert document.core_properties.author == "Ed"
    view = read_revisions(out)
    assert view.accepted == view.rejected == "\n".join(paragraphs)  # no revisions


WRAPPED = (
    "Council Approves Budget\n"
    "\n"
    "The council voted on Tuesday to approve the budget, which\n"
    "was the largest in a decade, officials said on Wednesday.\n"
    "\n"
    "The mayor said the plan would protect services while it\n"
    "kept taxes flat for a third year running.\n"
)


def test_a_text_wrapped_by_hand_keeps_its_blank_lines_in_word(tmp_path: Path) -> None:
    """Wire copy wrapped at a fixed width: each line is a Word paragraph, so the blank
    lines are the only marks between its paragraphs, and stay (left out, the paragraphs
    would run together)."""
    article = Article(None, "Council Approves Budget", WRAPPED, WRAPPED.replace("it\n", "it \n"))
    for fmt in ("docx", "docx-tracked"):
        out = tmp_path / f"wrapped-{fmt}.docx"
        export_draft(article, [], out, fmt, author="Ed", when=WHEN)
        texts = [p.text for p in docx.Document(str(out)).paragraphs]
        assert texts[1] == "" and texts[4] == "", (fmt, texts)


def test_tracked_docx_export_has_changes_and_notes(tmp_path: Path) -> None:
    out = export(tmp_path, "docx-tracked", "tracked.docx")
    view = read_revisions(out)
    assert view.accepted == "\n".join(line for line in DRAFT.split("\n") if line)
    assert view.rejected == "\n".join(line for line in ORIGINAL.split("\n") if line)
    assert [(c.body, c.anchor, c.author) for c in view.comments] == [
        ("Typo fixed", "paragraph", "Ann")
    ]
    docx.Document(str(out))


def test_every_format_renders() -> None:
    decisions = [
        Decision(None, 7, DecisionAction.APPLY, "SPELL", "harper", "spelling", 0, 1, "x", "y")
    ]
    for fmt in ExportFormat:
        data, _, _ = render(make_article(), make_notes(), fmt, author="Ed", decisions=decisions)
        assert data
        if fmt in (ExportFormat.DOCX, ExportFormat.DOCX_TRACKED):
            docx.Document(io.BytesIO(data))


def test_unknown_format_is_a_plain_error() -> None:
    with pytest.raises(FormatError, match="unknown export format 'pdf'"):
        parse_format("pdf")
    assert parse_format(".DOCX") is ExportFormat.DOCX
    assert parse_format("docx-tracked") is ExportFormat.DOCX_TRACKED


def test_existing_file_is_not_overwritten_without_permission(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    out.write_text("keep me", encoding="utf-8")
    with pytest.raises(OutputExistsError, match="already exists") as info:
        export_draft(make_article(), [], out, "txt", author="Ed")
    assert info.value.path == out
    assert out.read_text(encoding="utf-8") == "keep me"
    export_draft(make_article(), [], out, "txt", author="Ed", overwrite=True)
    assert out.read_text(encoding="utf-8") == DRAFT


def test_a_folder_as_output_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="is a folder"):
        export_draft(make_article(), [], tmp_path, "txt", author="Ed", overwrite=True)


def test_unwritable_location_gives_a_clear_error_and_leaves_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(FormatError) as info:
        export_draft(make_article(), [], blocker / "out.docx", "docx", author="Ed")
    message = str(info.value)
    assert message == f"cannot write {blocker / 'out.docx'}: {blocker} is not a folder"
    assert "\n" not in message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt"]


def test_read_only_folder_gives_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        probe = folder / "probe"
        try:
            probe.write_bytes(b"")
        except PermissionError:
            pass
        else:
            # Root writes through chmod (CI runs as root): a test double stands in for
            # the kernel's refusal, at the one call that creates the file.
            probe.unlink()

            def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

            monkeypatch.setattr(fileio.tempfile, "mkstemp", refuse)
        with pytest.raises(FormatError, match="cannot write") as info:
            export_draft(make_article(), [], folder / "out.txt", "txt", author="Ed")
        assert "ermission denied" in str(info.value)
        assert "\n" not in str(info.value)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(stat.S_IRWXU)


def test_full_disk_leaves_the_old_file_and_no_temp_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report.html"
    out.write_text("the previous report", encoding="utf-8")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(fileio.os, "fsync", disk_full)
    with pytest.raises(FormatError, match="No space left on device") as info:
        export_draft(make_article(), make_notes(), out, "report", author="Ed", overwrite=True)
    assert str(out) in str(info.value)
    assert out.read_text(encoding="utf-8") == "the previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_a_new_file_is_not_created_when_the_write_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(fileio.os, "fsync", disk_full)
    with pytest.raises(FormatError):
        export_draft(make_article(), make_notes(), tmp_path / "t.docx", "docx-tracked", author="E")
    assert list(tmp_path.iterdir()) == []


def test_tracked_docx_imports_back_as_the_draft_with_its_notes(tmp_path: Path) -> None:
    from reviewdesk.formats import import_file

    out = export(tmp_path, "docx-tracked", "again.docx")
    imported = import_file(out)
    assert imported.text == "\n".join(line for line in DRAFT.split("\n") if line)  # no gaps
    assert [(n.body, imported.text[n.start : n.end]) for n in imported.notes] == [
        ("Typo fixed", "paragraph")
    ]
