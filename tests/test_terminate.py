"""SIGTERM ends the app within a bound, whatever its main thread is doing.

A window whose close hangs (here: a close that never returns) must still end after the
grace period, as if the signal had ended it; and a close that works ends the event loop.
Real processes, real signals.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="POSIX signals")

WAIT_S = 60.0  # a bound on waiting for the process, not a timing assertion

SCRIPT = textwrap.dedent(
    """
    import logging, sys, time
    from PySide6.QtCore import QCoreApplication, QTimer
    from reviewdesk.gui.terminate import CloseOnTerminate

    app = QCoreApplication([])
    hang = sys.argv[1] == "hang"
    logging.basicConfig(level=logging.INFO, stream=sys.stderr)
    if sys.argv[1] == "logging":  # the window logging busily as the signal comes
        def chat():
            for n in range(50):
                logging.getLogger("chatter").info("line %d " + "x" * 200, n)

        chatter = QTimer()
        chatter.timeout.connect(chat)
        chatter.start(0)

    def close():
        print("CLOSING", flush=True)
        if hang:
            time.sleep(3600)  # a close that never returns

    terminate = CloseOnTerminate(close, grace_s=1.0)
    QTimer.singleShot(0, lambda: print("READY", flush=True))
    status = app.exec()
    terminate.stop()
    print("ENDED", status, flush=True)
    """
)


def _run(mode: str, log: Path) -> tuple[int, str]:
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    if "PYTHONPATH" in os.environ:
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    proc = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, mode],
        stdout=subprocess.PIPE,
        stderr=log.open("w"),  # a file: the app's log lines never wait for a reader
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "READY"
        proc.send_signal(signal.SIGTERM)
        out, _err = proc.communicate(timeout=WAIT_S)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return proc.returncode, out


def test_sigterm_closes_and_ends_the_event_loop(tmp_path: Path) -> None:
    code, out = _run("close", tmp_path / "log")
    assert code == 0
    assert out.split() == ["CLOSING", "ENDED", "0"]


def test_sigterm_while_the_window_is_logging_still_closes_it(tmp_path: Path) -> None:
    """The race CI met: the signal came while the window was writing a log line, and a
    handler that logged hit Python's "reentrant call" on stderr and never closed."""
    for _ in range(3):
        code, out = _run("logging", tmp_path / "log")
        assert (code, out.split()) == (0, ["CLOSING", "ENDED", "0"]), (
            tmp_path / "log"
        ).read_text()[-2000:]


def test_a_close_that_hangs_still_ends_the_process_after_the_grace(tmp_path: Path) -> None:
    code, out = _run("hang", tmp_path / "log")
    assert code == 128 + signal.SIGTERM  # as if SIGTERM had ended it
    assert out.split() == ["CLOSING"]
