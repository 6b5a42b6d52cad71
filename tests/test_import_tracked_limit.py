"""A Word file with more tracked changes than any article (40,000 from a generator took
over 200 s in ``check``) is refused before it is read, with a message naming the limit;
one within the limit is read with all its revisions."""

from __future__ import annotations

from pathlib import Path

import pytest

from fixtures_import.docx_parts import dele, ins, para, run, write_docx
from reviewdesk.cli import main
from reviewdesk.formats import FormatError
from reviewdesk.formats.docx_import import import_docx
from reviewdesk.formats.limits import MAX_TRACKED_CHANGES


def tracked(path: Path, paragraphs: int) -> Path:
    """One insertion and one deletion per paragraph: ``2 * paragraphs`` tracked changes."""
    body = "".join(
        para(run("The mayor "), ins(f"spoke{i} ", 2 * i), dele("said ", 2 * i + 1))
        for i in range(paragraphs)
    )
    return write_docx(path, body)


def test_within_the_limit_every_change_is_kept(tmp_path: Path) -> None:
    doc = import_docx(tracked(tmp_path / "ok.docx", 3), max_tracked=6)
    assert doc.structure is not None and len(doc.structure.revisions) == 6


def test_beyond_the_limit_the_file_is_refused_naming_it(tmp_path: Path) -> None:
    with pytest.raises(FormatError) as info:
        import_docx(tracked(tmp_path / "many.docx", 4), max_tracked=7)
    message = str(info.value)
    assert message.startswith("many.docx: has more than 7 tracked changes")
    assert "the limit is 7" in message and "\n" not in message


def test_check_refuses_it_in_one_line_with_exit_2(
    tmp_path: Path, isolated_library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The real limit, through ``reviewdesk check``: refused before any checking starts."""
    path = tracked(tmp_path / "generated.docx", MAX_TRACKED_CHANGES // 2 + 1)
    assert main(["check", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        f"reviewdesk: error: generated.docx: has more than {MAX_TRACKED_CHANGES:,} tracked "
        f"changes, far more than any article (the limit is {MAX_TRACKED_CHANGES:,}); accept "
        "or reject them in Word first"
    ]
