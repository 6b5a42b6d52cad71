"""Hostile and broken files get one clear FormatError: never a crash, hang or traceback,
never an entity expanded or a local file read, and the source file is never changed."""

from __future__ import annotations

import random
import struct
import zipfile
from pathlib import Path

import pytest

from fixtures_import.docx_parts import (
    CONTENT_TYPES,
    PACKAGE_RELS,
    document_xml,
    para,
    run,
    write_docx,
)
from reviewdesk.formats import FormatError, import_file, safety


def assert_untouched(path: Path, before: tuple[bytes, int]) -> None:
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def good_docx(path: Path) -> Path:
    return write_docx(path, para(run("Harbour reopens after the storm.")) * 200)


def test_truncated_docx(tmp_path: Path) -> None:
    whole = good_docx(tmp_path / "whole.docx").read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(whole[: len(whole) // 2])
    before = snapshot(path)
    with pytest.raises(FormatError, match=r"^cut\.docx: is damaged or not a Word document$"):
        import_file(path)
    assert_untouched(path, before)


@pytest.mark.parametrize(
    "data",
    [b"", b"PK\x03\x04 not really", random.Random(7).randbytes(5000), b"Just some text\n"],
    ids=["empty", "fake-zip-magic", "random", "text"],
)
def test_not_a_docx(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "story.docx"
    path.write_bytes(data)
    with pytest.raises(FormatError, match="is damaged or not a Word document"):
        import_file(path)


def test_zip_without_document_part(tmp_path: Path) -> None:
    path = tmp_path / "sheet.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(FormatError, match="is an Excel workbook, not a Word document"):
        import_file(path)


def test_corrupted_entry_crc(tmp_path: Path) -> None:
    path = good_docx(tmp_path / "crc.docx")
    data = bytearray(path.read_bytes())
    # flip one byte inside the (stored) document.xml data; zipfile's CRC check catches it
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("word/document.xml")
    local = info.header_offset
    name_len, extra_len = struct.unpack("<HH", data[local + 26 : local + 30])
    start = local + 30 + name_len + extra_len
    data[start + info.compress_size // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(FormatError, match="is damaged or not a Word document"):
        import_file(path)


def test_zip_bomb_is_refused_from_its_directory(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    chunk = b" " * (1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", PACKAGE_RELS)
        with zf.open("word/document.xml", "w") as fh:
            fh.write(document_xml("").encode()[:-40])
            for _ in range(120):  # 120 MB of spaces, ~120 kB compressed
                fh.write(chunk)
    assert path.stat().st_size < 1_000_000
    before = snapshot(path)
    with pytest.raises(FormatError, match=r"zip bomb"):
        import_file(path)
    assert_untouched(path, before)


def test_zip_bomb_that_lies_about_its_size_is_stopped_while_reading(tmp_path: Path) -> None:
    """The directory claims a tiny entry; the bounded reader stops at the claimed size."""
    path = tmp_path / "liar.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", PACKAGE_RELS)
        zf.writestr("word/document.xml", document_xml(para(run("x" * (8 << 20)))))
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("word/document.xml")
    real = info.file_size
    fake = struct.pack("<I", 1000)
    local = info.header_offset
    assert struct.unpack("<I", data[local + 22 : local + 26])[0] == real
    data[local + 22 : local + 26] = fake
    central = bytes(data).find(b"word/document.xml", local + 30 + 17) - 46
    assert data[central : central + 4] == b"PK\x01\x02"
    data[central + 24 : central + 28] = fake
    path.write_bytes(bytes(data))
    with pytest.raises(FormatError, match=r"damaged|zip bomb"):
        import_file(path)


def test_too_many_entries(tmp_path: Path) -> None:
    path = tmp_path / "many.docx"
    with zipfile.ZipFile(path, "w") as zf:
        for i in range(safety.MAX_DOCX_ENTRIES + 1):
            zf.writestr(f"word/media/{i}.txt", b"")
    with pytest.raises(FormatError, match=r"has 2001 parts inside"):
        import_file(path)


def test_external_entity_is_never_resolved(tmp_path: Path) -> None:
    prolog = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n'
    body = para(run("before &e; after"))
    path = write_docx(tmp_path / "xxe.docx", body, prolog=prolog)
    before = snapshot(path)
    with pytest.raises(FormatError) as info:
        import_file(path)
    message = str(info.value)
    assert message.startswith("xxe.docx: word/document.xml contains a document type declaration")
    assert "root:" not in message
    assert_untouched(path, before)


def test_billion_laughs_is_refused(tmp_path: Path) -> None:
    lol = "".join(
        f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' if i else '<!ENTITY l0 "lol">' for i in range(10)
    )
    path = write_docx(tmp_path / "lol.docx", para(run("&l9;")), prolog=f"<!DOCTYPE x [{lol}]>")
    with pytest.raises(FormatError, match="document type declaration"):
        import_file(path)


def test_malformed_xml_in_docx(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "bad.docx", "", document="<w:document><w:body><w:p>")
    with pytest.raises(FormatError, match="is damaged or not a Word document"):
        import_file(path)


def test_binary_file_renamed_txt(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + random.Random(1).randbytes(20_000))
    before = snapshot(path)
    with pytest.raises(FormatError, match=r"^photo\.txt: looks like a binary file, not text$"):
        import_file(path)
    assert_untouched(path, before)


def test_binary_without_nul_bytes(tmp_path: Path) -> None:
    path = tmp_path / "blob.md"
    path.write_bytes(bytes(range(1, 32)) * 300)
    with pytest.raises(FormatError, match="looks like a binary file, not text"):
        import_file(path)


def test_a_docx_renamed_txt_is_binary(tmp_path: Path) -> None:
    path = good_docx(tmp_path / "story.docx").rename(tmp_path / "story.txt")
    with pytest.raises(FormatError, match="looks like a binary file"):
        import_file(path)


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_fifty_megabyte_single_line_is_refused(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"huge{suffix}"
    with open(path, "wb") as fh:
        for _ in range(50):
            fh.write(b"a" * 1_000_000)
    with pytest.raises(
        FormatError,
        match=rf"^huge\{suffix}: 50 MB is too large for an article "
        r"\(the limit is 20 MB\)$",
    ):
        import_file(path)


def test_huge_docx_file_is_refused_before_unzipping(tmp_path: Path) -> None:
    path = tmp_path / "huge.docx"
    with open(path, "wb") as fh:
        fh.truncate(60 * 1024 * 1024)  # sparse: no time or disk spent
    with pytest.raises(FormatError, match=r"too large for a Word document \(the limit is 50 MB\)"):
        import_file(path)


def test_deeply_nested_docx(tmp_path: Path) -> None:
    nested = "<w:sdt><w:sdtContent>" * 5000 + run("x") + "</w:sdtContent></w:sdt>" * 5000
    path = write_docx(tmp_path / "deep.docx", para(nested))
    with pytest.raises(FormatError, match="nested too deeply"):
        import_file(path)
