"""Starting child processes from a worker thread.

CPython starts children with ``vfork`` and, while the child runs ``execve``, lets other
threads run. A child started with the inherited environment reads the C-level
``environ`` array during ``execve``; if another thread sets or removes a variable at
that moment (``os.environ[...] = ...``, a test's ``monkeypatch.setenv``), the array is
reallocated under the child and ``execve`` fails with ``EFAULT`` ("Bad address"). A
copy made under the GIL and passed as ``env=`` is private to the call and cannot move.
"""

from __future__ import annotations

import os


def environment_snapshot() -> dict[str, str]:
    """The current environment as a private copy, for ``subprocess``'s ``env=``."""
    return dict(os.environ)
