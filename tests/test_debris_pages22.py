"""A line wedged among the page's own lines in a packed run (issue 11 point 7).

A page's head and footer come over as runs of lines with no blank line between them,
the copy's paragraphs apart. A short line in such a run, between two lines already
found to be the page's (a capture's dates between its counts, a subject line between an
e-mail's headers, an appeal and a charity's number between the share icons and the
footer's links), is the page's too. Every line below is written for these tests.
"""

from __future__ import annotations

from ferry_story import PARAGRAPHS, line_edits
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.debris.checker import DebrisChecker, find_debris

P1, P2, P3, P4 = PARAGRAPHS
HEADLINE = "Northern ferry route to close for three weeks"

CAPTURE = ["4 captures", "8 Oct 2019 - 22 Jan 2021", "SEP   OCT   NOV"]
MAIL = [
    "From: Harbour Morning Brief <brief@harbourmorning.example>",
    "Subject: Ferry route to close — your Monday briefing",
    "To: Ingrid Salo <isalo@westhaven.example>",
]
FOOTER = [
    "Share this alert",
    "f   𝕏   in   ✉",
    "Every crossing counts. Give monthly →",
    "The Westhaven Harbour Trust is a registered charity. No. 1104562",
    "Privacy · Accessibility · Contact us",
]


def flagged(blocks: list[str]) -> dict[str, str]:
    """Each flagged line's rule, the blocks set apart by blank lines as pasted."""
    issues = DebrisChecker().check(["\n\n".join(blocks)], CheckContext())[0]
    return {line.strip(): i.rule for i in issues for line in i.text.strip().split("\n")}


def test_a_line_wedged_in_the_heads_packed_run_goes() -> None:
    """A capture's dates and a subject line between lines of the page's head: the page's,
    and the headline under them stays."""
    for run in (CAPTURE, MAIL):
        found = flagged(["\n".join(run), HEADLINE, "By Ingrid Salo", P1, P2, P3])
        assert set(run) <= set(found)
        assert HEADLINE not in found and "By Ingrid Salo" not in found


def test_a_sites_tagline_under_its_name_goes_and_is_no_headline() -> None:
    """A tagline between the site's name and its menu is longer than the headline set
    apart below it, and is the page's all the same."""
    tagline = "News for the island and its harbours since 1891, every day"
    head = "\n".join(["Westhaven Herald", tagline, "Home   News   Sport   Weather"])
    found = flagged([head, HEADLINE, "By Ingrid Salo", P1, P2, P3])
    assert tagline in found and "Westhaven Herald" in found
    assert HEADLINE not in found


def test_the_same_line_set_apart_stays() -> None:
    """Only a packed run tells the wedged line is the page's: set apart by blank lines,
    the subject line is read on its own (and kept)."""
    found = flagged([MAIL[0], MAIL[1], MAIL[2], HEADLINE, "By Ingrid Salo", P1, P2, P3])
    assert MAIL[1] not in found


def test_a_headline_or_byline_packed_between_page_lines_stays() -> None:
    """The headline and a byline are the copy's wherever they stand."""
    head = "\n".join(["Home   News   Sport   Weather", HEADLINE, "Sign up   Sign in"])
    found = flagged([head, P1, P2, P3])
    assert HEADLINE not in found
    found = flagged(["\n".join(["Westhaven Herald", HEADLINE, "May 2, 2019"]), P1, P2, P3])
    assert HEADLINE not in found
    byline = "\n".join(["Home   News   Sport   Weather", "By Ingrid Salo", "Sign up   Sign in"])
    found = flagged([HEADLINE, byline, P1, P2, P3])
    assert "By Ingrid Salo" not in found


def test_lines_wedged_in_the_footers_packed_run_go() -> None:
    """An appeal and a charity's number between the share icons and the footer's links
    (two lines in a row) go with the footer; the copy above stays."""
    found = flagged([P1, P2, P3, P4, "\n".join(FOOTER)])
    assert set(FOOTER) <= set(found)
    assert not {P1, P2, P3, P4} & set(found)


def test_a_paragraph_wedged_in_the_footer_stays() -> None:
    """A line of the copy's length (over twenty words) is no line of the page's, wherever
    it stands."""
    long = P4 + " They said so on Friday."
    footer = [FOOTER[0], FOOTER[1], long, FOOTER[4]]
    found = flagged([P1, P2, P3, "\n".join(footer)])
    assert long not in found


def test_edits_in_packed_runs_equal_a_fresh_look() -> None:
    """One checker, edit after edit (lines and blank lines deleted, changed, doubled,
    moved: runs packed and parted), finds what a fresh look does."""
    page = [
        *CAPTURE,
        "",
        HEADLINE,
        "",
        P1,
        "",
        P2,
        "",
        *MAIL,
        "",
        P3,
        "",
        P4,
        "",
        *FOOTER,
    ]
    checker = DebrisChecker()
    ctx = CheckContext()
    base = "\n".join(page)
    for n, lines in enumerate(line_edits(page)):
        text = "\n".join(lines)
        assert checker.check([text], ctx)[0] == find_debris(text), f"edit {n}"
        assert checker.check([base], ctx)[0] == find_debris(base), f"back from edit {n}"


def test_a_row_of_hashtags_between_paragraphs_goes() -> None:
    """A social post's tags alone on a line are the page's wherever they stand; a
    Markdown heading ("# ...") or a rank ("#1 ...") is the copy's."""
    tags = "#ferries #Westhaven #coaches"
    assert flagged([P1, P2, tags, P3, P4]) == {tags: "debris-page-furniture"}
    for line in ("# Coaches instead of the crossing", "#1 #2 #3", "#1 on the route's list"):
        assert line not in flagged([P1, P2, line, P3, P4])
