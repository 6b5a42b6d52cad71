"""The frozen build's entry point, tested in the venv: child processes and environment.

A frozen app has no ``python -m``; its checker is the app re-invoked with a flag. Here
``sys.frozen`` is set and ``sys.executable`` is a small launcher that runs the frozen
entry script (packaging/pyinstaller/frozen_main.py) with this Python, exactly as the
PyInstaller bootloader runs it in dist/reviewdesk/. The bundle itself is tested in
tests/dist/ after ``make dist``.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from reviewdesk.app import FIRST_HIGHLIGHT_MESSAGE
from reviewdesk.core import processes
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.registry import EngineSettings
from reviewdesk.core.processes import (
    CHILD_MODULE_FLAG,
    environment_snapshot,
    module_command,
    run_child_module,
)
from reviewdesk.service.check_process import RemoteService
from reviewdesk.service.check_service import CheckOutcome, CheckRequest
from reviewdesk.service.spawn import CHECKER_MODULE

REPO = Path(__file__).resolve().parents[1]
FROZEN_MAIN = REPO / "packaging" / "pyinstaller" / "frozen_main.py"
TEXT = "She said their was a problem. The mayor's office said nothing.\n"


@pytest.fixture
def frozen_launcher(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pretend to be frozen: sys.executable runs the frozen entry script, not Python."""
    launcher = tmp_path / "reviewdesk"
    launcher.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{FROZEN_MAIN}" "$@"\n')
    launcher.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(launcher))
    return launcher


def test_children_run_with_python_m_when_not_frozen() -> None:
    assert not processes.is_frozen()
    assert module_command(CHECKER_MODULE, ["7"]) == [sys.executable, "-m", CHECKER_MODULE, "7"]


def test_frozen_children_are_the_app_itself(frozen_launcher: Path) -> None:
    command = module_command(CHECKER_MODULE, ["7"])
    assert command == [str(frozen_launcher), CHILD_MODULE_FLAG, CHECKER_MODULE, "7"]


def test_only_our_own_modules_can_be_children() -> None:
    with pytest.raises(ValueError):
        module_command("os", [])
    assert run_child_module(["check", "a.txt"]) is None  # an ordinary command line
    assert run_child_module([CHILD_MODULE_FLAG, "http.server"]) == 2


def test_frozen_app_gives_java_and_libreoffice_the_users_library_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # PyInstaller's loader points LD_LIBRARY_PATH at the bundle and keeps the user's
    # value in LD_LIBRARY_PATH_ORIG; a system program must not load the bundle's libraries.
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/reviewdesk/_internal")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/home/me/lib")
    assert environment_snapshot()["LD_LIBRARY_PATH"] == "/opt/reviewdesk/_internal"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    env = environment_snapshot()
    assert env["LD_LIBRARY_PATH"] == "/home/me/lib"
    assert "LD_LIBRARY_PATH_ORIG" not in env
    monkeypatch.delenv("LD_LIBRARY_PATH_ORIG")
    assert "LD_LIBRARY_PATH" not in environment_snapshot()  # the user had none


@pytest.mark.slow  # runs the frozen entry point as a program
def test_frozen_entry_runs_the_command_line() -> None:
    proc = subprocess.run(
        [sys.executable, str(FROZEN_MAIN), "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("reviewdesk ")


@pytest.mark.slow  # starts the checker process
def test_frozen_app_starts_its_checker_and_finds_issues(frozen_launcher: Path) -> None:
    service = RemoteService(EngineSettings())
    try:
        assert "harper" in service.start_up("en-US")
        pid = service.pid
        assert pid is not None
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        assert CHILD_MODULE_FLAG.encode() in cmdline  # the app re-invoked, not python -m
        request = CheckRequest("draft", 1, TEXT, CheckContext(), original=TEXT, doc=1)
        outcome = service.check(request, lambda: False)
        assert isinstance(outcome, CheckOutcome)
        assert "their" in {TEXT[i.start : i.end] for i in outcome.issues}
    finally:
        service.close()
    assert service.pid is None


@pytest.mark.slow  # starts the app
def test_verbose_app_logs_when_the_first_issues_are_highlighted(tmp_path: Path) -> None:
    # benchmarks/bench_dist.py times the frozen app and the venv by this line alike
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(tmp_path),
        "REVIEWDESK_LIBRARY": str(tmp_path / "library.sqlite"),
    }
    demo = REPO / "src" / "reviewdesk" / "resources" / "demo" / "newsroom-demo.txt"
    proc = subprocess.Popen(
        [sys.executable, "-m", "reviewdesk", "-v", str(demo)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    logged = threading.Event()

    def read_log() -> None:  # until the app ends, so it never blocks on a full pipe
        assert proc.stderr is not None
        for line in proc.stderr:
            lines.append(line)
            if FIRST_HIGHLIGHT_MESSAGE in line:
                logged.set()

    reader = threading.Thread(target=read_log, daemon=True)
    reader.start()
    try:
        assert logged.wait(120), "".join(lines)
    finally:
        proc.terminate()
        proc.wait(timeout=60)
        reader.join(timeout=10)
