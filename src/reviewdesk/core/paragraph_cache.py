"""The pipeline's per-paragraph results cache, and the checks every engine's issues pass
before they are kept (a span inside the text; text and context taken from the line).

Kept apart from :mod:`reviewdesk.core.pipeline` so that module stays about running the
engines and putting their results together.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Iterator

from reviewdesk.core.lines import NO_ISSUES, LineIssues, Lines
from reviewdesk.core.models import Issue, context_hash

log = logging.getLogger(__name__)

_ENTRY_OVERHEAD = 64

_Key = tuple[str, str]  # (context fingerprint, paragraph text)


class ParagraphCache:
    """Least-recently-used paragraph results, bounded by the characters of text held."""

    def __init__(self, max_chars: int) -> None:
        self.max_chars = max_chars
        self.chars = 0
        self._data: OrderedDict[_Key, dict[str, LineIssues]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._data)

    def touch(self, key: _Key) -> dict[str, LineIssues] | None:
        """The engines' results for a paragraph, marked as recently used."""
        node = self._data.get(key)
        if node is not None:
            self._data.move_to_end(key)
        return node

    def node(self, key: _Key) -> dict[str, LineIssues]:
        """The (possibly new, empty) results for a paragraph; may evict old paragraphs."""
        node = self._data.get(key)
        if node is None:
            node = self._data[key] = {}
            self.chars += len(key[1]) + _ENTRY_OVERHEAD
            while self.chars > self.max_chars and len(self._data) > 1:
                old, _ = self._data.popitem(last=False)
                self.chars -= len(old[1]) + _ENTRY_OVERHEAD
        return node

    def clear(self) -> None:
        self._data.clear()
        self.chars = 0


def _within(issues: list[Issue], size: int, engine: str, where: str) -> Iterator[Issue]:
    """The issues whose span ends inside a text of ``size`` characters; an engine's span
    past the end (a bug in it) is logged and dropped, never used to slice the text."""
    for issue in issues:
        if issue.end > size:
            log.debug("%s reported a span past %s: %s", engine, where, issue)
            continue
        yield issue


def validated_paragraph(para: str, issues: list[Issue], engine: str) -> LineIssues:
    """Issues whose span lies in ``para``, with text and context taken from ``para``."""
    out = [
        i.with_source(para[i.start : i.end], context_hash(para, i.start, i.end))
        for i in _within(issues, len(para), engine, "the paragraph's end")
    ]
    return tuple(out) if out else NO_ISSUES


def validated(lines: Lines, issues: list[Issue], engine: str) -> list[Issue]:
    """Issues whose span lies in the text; text from it, context from their line."""
    out: list[Issue] = []
    text = lines.text
    for issue in _within(issues, len(text), engine, "the end"):
        start, end = issue.start, issue.end
        n = lines.line_of(start)
        base = lines.starts[n]
        ctx_hash = context_hash(lines.lines[n], start - base, end - base)
        out.append(issue.with_source(text[start:end], ctx_hash))
    return out
