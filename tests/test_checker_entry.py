"""The checker process starts Harper's dictionary before it imports anything else.

Harper's full result waits for the dictionary, then its spelling tables: whatever the
checker process imports before the dictionary's thread starts is on that chain
(benchmarks/README.md, harperstart6 and harper9: our modules, then logging and typing,
~14 ms of CPU). A fresh interpreter runs the entry module as the window starts it, and
says what it had imported when the thread started.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

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
