"""Giving freed memory back to the system.

glibc keeps memory that C code (Harper) frees in its arenas; ``malloc_trim`` returns
the free pages. Elsewhere (another C library, another system) this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import logging
import sys

log = logging.getLogger(__name__)


def trim_heap() -> bool:
    """Collect Python's garbage, then ask glibc to return free heap pages; whether it
    could be asked."""
    gc.collect()
    return release_free_pages()


def release_free_pages() -> bool:
    """Ask glibc to return free heap pages (no garbage collection: safe on any thread,
    and ctypes lets go of the GIL meanwhile); whether it could be asked."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):  # musl, or no libc by that name
        return False
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return bool(trim(0))
