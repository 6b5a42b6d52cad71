"""``python -m reviewdesk check`` as a user runs it: a real subprocess, real Harper."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reviewdesk.core.models import WordScope
from reviewdesk.store import Library

pytestmark = pytest.mark.slow  # each test starts real processes

ISSUE_KEYS = {
    "start",
    "end",
    "text",
    "category",
    "rule",
    "engine",
    "message",
    "replacements",
    "severity",
}
# CRLF line endings, a BMP emoji and a non-BMP symbol before the issues, and two
# made-up names that no dictionary knows.
EMOJI_DOC = (
    "Hello 😀 world, and this is teh end.\r\nThe 𝄞 music was a glorbish tune by Zbrovnikova.\r\n"
)


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reviewdesk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


def assert_one_line_error(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("reviewdesk: error: "), proc.stderr
    assert proc.stdout == ""
    return lines[0]


def assert_spans_match(payload: dict, text: str) -> None:
    for issue in payload["issues"]:
        assert set(issue) >= ISSUE_KEYS
        assert isinstance(issue["replacements"], list)
        assert text[issue["start"] : issue["end"]] == issue["text"], issue


def test_json_offsets_are_code_points_in_normalised_text(tmp_path: Path) -> None:
    path = tmp_path / "emoji.txt"
    path.write_bytes(EMOJI_DOC.encode("utf-8"))
    proc = run_cli("check", str(path), "--format", "json")
    assert proc.returncode == 1, proc.stderr
    payload = json.loads(proc.stdout)
    assert payload["file"] == str(path)
    assert payload["language"] == "en-US"
    assert "harper" in payload["engines"]
    text = EMOJI_DOC.replace("\r\n", "\n")
    assert_spans_match(payload, text)
    by_text = {i["text"]: i for i in payload["issues"]}
    assert by_text["teh"]["start"] == text.index("teh")
    assert by_text["glorbish"]["start"] == text.index("glorbish")
    assert by_text["glorbish"]["category"] == "spelling"


def test_text_format_gives_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "emoji.txt"
    path.write_bytes(EMOJI_DOC.encode("utf-8"))
    proc = run_cli("check", str(path), "--format", "text")
    assert proc.returncode == 1, proc.stderr
    lines = proc.stdout.splitlines()
    second_line = EMOJI_DOC.split("\r\n")[1]
    col = second_line.index("glorbish") + 1
    assert any(line.startswith(f"2:{col}: Spelling") and "glorbish" in line for line in lines), (
        lines
    )
    assert any(line.startswith("1:") and "(→ “the”" in line for line in lines), lines
    summary = re.fullmatch(rf"{re.escape(str(path))}: (\d+) issues \((.*)\)", lines[-1])
    assert summary and "Harper" in summary.group(2), lines[-1]
    assert int(summary.group(1)) == len(lines) - 1


def test_clean_file_exits_0(tmp_path: Path) -> None:
    path = tmp_path / "clean.md"
    path.write_text("The cat sat on the mat.\n", encoding="utf-8")
    proc = run_cli("check", str(path))
    assert proc.returncode == 0, proc.stderr
    payload = json.loads(proc.stdout)
    assert payload["issues"] == [] and payload["engines"]


def test_library_option_words_suppress_spelling(tmp_path: Path) -> None:
    chosen = tmp_path / "chosen.sqlite"
    with Library(chosen) as lib:
        lib.add_word("Zbrovnikova", WordScope.HOUSE)
        lib.add_word("glorbish", WordScope.USER)
    with Library(tmp_path / "env.sqlite") as lib:
        lib.add_word("teh", WordScope.USER)  # must NOT apply: --library wins
    env = dict(os.environ, REVIEWDESK_LIBRARY=str(tmp_path / "env.sqlite"))
    path = tmp_path / "names.txt"
    path.write_text(EMOJI_DOC, encoding="utf-8")
    proc = run_cli("check", str(path), "--library", str(chosen), env=env)
    assert proc.returncode == 1, proc.stderr
    flagged = {i["text"] for i in json.loads(proc.stdout)["issues"]}
    assert "glorbish" not in flagged
    assert "teh" in flagged


@pytest.mark.parametrize(
    ("name", "content", "expect"),
    [
        ("missing.txt", None, "no such file"),
        ("folder", "dir", "folder"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" + bytes(range(256)), "binary"),
        ("nul-mixed.txt", b"\x81\x8d\x00\x8f\x90\x00\x9d" * 20, "binary"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, name: str, content: bytes | str | None, expect: str
) -> None:
    path = tmp_path / name
    if content == "dir":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    line = assert_one_line_error(run_cli("check", str(path)))
    assert expect in line


def test_undecodable_bytes_never_give_a_traceback(tmp_path: Path) -> None:
    # cp1252 text that is not UTF-8. Exit 2 with a plain message, or (if the importer
    # learns to detect the encoding) a normal check whose spans match the decoded text.
    path = tmp_path / "legacy.txt"
    data = "Caf\u00e9 na\u00efve r\u00e9sum\u00e9 \u2013 teh end.\r\n".encode("cp1252")
    path.write_bytes(data)
    proc = run_cli("check", str(path))
    assert "Traceback" not in proc.stderr
    if proc.returncode == 2:
        assert_one_line_error(proc)
    else:
        assert proc.returncode == 1
        payload = json.loads(proc.stdout)
        assert payload["encoding"].replace("-", "").lower() != "utf8"
        assert_spans_match(payload, data.decode(payload["encoding"]).replace("\r\n", "\n"))


@pytest.mark.parametrize(
    "args",
    [
        ["check"],
        ["check", "x.txt", "--language", "fr-FR"],
        ["check", "x.txt", "--format", "xml"],
        ["chek", "x.txt"],
        ["check", "x.txt", "--bogus"],
    ],
    ids=["no-file", "bad-language", "bad-format", "typo-command", "unknown-option"],
)
def test_usage_errors_exit_2(tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "x.txt").write_text("Fine text.\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "reviewdesk", *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert_one_line_error(proc)


def test_corrupt_library_is_an_input_error(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Fine text.\n", encoding="utf-8")
    library = tmp_path / "broken.sqlite"
    library.write_bytes(b"not a database " * 100)
    line = assert_one_line_error(run_cli("--library", str(library), "check", str(article)))
    assert "damaged" in line or "not a reviewdesk library" in line


def test_sample_json_spans_and_gold_coverage(sample_path: Path, sample_gold: Path) -> None:
    proc = run_cli("check", str(sample_path), "--format", "json")
    assert proc.returncode == 1, proc.stderr
    payload = json.loads(proc.stdout)
    raw = sample_path.read_bytes().decode("utf-8-sig")
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    assert_spans_match(payload, text)
    gold = json.loads(sample_gold.read_text(encoding="utf-8"))["errors"]
    spans = [(i["start"], i["end"]) for i in payload["issues"]]

    def covered(fault: dict) -> bool:
        return any(s < fault["end"] and fault["start"] < e for s, e in spans)

    found = [f for f in gold if covered(f)]
    # Harper alone finds about 64% of the sample's known faults.
    assert len(found) / len(gold) >= 0.6, f"{len(found)}/{len(gold)} gold faults found"


def test_json_output_is_only_json_whatever_an_engine_prints(tmp_path: Path) -> None:
    """harper-py prints a debug line to fd 1 for this sentence; stdout must stay JSON."""
    article = tmp_path / "snow.txt"
    article.write_text("😀 But he was looking forward to snow.\n", encoding="utf-8")
    proc = run_cli("check", str(article), "--library", str(tmp_path / "lib.sqlite"))
    assert proc.returncode in (0, 1), proc.stderr
    payload = json.loads(proc.stdout)  # the whole of stdout, from its first character
    assert payload["file"] == str(article)


def _docx_claiming_zip_version(path: Path, version: int) -> None:
    """A small Word file whose zip entries say they need zip version ``version / 10``."""
    import struct
    import zipfile

    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 4), (b"PK\x01\x02", 6)):
        at = data.find(signature)
        while at >= 0:
            struct.pack_into("<H", data, at + offset, version)
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))


def test_an_input_nothing_foresaw_still_gives_one_line(tmp_path: Path) -> None:
    """zipfile raises NotImplementedError for 'zip version 11.7': no traceback reaches the user."""
    article = tmp_path / "future.docx"
    _docx_claiming_zip_version(article, 117)
    proc = run_cli("check", str(article), "--library", str(tmp_path / "lib.sqlite"))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    line = assert_one_line_error(proc)
    assert "-v" in line


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses names that are not UTF-8")
def test_a_file_name_that_is_not_utf8_gives_valid_utf8_json(tmp_path: Path) -> None:
    """The old code wrote the name's raw byte into the JSON: not valid UTF-8."""
    path = Path(os.fsdecode(os.fsencode(tmp_path) + b"/caf\xe9 report.txt"))
    path.write_text("Mayor Alvarez said teh plan was ready.\n", encoding="utf-8")
    for fmt in ("json", "text"):
        proc = subprocess.run(
            [sys.executable, "-m", "reviewdesk", "check", "--format", fmt, os.fsdecode(path)],
            capture_output=True,
            timeout=120,
            env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        )
        assert proc.returncode == 1, proc.stderr
        out = proc.stdout.decode("utf-8")  # raises if it is not valid UTF-8
        if fmt == "json":
            assert json.loads(out)["file"].endswith("caf\\xe9 report.txt")
        else:
            assert "caf\\xe9 report.txt: 1 issue" in out
