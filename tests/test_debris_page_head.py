"""The page's lines above the article, found by their place (issue 11): before the first
paragraph, around the headline, a section's label, a reading time, a time stamp, a share
row go; the headline, a standfirst, the byline and the dateline stay. Every line below is
written for these tests, in wording no phrase rule knows."""

from __future__ import annotations

import pytest

from debris_checks import removed
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.debris.checker import DebrisChecker, find_debris
from reviewdesk.core.filing import for_word_file
from reviewdesk.core.rule_names import rule_name

HEADLINE = "Northern ferry route to close for three weeks of ramp repairs"
BODY = "\n\n".join(
    [
        "The ferry company said on Monday that the northern route would close for three "
        "weeks while engineers replace the landing ramp at Westhaven.",
        "Passengers will be carried by coach between the two harbours, a journey the "
        "company expects to take about forty minutes longer than the crossing.",
    ]
)


def flagged(text: str) -> list[str]:
    """The debris lines of ``text``, as the editor reads them."""
    return [i.text.strip() for i in find_debris(text)]


@pytest.mark.parametrize(
    ("above", "below"),
    [
        # a section's label and the site's name over the headline
        (["Coastal Affairs", "The Quayside Post"], []),
        # a listening time and a stamp under it, the byline kept
        ([], ["Audio 4 mins", "Refreshed 3 March 2026, 09:15", "By Maya Lind"]),
        # a row of buttons with glyphs, an edition's number, a share row
        (["Harbours ▾   Find"], ["Edition 212 · Tuesday", "Pass It On"]),
    ],
)
def test_the_pages_lines_above_the_article_go(above: list[str], below: list[str]) -> None:
    text = "\n\n".join([*above, HEADLINE, *below, BODY])
    issues = find_debris(text)
    keep = {"By Maya Lind"}
    assert [i.text.strip() for i in issues] == [x for x in above + below if x not in keep]
    assert {i.rule for i in issues} == {"debris-page-head"}
    assert rule_name("debris", "debris-page-head") == "Page furniture above the article"
    assert removed(text, issues).startswith(HEADLINE)
    assert removed(text, issues).endswith(BODY)


@pytest.mark.parametrize(
    "head",
    [
        [HEADLINE],
        # a standfirst, with its full stop or without
        [HEADLINE, "Coaches will carry passengers between the harbours while the work is done"],
        [HEADLINE, "Coaches will carry passengers while the work is done."],
        # bylines, a dateline alone or before the first paragraph
        [HEADLINE, "By Maya Lind", "Tuesday, March 3, 2026"],
        [HEADLINE, "Maya Lind, Transport Reporter", "WESTHAVEN —"],
        [HEADLINE, "By our harbour staff"],
        # a label the copy marks as its own
        ["**Transport**", HEADLINE],
        # a letter's salutation, a line leading into the first paragraph
        [HEADLINE, "Dear Editor,"],
        [HEADLINE, "From the harbour master:"],
    ],
)
def test_the_articles_own_lines_above_it_stay(head: list[str]) -> None:
    assert find_debris("\n\n".join([*head, BODY])) == []


def test_a_short_headline_alone_stays() -> None:
    assert find_debris("\n\n".join(["Ferry Route Shut", BODY])) == []


def test_a_word_file_keeps_the_lines_above_its_first_paragraph() -> None:
    # a Word file's title page and headers stand where a page's head would: no web page
    text = "\n\n".join(["Coastal Affairs", HEADLINE, "Audio 4 mins", BODY])
    checker = DebrisChecker()
    assert len(checker.check([text], CheckContext())[0]) == 2
    assert checker.check([text], for_word_file(CheckContext())) == [[]]


def test_edits_above_the_first_paragraph_re_decide_the_head() -> None:
    first, second = BODY.split("\n\n")
    texts = [
        "\n\n".join(["Coastal Affairs", HEADLINE, "Audio 4 mins", BODY]),
        # the first paragraph cut: the second is the first now
        "\n\n".join(["Coastal Affairs", HEADLINE, "Audio 4 mins", second]),
        # a paragraph typed above the label: the label is the article's now, not the page's
        "\n\n".join([first, "Coastal Affairs", HEADLINE, "Audio 4 mins", second]),
        "\n\n".join(["Coastal Affairs", HEADLINE, "Audio 4 mins", BODY]),
    ]
    checker = DebrisChecker()
    ctx = CheckContext()
    for text in texts:
        assert checker.check([text], ctx) == [find_debris(text)]
    assert flagged(texts[0]) == ["Coastal Affairs", "Audio 4 mins"]
    assert "Coastal Affairs" not in flagged(texts[2])
