"""``reviewdesk import FILE...``: articles (and Word comments as notes) land in the library;
failures are one plain line each on stderr and exit 2."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fixtures_import.docx_parts import comment, comments_xml, para, run, write_docx
from reviewdesk.cli import import_cmd
from reviewdesk.store import Library


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    import_cmd.add_parser(parser.add_subparsers())
    return parser.parse_args(["import", *argv])


def word_file(path: Path) -> Path:
    body = para(
        run("The mayor 😀 "),
        '<w:commentRangeStart w:id="4"/>',
        run("Ana Ruiz"),
        '<w:commentRangeEnd w:id="4"/>',
        '<w:r><w:commentReference w:id="4"/></w:r>',
        run(" spoke."),
    )
    comments = comments_xml(comment(4, "Check the spelling", "Chief Sub"))
    return write_docx(path, body, comments=comments, title="Mayor speaks")


def test_run_imports_files_and_notes(
    tmp_path: Path,
    isolated_library: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    docx_path = word_file(tmp_path / "mayor.docx")
    txt_path = tmp_path / "cafe.txt"
    txt_path.write_bytes("naïve café – “quoted” €5\r\n".encode("cp1252"))
    monkeypatch.chdir(tmp_path)  # relative names are stored as absolute paths
    status = import_cmd.run(
        parse("mayor.docx", "cafe.txt", "--language", "en-GB"), isolated_library
    )
    out, err = capsys.readouterr()
    assert status == 0
    assert err == ""
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[0].split("\t")[1:] == ["Mayor speaks", "docx", "utf-8", "-"]
    assert lines[1].split("\t")[1:] == [
        "naïve café – “quoted” €5",
        "txt",
        "cp1252",
        "Assumed Windows-1252 (Western European); pick another encoding if the text looks wrong",
    ]
    with Library(isolated_library) as library:
        word = library.get_article(int(lines[0].split("\t")[0]))
        text = library.get_article(int(lines[1].split("\t")[0]))
        notes = library.notes(word.id or 0)
    assert word.original == word.draft == "The mayor 😀 Ana Ruiz spoke."
    assert word.source_path == str(docx_path.resolve())
    assert (word.source_format, word.encoding, word.language) == ("docx", "utf-8", "en-GB")
    assert text.original == text.draft == "naïve café – “quoted” €5\n"
    assert (text.source_format, text.encoding) == ("txt", "cp1252")
    assert [(n.start, n.end, n.quote, n.body, n.author) for n in notes] == [
        (12, 20, "Ana Ruiz", "Check the spelling", "Chief Sub")
    ]


def test_run_reports_each_failure_and_exits_2(
    tmp_path: Path, isolated_library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.md"
    good.write_text("# Harbour reopens\n\nText.\n", encoding="utf-8")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    cut = tmp_path / "cut.docx"
    cut.write_bytes(word_file(tmp_path / "w.docx").read_bytes()[:300])
    status = import_cmd.run(
        parse(str(good), str(binary), str(cut), str(tmp_path / "missing.txt")), isolated_library
    )
    out, err = capsys.readouterr()
    assert status == 2
    assert [line.split("\t")[1:3] for line in out.splitlines()] == [["Harbour reopens", "md"]]
    assert err.splitlines() == [
        "reviewdesk: error: photo.txt: looks like a binary file, not text",
        "reviewdesk: error: cut.docx: is damaged or not a Word document",
        f"reviewdesk: error: {tmp_path / 'missing.txt'}: no such file",
    ]
    with Library(isolated_library) as library:
        assert [a.title for a in library.list_articles()] == ["Harbour reopens"]


def test_run_does_not_import_the_same_text_twice(
    tmp_path: Path, isolated_library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Same text.\n", encoding="utf-8")
    assert import_cmd.run(parse(str(path)), isolated_library) == 0
    assert import_cmd.run(parse(str(path)), isolated_library) == 0
    path.write_text("Changed text.\n", encoding="utf-8")
    assert import_cmd.run(parse(str(path)), isolated_library) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].endswith("\talready in the library")
    assert lines[0].split("\t")[0] == lines[1].split("\t")[0] != lines[2].split("\t")[0]
    with Library(isolated_library) as library:
        assert len(library.list_articles()) == 2


def test_explicit_encoding(
    tmp_path: Path, isolated_library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "pl.txt"
    path.write_bytes("Zażółć gęślą jaźń".encode("cp1250"))
    assert import_cmd.run(parse(str(path), "--encoding", "cp1250"), isolated_library) == 0
    assert capsys.readouterr().out.split("\t")[1:4] == ["Zażółć gęślą jaźń", "txt", "cp1250"]


@pytest.mark.slow  # runs reviewdesk as a program
def test_subprocess_import(tmp_path: Path) -> None:
    word = word_file(tmp_path / "mayor.docx")
    bad = tmp_path / "bomb.txt"
    bad.write_bytes(bytes(range(256)) * 10)
    library = tmp_path / "lib.sqlite"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "reviewdesk",
            "--library",
            str(library),
            "import",
            str(word),
            str(bad),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert result.returncode == 2, result.stderr
    assert result.stdout.split("\t")[1:4] == ["Mayor speaks", "docx", "utf-8"]
    assert result.stderr == "reviewdesk: error: bomb.txt: looks like a binary file, not text\n"
    assert "Traceback" not in result.stderr
    with Library(library) as lib:
        (article,) = lib.list_articles()
        assert [n.quote for n in lib.notes(article.id or 0)] == ["Ana Ruiz"]
