"""Import sqlite-utils without numpy and pandas, and without what only its helpers use.

sqlite-utils imports numpy and pandas whenever they are installed, only to map their
value types to column types; the library never stores such values. numpy is installed
(the grammar engine's inflection lexicon needs it), and importing it in the window's
process would cost ~60 ms at start, memory, and a BLAS thread pool started at import.
So the first import of sqlite-utils is made with both hidden.

sqlite-utils also compiles its regular expressions as its modules load, one of them (the
name in ``CREATE VIRTUAL TABLE``, case-blind over every character above U+007F) ~7.6 ms
of CPU on the window's UI thread before its first paint, for a pattern read only when a
virtual table's module is asked for (issue 14, the window's own start). The patterns its
own modules compile during that import are compiled on first use instead
(:class:`LazyPattern`); every other module's are compiled as before. Its date recipes'
parser (``dateutil.parser``, with dateutil's time zones behind it: ~5-7 ms) is imported
when first used (:class:`DeferredModule`); the library never calls it. Everything else is
as sqlite-utils ships it.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
import types
from typing import Any

_HIDDEN = ("numpy", "pandas")

# what sqlite-utils imports only for helpers the library does not call: imported when
# first used, by whoever uses it
_DEFERRED = ("dateutil.parser",)

# the modules whose patterns wait for their first use: sqlite-utils' own
_LAZY_PREFIX = "sqlite_utils"


class LazyPattern:
    """A compiled pattern's stand-in that compiles it on first use.

    Only what a pattern is asked for by attribute (``.match``, ``.split``, ``.pattern``,
    …) is served: sqlite-utils uses its module-level patterns that way. A module that
    handed one to ``re.sub`` would get a TypeError there, not a wrong answer.
    """

    __slots__ = ("_args", "_compiled")

    def __init__(self, pattern: Any, flags: int = 0) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern[Any] | None = None

    @property
    def compiled(self) -> re.Pattern[Any]:
        """The pattern, compiled now if it was not yet."""
        if self._compiled is None:
            self._compiled = re.compile(*self._args)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self._args[0]!r})"


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


def _compile_later(compile_: Any) -> Any:
    """``re.compile`` for the import: sqlite-utils' own calls get a :class:`LazyPattern`."""

    def compile_for_import(pattern: Any, flags: int = 0) -> Any:
        caller = sys._getframe(1).f_globals.get("__name__", "")
        if isinstance(caller, str) and caller.split(".")[0] == _LAZY_PREFIX:
            return LazyPattern(pattern, flags)
        return compile_(pattern, flags)

    return compile_for_import


def _import_without_numpy() -> None:
    if "sqlite_utils.db" in sys.modules:
        return
    saved = {name: sys.modules.get(name) for name in _HIDDEN}
    compile_ = re.compile
    try:
        for name in _HIDDEN:
            sys.modules[name] = None  # type: ignore[assignment]  # makes `import` fail
        for name in _DEFERRED:
            _defer(name)
        re.compile = _compile_later(compile_)
        import sqlite_utils.db  # noqa: F401
    finally:
        re.compile = compile_
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
