"""PySide6 6.12.0 aborts CPython 3.11 after a few thousand Qt calls that return None.

The abort ("Fatal Python error: none_dealloc") kills the interpreter, so the loop runs in
a subprocess: a crash shows up as a failed test instead of a dead test runner.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

CALLS = 20_000

_LOOP = textwrap.dedent(
    f"""
    from PySide6.QtCore import QPoint

    point = QPoint(0, 0)
    for i in range({CALLS}):
        point.setX(i)  # returns None: each call drops a reference to Py_None
    assert point.x() == {CALLS - 1}
    print("ok", point.x())
    """
)


@pytest.mark.slow  # runs the loop in a fresh interpreter
def test_many_qt_calls_returning_none_do_not_abort_python() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", _LOOP], capture_output=True, text=True, timeout=120, env=env
    )
    assert proc.returncode == 0, f"exit {proc.returncode}: {proc.stderr[-2000:]}"
    assert proc.stdout.split() == ["ok", str(CALLS - 1)]


def test_installed_pyside6_is_not_the_broken_release() -> None:
    import PySide6

    if sys.version_info[:2] != (3, 11):
        pytest.skip("the none_dealloc abort only affects Python 3.11")
    assert PySide6.__version__ != "6.12.0", "PySide6 6.12.0 aborts Python 3.11; pin !=6.12.0"
