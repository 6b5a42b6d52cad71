"""Starting child processes: a private environment, and our own modules as children.

CPython starts children with ``vfork`` and, while the child runs ``execve``, lets other
threads run. A child started with the inherited environment reads the C-level
``environ`` array during ``execve``; if another thread sets or removes a variable at
that moment (``os.environ[...] = ...``, a test's ``monkeypatch.setenv``), the array is
reallocated under the child and ``execve`` fails with ``EFAULT`` ("Bad address"). A
copy made under the GIL and passed as ``env=`` is private to the call and cannot move.

In the frozen build (PyInstaller, ``sys.frozen`` set) there is no Python to run
``python -m module``: ``sys.executable`` is the app itself. Our child processes are then
the app re-invoked with :data:`CHILD_MODULE_FLAG`, which the frozen entry point hands to
:func:`run_child_module`. The frozen app's loader also points ``LD_LIBRARY_PATH`` at its
own libraries; programs of the system (Java, LibreOffice) get the user's value back.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence

#: ``APP --reviewdesk-child MODULE ARGS...`` runs ``MODULE.main(ARGS)`` in the frozen app.
CHILD_MODULE_FLAG = "--reviewdesk-child"
_CHILD_PACKAGE = "reviewdesk."
# PyInstaller's loader keeps the user's values of these under NAME_ORIG.
_LOADER_VARIABLES = ("LD_LIBRARY_PATH",)


def is_frozen() -> bool:
    """Whether this is the frozen build (PyInstaller), not Python running the package."""
    return bool(getattr(sys, "frozen", False))


def environment_snapshot() -> dict[str, str]:
    """The current environment as a private copy, for ``subprocess``'s ``env=``.

    In the frozen build, the library path is the user's again, so that Java or
    LibreOffice do not load the app's copies of libraries built for Qt and Python.
    """
    env = dict(os.environ)
    if is_frozen():
        _restore_loader_variables(env)
    return env


def _restore_loader_variables(env: dict[str, str]) -> None:
    for name in _LOADER_VARIABLES:
        original = env.pop(f"{name}_ORIG", None)
        if original is not None:
            env[name] = original
        else:
            env.pop(name, None)


def module_command(module: str, args: Sequence[str] = ()) -> list[str]:
    """The command line that runs ``module.main(args)`` in a child process.

    ``python -m module ARGS`` normally; the app itself with :data:`CHILD_MODULE_FLAG`
    when frozen. ``module`` must be one of ours and define ``main(argv) -> int``.
    """
    if not module.startswith(_CHILD_PACKAGE):
        raise ValueError(f"not a reviewdesk module: {module}")
    if is_frozen():
        return [sys.executable, CHILD_MODULE_FLAG, module, *args]
    return [sys.executable, "-m", module, *args]


def run_child_module(argv: Sequence[str]) -> int | None:
    """Run the child that :func:`module_command` asked for; None if ``argv`` asks none.

    ``argv`` is the app's arguments without the program name. Only our own modules can be
    run this way, so a stray flag cannot run arbitrary code.
    """
    if len(argv) < 2 or argv[0] != CHILD_MODULE_FLAG:
        return None
    module = argv[1]
    if not module.startswith(_CHILD_PACKAGE):
        print(f"reviewdesk: error: not a reviewdesk module: {module}", file=sys.stderr)
        return 2
    main = importlib.import_module(module).main
    return int(main(list(argv[2:])))
