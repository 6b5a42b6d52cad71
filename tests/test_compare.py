"""``reviewdesk compare ORIGINAL EDITED -o OUT.docx``, run as a user runs it (subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from reviewdesk.formats.docx_revisions import read_revisions
from reviewdesk.formats.export import compare_files

ORIGINAL = (
    "Home » World\nThe talks were held in Minsk,as planned.\nfollowing the vote, crowds gathered."
)
EDITED = "The talks were held in Minsk, as planned.\n\nFollowing the vote, crowds 😀 gathered."


def as_word(text: str) -> str:
    """``text`` as the tracked .docx holds it: one Word paragraph per paragraph, no blank
    lines (Word's paragraph spacing sets paragraphs apart)."""
    return "\n".join(line for line in text.split("\n") if line.strip())


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reviewdesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def assert_one_line_error(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    return lines[0]


@pytest.fixture
def versions(tmp_path: Path) -> tuple[Path, Path]:
    before = tmp_path / "before.txt"
    after = tmp_path / "after.md"
    before.write_text(ORIGINAL, encoding="utf-8")
    after.write_text(EDITED, encoding="utf-8")
    return before, after


@pytest.mark.slow  # runs reviewdesk as a program
def test_compare_writes_tracked_changes(versions: tuple[Path, Path], tmp_path: Path) -> None:
    before, after = versions
    out = tmp_path / "out.docx"
    proc = run_cli("compare", str(before), str(after), "-o", str(out), "--author", "Copy Desk")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"wrote {out}")
    view = read_revisions(out)
    assert view.accepted == as_word(EDITED)
    assert view.rejected == as_word(ORIGINAL)
    assert {r.author for r in view.revisions} == {"Copy Desk"}
    kinds = [(r.kind, r.text) for r in view.revisions]
    assert ("delete", "Home » World\n") in kinds
    assert ("delete", "following") in kinds  # word level, not the whole paragraph
    assert any(kind == "insert" and text.strip() == "Following" for kind, text in kinds)
    docx.Document(str(out))


@pytest.mark.slow  # runs reviewdesk as a program
def test_compare_refuses_to_overwrite_without_force(
    versions: tuple[Path, Path], tmp_path: Path
) -> None:
    before, after = versions
    out = tmp_path / "out.docx"
    out.write_bytes(b"precious")
    line = assert_one_line_error(run_cli("compare", str(before), str(after), "-o", str(out)))
    assert "already exists" in line and "--force" in line
    assert out.read_bytes() == b"precious"
    proc = run_cli("compare", str(before), str(after), "-o", str(out), "--force")
    assert proc.returncode == 0, proc.stderr
    assert read_revisions(out).accepted == as_word(EDITED)


@pytest.mark.slow  # runs reviewdesk as a program
def test_compare_errors_are_one_plain_line(versions: tuple[Path, Path], tmp_path: Path) -> None:
    before, after = versions
    missing = tmp_path / "missing.txt"
    line = assert_one_line_error(run_cli("compare", str(missing), str(after), "-o", "x.docx"))
    assert "missing.txt" in line
    line = assert_one_line_error(
        run_cli("compare", str(before), str(after), "-o", str(tmp_path / "out.txt"))
    )
    assert ".docx" in line
    blocked = tmp_path / "before.txt" / "out.docx"
    line = assert_one_line_error(run_cli("compare", str(before), str(after), "-o", str(blocked)))
    assert "cannot write" in line
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    out = tmp_path / "b.docx"
    assert_one_line_error(run_cli("compare", str(binary), str(after), "-o", str(out)))
    assert not (tmp_path / "b.docx").exists()


def test_compare_keeps_comments_from_an_edited_docx(tmp_path: Path) -> None:
    before = tmp_path / "before.txt"
    before.write_text("The first line.\nThe second line.", encoding="utf-8")
    edited = tmp_path / "edited.docx"
    document = docx.Document()
    document.add_paragraph("The first line.")
    paragraph = document.add_paragraph("The second ")
    run = paragraph.add_run("revised")
    paragraph.add_run(" line.")
    document.add_comment(run, text="Is this right?", author="Writer", initials="W")
    document.save(str(edited))

    out = tmp_path / "out.docx"
    result = compare_files(before, edited, out, author="Desk")
    view = read_revisions(out)
    assert view.accepted == "The first line.\nThe second revised line."
    assert view.rejected == "The first line.\nThe second line."
    assert result.comments == 1
    assert [(c.body, c.anchor, c.author) for c in view.comments] == [
        ("Is this right?", "revised", "Writer")
    ]


@pytest.mark.slow  # runs reviewdesk as a program
def test_compare_of_the_users_sample(sample_path: Path, sample_gold: Path, tmp_path: Path) -> None:
    original = sample_path.read_text(encoding="utf-8")
    corrected = original
    faults = json.loads(sample_gold.read_text(encoding="utf-8"))["errors"]
    for fault in sorted(faults, key=lambda f: -f["start"]):
        assert corrected[fault["start"] : fault["end"]] == fault["text"]
        corrected = corrected[: fault["start"]] + fault["correction"] + corrected[fault["end"] :]
    edited = tmp_path / "corrected.txt"
    edited.write_text(corrected, encoding="utf-8")
    out = tmp_path / "out.docx"
    proc = run_cli("compare", str(sample_path), str(edited), "-o", str(out), "--author", "Desk")
    assert proc.returncode == 0, proc.stderr
    view = read_revisions(out)
    assert view.accepted == as_word(corrected)
    assert view.rejected == as_word(original)
    assert len(view.revisions) >= len(faults)
