"""Frozen sets that cost nothing when empty.

Since Python 3.10 every ``frozenset()`` is an object of its own (216 bytes on 64-bit
CPython; 3.9 and earlier shared one). The engines' per-line and per-word records (the
names model's trimmed words, the consistency reading's mid-sentence capitals, the memo
caches of a word's tags and forms) keep one or two sets for every paragraph or word, and
most of them are empty: at 100k words that was ~5 MB of the checker's memory in empty
sets (benchmarks/README.md, memory19).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

T = TypeVar("T")

EMPTY: frozenset[Any] = frozenset()  # the one empty set every record shares


def frozen(items: Iterable[T]) -> frozenset[T]:
    """``frozenset(items)``, or the shared :data:`EMPTY` when there are none."""
    out = frozenset(items)
    return out if out else EMPTY
