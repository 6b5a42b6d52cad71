"""Child processes that end when the process that started them dies, however it dies.

A ``kill -9`` of the window gives it no chance to stop its checker process or the
LanguageTool server it started, and they would run on as orphans. So each such child
gets the read end of a pipe whose write end only the parent holds (a :class:`Lifeline`):
when the parent dies, for whatever reason, the kernel closes the write end and the child
reads end-of-file. That works on every platform and does not depend on which of the
parent's threads started the child (Linux's parent-death signal fires when the *thread*
that forked ends, and the checker is restarted on a worker thread).

* A Python child calls :func:`watch_parent` with the descriptor: a daemon thread waits
  for end-of-file and ends the process at once.
* A program that cannot watch a pipe (the Java LanguageTool server) is started through
  a small guardian, ``python -m reviewdesk.core.lifeline FD -- COMMAND...``
  (:func:`guarded_command`): it runs the command, stops it when the pipe closes, passes
  on SIGTERM, and exits with the command's status. On Linux the command also gets the
  parent-death signal (the guardian is single-threaded, so that is reliable there): a
  guardian killed outright takes the server with it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import select
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from types import FrameType

log = logging.getLogger(__name__)

STOP_GRACE_S = 5.0  # how long a guarded command gets to stop before it is killed
_PR_SET_PDEATHSIG = 1


class Lifeline:
    """The parent's side of a lifeline: pass :attr:`child_fd` to one child, then call
    :meth:`spawned`; :meth:`cut` (or the parent's death) tells the child to end."""

    def __init__(self) -> None:
        self.child_fd, self._write_fd = os.pipe()  # both non-inheritable (O_CLOEXEC)
        self._lock = threading.Lock()

    @classmethod
    def holding(cls, write_fd: int) -> Lifeline:
        """The lifeline of a child started with the read end of a pipe made without this
        class (``service.spawn.start_checker``, before this module is imported): its
        write end ``write_fd`` is ours now."""
        lifeline = cls.__new__(cls)
        lifeline.child_fd, lifeline._write_fd = -1, write_fd
        lifeline._lock = threading.Lock()
        return lifeline

    def spawned(self) -> None:
        """The child has its copy of the read end: close ours (or it never sees EOF)."""
        with self._lock:
            if self.child_fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(self.child_fd)
                self.child_fd = -1

    def cut(self) -> None:
        """Close our end: the child sees end-of-file and ends. Safe to call twice."""
        self.spawned()
        with self._lock:
            if self._write_fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(self._write_fd)
                self._write_fd = -1

    @property
    def alive(self) -> bool:
        """Whether our end is still open."""
        return self._write_fd >= 0


def _exit_now() -> None:
    os._exit(0)


def watch_parent(fd: int, on_gone: Callable[[], None] = _exit_now) -> threading.Thread:
    """In a child: call ``on_gone`` (by default: end the process at once) when the pipe
    ``fd`` reaches end-of-file, i.e. when the parent has died or cut the lifeline."""

    def watch() -> None:
        while True:
            try:
                data = os.read(fd, 1)
            except InterruptedError:  # pragma: no cover - PEP 475 retries
                continue
            except OSError:
                data = b""
            if not data:
                break
        log.info("the parent process is gone; ending")
        on_gone()

    thread = threading.Thread(target=watch, name="lifeline", daemon=True)
    thread.start()
    return thread


def guarded_command(command: Sequence[str], fd: int) -> list[str]:
    """``command`` run through the guardian, which stops it when the pipe ``fd`` closes."""
    from reviewdesk.core.processes import module_command

    return module_command("reviewdesk.core.lifeline", [str(fd), "--", *command])


def die_with_parent() -> None:
    """Linux: ask the kernel to SIGKILL this process when its parent (thread) ends.

    Only for a process started by a single-threaded parent (the guardian); a no-op
    elsewhere.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - an unusual libc
        pass


def _stop(child: subprocess.Popen[bytes]) -> None:
    if child.poll() is not None:
        return
    with contextlib.suppress(OSError):
        child.terminate()
    try:
        child.wait(STOP_GRACE_S)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(OSError):
            child.kill()
        child.wait()


def guard(fd: int, command: Sequence[str]) -> int:
    """The guardian: run ``command`` until it ends, or until ``fd`` closes (then stop it)."""
    linux = sys.platform.startswith("linux")
    try:
        # preexec_fn is safe here: the guardian has no other thread
        child = subprocess.Popen(
            list(command), stdin=subprocess.DEVNULL, preexec_fn=die_with_parent if linux else None
        )
    except OSError as exc:
        print(f"cannot start {command[0]}: {exc.strerror or exc}", file=sys.stderr)
        return 127

    def forward(signum: int, _frame: FrameType | None) -> None:
        with contextlib.suppress(OSError):
            child.send_signal(signum)

    for signum in (signal.SIGTERM, signal.SIGINT, getattr(signal, "SIGHUP", None)):
        if signum is not None:
            signal.signal(signum, forward)
    while child.poll() is None:
        try:
            readable, _, _ = select.select([fd], [], [], 0.2)
        except OSError:
            readable = [fd]
        if readable:
            try:
                data = os.read(fd, 1)
            except OSError:
                data = b""
            if not data:  # the parent is gone
                _stop(child)
                break
    code = child.wait()
    return code if code >= 0 else 128 - code


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m reviewdesk.core.lifeline FD -- COMMAND...``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) < 3 or args[1] != "--" or not args[0].isdigit():
        print("usage: python -m reviewdesk.core.lifeline FD -- COMMAND...", file=sys.stderr)
        return 2
    return guard(int(args[0]), args[2:])


if __name__ == "__main__":
    raise SystemExit(main())
