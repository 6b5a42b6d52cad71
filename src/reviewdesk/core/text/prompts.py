"""A Word form's prompts inside a line: where they stand, and the line without them.

"Choose an item." and "Click or tap here to enter text." are what Word shows in an empty
control: the form's author's words, not the writer's. Findings inside one are dropped
(:func:`reviewdesk.core.merge.drop_issues_in_placeholders`), and the engines that weigh
the whole article (names, consistency) read a line with its prompts blanked, so a US
template's "color" in its prompt is not counted against the writer's "colour".
"""

from __future__ import annotations

from collections.abc import Iterable


def prompt_spans(line: str, prompts: Iterable[str]) -> list[tuple[int, int]]:
    """Every place a prompt stands in ``line``, as (start, end), in no particular order."""
    spans: list[tuple[int, int]] = []
    for p in prompts:
        if not p or p not in line:
            continue
        at = line.find(p)
        while at != -1:
            spans.append((at, at + len(p)))
            at = line.find(p, at + 1)
    return spans


def without_prompts(line: str, prompts: frozenset[str]) -> str:
    """``line`` with every prompt in it turned into spaces (same length: offsets hold).

    Spaces, not nothing: what an engine finds elsewhere in the line keeps its place, and a
    word either side of a prompt is never read as joined to the other.
    """
    if not prompts:
        return line
    spans = prompt_spans(line, prompts)
    if not spans:
        return line
    chars = list(line)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
