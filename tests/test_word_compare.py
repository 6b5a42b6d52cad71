"""``reviewdesk compare A.docx B.docx``: A's own document with the differences tracked
where they are, and a warning for every difference that is not text (never a silent
"0 changes")."""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from pathlib import Path

import docx
import pytest

from fixtures_import.word_story import REJECTED, TEXT, write_story
from reviewdesk.cli import main
from reviewdesk.formats import import_file
from reviewdesk.formats.docx_map import map_document
from reviewdesk.formats.docx_package import Package
from reviewdesk.formats.docx_rewrite import clean_from_source
from reviewdesk.formats.export import compare_files
from word_checks import formatting_kept


def views(path: Path) -> tuple[str, str]:
    package = Package.open(path.read_bytes(), path.name)
    return map_document(package).text, map_document(package, "reject").text


def edited_version(original: Path, out: Path, old: str, new: str) -> Path:
    """``original`` with one text edit, written as a clean Word file (our own export)."""
    doc = import_file(original)
    assert doc.source is not None and old in doc.text
    draft = doc.text.replace(old, new, 1)
    out.write_bytes(clean_from_source(doc.source, doc.text, draft, author="Reporter").data)
    return out


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


@pytest.fixture
def first(tmp_path: Path) -> Path:
    return write_story(tmp_path / "a.docx", revisions=False, comments=False)


def test_compare_keeps_the_first_files_formatting_and_tracks_every_story(
    first: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    second = edited_version(first, tmp_path / "b1.docx", "primary objective", "main aim")
    second = edited_version(second, tmp_path / "b2.docx", "budget office", "finance office")
    second = edited_version(second, tmp_path / "b3.docx", "Gazette", "Herald")
    out = tmp_path / "out.docx"
    assert main(["compare", str(first), str(second), "-o", str(out), "--author", "Desk"]) == 0
    printed = capsys.readouterr()
    assert printed.out.startswith(f"wrote {out} (")
    assert "warning" not in printed.err
    accepted, rejected = views(out)
    assert accepted == import_file(second).text
    assert rejected == TEXT
    assert formatting_kept(first.read_bytes(), out.read_bytes()) == []
    with zipfile.ZipFile(out) as result, zipfile.ZipFile(first) as source:
        assert result.read("word/styles.xml") == source.read("word/styles.xml")
        assert b"<w:ins " in result.read("word/footnotes.xml")
        assert b"<w:del " in result.read("word/header1.xml")


def test_two_versions_that_differ_only_in_a_footnote_are_not_the_same(
    first: Path, tmp_path: Path
) -> None:
    second = edited_version(first, tmp_path / "b.docx", "budget office", "treasury")
    result = compare_files(first, second, tmp_path / "out.docx", author="Desk")
    assert result.revisions == 2  # "budget office" out, "treasury" in
    with zipfile.ZipFile(tmp_path / "out.docx") as zf:
        assert b"<w:delText>budget office</w:delText>" in zf.read("word/footnotes.xml")


def test_a_picture_added_or_removed_is_tracked_where_it_stands(first: Path, tmp_path: Path) -> None:
    document = docx.Document(str(first))
    document.paragraphs[2].add_run().add_picture(io.BytesIO(tiny_png()))
    second = tmp_path / "b.docx"
    document.save(str(second))
    out = tmp_path / "out.docx"
    result = compare_files(first, second, out, author="Desk")
    assert (result.revisions, result.warnings) == (1, ())
    with zipfile.ZipFile(out) as zf:
        body = zf.read("word/document.xml").decode()
        rels = zf.read("word/_rels/document.xml.rels").decode()
        media = [n for n in zf.namelist() if n.startswith("word/media/")]
        assert zf.read(media[0]) == tiny_png()
        assert 'Extension="png"' in zf.read("[Content_Types].xml").decode()
    inserted = re.search(r'<w:ins [^>]*w:author="Desk"[^>]*>(.*?)</w:ins>', body, re.S)
    assert inserted is not None and "<w:drawing>" in inserted.group(1)
    rid = re.search(r'r:embed="([^"]+)"', inserted.group(1)).group(1)  # type: ignore[union-attr]
    assert f'Id="{rid}"' in rels and media[0].removeprefix("word/") in rels
    assert views(out) == (TEXT, TEXT)
    # the other way round: the picture goes, as a tracked deletion of its run
    back = compare_files(second, first, tmp_path / "back.docx", author="Desk")
    assert back.revisions == 1
    with zipfile.ZipFile(tmp_path / "back.docx") as zf:
        body = zf.read("word/document.xml").decode()
    deleted = re.search(r'<w:del [^>]*w:author="Desk"[^>]*>(.*?)</w:del>', body, re.S)
    assert deleted is not None and "<w:drawing>" in deleted.group(1)


def test_formatting_made_bold_is_named(first: Path, tmp_path: Path) -> None:
    document = docx.Document(str(first))
    standfirst = document.paragraphs[1]
    standfirst.runs[0].bold = True
    second = tmp_path / "b.docx"
    document.save(str(second))
    result = compare_files(first, second, tmp_path / "out.docx", author="Desk")
    assert result.revisions == 0
    assert any(w.startswith("Formatting differs in 1 place (bold)") for w in result.warnings)


def test_compare_a_word_file_with_plain_text_keeps_the_word_files_formatting(
    first: Path, tmp_path: Path
) -> None:
    edited = tmp_path / "b.txt"
    edited.write_text(TEXT.replace("six", "seven"), encoding="utf-8")
    out = tmp_path / "out.docx"
    result = compare_files(first, edited, out, author="Desk")
    accepted, rejected = views(out)
    assert (accepted, rejected) == (TEXT.replace("six", "seven"), TEXT)
    assert result.revisions == 2
    assert formatting_kept(first.read_bytes(), out.read_bytes()) == []


def test_compare_of_a_file_with_revisions_keeps_them(tmp_path: Path) -> None:
    a = write_story(tmp_path / "a.docx", comments=False)
    b = edited_version(a, tmp_path / "b.docx", "Cafés", "Bars")
    out = tmp_path / "out.docx"
    compare_files(a, b, out, author="Desk")
    accepted, rejected = views(out)
    assert accepted == TEXT.replace("Cafés", "Bars")
    assert rejected == REJECTED  # A's own undecided revisions are still there
