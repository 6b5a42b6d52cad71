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
empty language (Harper switched off) nothing is warmed early. ``LIFELINE`` is the read end
of a :class:`~reviewdesk.core.lifeline.Lifeline`, watched from the very start (warming up
takes seconds): the checker ends at once when the window's process dies, however it dies.
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


def build_harper_dictionary() -> None:
    """Build Harper's dictionary now, on a thread of its own (about a second of CPU).

    harper-core keeps it once per process, so the warm-up's own linter finds it built, or
    waits for it: it is started before our modules around Harper are imported (~0.12 s of
    CPU), not after. A throwaway linter; its thread ends when it is built.
    """

    def build() -> None:
        lower_thread_priority(DICTIONARY_NICENESS)
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
    warm = len(args) > 1 and bool(args[1])
    if warm:
        # before any of our modules is imported (core.checker alone is ~50 ms of CPU):
        # Harper's full result waits for the dictionary, then its spelling tables
        build_harper_dictionary()
    if len(args) > 2:
        from reviewdesk.core.lifeline import watch_parent

        watch_parent(int(args[2]))
    from reviewdesk.core.checker import Checker

    ready: dict[str, list[Checker]] = {}
    if warm:
        from reviewdesk.core.engines.harper_engine import HarperChecker

        harper = HarperChecker()
        harper.start_warm_up(args[1])
        ready["harper"] = [harper]
    from reviewdesk.service.checker_loop import main as serve

    return serve(args[:1], ready)


if __name__ == "__main__":
    raise SystemExit(main())
