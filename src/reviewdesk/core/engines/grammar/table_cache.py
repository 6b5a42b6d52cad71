"""The grammar engine's word tables kept on disk between runs, so a start reads them back.

Reading LemmInflect's two tables and symspellpy's two count tables from their text files
took ~1.1-1.4 s of Python at every start of the checker process (benchmarks/README.md,
harper7), holding the interpreter and a core while Harper builds its spelling tables
beside it. The tables are arrays and a bytes blob: written once as they are, they read
back in milliseconds. A cache file names the source files it was made from (path, size,
modification time) and its own format; anything else, a short or damaged file, or a
folder that cannot be written, and the table is read from its source as before.

Keys are found by :func:`stable_hash` (CRC-32), not Python's ``hash`` (which changes per
process), so a table written by one process serves the next. The tables deal with two keys
that share one (a few among the 243,000 word pairs).
"""

from __future__ import annotations

import json
import logging
import os
import sys
import zlib
from array import array
from pathlib import Path

from reviewdesk.core.fileio import atomic_write_bytes

log = logging.getLogger(__name__)

# Bumped whenever a table's layout or its hash changes: older files are then not read.
FORMAT = 1
# Set to "0" to read every table from its source (benchmarks of a first run, tests).
CACHE_ENV = "REVIEWDESK_TABLE_CACHE"

Parts = dict[str, "array[int] | bytes"]


# A 32-bit hash of the key's UTF-8 bytes, the same in every process (one C call, ~0.1 µs
# beside the encoding: a 64-bit pair of sums cost the grammar engine's first check of the
# sample +10%, it asks ~37,000 counts then). Python's ``hash`` is salted per process.
stable_hash = zlib.crc32


def cache_folder() -> Path | None:
    """Where the tables are kept (the user's cache folder), or None when switched off."""
    if os.environ.get(CACHE_ENV, "1") == "0":
        return None
    try:
        import platformdirs
    except ImportError:  # pragma: no cover - a dependency of the app
        return None
    return platformdirs.user_cache_path("reviewdesk") / "word-tables"


def stamp(sources: list[Path]) -> str:
    """What the cached table was made from: each source's path, size and time."""
    seen = []
    for source in sources:
        info = source.stat()
        seen.append(f"{source.resolve()}:{info.st_size}:{info.st_mtime_ns}")
    return "|".join(seen)


def load(name: str, made_from: str, layout: dict[str, str]) -> tuple[Parts, dict[str, int]] | None:
    """The parts of table ``name`` (part -> array type code, ``"bytes"`` for a blob) as
    kept, with what was kept beside them (:func:`store`'s ``extra``), if kept from these
    sources in this format; else None."""
    folder = cache_folder()
    if folder is None:
        return None
    path = folder / f"{name}.bin"
    try:
        with path.open("rb") as handle:
            header = json.loads(handle.readline())
            if header.get("format") != FORMAT or header.get("from") != made_from:
                return None
            if header.get("byteorder") != sys.byteorder:
                return None
            sizes: dict[str, int] = header["sizes"]
            if set(sizes) != set(layout):
                return None
            parts: Parts = {}
            for part, code in layout.items():
                if code == "bytes":
                    blob = handle.read(sizes[part])
                    if len(blob) != sizes[part]:
                        return None
                    parts[part] = blob
                else:
                    values: array[int] = array(code)
                    values.fromfile(handle, sizes[part])  # EOFError if the file is short
                    parts[part] = values
            if handle.read(1):
                return None  # longer than written: not ours
            extra = header.get("extra", {})
            if not isinstance(extra, dict):
                return None
            return parts, extra
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, EOFError) as exc:
        log.info("the cached word table %s is unreadable (%s): reading its source", name, exc)
        return None


def store(name: str, made_from: str, parts: Parts, extra: dict[str, int] | None = None) -> None:
    """Keep the table's parts (and a few keys' values, ``extra``) for the next start (best
    effort: a failure is logged)."""
    folder = cache_folder()
    if folder is None:
        return
    sizes = {part: len(values) for part, values in parts.items()}
    header = {
        "format": FORMAT,
        "from": made_from,
        "byteorder": sys.byteorder,
        "sizes": sizes,
        "extra": extra or {},
    }
    chunks = [json.dumps(header).encode() + b"\n"]
    chunks += [v if isinstance(v, bytes) else v.tobytes() for v in parts.values()]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(folder / f"{name}.bin", b"".join(chunks))
    except OSError as exc:
        log.info("the word table %s is not kept for the next start: %s", name, exc)

