"""The checker process starts Harper's dictionary before it imports anything else.

Harper's full result waits for the dictionary, then its spelling tables: whatever the
checker process imports before the dictionary's thread starts is on that chain
(benchmarks/README.md, harperstart6 and harper9: our modules, then logging and typing,
~14 ms of CPU). A fresh interpreter runs the entry module as the window starts it, and
says what it had imported when the thread started.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
import threading
import types
from multiprocessing.connection import Connection

import pytest

from reviewdesk.service import checker_entry, checker_loop

_PROBE = textwrap.dedent(
    """
    import json, os, runpy, sys, threading
    start = threading.Thread.start
    def started(self):
        if self.name == "harper-dictionary":
            print(json.dumps(sorted(sys.modules)), flush=True)
            os._exit(0)
        start(self)
    threading.Thread.start = started
    sys.argv = ["checker_entry", "0", "en-US"]
    runpy.run_module("reviewdesk.service.checker_entry", run_name="__main__")
    """
)


def test_harpers_dictionary_starts_before_the_checker_imports_anything_else() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    loaded = set(json.loads(done.stdout))  # the dictionary's thread was started
    ours = {m for m in loaded if m.startswith("reviewdesk.")}
    assert ours == {"reviewdesk.service"}  # the entry module itself runs as __main__
    assert not loaded & {"logging", "typing", "harper"}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a thread's own nice is Linux's")
def test_harpers_dictionary_is_built_below_the_checkers_own_threads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The dictionary's second of CPU gives way to the checker's main thread (and, at the
    checker's own nice, the window's) on the way to the first highlights (first14)."""
    # on Linux a nice is a thread's: the main thread's is what the checker's runs at
    main_nice = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    seen: list[int] = []
    built = threading.Event()

    class Linter:
        def __init__(self) -> None:
            seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
            built.set()

    monkeypatch.setitem(sys.modules, "harper", types.SimpleNamespace(Linter=Linter))
    checker_entry.build_harper_dictionary()
    assert built.wait(10)
    assert seen == [min(19, main_nice + checker_entry.DICTIONARY_NICENESS)]
    assert seen[0] > main_nice or main_nice == 19


def _stand_in_harper(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A stand-in ``harper`` whose ``Linter()`` notes that it was built."""
    built: list[str] = []

    class Linter:
        def __init__(self) -> None:
            built.append("dictionary")

    monkeypatch.setitem(sys.modules, "harper", types.SimpleNamespace(Linter=Linter))
    return built


def _dictionary_thread_done() -> None:
    for thread in threading.enumerate():
        if thread.name == "harper-dictionary":
            thread.join(10)


@pytest.mark.parametrize(
    ("told", "language", "built"),
    [
        (b"en-GB", "en-GB", ["dictionary"]),
        (b"", "", []),  # the desk switched Harper off
        (None, None, []),  # the window went on without this process (its end closed)
    ],
    ids=["a dialect", "Harper off", "dropped"],
)
def test_a_checker_started_first_builds_the_dictionary_once_told_the_dialect(
    monkeypatch: pytest.MonkeyPatch, told: bytes | None, language: str | None, built: list[str]
) -> None:
    """A checker the window started before it knew the dialect (``?``) reads it first
    from its connection, framed as ``Connection.send_bytes`` frames it, and builds
    Harper's dictionary for it; nothing when Harper is off or nothing comes."""
    seen = _stand_in_harper(monkeypatch)
    ours, theirs = socket.socketpair()
    window = Connection(ours.detach())
    try:
        following = checker_entry.FollowingDialect(theirs.fileno())
        checker_entry.build_harper_dictionary(following)
        if told is None:
            window.close()
        else:
            window.send_bytes(told)
            window.send_bytes(b"the next message stays unread")
        assert following.wait() == language
        _dictionary_thread_done()
        assert seen == built
        if told is not None:  # the checker's loop reads its first message next
            loop = Connection(os.dup(theirs.fileno()))
            assert loop.recv_bytes() == b"the next message stays unread"
            loop.close()
    finally:
        window.close()
        theirs.close()


@pytest.mark.parametrize("told", [b"", None], ids=["Harper off", "dropped"])
def test_a_harper_off_desk_keeps_no_harper_linter(
    monkeypatch: pytest.MonkeyPatch, told: bytes | None
) -> None:
    """Told "" (the desk switched Harper off), the checker serves without Harper's
    engine: no dictionary, no linter kept; told nothing, it ends without serving."""
    seen = _stand_in_harper(monkeypatch)
    monkeypatch.setattr(checker_entry, "lower_priority", lambda: None)  # not this process
    served: list[dict[str, list[object]]] = []

    def serve(_args: list[str], ready: dict[str, list[object]]) -> int:
        served.append(ready)
        return 0

    monkeypatch.setattr(checker_loop, "main", serve)
    ours, theirs = socket.socketpair()
    window = Connection(ours.detach())
    try:
        if told is None:
            window.close()
        else:
            window.send_bytes(told)
        assert checker_entry.main([str(theirs.fileno()), checker_entry.DIALECT_FOLLOWS]) == 0
        _dictionary_thread_done()
        assert seen == []
        assert served == ([] if told is None else [{}])
    finally:
        window.close()
        theirs.close()
