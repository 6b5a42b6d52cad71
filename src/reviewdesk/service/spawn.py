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

The command line starts the process sooner still (:func:`start_checker`, cold21): the
very first thing a window start does, before the app's own modules, its arguments and
the library's settings, with only ``socket`` and ``subprocess`` imported; Harper's dialect
(or "" when the desk switched Harper off) follows once the settings are read
(:meth:`StartedChecker.go`). The process's interpreter starts meanwhile; its dictionary's
thread waits for the dialect before it builds anything, so a desk without Harper builds
no dictionary. So this module imports ``logging``, ``multiprocessing.connection`` and
the lifeline only when a process has been started.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess

from reviewdesk.core.processes import environment_snapshot, module_command

# typing.TYPE_CHECKING without importing typing (~2 ms of CPU before the launch); mypy
# reads any name TYPE_CHECKING as true
TYPE_CHECKING = False
if TYPE_CHECKING:
    import logging
    from multiprocessing.connection import Connection

    from reviewdesk.core.lifeline import Lifeline

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


# The dialect argument of a checker started before the window knows it: the process reads
# the dialect from its connection first (:meth:`StartedChecker.go`), then builds Harper's
# dictionary for it, or nothing when it is "" (checker_entry.DIALECT_FOLLOWS says the same).
DIALECT_FOLLOWS = "?"


def _log() -> logging.Logger:
    import logging  # not before the process is started (~4 ms of CPU: cold21)

    return logging.getLogger(__name__)


class Spawned:
    """A checker process just started: nothing sent to it yet (but the dialect, when
    it was started before the window knew it).

    A plain class, not a dataclass or a named tuple: this module is imported before the
    checker's launch, and ``dataclasses`` (with ``inspect``, ~4 ms of CPU at load 10) and
    ``typing`` can come after it.
    """

    __slots__ = ("conn", "early_language", "lifeline", "proc")

    def __init__(
        self,
        proc: subprocess.Popen[bytes],
        conn: Connection,
        lifeline: Lifeline,
        early_language: str,
    ) -> None:
        self.proc = proc
        self.conn = conn
        self.lifeline = lifeline
        self.early_language = early_language  # Harper warms up for it at once ("": none)


def _popen(language: str, theirs: socket.socket, lifeline_fd: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        module_command(CHECKER_MODULE, [str(theirs.fileno()), language, str(lifeline_fd)]),
        pass_fds=(theirs.fileno(), lifeline_fd),
        stdin=subprocess.DEVNULL,
        close_fds=True,
        env=checker_environment(),
    )


def spawn_checker(early_language: str) -> Spawned:
    """Start the checker process; Harper warms up for ``early_language`` at once (""
    when Harper is off). Raises OSError when the process cannot be started."""
    from reviewdesk.core.lifeline import Lifeline

    ours, theirs = socket.socketpair()
    lifeline = Lifeline()
    try:
        proc = _popen(early_language, theirs, lifeline.child_fd)
    except OSError:
        ours.close()
        lifeline.cut()
        raise
    finally:
        theirs.close()
        lifeline.spawned()
    _log().debug("checker process %s started", proc.pid)
    return _spawned(proc, ours, lifeline, early_language)


def _spawned(
    proc: subprocess.Popen[bytes], ours: socket.socket, lifeline: Lifeline, language: str
) -> Spawned:
    from multiprocessing.connection import Connection

    return Spawned(proc, Connection(ours.detach()), lifeline, language)


class StartedChecker:
    """A checker process started before the window knew Harper's dialect
    (:func:`start_checker`): :meth:`go` tells it and hands the process on, or
    :meth:`drop` ends it (a start that did not open a window)."""

    def __init__(self, proc: subprocess.Popen[bytes], ours: socket.socket, lifeline: int) -> None:
        self.proc = proc
        self._ours: socket.socket | None = ours
        self._lifeline = lifeline  # the write end; the child holds the read end

    @property
    def taken(self) -> bool:
        """Whether :meth:`go` or :meth:`drop` was called."""
        return self._ours is None

    def go(self, early_language: str) -> Spawned:
        """Tell the process the dialect Harper warms up for ("" when Harper is off: no
        dictionary is built) and hand it on, as :func:`spawn_checker` would have started
        it. Raises OSError when the process cannot be told (it has ended)."""
        from reviewdesk.core.lifeline import Lifeline

        ours = self._ours
        if ours is None:
            raise OSError("the checker process started first was handed on already")
        self._ours = None
        lifeline = Lifeline.holding(self._lifeline)
        spawned = _spawned(self.proc, ours, lifeline, early_language)
        try:
            spawned.conn.send_bytes(early_language.encode())
        except OSError:
            spawned.conn.close()
            lifeline.cut()
            _end(self.proc)
            raise
        _log().debug("checker process %s told to warm up for %r", self.proc.pid, early_language)
        return spawned

    def drop(self) -> None:
        """End the process (nothing was handed on). Safe to call after :meth:`go`."""
        ours, self._ours = self._ours, None
        if ours is None:
            return
        ours.close()
        with contextlib.suppress(OSError):
            os.close(self._lifeline)
        _end(self.proc)


def _end(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.kill()
    proc.wait()


def start_checker() -> StartedChecker:
    """Start the checker process before the window knows Harper's dialect: the first
    thing a window start does (cold21). The process starts its interpreter and imports
    meanwhile; :meth:`StartedChecker.go` tells it the dialect. Raises OSError when the
    process cannot be started."""
    ours, theirs = socket.socketpair()
    child_fd, write_fd = os.pipe()  # the lifeline's two ends (core.lifeline.Lifeline)
    try:
        proc = _popen(DIALECT_FOLLOWS, theirs, child_fd)
    except OSError:
        ours.close()
        os.close(write_fd)
        raise
    finally:
        theirs.close()
        os.close(child_fd)
    return StartedChecker(proc, ours, write_fd)
