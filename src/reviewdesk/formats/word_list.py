"""Dictionary word lists as plain text files: one word (or name) per line.

The format most spelling tools can read or write: UTF-8, one entry per line. Reading is
forgiving: any common encoding, blank lines and ``#`` comment lines are skipped, and a
Hunspell ``.dic`` list (a count on the first line) loses its affix flags. Writing is atomic.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable
from pathlib import Path

from reviewdesk.core.fileio import atomic_write_text
from reviewdesk.formats.encoding import decode_bytes
from reviewdesk.formats.errors import FormatError
from reviewdesk.formats.safety import MB, read_limited

log = logging.getLogger(__name__)

MAX_WORD_LIST_BYTES = 5 * MB  # a few hundred thousand words
MAX_WORD_CHARS = 100  # a longer "word" is a line of prose, not a dictionary entry
_HUNSPELL_FLAGS = re.compile(r"(?<!\\)/\S*$")  # "word/FLAGS"; "AC\/DC" is one word


def parse_word_list(text: str) -> list[str]:
    """The entries of a word list, in order and without repeats."""
    lines = [line.strip() for line in text.splitlines()]
    if lines and lines[0].isdigit():  # Hunspell .dic: a count, then "word/FLAGS" lines
        lines = [_HUNSPELL_FLAGS.sub("", line).replace("\\/", "/") for line in lines[1:]]
    seen: dict[str, None] = {}
    for line in lines:
        if line and not line.startswith("#"):
            seen.setdefault(" ".join(line.split()), None)
    return list(seen)


def read_word_list(path: str | os.PathLike[str]) -> list[str]:
    """The words of a word-list file; :class:`FormatError` in plain words when it is not one."""
    path = Path(path)
    data = read_limited(path, MAX_WORD_LIST_BYTES, "a word list")
    words = parse_word_list(decode_bytes(data, path.name).text)
    too_long = [w for w in words if len(w) > MAX_WORD_CHARS]
    if too_long:
        raise FormatError(
            f"{path.name}: does not look like a word list (one word per line); "
            f"line “{too_long[0][:40]}…” is too long"
        )
    log.info("read %d words from %s", len(words), path)
    return words


def write_word_list(path: str | os.PathLike[str], words: Iterable[str], title: str) -> None:
    """Write ``words`` sorted, one per line, under a ``#`` comment naming the list."""
    body = "".join(f"{word}\n" for word in sorted(set(words), key=str.casefold))
    atomic_write_text(path, f"# {title}\n# One word per line; reviewdesk reads it back.\n{body}")
