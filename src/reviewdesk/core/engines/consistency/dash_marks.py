"""Which character stands for a dash, read a line at a time like :mod:`.forms`.

The dashes family (:mod:`.reading`) compares spacing ("a — b" and "a—b"); this one the
mark itself, under two keys:

- ``between words``: an em dash, an en dash, or a hyphen typed for one ("Russia - there
  are"). A hyphen is never the kept form: it stands in for a dash the article sets
  elsewhere, so it is flagged whenever a real dash is at least as common;
- ``ranges``: a score or a range between figures with an en dash or a hyphen ("27–12",
  "41-7"). Only ranges count here: a desk may set its breaks with spaced en dashes and
  its scores with hyphens (the Guardian's "2-1").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reviewdesk.core.engines.consistency.use import Use

DASH_MARKS = "dash-marks"
BETWEEN, RANGES = "between words", "ranges"
EM, EN, HYPHEN = "—", "–", "-"

_SPACED = re.compile(r"(?<=[^\W_]) ([—–]|--?) (?=[^\W_])")
_RANGE = re.compile(r"(?<![\w.,:/–-])(\d{1,4})([–-])(\d{1,4})(?![\w/–-]|[.,:]\d)")
_ALTS_BETWEEN = ((EM, EM), (EN, EN), (HYPHEN, HYPHEN))


def read_dash_marks(line: str, add: Callable[[Use], None]) -> None:
    """Every dash between words and every range between figures, by its mark."""
    if "-" not in line and "–" not in line and "—" not in line:
        return
    for m in _SPACED.finditer(line):
        mark = m.group(1)
        form = HYPHEN if mark.startswith("-") else mark
        start, end = m.start(1), m.end(1)
        add(Use(DASH_MARKS, BETWEEN, form, start, end, _ALTS_BETWEEN))
    for m in _RANGE.finditer(line):
        form = m.group(2)
        add(Use(DASH_MARKS, RANGES, form, m.start(2), m.end(2), ((EN, EN), (HYPHEN, HYPHEN))))


def keep_mark(key: str, counts: dict[str, int]) -> str | None:
    """The mark to keep under ``key``, or None when the article shows no one choice.

    Between words, the commoner real dash (a tie between em and en dashes says
    nothing), when it is at least as common as the hyphens; in ranges, the commoner mark
    when it is used more often than the other."""
    if key == BETWEEN:
        em, en, hyphen = counts.get(EM, 0), counts.get(EN, 0), counts.get(HYPHEN, 0)
        if em == en:
            return None
        keep = EM if em > en else EN
        return keep if counts[keep] >= hyphen else None
    en, hyphen = counts.get(EN, 0), counts.get(HYPHEN, 0)
    if en == hyphen:
        return None
    return EN if en > hyphen else HYPHEN
