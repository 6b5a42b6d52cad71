"""Where the checker process starts: Harper warms up first, everything else meanwhile.

Harper's first check in a process waits for its dictionary (about a second) and for the
spelling tables its checking thread builds on its first unknown word (more than a
second). Both start here, on Harper's own thread, before the rest of the checker is
even imported: the imports, the window's start-up and the engine settings arriving all
overlap with them. The cheap part comes first: once the dictionary is built, a second
linter without the spelling rules is made on a thread of its own, and answers the first
checks' early passes (Harper's grammar and punctuation) while the tables are built
(:mod:`reviewdesk.core.engines.harper_early`). The engine warmed here is the one the
checker then uses.

Run as ``python -m reviewdesk.service.checker_entry FD [LANGUAGE [LIFELINE]]``; with an
empty language (Harper switched off) nothing is warmed early. With ``?``
(:data:`DIALECT_FOLLOWS`) the window started the process before it knew the language
(``service.spawn.start_checker``, cold21): the dictionary's thread reads it from the
connection first (one ``send_bytes`` frame), then builds the dictionary, or nothing for "".
``LIFELINE`` is the read end of a :class:`~reviewdesk.core.lifeline.Lifeline`, watched
from the very start (warming up takes seconds): the checker ends at once when the
window's process dies, however it dies.
"""

from __future__ import annotations

# Only what the interpreter (and runpy, for -m) has loaded already, or nearly: Harper's
# dictionary starts as soon as main() runs. logging and typing before it put the
# dictionary's start 14 ms of CPU later (33 against 19 ms, benchmarks/README.md, harper9),
# on the chain to Harper's full result; they are imported after it, where needed.
import os
import sys
import threading

# The checker runs at a lower scheduling priority than the window: when both want the
# CPU (a long article checked on a two-core machine, Harper warming up while the window
# starts) the window is run first and checking takes what it leaves. "REVIEWDESK_CHECKER_NICE"
# overrides it (0: the same priority as the window).
NICENESS = 5
# Harper's dictionary is built on a thread below that again (Linux: a thread's own nice):
# it starts first and takes a second of CPU, while the window's UI thread and this
# process's main thread (its imports, the engines, the first check) are on the way to the
# first highlights. Lower, it takes what those two leave; they block soon after (the
# window shown, the first result sent), and Harper's chain was not later for it
# (benchmarks/README.md, first14: first highlight 0.44 -> 0.38 s, Harper's full 1.64 ->
# 1.62 s, medians of 11 on a machine made quiet for the run).
DICTIONARY_NICENESS = 5
# The LANGUAGE of a process started before the window knew it (service.spawn's constant).
DIALECT_FOLLOWS = "?"
# A dialect's name is short: a longer frame is not one (and is not read as one).
_MAX_DIALECT_BYTES = 64


def lower_priority() -> None:
    """Lower this process's scheduling priority (where the system has ``nice``)."""
    try:
        niceness = int(os.environ.get("REVIEWDESK_CHECKER_NICE", NICENESS))
    except ValueError:
        niceness = NICENESS
    if niceness > 0 and hasattr(os, "nice"):
        try:
            os.nice(niceness)
        except OSError:  # not allowed here: run as we are
            return


def lower_thread_priority(niceness: int) -> None:
    """Lower the calling thread's scheduling priority by ``niceness`` (Linux, where a
    thread has a nice of its own; elsewhere, or when not allowed, nothing changes)."""
    if niceness <= 0 or not sys.platform.startswith("linux"):
        return
    try:
        tid = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, tid, os.getpriority(os.PRIO_PROCESS, tid) + niceness)
    except (AttributeError, OSError):
        return


class FollowingDialect:
    """The language a process started before the window knew it is told first
    (:data:`DIALECT_FOLLOWS`): read on the dictionary's thread, waited for on the main
    thread before it reads anything else from the window."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.language: str | None = None  # None: the window went on without this process
        self._read = threading.Event()

    def read(self) -> str | None:
        """Read the language from the connection: ``send_bytes``' frame (a 4-byte
        big-endian length, then the bytes), without ``multiprocessing``'s modules."""
        try:
            head = _read_exactly(self.fd, 4)
            size = int.from_bytes(head, "big", signed=True) if head is not None else -1
            body = _read_exactly(self.fd, size) if 0 <= size <= _MAX_DIALECT_BYTES else None
            self.language = body.decode("ascii") if body is not None else None
        except (OSError, UnicodeDecodeError):
            self.language = None
        finally:
            self._read.set()
        return self.language

    def wait(self) -> str | None:
        """The language once read ("" when Harper is off), None if none came."""
        self._read.wait()
        return self.language


def _read_exactly(fd: int, size: int) -> bytes | None:
    got = b""
    while len(got) < size:
        more = os.read(fd, size - len(got))
        if not more:
            return None  # end of file: the window closed its end
        got += more
    return got


def _import_harper() -> None:
    try:
        import harper  # noqa: F401
    except Exception:  # the build reports it
        return


def build_harper_dictionary(following: FollowingDialect | None = None) -> None:
    """Build Harper's dictionary now, on a thread of its own (about a second of CPU).

    harper-core keeps it once per process, so the warm-up's own linter finds it built, or
    waits for it: it is started before our modules around Harper are imported (~0.12 s of
    CPU), not after. A throwaway linter; its thread ends when it is built. Given
    ``following``, the thread first reads the language (Harper's module imported while
    it waits) and builds nothing when Harper is off.
    """

    def build() -> None:
        lower_thread_priority(DICTIONARY_NICENESS)
        if following is not None:
            _import_harper()  # loaded while the language comes (~5 ms of CPU)
            if not following.read():
                return  # Harper is off, or the window went on without this process
        try:
            import harper

            harper.Linter()
        except Exception as exc:  # the warm-up reports it, with the engine's own message
            import logging

            logging.getLogger(__name__).debug("Harper's dictionary was not built early: %s", exc)

    threading.Thread(target=build, name="harper-dictionary", daemon=True).start()


def main(argv: list[str] | None = None) -> int:
    """Start warming Harper for ``LANGUAGE``, then serve as the checker process."""
    args = sys.argv[1:] if argv is None else argv
    lower_priority()  # first: the threads started below take this priority
    language = args[1] if len(args) > 1 else ""
    following = FollowingDialect(int(args[0])) if language == DIALECT_FOLLOWS else None
    if language:
        # before any of our modules is imported (core.checker alone is ~50 ms of CPU):
        # Harper's full result waits for the dictionary, then its spelling tables
        build_harper_dictionary(following)
    if len(args) > 2:
        from reviewdesk.core.lifeline import watch_parent

        watch_parent(int(args[2]))
    from reviewdesk.core.checker import Checker

    if following is not None:
        told = following.wait()  # read before anything else on the connection
        if told is None:
            return 0  # the window went on without this process
        language = told
    ready: dict[str, list[Checker]] = {}
    if language:
        from reviewdesk.core.engines.harper_engine import HarperChecker

        harper = HarperChecker()
        harper.start_warm_up(language)
        ready["harper"] = [harper]
    from reviewdesk.service.checker_loop import main as serve

    return serve(args[:1], ready)


if __name__ == "__main__":
    raise SystemExit(main())
