"""The page's side of a scraped article, by shape (unseen11, issue 11).

heldout5's first unread measure found 20 of its 52 page lines: a broadcaster's picture
labels, a wire's credit after its caption, a regional paper's credit with no agency, a
caption with no credit at all, a time stamp with a clock, a pull quote signed with a
name and no dash, an embedded post, a listing of other stories with their dates, the
headline again above a weather box. Each test here is in other wording than the set's,
and beside it a line of the copy of the same shape that must stay.
"""

from __future__ import annotations

import pytest

from reviewdesk.core.engines.debris.checker import find_debris

LEAD = (
    "The council voted on Tuesday to close the old swimming baths at the end of the "
    "summer, after engineers found cracks in the main pool's floor."
)
MIDDLE = (
    "Swimmers will be sent to the leisure centre in the next town, which has agreed to "
    "open its doors an hour earlier on weekdays."
)
TAIL = "A public meeting on the future of the building will be held in the library next month."


def flagged(text: str) -> list[str]:
    return [i.text.strip() for i in find_debris(text)]


def between(*lines: str) -> str:
    return "\n\n".join((LEAD, *lines, MIDDLE, TAIL))


@pytest.mark.parametrize(
    "line",
    [
        "Image source, Harbour Post",  # a broadcaster's labels for a picture
        "Image caption, Swimmers queue at the doors on the last Saturday of opening",
        "Media caption, The pool's cracked floor, filmed by a council engineer",
        "Chart: visits to the baths by year, 2010 to 2024",  # a chart's caption
        "Figure 3 | Water lost each week through the cracked floor",
        "Updated 14:05 BST, 12 June 2024",  # a stamp with a clock
        "June 12, 2024 / 9:30 AM / Updated 2 hours ago",
        "Gallery (12 photos)",  # a gallery's size
        "See full-size image",  # a picture's control
        "Weather  12°C  Light rain",  # a weather box
        "NEWS · LOCAL",  # a section trail in capitals
        "Got a story? Email tips@harbourpost.example or call the newsroom.",  # a tip line
        "Sponsored: Ten gadgets that make swimming more fun",  # a sponsored story's title
        "Previous article: Library hours cut over the winter",  # a blog's post links
        "A version of this article appears in print on June 13, 2024, on Page 4.",
        "You've read 3 of 5 free stories this month. Subscribe for full access.",
    ],
)
def test_a_page_line_of_a_new_shape_goes(line: str) -> None:
    assert flagged(between(line)) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Image quality at the new leisure centre is a matter for its cameras.",
        "Chart toppers from the 1990s will play at the closing party.",
        "The baths first opened at 9:30 on a Monday in June 1936.",  # a clock in a sentence
        "Saturday, June 15, 2024",  # a bare date: the story's dateline
        "Three photos of the baths were sent to the council in May.",
        "Residents can email the council at baths@council.example before Friday.",
        "Follow-up inspections are planned for Instagram-famous pools in the county too.",
        "Sponsored swims raised money for the repairs last year.",
        "Previous repairs cost the council more than it had set aside.",
        "This article's figures come from the council's own report.",
    ],
)
def test_the_copys_lines_of_those_shapes_stay(line: str) -> None:
    assert flagged(between(line)) == []


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Swimmers at the baths in 1962, the year of the new diving board.", "Post file photo"),
        ("The cracked floor of the main pool on Monday morning.", "Photo courtesy of the council"),
    ],
)
def test_a_caption_over_a_credit_naming_no_agency_goes_with_it(caption: str, credit: str) -> None:
    assert flagged(between(caption, credit)) == [caption, credit]


def test_a_caption_closing_on_a_wires_credit_goes() -> None:
    line = "Swimmers leave the baths in Harbour Town, June 12, 2024. WIRE/Jo Marsh"
    assert flagged(between(line)) == [line]


@pytest.mark.parametrize(
    "caption",
    [
        "A lifeguard's chair beside the empty main pool, a week after the closure",
        "Swimmers queuing outside the baths on Saturday, the last day of opening",
        "The old diving board in 1958, the town's pride for decades",
    ],
)
def test_a_caption_with_no_credit_among_the_paragraphs_goes(caption: str) -> None:
    assert flagged(between(caption)) == [caption]


@pytest.mark.parametrize(
    "line",
    [
        "Why the baths matter to the town",  # a subheading
        "Swimmers in the town searched for other pools on Saturday.",  # a past tense
        "The council closed its baths in 2024, after the cracks were found",
        "After a century of swimming, a quiet end for the town's baths",  # a subheading
        "While most swimmers will travel, some plan to stop swimming in 2024.",
        "Swimmers Bid Farewell To The Town's Old Baths In June 2024",  # title case
        # one-sentence paragraphs whose verb no list holds: the full stop keeps them
        "The baths employ over 40 lifeguards all through the summer.",
        "Most swimmers tend to arrive before work on weekdays in June.",
        "It's a ten minutes walk from the baths to the bus station in town",
    ],
)
def test_the_copys_verbless_or_short_lines_stay(line: str) -> None:
    assert flagged(between(line)) == []


def test_the_headline_before_a_caption_paragraph_is_no_caption() -> None:
    headline = "A last summer for the town's old baths, closed in 2024"
    assert flagged(f"{headline}\n\n{LEAD}\n\n{MIDDLE}") == []


def test_a_pull_quote_signed_with_a_name_and_no_dash_goes_with_it() -> None:
    quote = "“We grew up in that water”"
    name = "Maria Okafor, swimming coach"
    assert flagged(between(quote, name)) == [quote, name]


def test_a_quotation_of_the_copy_followed_by_a_sentence_stays() -> None:
    quote = "“We grew up in that water, and so did our parents.”"
    after = "Maria Okafor, who coaches the town's swimming club, said the news was sad."
    assert flagged(between(quote, after)) == []


def test_an_embedded_posts_text_goes_with_its_signature() -> None:
    post = "The baths close for good on Sunday. Thank you for 88 years of swimming"
    signature = "— Harbour Baths (@harbourbaths) June 12, 2024"
    assert flagged(between(post, signature)) == [post, signature]


def test_a_listing_of_other_stories_goes_with_its_dates_and_categories() -> None:
    listing = [
        "More from Local News",
        "Library hours cut over the winter",
        "June 2, 2024",
        "Bus route 9 to run on Sundays",
        "In “Transport”",
    ]
    assert flagged(between() + "\n\n" + "\n\n".join(listing)) == listing


def test_a_heading_over_other_stories_stops_at_the_copys_paragraph() -> None:
    text = "\n\n".join((LEAD, "Most read", "Library hours cut over the winter", MIDDLE, TAIL))
    assert flagged(text) == ["Most read", "Library hours cut over the winter"]


def test_the_headline_and_byline_under_a_trending_bar_are_the_articles() -> None:
    headline = "Town to close its old swimming baths"
    bar = ("Trending", "Library hours cut over the winter")
    text = "\n\n".join((*bar, headline, "By Maria Okafor", LEAD, MIDDLE))
    assert flagged(text) == list(bar)


def test_a_byline_ends_a_listing() -> None:
    listing = ("Most read", "Library hours cut over the winter")
    text = "\n\n".join((LEAD, *listing, "By Maria Okafor", MIDDLE))
    assert flagged(text) == list(listing)


def test_the_headline_above_a_weather_box_and_again_below_it() -> None:
    headline = "Town to close its old swimming baths"
    text = "\n\n".join((headline, "Weather  12°C  Light rain", headline, LEAD, MIDDLE))
    assert flagged(text) == [headline, "Weather  12°C  Light rain"]


def test_an_edit_far_above_a_caption_keeps_the_same_result_as_a_fresh_check() -> None:
    from reviewdesk.core.checker import CheckContext
    from reviewdesk.core.engines.debris.checker import DebrisChecker

    caption = "A lifeguard's chair beside the empty main pool, a week after the closure"
    # the prose paragraph before the caption is what makes it one: remove it, and back
    text = between(caption)
    edited = text.replace(LEAD, "Closed")
    checker = DebrisChecker()
    ctx = CheckContext()
    for version in (text, edited, text):
        incremental = [i.text for i in checker.check([version], ctx)[0]]
        assert incremental == [i.text for i in find_debris(version)]
    # no prose before it: the caption's line is the headline now ("Closed" above it, a
    # word alone over the headline, is the page's label: head13)
    assert caption not in flagged(edited)
