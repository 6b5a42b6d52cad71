"""Importing plain text and Markdown: encodings (BOMs, UTF-16 without BOM, cp1252 vs
cp1250), newline normalisation, explicit encodings, and the encoding-picker helpers."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from reviewdesk.formats import FormatError, import_file
from reviewdesk.formats.encoding import candidate_encodings, decode_preview

WESTERN = "naïve café – “quoted” €5"
CP1252_WARNING = (
    "Assumed Windows-1252 (Western European); pick another encoding if the text looks wrong"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_cp1252_is_not_read_as_cp1250(tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt", WESTERN.encode("cp1252"))
    doc = import_file(path)
    assert doc.text == "naïve café – “quoted” €5"
    assert "ď" not in doc.text
    assert doc.encoding == "cp1252"
    assert doc.encoding_guessed
    assert doc.warnings == [CP1252_WARNING]


def test_cp1252_article_with_crlf(tmp_path: Path) -> None:
    text = (
        "The naïve café owner said: “We’re open” – at last.\r\n"
        "\r\n"
        "Prices rose by 5 € to £12; the rosé, crème brûlée and piñata stayed.\r\n"
    )
    doc = import_file(write(tmp_path, "story.txt", text.encode("cp1252")))
    assert doc.text == (
        "The naïve café owner said: “We’re open” – at last.\n"
        "\n"
        "Prices rose by 5 € to £12; the rosé, crème brûlée and piñata stayed.\n"
    )
    assert doc.encoding == "cp1252"


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Zażółć gęślą jaźń, powiedział prezydent w Łodzi.", "cp1250"),
        ("Příliš žluťoučký kůň úpěl ďábelské ódy.", "cp1250"),
        ("Президент прибыл в Минск в пятницу.", "cp1251"),
    ],
)
def test_other_single_byte_encodings_are_detected(tmp_path: Path, text: str, codec: str) -> None:
    doc = import_file(write(tmp_path, "story.txt", text.encode(codec)))
    assert doc.text == text
    assert doc.encoding == codec
    assert doc.encoding_guessed


@pytest.mark.parametrize(
    ("bom", "codec", "expected"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    ],
)
def test_bom_decides(tmp_path: Path, bom: bytes, codec: str, expected: str) -> None:
    text = "Putin’s visit 😀 – “naïve”\r\nsecond line\rthird"
    doc = import_file(write(tmp_path, "story.txt", bom + text.encode(codec)))
    assert doc.text == "Putin’s visit 😀 – “naïve”\nsecond line\nthird"
    assert doc.encoding == expected
    assert not doc.encoding_guessed
    assert doc.warnings == []


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(tmp_path: Path, codec: str) -> None:
    text = "Harbour reopens 😀 after repairs.\r\nThe café on the quay is busy again."
    doc = import_file(write(tmp_path, "story.txt", text.encode(codec)))
    assert doc.text == "Harbour reopens 😀 after repairs.\nThe café on the quay is busy again."
    assert doc.encoding == codec
    assert doc.encoding_guessed
    assert doc.warnings and doc.warnings[0].startswith("Assumed UTF-16")


def test_plain_utf8_is_not_a_guess(tmp_path: Path) -> None:
    doc = import_file(write(tmp_path, "story.txt", "Ünïcödé 😀 text\n".encode()))
    assert doc.text == "Ünïcödé 😀 text\n"
    assert (doc.encoding, doc.encoding_guessed, doc.warnings) == ("utf-8", False, [])
    assert doc.title == "Ünïcödé 😀 text"
    assert doc.format == "txt"


def test_explicit_encoding_overrides_detection(tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt", WESTERN.encode("cp1252"))
    doc = import_file(path, encoding="cp1250")
    assert doc.text == "naďve café – “quoted” €5"
    assert doc.encoding == "cp1250"
    assert not doc.encoding_guessed
    assert doc.warnings == []
    assert import_file(path, encoding="windows-1252").text == WESTERN


def test_explicit_encoding_errors_are_plain(tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt", WESTERN.encode("cp1252"))
    with pytest.raises(FormatError, match="unknown encoding 'klingon'"):
        import_file(path, encoding="klingon")
    # where the text breaks off, as an editor finds it (no byte values, no offsets)
    with pytest.raises(FormatError) as raised:
        import_file(path, encoding="utf-8")
    said = "story.txt: cannot be read as UTF-8 (the text breaks off in line 1, after “na”)"
    assert str(raised.value).startswith(said)
    assert "another encoding" in raised.value.remedy  # the way out, named


def test_explicit_utf16_drops_its_bom(tmp_path: Path) -> None:
    data = codecs.BOM_UTF16_LE + "café".encode("utf-16-le")
    assert import_file(write(tmp_path, "a.txt", data), encoding="utf-16-le").text == "café"


def test_candidate_encodings_and_preview() -> None:
    data = WESTERN.encode("cp1252")
    candidates = candidate_encodings(data)
    codecs_only = [codec for codec, _ in candidates]
    assert candidates[0] == ("cp1252", "Windows-1252 (Western European)")
    assert "cp1250" in codecs_only
    assert "utf-8" not in codecs_only  # it does not decode
    assert not any(c.startswith("utf-16") for c in codecs_only)
    assert decode_preview(data, "cp1250") == "naďve café – “quoted” €5"
    assert decode_preview(data, "cp1252", max_chars=5) == "naïve"
    # invalid bytes show as replacement characters in a preview rather than failing
    assert decode_preview(data, "utf-8").startswith("na\ufffd")


def test_candidate_encodings_for_utf16_without_bom() -> None:
    data = "Line one\r\nLine two".encode("utf-16-le")
    assert candidate_encodings(data)[0][0] == "utf-16-le"
    assert decode_preview(data, "utf-16-le") == "Line one\nLine two"


def test_markdown_is_kept_exactly(tmp_path: Path) -> None:
    text = (
        "---\nslug: harbour\n---\n"
        "Intro line with trailing spaces  \n\n"
        "# Harbour *reopens* after storm #\n\n"
        "Text with <b>html</b>, [a link](http://x.example) and `code`.\r\n"
        "* item one\n* item two\n"
    )
    doc = import_file(write(tmp_path, "story.md", text.encode()))
    assert doc.text == text.replace("\r\n", "\n")
    assert doc.format == "md"
    assert doc.title == "Harbour *reopens* after storm"


def test_markdown_title_from_front_matter_and_setext(tmp_path: Path) -> None:
    front = import_file(write(tmp_path, "a.md", b'---\ntitle: "Storm repairs"\n---\n# Other\n'))
    assert front.title == "Storm repairs"
    setext = import_file(write(tmp_path, "b.md", b"Some intro\n\nHarbour reopens\n===\n"))
    assert setext.title == "Harbour reopens"
    fenced = import_file(write(tmp_path, "c.md", b"```\n# not a title\n```\n## Real one\n"))
    assert fenced.title == "Real one"


def test_empty_file_gets_title_from_name(tmp_path: Path) -> None:
    doc = import_file(write(tmp_path, "empty-story.txt", b""))
    assert (doc.text, doc.title) == ("", "empty-story")


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="no such file"):
        import_file(tmp_path / "nope.txt")
    with pytest.raises(FormatError, match="is a folder"):
        import_file(tmp_path)


def test_unsupported_formats_say_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match=r"save it as \.docx"):
        import_file(write(tmp_path, "old.doc", b"\xd0\xcf\x11\xe0" + b"\x00" * 100))


def test_unknown_suffix_is_sniffed(tmp_path: Path) -> None:
    doc = import_file(write(tmp_path, "story.article", b"Plain words\n"))
    assert (doc.format, doc.text) == ("txt", "Plain words\n")


def test_utf8_with_a_few_broken_bytes_stays_utf8(tmp_path: Path) -> None:
    text = "Café owners 😀 said “naïve” things. " * 20
    data = text.encode() + "é".encode()[:1]  # a file cut off in the middle of a character
    doc = import_file(write(tmp_path, "cut.txt", data))
    assert doc.text == text + "\ufffd"
    assert doc.encoding == "utf-8"
    assert doc.encoding_guessed
    assert doc.warnings == [
        "Read as UTF-8, but 1 invalid byte(s) show as \ufffd; pick another encoding if the "
        "text looks wrong"
    ]


def test_users_sample_imports_unchanged(sample_path: Path) -> None:
    before = (sample_path.read_bytes(), sample_path.stat().st_mtime_ns)
    doc = import_file(sample_path)
    assert doc.text == sample_path.read_bytes().decode("utf-8").replace("\r\n", "\n")
    assert (doc.encoding, doc.warnings, doc.format) == ("utf-8", [], "txt")
    assert (sample_path.read_bytes(), sample_path.stat().st_mtime_ns) == before


def test_title_leaves_out_a_breadcrumb_trail(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from reviewdesk.formats import import_file

    cases = {
        "Home » World » Putin Seeks Support for War Effort\n\nBody.\n": (
            "Putin Seeks Support for War Effort"
        ),
        "Home › Local › Environment\nCouncil Approves Seawall\n\nBody.\n": (
            "Council Approves Seawall"
        ),
        "Council Approves Seawall After Vote\n\nBody.\n": "Council Approves Seawall After Vote",
        "Home / away games: the fixtures list\n\nBody.\n": "Home / away games: the fixtures list",
    }
    for n, (text, title) in enumerate(cases.items()):
        path = tmp_path / f"story{n}.txt"
        path.write_text(text, encoding="utf-8")
        assert import_file(path).title == title
