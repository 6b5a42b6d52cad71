"""Import sqlite-utils without numpy and pandas.

sqlite-utils imports numpy and pandas whenever they are installed, only to map their
value types to column types; the library never stores such values. numpy is installed
(the grammar engine's inflection lexicon needs it), and importing it in the window's
process would cost ~60 ms at start, memory, and a BLAS thread pool started at import.
So the first import of sqlite-utils is made with both hidden; everything else is as
sqlite-utils ships it.
"""

from __future__ import annotations

import sys

_HIDDEN = ("numpy", "pandas")


def _import_without_numpy() -> None:
    if "sqlite_utils.db" in sys.modules:
        return
    saved = {name: sys.modules.get(name) for name in _HIDDEN}
    try:
        for name in _HIDDEN:
            sys.modules[name] = None  # type: ignore[assignment]  # makes `import` fail
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
