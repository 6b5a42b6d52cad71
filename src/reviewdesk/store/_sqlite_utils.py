"""Import sqlite-utils without numpy and pandas, and without what only its helpers use.

sqlite-utils imports numpy and pandas whenever they are installed, only to map their
value types to column types; the library never stores such values. numpy is installed
(the grammar engine's inflection lexicon needs it), and importing it in the window's
process would cost ~60 ms at start, memory, and a BLAS thread pool started at import.
So the first import of sqlite-utils is made with both hidden.

Its date recipes' parser (``dateutil.parser``, with dateutil's time zones behind it:
~5-7 ms of CPU on the window's UI thread before its first paint, issue 14) is imported
when first used (:class:`DeferredModule`); the library never calls it. Everything else is
as sqlite-utils ships it. (Compiling sqlite-utils' own patterns on first use was measured
at ~7.6 ms more, but it meant replacing ``re.compile`` during the import: left out as too
fragile for what it buys.)
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from typing import Any

_HIDDEN = ("numpy", "pandas")

# what sqlite-utils imports only for helpers the library does not call: imported when
# first used, by whoever uses it
_DEFERRED = ("dateutil.parser",)


class DeferredModule(types.ModuleType):
    """A module's stand-in in ``sys.modules`` that imports it on first attribute use.

    ``from dateutil import parser`` binds the stand-in; ``parser.parse(...)`` imports the
    real module (which takes the stand-in's place in ``sys.modules``) and answers from it.
    """

    def __getattr__(self, name: str) -> Any:
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        return getattr(importlib.import_module(self.__name__), name)


def _defer(name: str) -> None:
    """Put a :class:`DeferredModule` for ``name`` in ``sys.modules``, unless it is
    imported already or cannot be (its import then fails as it would have)."""
    if name in sys.modules:
        return
    try:
        found = importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        found = False
    if found:
        sys.modules[name] = DeferredModule(name)


def _import_without_numpy() -> None:
    if "sqlite_utils.db" in sys.modules:
        return
    saved = {name: sys.modules.get(name) for name in _HIDDEN}
    try:
        for name in _HIDDEN:
            sys.modules[name] = None  # type: ignore[assignment]  # makes `import` fail
        for name in _DEFERRED:
            _defer(name)
        import sqlite_utils.db  # noqa: F401
    finally:
        for name, module in saved.items():
            if module is None:
                del sys.modules[name]
            else:
                sys.modules[name] = module


_import_without_numpy()

# the store's modules take Database from here, so sqlite-utils is always first imported
# as above, whichever store module a caller imports first
from sqlite_utils import Database  # noqa: E402

__all__ = ["Database"]
