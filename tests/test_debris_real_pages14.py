"""Page furniture on real pages (issue 11 point 7): what saved and pasted pages showed.

Opened through File ▸ Open, a page's byline and headline are marked by its import; the
place rules must not offer them as the page's label above the article. Pasted from the
browser, a page's article holds the same short label over each of its adverts and
videos, and links under a "Related" heading long enough to be taken for paragraphs.
Every line below is written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from debris_checks import removed
from ferry_story import PARAGRAPHS
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.debris.checker import DebrisChecker, find_debris
from reviewdesk.core.filing import for_word_file
from reviewdesk.core.rule_names import rule_name
from reviewdesk.desk.context import kept_lines, page_part_lines
from reviewdesk.formats import import_file

HEADLINE = "Northern ferry route to close for three weeks of ramp repairs"
PAGE = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{HEADLINE}</title>
<meta name="author" content="Andrea Middleton">
<meta property="og:title" content="{HEADLINE}">
</head><body><article>
<p class="author">Andrea Middleton</p>
<h1>{HEADLINE}</h1>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article></body></html>"""


def flagged(text: str, ctx: CheckContext | None = None) -> list[tuple[str, str]]:
    """(line, rule) of each debris issue, as the window checks ``text`` in ``ctx``."""
    issues = DebrisChecker().check([text], ctx or CheckContext())[0]
    return [(i.text.strip(), i.rule) for i in issues]


def test_a_saved_pages_byline_is_not_offered_as_its_label(tmp_path: Path) -> None:
    page = tmp_path / "ferry.html"
    page.write_text(PAGE, encoding="utf-8")
    doc = import_file(page)
    assert "Andrea Middleton" in doc.text.split("\n")
    ctx = CheckContext(
        kept_lines=kept_lines(doc.structure, text=doc.text),
        page_parts=page_part_lines(doc.structure, text=doc.text),
    )
    assert "Andrea Middleton" in ctx.page_parts
    assert flagged(doc.text, ctx) == []
    # the same text pasted, with no page behind it: a short line above the article
    assert flagged(doc.text) == [("Andrea Middleton", "debris-page-head")]


def test_the_context_tells_page_parts_apart() -> None:
    """A change of the page's parts is a change of the check (the caches' key)."""
    a = CheckContext(page_parts=frozenset({"Andrea Middleton"}))
    assert a.fingerprint() != CheckContext().fingerprint()


@pytest.mark.parametrize(
    "byline",
    ["by Josiah Motley August 21, 2019", "BY JANE DOE, MAY 2"],
)
def test_a_byline_in_any_case_with_its_date_stays_above_the_article(byline: str) -> None:
    text = "\n\n".join([HEADLINE, byline, *PARAGRAPHS[:2]])
    assert flagged(text) == []


def test_a_writers_sign_off_after_a_dash_is_no_pull_quote() -> None:
    text = "\n\n".join([*PARAGRAPHS, "-- By Michael Russell Follow @mrussell"])
    assert "debris-pull-quote" not in {rule for _line, rule in flagged(text)}
    quote = "“We will be back before the summer,” the harbour master said."
    text = "\n\n".join([*PARAGRAPHS[:2], quote, "— Jane Doe, harbour master", *PARAGRAPHS[2:]])
    assert ("— Jane Doe, harbour master", "debris-pull-quote") in flagged(text)


def _between(labels: list[str]) -> str:
    """The paragraphs with a line of ``labels`` after each of the first ones."""
    out = [PARAGRAPHS[0]]
    for label, paragraph in zip(labels, PARAGRAPHS[1:], strict=False):
        out += [label, paragraph]
    return "\n\n".join(out)


def test_the_same_label_over_each_advert_goes() -> None:
    text = _between(["Clip Feedback", "Clip Feedback", "Clip Feedback"])
    issues = find_debris(text)
    assert [(i.text.strip(), i.rule) for i in issues] == [
        ("Clip Feedback", "debris-repeated-label")
    ] * 3
    assert rule_name("debris", "debris-repeated-label") == (
        "A web page's label repeated between paragraphs"
    )
    assert removed(text, issues) == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize(
    "labels",
    [
        ["Clip Feedback"],  # once: maybe the copy's subheading
        ["The ramp", "The coaches", "The traders"],  # subheadings differ
        ["Q:", "A:", "Q:"],  # a transcript's speakers
        ["HOST", "GUEST", "HOST"],
        ["slow to resolve", "slow to resolve"],  # a table's cells, in lowercase
    ],
)
def test_lines_that_do_not_repeat_alone_stay(labels: list[str]) -> None:
    text = _between(labels)
    if labels[0] == labels[-1] and len(labels) > 1:  # the speakers' turns: each twice
        text += f"\n\n{labels[1]}\n\nThe harbour will be quieter than usual for a while."
    assert flagged(text) == []


def test_a_word_file_keeps_its_repeated_lines() -> None:
    text = _between(["Clip Feedback", "Clip Feedback"])
    assert flagged(text, for_word_file(CheckContext())) == []


def test_an_edit_that_leaves_one_label_takes_the_others_mark_too() -> None:
    checker = DebrisChecker()
    ctx = CheckContext()
    text = _between(["Clip Feedback", "Clip Feedback"])
    assert len(checker.check([text], ctx)[0]) == 2
    edited = text.replace("Clip Feedback", "Harbour traders", 1)
    assert checker.check([edited], ctx)[0] == find_debris(edited) == []
    again = edited.replace("Harbour traders", "Clip Feedback", 1)
    assert checker.check([again], ctx)[0] == find_debris(again)
    assert len(find_debris(again)) == 2


def test_a_long_link_under_a_related_heading_goes() -> None:
    link = "Coach operators across the county report a record summer for island routes"
    text = "\n\n".join([*PARAGRAPHS[:2], "Related", link, *PARAGRAPHS[2:]])
    assert flagged(text) == [("Related", "debris-page-furniture"), (link, "debris-page-furniture")]


def test_a_long_head_of_buttons_above_the_headline_goes() -> None:
    """A page copied from the browser: labels and a row of share buttons, a line each,
    more than fifteen lines above the first paragraph."""
    buttons = ["Filed under:", "Travel", "Islands", "Share this story", "Facebook", "Twitter"]
    buttons += ["Linkedin", "Reddit", "Pocket", "Flipboard", "Email", "Print", "Comments"]
    text = "\n\n".join([*buttons[:4], HEADLINE, "By Jane Doe", *buttons[4:], *PARAGRAPHS])
    lines = {line for line, _rule in flagged(text)}
    assert {"Travel", "Islands", "Pocket", "Flipboard", "Comments"} <= lines
    assert HEADLINE not in lines and "By Jane Doe" not in lines
