"""``reviewdesk check`` on a saved page whose article cannot be told from the rest: it
checks the page's whole text and says why once; a page with no text is one line, exit 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reviewdesk.formats.html_import import WHOLE_PAGE_WARNING
from test_import_whole_page import filing

pytestmark = pytest.mark.slow  # each test starts a real process


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reviewdesk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_check_opens_the_whole_page_and_says_so_once(tmp_path: Path) -> None:
    second = "Fishing boats 🎉 returned at dawn 𝄞 and the the first ferry left at noon."
    path = tmp_path / "filing.html"
    path.write_text(filing(second), encoding="utf-8")
    proc = run_cli("check", str(path), "--format", "json")
    assert proc.returncode == 1, proc.stderr  # issues found, not an error
    assert proc.stderr.count(WHOLE_PAGE_WARNING) == 1
    assert "ERROR" not in proc.stderr  # no library's own complaints on the screen
    payload = json.loads(proc.stdout)
    repeated = [i for i in payload["issues"] if i["text"] == "the the"]
    assert repeated, payload["issues"]
    from reviewdesk.formats import import_file

    text = import_file(path).text
    for issue in payload["issues"]:  # code-point offsets, the emoji before them counted
        assert text[issue["start"] : issue["end"]] == issue["text"], issue
    assert repeated[0]["start"] == text.index("the the")


def test_a_scripts_only_page_is_one_line_and_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "app.html"
    path.write_text(
        "<html><head><title>App</title></head><body><div id='root'></div>"
        "<script>window.start()</script></body></html>",
        encoding="utf-8",
    )
    proc = run_cli("check", str(path))
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.splitlines() == [
        "reviewdesk: error: app.html: no text was found in this web page"
    ]
