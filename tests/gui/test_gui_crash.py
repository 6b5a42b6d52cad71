"""Killed mid-typing, reopened: nothing typed more than 2 s before the kill is lost, no
checker outlives the window, and the next start says what it recovered. Two windows on
one library: the second opens the article read-only and says why.

Every process is the real app (``reviewdesk.app.main``, offscreen), driven by
``drive_app.py``; the kill is a real SIGKILL.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from drive_app import KEYS

from reviewdesk.store import Library

pytestmark = [pytest.mark.gui, pytest.mark.slow]

HERE = Path(__file__).resolve().parent
DRIVER = HERE / "drive_app.py"
TEXT = "The council met on Tuesday.\nMayor Alvarez said the plan was ready.\n"
SAVED_WITHIN_S = 2.0  # the promise: a kill loses at most the last 2 s of typing
WAIT_S = 120.0  # bounds on waiting for the app, not timing assertions


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env.pop("REVIEWDESK_LIBRARY", None)
    return env


def _start(tmp_path: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(DRIVER), *args],
        env=_env(tmp_path),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _lines(proc: subprocess.Popen[str]) -> Iterator[list[str]]:
    assert proc.stdout is not None
    for line in proc.stdout:
        yield line.split(" ", 3)
    raise AssertionError(f"the app ended: {proc.stderr.read() if proc.stderr else ''}")


def descendants(pid: int) -> list[int]:
    """Every process started by ``pid``, and by those, as /proc shows them now."""
    found: list[int] = []
    todo = [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            try:
                children = [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                continue
            found.extend(children)
            todo.extend(children)
    return found


def running(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def wait_gone(pids: list[int]) -> list[int]:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(running(p) for p in pids):
        time.sleep(0.1)
    return [p for p in pids if running(p)]


def typed_text(keys: int) -> str:
    """What ``drive_app.py`` had typed after ``keys`` keys."""
    return "".join(KEYS[n % len(KEYS)] for n in range(keys))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_killed_mid_typing_loses_nothing_older_than_2_s_and_says_what_it_recovered(
    tmp_path: Path,
) -> None:
    article = tmp_path / "council.txt"
    article.write_text(TEXT, encoding="utf-8")
    library = tmp_path / "lib" / "library.sqlite"
    proc = _start(tmp_path, "type", str(library), str(article))
    typed: list[tuple[float, int]] = []
    children: list[int] = []
    try:
        lines = _lines(proc)
        assert next(lines)[0].strip() == "STARTED"
        stop_after = random.Random(12).uniform(4.0, 7.0)  # a moment mid-typing
        began = time.monotonic()
        for fields in lines:
            if fields[0] == "TYPED":
                typed.append((float(fields[1]), int(fields[2])))
            if time.monotonic() - began > stop_after:
                break
        children = descendants(proc.pid)
        killed_at = time.monotonic()
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=WAIT_S)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert children, "the checker process was running"
    assert wait_gone(children) == [], "a child of the window outlived it"

    old_enough = max((n for t, n in typed if t <= killed_at - SAVED_WITHIN_S), default=0)
    assert old_enough > 40, "typing went on for seconds before the kill"
    with Library(library) as lib:
        (stored,) = lib.list_articles()
        assert lib.db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert stored.draft.startswith(TEXT + typed_text(old_enough)), (
        f"lost typing older than {SAVED_WITHIN_S} s: kept {len(stored.draft) - len(TEXT)} "
        f"of the {old_enough} keys typed by then"
    )

    again = _start(tmp_path, "recover", str(library))
    out, err = again.communicate(timeout=WAIT_S)
    assert again.returncode == 0, err
    message = next(line for line in out.splitlines() if line.startswith("MESSAGE"))
    assert f"Recovered your draft of ‘{stored.title}’ as of " in message
    draft = json.loads(next(line for line in out.splitlines() if line.startswith("DRAFT"))[6:])
    assert draft == stored.draft


def _keys_typed_by(typed: list[tuple[float, int]], moment: float) -> int:
    return max((n for t, n in typed if t <= moment), default=0)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_import_in_a_loop_beside_a_typing_window_loses_nothing(tmp_path: Path) -> None:
    """Two programs on one library: every import is stored (or refused in one plain
    line), and the window keeps everything typed more than 2 s before it is killed."""
    article = tmp_path / "council.txt"
    article.write_text(TEXT, encoding="utf-8")
    library = tmp_path / "lib" / "library.sqlite"
    window = _start(tmp_path, "type", str(library), str(article))
    typed: list[tuple[float, int]] = []
    results = []
    try:
        lines = _lines(window)
        assert next(lines)[0].strip() == "STARTED"

        def read() -> None:
            with contextlib.suppress(AssertionError):  # the window's end, when killed
                for f in lines:
                    if f[0] == "TYPED" and len(f) == 3:  # a kill can cut the last line
                        typed.append((float(f[1]), int(f[2])))

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        for n in range(10):
            story = tmp_path / f"story-{n}.txt"
            story.write_text(f"Story {n}: the mayor spoke at noon.\n", encoding="utf-8")
            results.append(
                subprocess.run(
                    [
                        sys.executable,
                        "-m",
                        "reviewdesk",
                        "--library",
                        str(library),
                        "import",
                        str(story),
                    ],
                    capture_output=True,
                    text=True,
                    env=_env(tmp_path),
                    timeout=WAIT_S,
                )
            )
        time.sleep(2.5)  # typing goes on a moment after the last import
        killed_at = time.monotonic()
        window.send_signal(signal.SIGKILL)
        window.wait(timeout=WAIT_S)
    finally:
        if window.poll() is None:
            window.kill()
            window.wait()
    for proc in results:
        assert "Traceback" not in proc.stderr
        assert proc.returncode == 0, proc.stderr
    with Library(library) as lib:
        articles = lib.list_articles()
        assert len(articles) == 11
        (stored,) = [a for a in articles if a.source_path == str(article.resolve())]
    old_enough = _keys_typed_by(list(typed), killed_at - SAVED_WITHIN_S)
    assert old_enough > 40
    assert stored.draft.startswith(TEXT + typed_text(old_enough))


def test_the_same_article_in_two_windows_opens_read_only_in_the_second(tmp_path: Path) -> None:
    article = tmp_path / "council.txt"
    article.write_text(TEXT, encoding="utf-8")
    library = tmp_path / "lib" / "library.sqlite"
    first = _start(tmp_path, "hold", str(library), str(article))
    second: subprocess.Popen[str] | None = None
    try:
        ready = next(f for f in _lines(first) if f[0] == "READY")
        assert ready[1] == "0"  # the first window edits
        with Library(library) as lib:  # its save is in: " HELD" at the end
            deadline = time.monotonic() + WAIT_S
            while not lib.list_articles()[0].draft.endswith(" HELD"):
                assert time.monotonic() < deadline, "the first window did not save"
                time.sleep(0.2)
        second = _start(tmp_path, "hold", str(library), str(article))
        ready = next(f for f in _lines(second) if f[0] == "READY")
        assert ready[1] == "1", "the second window must not edit the same article"
        message = " ".join(ready[2:])
        assert "Read-only" in message and f"process {first.pid}" in message
        assert first.stdin is not None
        first.stdin.write("quit\n")
        first.stdin.flush()
        assert next(f for f in _lines(first) if f[0].strip() == "CLOSED")
        first.wait(timeout=WAIT_S)
        with Library(library) as lib:
            # one " HELD" (the first window's); the read-only window wrote nothing
            assert lib.list_articles()[0].draft == TEXT + " HELD"
    finally:
        for proc in (first, second):
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.wait()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_sigterm_mid_typing_saves_everything_and_quits_as_ctrl_q_does(tmp_path: Path) -> None:
    """A logout or `kill PID` sends SIGTERM: the window closes as on quitting, with every
    key typed saved, its checker gone, and no "recovered after a crash" at the next start."""
    article = tmp_path / "council.txt"
    article.write_text(TEXT, encoding="utf-8")
    library = tmp_path / "lib" / "library.sqlite"
    proc = _start(tmp_path, "type", str(library), str(article))
    try:
        lines = _lines(proc)
        assert next(lines)[0].strip() == "STARTED"
        for fields in lines:
            if fields[0] == "TYPED" and int(fields[2]) >= 30:
                break
        children = descendants(proc.pid)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=WAIT_S)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    keys = max(
        [int(line.split()[2]) for line in out.splitlines() if line.startswith("TYPED")] + [30]
    )
    assert children and wait_gone(children) == [], "a child of the window outlived it"
    with Library(library) as lib:
        (stored,) = lib.list_articles()
    assert stored.draft == TEXT + typed_text(keys)

    again = _start(tmp_path, "recover", str(library))
    out, err = again.communicate(timeout=WAIT_S)
    assert again.returncode == 0, err
    message = next(line for line in out.splitlines() if line.startswith("MESSAGE"))
    assert "not closed properly" not in message and "Recovered" not in message
