"""More web debris (issue 11): Markdown marks, photo credits and captions, leading spaces,
runs of blank lines, a headline repeated after its breadcrumb, newsletter and
"read more" lines, and a pull quote that names its speaker. Each is one click away from
clean text, and prose that only mentions such words is left alone."""

from __future__ import annotations

import pytest

from debris_checks import line_goes, line_stays, removed
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.debris.checker import find_debris
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.style import load_default_style_sheet

EMOJI = "😀 𝄞 "
BODY = (
    f"{EMOJI}The harbour board voted on Tuesday to widen the northern channel, a plan "
    "that has divided the town for years.\n\n"
    "Engineers said the work would take two summers and cost less than expected."
)
NEXT = "The board meets again in May."


def rules(text: str) -> list[str]:
    return [i.rule for i in find_debris(text)]


@pytest.mark.parametrize(
    "line",
    [
        "Photo: AFP, GRIGORY SYSOYEV",
        "(Getty Images)",
        "AP Photo/Evan Vucci",
        "Credit: Reuters",
        "Photograph: Alamy Stock Photo",
        "Jane Doe/AFP via Getty Images",
        "Image credit: Supplied",
    ],
)
def test_a_photo_credit_line_is_removed_whole(line: str) -> None:
    line_goes(BODY, line, NEXT, "debris-photo-credit")


@pytest.mark.parametrize(
    "line",
    [
        "Mayor Jane Doe (left) greets the harbour master at the pier on Friday",
        "Firefighters work near the pier on Tuesday. (AP Photo/Noah Berger)",
        "The new channel as seen from the lighthouse. Photo: Harbour Board",
    ],
)
def test_a_caption_line_is_removed_whole(line: str) -> None:
    line_goes(BODY, line, NEXT, "debris-caption")


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for our morning newsletter and get the news in your inbox.",
        "Morning Briefing newsletter: the day's news, every weekday",
        "Share this story",
        "Read more: Harbour plan faces fresh opposition",
        "RELATED: Council delays vote on ferry fares",
        "Click here to subscribe",
        "Most Read",
        "Don't miss: the best pictures of the week",
        "4 min read",
    ],
)
def test_newsletter_share_and_related_lines(line: str) -> None:
    line_goes(BODY, line, NEXT)


@pytest.mark.parametrize(
    "line",
    [
        "Subscribers to the newsletter complained about the change.",
        "The photo was taken by a tourist in 1990, the museum said.",
        "Credit card debt rose 5 percent in the quarter, the bank said.",
        "Read the full report, she said, and you will see why.",
        "Sen. Jane Doe (R) said the channel would be finished on time.",
        "The left side of the pier (the older half) was closed on Friday.",
    ],
)
def test_prose_mentioning_such_words_is_not_debris(line: str) -> None:
    line_stays(BODY, line, NEXT)


def test_a_markdown_link_keeps_its_words_and_drops_the_address() -> None:
    text = (
        f"## {EMOJI}Harbour Plan Approved\n\n"
        "**Jane Doe:** We waited a long time for this.\n\n"
        "The plan is [on the council's site](https://example.org/plan) for anyone to read."
    )
    found = find_debris(text)
    assert [i.rule for i in found] == ["debris-markdown"]
    assert removed(text, found) == text.replace(
        "[on the council's site](https://example.org/plan)", "on the council's site"
    )


def test_layout_is_not_debris() -> None:
    """Bold labels, heading marks, leading spaces and blank-line runs are layout the
    exports tidy: the user's answer key lists none of them, and a flagged bold label
    ("**Jane Doe:**") covered the name in it."""
    text = (
        f"## {EMOJI}Harbour Plan Approved\n\n{BODY}\n\n\n\n   The board meets again in May."
        "\n\n**Jane Doe:** We waited a **long** time for this.\n\n\n**John Roe:** So did we."
    )
    assert find_debris(text) == []


def test_issues_inside_a_bold_label_show() -> None:
    text = f"{BODY}\n\n**Dr.Petrova:** The board met.\n\n**Dr. Petrova:** It did."
    issues = (
        build_fast_pipeline(EngineSettings().switch(harper=False))
        .check(text, CheckContext(style=load_default_style_sheet()))
        .issues
    )
    assert not [i for i in issues if i.category == "debris"]
    slips = [i for i in issues if i.category == "spacing"]
    assert len(slips) == 1 and text[slips[0].start : slips[0].end + 1] in (".P", "Dr.P")


def test_one_blank_line_between_paragraphs_is_fine() -> None:
    assert find_debris(f"{BODY}\n\nThe board meets again in May.") == []


def test_a_headline_repeated_after_its_breadcrumb() -> None:
    head = f"{EMOJI}Harbour Board Approves Wider Channel"
    text = f"Home » Local » {head}\n\n{head}\n\n{BODY}"
    (issue,) = find_debris(text)
    assert issue.rule == "debris-breadcrumb"
    assert removed(text, [issue]) == f"{head}\n\n{BODY}"


def test_a_headline_repeated_on_the_next_line() -> None:
    head = f"{EMOJI}Harbour Board Approves Wider Channel"
    text = f"{head}\n\n{head}\n\n{BODY}"
    (issue,) = find_debris(text)
    assert issue.rule == "debris-repeated-headline"
    assert removed(text, [issue]) == f"{head}\n\n{BODY}"


def test_a_breadcrumb_before_another_headline_keeps_it() -> None:
    text = f"Home » Local » Harbour Board Approves Wider Channel\n\nA different heading\n\n{BODY}"
    (issue,) = find_debris(text)
    assert issue.text == "Home » Local » "


def test_a_pull_quote_naming_its_speaker_is_a_copy() -> None:
    quote = "We have waited twenty years for a channel this town can be proud of"
    text = (
        f"{BODY}\n\n“{quote},” said harbour master Jane Doe. “Now the work starts.”\n\n"
        f"“{quote}.” — Jane Doe, harbour master\n\n"
        "The board meets again in May."
    )
    (issue,) = find_debris(text)
    assert issue.rule == "debris-pull-quote"
    assert issue.text.startswith(f"“{quote}.” — Jane Doe")
    assert removed(text, [issue]).count(quote) == 1


def test_a_quote_paragraph_of_its_own_is_not_a_pull_quote() -> None:
    text = (
        f"{BODY}\n\n“We have waited twenty years for this,” said harbour master Jane Doe.\n\n"
        "“It was worth every day of the wait,” said her deputy, John Roe, on Friday."
    )
    assert find_debris(text) == []
