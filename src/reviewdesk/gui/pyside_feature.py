"""PySide6's look at every module imported after it, made cheap (issue 14, first highlights).

Once PySide6 is imported, its ``__feature__`` support (``from __feature__ import
snake_case``) runs a hook after every later import that asks whether the module uses
PySide6: ``inspect.getsource`` on the module, then ``"PySide6" in source``. That reads
each file through ``tokenize`` and keeps its lines in ``linecache`` for the life of the
process. The window's start imports some 270 modules after PySide6: ~35 ms of the UI
thread's CPU at load 6 (a sixth of those imports) and ~3.8 MB of source text held
(benchmarks/README.md, first9; known upstream as napari/napari#8584).

:func:`quicken_module_checks` gives the hook the same answer for a plain ``.py`` file from
its bytes read once, and leaves every other module (extension modules, the frozen app's
modules without a source file) to PySide6's own test. reviewdesk selects no feature, so
the answers only have to be the ones PySide6 would give, and they are.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import ModuleType

log = logging.getLogger(__name__)

# The module PySide6 keeps its feature switching in, and the test it runs per import.
FEATURE_MODULE = "shibokensupport.feature"
TEST_NAME = "_mod_uses_pyside"


def uses_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """Whether ``module``'s source names PySide6, read as bytes from its ``.py`` file;
    ``fallback`` (PySide6's own test) for a module without one."""
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            pass  # no source beside it (a frozen app): PySide6's own test says
    return fallback(module)


def quicken_module_checks() -> bool:
    """Put :func:`uses_pyside` in place of PySide6's per-import test; call it after
    PySide6 is imported, before the window's modules. False when this PySide6 has no
    such test (another version): nothing is changed then."""
    import PySide6.QtCore  # noqa: F401  (installs the hook and its module)

    feature = sys.modules.get(FEATURE_MODULE)
    upstream = getattr(feature, TEST_NAME, None)
    if feature is None or not callable(upstream):
        log.debug(
            "no %s.%s in this PySide6: its import hook is left alone", FEATURE_MODULE, TEST_NAME
        )
        return False
    if getattr(upstream, "fallback", None) is not None:
        return True  # done already (a second window in the same process, tests)

    def test(module: ModuleType) -> bool:
        return uses_pyside(module, upstream)

    test.fallback = upstream  # type: ignore[attr-defined]
    setattr(feature, TEST_NAME, test)
    return True
