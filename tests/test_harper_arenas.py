"""Harper's two lint threads allocate from different malloc arenas in the checker.

The checker caps glibc's arenas at two (``service.spawn``); a thread takes one at its
first allocation, in turn. Harper's early linter lints on its thread while the main one
builds its spelling tables on another, both allocating hard: on one arena they wait on
its lock (44-96 waits a lint instead of 0-3, Harper's full highlights 60-100 ms later,
benchmarks/README.md, ltfirst19). Which arena the early thread got used to depend on how
many threads the checker started before its first early pass: one more (the reader
thread of LanguageTool's merge beside the check) put both on one arena. Run in a child
process with the checker's cap; glibc only (the arena is read from its chunk headers).
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import textwrap

import pytest

from reviewdesk.service.spawn import CHECKER_MALLOC_ARENAS

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
    reason="reads glibc's malloc arenas",
)

CHILD = textwrap.dedent(
    """
    import ctypes
    import threading

    from reviewdesk.core.engines.harper_engine import HarperChecker

    libc = ctypes.CDLL(None)
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    HEAP = 1 << 26  # a thread arena's heaps are this size, and aligned to it (64-bit)


    def arena() -> int:
        # the arena the calling thread allocates from: 0 for the main one, else its
        # address (a chunk's size field says NON_MAIN_ARENA; its heap starts with it)
        block = libc.malloc(200)
        try:
            if not ctypes.c_size_t.from_address(block - 8).value & 4:
                return 0
            return ctypes.c_void_p.from_address(block & ~(HEAP - 1)).value
        finally:
            libc.free(block)


    seen = {}


    class Recorded(HarperChecker):
        def _warm_up(self, language, early=False):
            seen["main linter"] = arena()  # no dictionary, no tables: only where it allocates


    checker = Recorded()
    checker.start_warm_up("en-US").result()
    # threads the checker starts before its first early pass (its reader, the grammar
    # warm-up, a dialect guess) allocate too; they stay alive, as the checker's do
    stay = threading.Event()
    for _ in range(%(between)d):
        started = threading.Event()
        threading.Thread(
            target=lambda s=started: (arena(), s.set(), stay.wait()), daemon=True
        ).start()
        started.wait()
    seen["early linter"] = checker._early.submit(arena).result()
    stay.set()
    checker.close()
    print(seen["main linter"], seen["early linter"])
    """
)


@pytest.mark.parametrize("between", [0, 1, 2, 3])
def test_the_early_linter_never_shares_the_main_linters_arena(between: int) -> None:
    env = dict(os.environ, MALLOC_ARENA_MAX=CHECKER_MALLOC_ARENAS)
    done = subprocess.run(
        [sys.executable, "-c", CHILD % {"between": between}],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    main, early = done.stdout.split()
    assert main != early, f"both Harper threads on arena {main} ({between} threads between)"
