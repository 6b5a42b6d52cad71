"""No orphans: the checker process and a LanguageTool server end when the process that
started them is killed with SIGKILL, also after the checker was restarted on a worker
thread. Every process here is real; the "window" is a small Python program that starts
the children exactly as the app does and is then killed with ``kill -9``.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from reviewdesk.core.lifeline import Lifeline, guarded_command, main, watch_parent

pytestmark = pytest.mark.slow  # real processes

TESTS = Path(__file__).resolve().parent
GONE_WITHIN_S = 15.0  # a bound on waiting, not a timing assertion: a slow machine is fine


def running(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie nobody reaped counts as ended)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def wait_gone(pids: list[int]) -> list[int]:
    """The pids still running after up to GONE_WITHIN_S seconds."""
    deadline = time.monotonic() + GONE_WITHIN_S
    while time.monotonic() < deadline:
        left = [pid for pid in pids if running(pid)]
        if not left:
            return []
        time.sleep(0.1)
    return [pid for pid in pids if running(pid)]


def _kill_all(pids: list[int]) -> None:
    for pid in pids:
        if running(pid):
            os.kill(pid, signal.SIGKILL)


def _start_window(code: str, *args: str) -> tuple[subprocess.Popen[str], list[int]]:
    """Run ``code`` as the "window"; it prints ``PIDS a b ...`` once its children run."""
    proc = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line.startswith("PIDS"):
        proc.kill()
        raise AssertionError(f"the window did not start: {line}{proc.communicate()[1]}")
    return proc, [int(p) for p in line.split()[1:]]


CHECKER_WINDOW = """
    import os, signal, sys, threading
    from reviewdesk.core.checker import CheckContext
    from reviewdesk.core.engines.registry import EngineSettings
    from reviewdesk.service.check_process import RemoteService
    from reviewdesk.service.check_service import CheckRequest

    text = "She said their was a problem.\\n"
    service = RemoteService(EngineSettings())
    service.start_up("en-US")
    first = service.pid
    def check_on_a_worker():
        # the checker dies; the restart happens on this worker thread, which then ends
        os.kill(first, signal.SIGKILL)
        service.check(CheckRequest("draft", 1, text, CheckContext(), original=text, doc=1),
                      lambda: False)
    worker = threading.Thread(target=check_on_a_worker)
    worker.start()
    worker.join()
    assert service.pid not in (None, first)
    # a long check (a pasted book: ~40 s of work) keeps the new checker busy when the
    # window dies, so it would not read its socket for a long while
    para = "The council will mete on Tuesday to discuss the budjet, said the mayor. " * 8
    book = "\\n\\n".join([para] * 8000)
    request = CheckRequest("draft", 2, book, CheckContext(), original=book, doc=1)
    threading.Thread(target=service.check, args=(request, lambda: False), daemon=True).start()
    threading.Event().wait(1.0)
    print("PIDS", service.pid, flush=True)
    threading.Event().wait()
"""


def test_the_checker_ends_with_a_killed_window_even_after_a_restart() -> None:
    window, pids = _start_window(CHECKER_WINDOW)
    try:
        assert all(running(pid) for pid in pids)
        window.send_signal(signal.SIGKILL)
        window.wait()
        assert wait_gone(pids) == [], "the checker outlived the window"
    finally:
        _kill_all(pids)


LT_WINDOW = """
    import sys, threading
    sys.path.insert(0, sys.argv[1])
    from pathlib import Path
    from test_languagetool_local import fake_install, fake_java
    from reviewdesk.core.engines.languagetool.local import LocalServer
    from reviewdesk.core.engines.languagetool.stale import process_cmdline

    tmp = Path(sys.argv[2])
    java = fake_java(tmp / "bin")
    jar = fake_install(tmp / "ltp") / "languagetool-server.jar"
    server = LocalServer(jar, java, state_file=tmp / "servers.json")
    result = []
    # started on a check thread, as the window does, which then ends
    worker = threading.Thread(target=lambda: result.append(server.start(startup_timeout=60)))
    worker.start()
    worker.join()
    assert result, "the server did not start"
    children = [int(p) for p in Path(f"/proc/{server.pid}/task/{server.pid}/children")
                .read_text().split()]
    print("PIDS", server.pid, *children, flush=True)
    threading.Event().wait()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_languagetool_server_ends_with_a_killed_window(tmp_path: Path) -> None:
    window, pids = _start_window(LT_WINDOW, str(TESTS), str(tmp_path))
    try:
        assert len(pids) == 2, "the guardian and the server itself"
        assert all(running(pid) for pid in pids)
        window.send_signal(signal.SIGKILL)
        window.wait()
        assert wait_gone(pids) == [], "the LanguageTool server outlived the window"
    finally:
        _kill_all(pids)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_killed_guardian_takes_its_server_along() -> None:
    lifeline = Lifeline()
    guardian = subprocess.Popen(
        guarded_command([sys.executable, "-c", "import time; time.sleep(600)"], lifeline.child_fd),
        pass_fds=(lifeline.child_fd,),
    )
    lifeline.spawned()
    try:
        deadline = time.monotonic() + GONE_WITHIN_S
        children: list[int] = []
        while not children and time.monotonic() < deadline:
            path = Path(f"/proc/{guardian.pid}/task/{guardian.pid}/children")
            children = [int(p) for p in path.read_text().split()]
            time.sleep(0.05)
        assert children
        guardian.kill()
        guardian.wait()
        assert wait_gone(children) == []
    finally:
        lifeline.cut()


def test_cutting_the_lifeline_stops_the_guarded_command_and_sigterm_is_passed_on() -> None:
    for how in ("cut", "terminate"):
        lifeline = Lifeline()
        guardian = subprocess.Popen(
            guarded_command(
                [sys.executable, "-c", "import time; time.sleep(600)"], lifeline.child_fd
            ),
            pass_fds=(lifeline.child_fd,),
        )
        lifeline.spawned()
        time.sleep(0.5)
        if how == "cut":
            lifeline.cut()
        else:
            guardian.terminate()
        assert guardian.wait(timeout=GONE_WITHIN_S) != 0  # the command was stopped
        lifeline.cut()


def test_watch_parent_calls_back_on_end_of_file() -> None:
    read_fd, write_fd = os.pipe()
    gone: list[bool] = []
    thread = watch_parent(read_fd, lambda: gone.append(True))
    os.close(write_fd)
    thread.join(GONE_WITHIN_S)
    assert gone == [True]
    os.close(read_fd)


def test_the_guardian_refuses_a_bad_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["x", "--", "true"]) == 2
    assert "usage" in capsys.readouterr().err
