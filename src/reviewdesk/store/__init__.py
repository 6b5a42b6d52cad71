"""The store: the only code that touches SQLite. One library file per user.

``from reviewdesk.store import Library, default_library_path, NotFoundError, StoreError``
"""

# first: sqlite-utils without numpy (see _sqlite_utils)
from reviewdesk.store import _sqlite_utils  # noqa: F401  # isort: skip
from reviewdesk.store.errors import DamagedLibraryError, NotFoundError, StoreError
from reviewdesk.store.library import Library
from reviewdesk.store.paths import default_library_path

__all__ = [
    "DamagedLibraryError",
    "Library",
    "NotFoundError",
    "StoreError",
    "default_library_path",
]
