"""Starting the checker process from a small module (issue 14, the first highlights).

The window launches the checker as early as it can, so that Harper's dictionary and our
engines warm up while the window is made. What it needs for that is a process, a socket
pair and a lifeline: :func:`spawn_checker` makes them with the standard library and two
small modules of ours. The rest of the window's side of the checker
(:mod:`reviewdesk.service.check_process`: the typed messages, the check service's types,
the result bookkeeping; ~40 ms of CPU at load 5) is imported after the process is
running, and :meth:`~reviewdesk.service.check_process.RemoteService.launch` sends the
start message through the connection made here. The checker reads it only once its own
imports are done, so sending it a little later delays nothing.
"""

from __future__ import annotations

import logging
import socket
import subprocess
from multiprocessing.connection import Connection
from typing import NamedTuple

from reviewdesk.core.lifeline import Lifeline
from reviewdesk.core.processes import environment_snapshot, module_command

log = logging.getLogger(__name__)

# The checker process's entry module, by name: it warms Harper up first, then serves
# (:func:`reviewdesk.service.checker_loop.main`); the frozen app re-invokes itself with it
# (core.processes.module_command).
CHECKER_MODULE = "reviewdesk.service.checker_entry"
# glibc gives each thread that allocates its own heap arena (up to 8 per core); the
# checker's threads (Harper's, the warm-ups, the pipeline's) each keep a partly empty
# one. Two arenas: 6 MB less PSS after a 100k-word check, CPU within the noise
# (benchmarks/README.md, memory4). A value the user set wins.
CHECKER_MALLOC_ARENAS = "2"
# glibc serves a block of 128 KB or more with a mapping of its own, given back when freed,
# but raises that threshold (up to 32 MB) each time such a block is freed: once Harper's
# dictionary is built, its big buffers (and a long article's lint's) come from the arenas
# instead and stay there, fragmented, after they are freed. A fixed threshold keeps the
# blocks of 4 MB or more mapped: 20-28 MB less PSS once idle after a 100k-word check
# (256 KB and 1 MB gave the same); a keystroke's buffers (its text and result, under
# 4 MB at 100k words) stay in the arenas as before (benchmarks/README.md, memory20).
# A value the user set wins.
CHECKER_MMAP_THRESHOLD = str(4 * 1024 * 1024)


def checker_environment() -> dict[str, str]:
    """The checker process's environment: ours, with glibc's arenas capped and its
    threshold for mapping big blocks fixed."""
    env = environment_snapshot()
    env.setdefault("MALLOC_ARENA_MAX", CHECKER_MALLOC_ARENAS)
    env.setdefault("MALLOC_MMAP_THRESHOLD_", CHECKER_MMAP_THRESHOLD)
    return env


class Spawned(NamedTuple):
    """A checker process just started: nothing sent to it yet.

    A named tuple, not a dataclass: this module is imported before the checker's launch,
    and ``dataclasses`` (with ``inspect``, ~4 ms of CPU at load 10) can come after it.
    """

    proc: subprocess.Popen[bytes]
    conn: Connection
    lifeline: Lifeline
    early_language: str  # the dialect Harper warms up for from the start ("" for none)


def spawn_checker(early_language: str) -> Spawned:
    """Start the checker process; Harper warms up for ``early_language`` at once (""
    when Harper is off). Raises OSError when the process cannot be started."""
    ours, theirs = socket.socketpair()
    lifeline = Lifeline()
    try:
        proc = subprocess.Popen(
            module_command(
                CHECKER_MODULE, [str(theirs.fileno()), early_language, str(lifeline.child_fd)]
            ),
            pass_fds=(theirs.fileno(), lifeline.child_fd),
            stdin=subprocess.DEVNULL,
            close_fds=True,
            env=checker_environment(),
        )
    except OSError:
        ours.close()
        lifeline.cut()
        raise
    finally:
        theirs.close()
        lifeline.spawned()
    log.debug("checker process %s started", proc.pid)
    return Spawned(proc, Connection(ours.detach()), lifeline, early_language)
