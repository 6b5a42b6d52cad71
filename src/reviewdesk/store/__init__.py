"""The store: the only code that touches SQLite. One library file per user.

``from reviewdesk.store import Library, default_library_path, NotFoundError, StoreError``

Importing the package is light: :class:`Library` (with sqlite-utils behind it, ~0.1 s)
is imported when first named, so the app can read the settings it launches the checker
with (:mod:`reviewdesk.store.peek`) before that (issue 14).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reviewdesk.store.errors import DamagedLibraryError, NotFoundError, StoreError
from reviewdesk.store.paths import default_library_path

if TYPE_CHECKING:
    from reviewdesk.store.library import Library

__all__ = [
    "DamagedLibraryError",
    "Library",
    "NotFoundError",
    "StoreError",
    "default_library_path",
]


def __getattr__(name: str) -> Any:
    """``Library``, imported when first asked for."""
    if name == "Library":
        from reviewdesk.store.library import Library

        return Library
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
