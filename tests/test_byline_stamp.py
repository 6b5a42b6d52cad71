"""A page's time stamp at the end of a byline ("By Jane Doe | Updated 6:42 p.m."): the
desk keeps the byline, the article's own, and removes the stamp the page's template
printed after it, as it removes a stamp on a line of its own. The demo's byline was left
whole while the page's other furniture was flagged; a byline with a date and a clock
between bars was offered whole for removal as a breadcrumb trail; and a headline over a
byline with a date ("By Jane Doe · May 2, 2019") was offered for removal as the page's
line above the article, the byline's words outnumbering the headline's.
"""

from __future__ import annotations

import json
from pathlib import Path

from reviewdesk.cli import main

BODY = (
    "\n\nThe council voted 6-3 on Tuesday to build a seawall along the lower river, "
    "ending a decade of argument over how the town should prepare for rising water.\n"
)


def _debris(tmp_path: Path, capsys, first: str) -> list[tuple[str, str, list[str]]]:  # type: ignore[no-untyped-def]
    story = tmp_path / "story.txt"
    story.write_text("Council Backs Seawall\n\n" + first + BODY, encoding="utf-8")
    main(["check", "--library", str(tmp_path / "lib.sqlite"), str(story)])
    issues = json.loads(capsys.readouterr().out)["issues"]
    return [(i["text"], i["rule"], i["replacements"]) for i in issues if i["category"] == "debris"]


def test_a_stamp_after_a_byline_is_offered_for_removal_and_the_byline_kept(
    tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    found = _debris(tmp_path, capsys, "By Corinne Tallis, Ledger Staff Writer | Updated 6:42 p.m.")
    assert found == [(" | Updated 6:42 p.m.", "debris-time-stamp", [""])]


def test_a_date_and_clock_between_bars_go_and_the_byline_stays(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    found = _debris(tmp_path, capsys, "By Jane Doe | May 2, 2019 | 6:42 PM")
    assert found == [(" | May 2, 2019 | 6:42 PM", "debris-time-stamp", [""])]


def test_a_bare_date_after_a_byline_and_the_headline_over_it_stay(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert _debris(tmp_path, capsys, "By Jane Doe · May 2, 2019") == []
