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
import subprocess
import sys
import textwrap
import threading
import types

import pytest

from reviewdesk.service import checker_entry

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
