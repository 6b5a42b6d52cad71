"""Four paragraphs of a made-up news story, the article around which the page-debris
tests put their furniture (shared: the tests differ in the furniture, not the copy)."""

from __future__ import annotations

PARAGRAPHS = [
    "The ferry company said on Monday that the northern route would close for three "
    "weeks while engineers replace the landing ramp at Westhaven.",
    "Passengers will be carried by coach between the two harbours, a journey the "
    "company expects to take about forty minutes longer than the crossing.",
    "The company said tickets already bought would be honoured on the coaches, and "
    "that the route would reopen before the summer timetable begins.",
    "Harbour traders said they feared a quiet three weeks, though several planned to "
    "open later in the evening to catch the coach passengers.",
]


def line_edits(lines: list[str], every: int = 1) -> list[list[str]]:
    """Every ``every``-th line deleted, changed, doubled; moved to the end (the edits the
    incremental-equals-fresh tests make around page furniture)."""
    out: list[list[str]] = []
    for k in range(0, len(lines), every):
        line = lines[k]
        out.append(lines[:k] + lines[k + 1 :])
        out.append([*lines[:k], line + " again", *lines[k + 1 :]])
        out.append([*lines[:k], line, line, *lines[k + 1 :]])
        out.append(lines[:k] + lines[k + 1 :] + [line])
    return out
