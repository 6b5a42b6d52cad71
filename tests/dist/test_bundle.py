"""The frozen app (dist/reviewdesk/) runs where no Python is installed: the command line,
the import and export paths, its checker process, LanguageTool's start and the window.

Each result is compared with what the venv gives for the same input, so a data file that
PyInstaller left behind (Harper's dictionary, the style sheet, trafilatura's settings,
justext's stop lists, pyphen's dictionaries, python-docx's template) shows as a
difference, not just as a crash.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from distkit import BUNDLE, BUNDLE_EXE, DEMO, bare_env, issue_keys, run, venv_check

from reviewdesk import __version__
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.registry import EngineSettings
from reviewdesk.core.processes import CHILD_MODULE_FLAG
from reviewdesk.desk.settings import ENGINES
from reviewdesk.service.check_process import RemoteService
from reviewdesk.service.check_service import CheckOutcome, CheckRequest
from reviewdesk.store import Library

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))
from fixtures_import.news_page import news_page  # noqa: E402

pytestmark = pytest.mark.slow
FIRST_HIGHLIGHT = "first issues highlighted"


@pytest.fixture(scope="module")
def exe() -> Path:
    if not BUNDLE_EXE.is_file():
        pytest.fail(f"{BUNDLE_EXE} is missing: run `make dist` first")
    return BUNDLE_EXE


def test_runs_with_no_python_on_the_machine(exe: Path, home: Path) -> None:
    assert exe.read_bytes()[:4] == b"\x7fELF"  # a program, not a script for an interpreter
    assert list((BUNDLE / "_internal").glob("libpython3*.so*"))  # its own Python inside
    done = run([str(exe), "--version"], env=bare_env(home))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"reviewdesk {__version__}"


def test_checks_the_demo_as_the_venv_does(exe: Path, home: Path, tmp_path: Path) -> None:
    frozen = run([str(exe), "check", "--library", str(home / "l.sqlite"), str(DEMO)],
                 env=bare_env(home))
    assert frozen.returncode == 1, frozen.stderr  # 1: issues found
    assert "Traceback" not in frozen.stderr
    expected = venv_check(DEMO, tmp_path / "venv.sqlite")
    assert issue_keys(frozen.stdout) == issue_keys(expected.stdout)
    assert len(issue_keys(frozen.stdout)) >= 20
    assert json.loads(frozen.stdout)["engines"] == json.loads(expected.stdout)["engines"]


def test_reads_a_saved_web_page_and_a_word_file(exe: Path, home: Path, tmp_path: Path) -> None:
    import docx

    page = tmp_path / "page.html"
    page.write_text(news_page().replace("reopened on Thursday", "reopened on thursday"), "utf-8")
    word = tmp_path / "story.docx"
    document = docx.Document()
    document.add_paragraph("The council voted on tuesday to close the bridge ,a decision "
                           "that angered residents.")
    document.save(str(word))
    for path in (page, word):
        frozen = run([str(exe), "check", "--library", str(home / "l.sqlite"), str(path)],
                     env=bare_env(home))
        assert frozen.returncode == 1, frozen.stderr
        expected = venv_check(path, tmp_path / "venv.sqlite")
        assert issue_keys(frozen.stdout) == issue_keys(expected.stdout)
        assert any(text.lower() == "thursday" or text == "tuesday"
                   for *_, text in issue_keys(frozen.stdout))


def _readability_rows(report: str) -> list[str]:
    return re.findall(r"<tr><t[hd][^>]*>(?:Flesch|Words|Sentences)[^\n]*?</tr>", report)


def test_exports_tracked_changes_and_a_report(exe: Path, home: Path, tmp_path: Path) -> None:
    import docx

    env = bare_env(home)
    library = ["--library", str(home / "l.sqlite")]
    assert run([str(exe), "import", *library, str(DEMO)], env=env).returncode == 0
    tracked, report = tmp_path / "tracked.docx", tmp_path / "report.html"
    for out, kind in ((tracked, "docx-tracked"), (report, "report")):
        done = run([str(exe), "export", *library, str(DEMO), "--to", kind, "-o", str(out)],
                   env=env)
        assert done.returncode == 0, done.stderr
    text = "\n".join(p.text for p in docx.Document(str(tracked)).paragraphs)
    assert "Port Aldren" in text
    # the readability figures (textstat, pyphen's dictionaries) match the venv's
    venv_lib = tmp_path / "venv.sqlite"
    venv_env = dict(os.environ, REVIEWDESK_LIBRARY=str(venv_lib))
    venv_report = tmp_path / "venv-report.html"
    for command in (["import", str(DEMO)],
                    ["export", str(DEMO), "--to", "report", "-o", str(venv_report)]):
        assert run([sys.executable, "-m", "reviewdesk", *command], env=venv_env).returncode == 0
    rows = _readability_rows(report.read_text("utf-8"))
    assert any("Flesch" in row for row in rows), report.read_text("utf-8")[:2000]
    assert rows == _readability_rows(venv_report.read_text("utf-8"))


def test_its_checker_process_is_the_app_itself(
    exe: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # RemoteService as the frozen window runs it: sys.executable is the frozen app.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    text = "She said their was a problem. The mayor's office said nothing.\n"
    service = RemoteService(EngineSettings())
    try:
        assert "harper" in service.start_up("en-US")
        cmdline = Path(f"/proc/{service.pid}/cmdline").read_bytes().split(b"\0")
        assert cmdline[:2] == [str(exe).encode(), CHILD_MODULE_FLAG.encode()]
        request = CheckRequest("draft", 1, text, CheckContext(), original=text, doc=1)
        outcome = service.check(request, lambda: False)
        assert isinstance(outcome, CheckOutcome)
        assert "their" in {text[i.start : i.end] for i in outcome.issues}
    finally:
        service.close()


def _fake_languagetool(root: Path) -> tuple[Path, Path]:
    """A LanguageTool folder and a ``java`` that serves the test double (a test double:
    the real server is hundreds of megabytes and cannot be downloaded here)."""
    install = root / "LanguageTool-6.6"
    install.mkdir(parents=True)
    (install / "languagetool-server.jar").write_bytes(b"not really a jar")
    bin_dir = root / "bin"
    bin_dir.mkdir()
    java = bin_dir / "java"
    java.write_text(textwrap.dedent(f"""\
        #!{sys.executable}
        import sys
        args = sys.argv[1:]
        if args[:1] == ["-version"]:
            sys.stderr.write('openjdk version "17.0.15" 2025-04-15\\n')
            sys.exit(0)
        sys.path.insert(0, {str(TESTS)!r})
        import fake_languagetool
        fake_languagetool.main(["--port", args[args.index("--port") + 1]])
        """), "utf-8")
    java.chmod(0o755)
    return install, bin_dir


def test_starts_a_local_languagetool_with_java(exe: Path, home: Path, tmp_path: Path) -> None:
    install, java_bin = _fake_languagetool(tmp_path / "lt")
    library_path = home / "l.sqlite"
    with Library(library_path) as library:
        settings = EngineSettings(languagetool_path=str(install)).switch(languagetool=True)
        ENGINES.write(library, settings)
    article = tmp_path / "a.txt"
    article.write_text("He could of come home early.\n", "utf-8")
    env = bare_env(home, PATH=f"{java_bin}:/usr/bin:/bin")
    done = run([str(exe), "check", "--library", str(library_path), str(article)], env=env)
    assert done.returncode == 1, done.stderr
    data = json.loads(done.stdout)
    assert "languagetool" in data["engines"], done.stderr
    assert any("languagetool" in issue["engines"] for issue in data["issues"])


def test_window_opens_and_highlights_the_demo(exe: Path, home: Path) -> None:
    env = bare_env(home)
    proc = subprocess.Popen(
        [str(exe), "-v", "--library", str(home / "l.sqlite"), str(DEMO)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    lines: list[str] = []
    try:
        assert proc.stderr is not None
        deadline = time.monotonic() + 180
        for line in proc.stderr:
            lines.append(line)
            if FIRST_HIGHLIGHT in line or time.monotonic() > deadline:
                break
        assert any(FIRST_HIGHLIGHT in line for line in lines), "".join(lines)
        ready = [m for line in lines if (m := re.search(r"checker process (\d+) ready", line))]
        assert ready, "".join(lines)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    # the checker ends with the window (it reads the end of its socket), leaving nothing
    checker = Path(f"/proc/{ready[0].group(1)}")
    deadline = time.monotonic() + 60
    while checker.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not checker.exists() or "zombie" in _state(checker)


def _state(proc_dir: Path) -> str:
    try:
        return (proc_dir / "status").read_text().split("State:")[1].split("\n")[0].lower()
    except (OSError, IndexError):
        return "zombie"
