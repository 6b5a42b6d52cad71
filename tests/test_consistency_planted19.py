"""Consistency kinds issue 11 lists, through ``reviewdesk check`` (consist19): a name's
first word lowered inside the name ("prime Minister Theresa May" beside "Prime Minister
Theresa May"), a surname once in its plural, a hyphenated name once spaced, a common
noun capitalised once where the article writes it in lowercase, an abbreviation used
before its definition, and a headline's abbreviation left alone when the body defines it.
Each in both dialects, after an emoji (JSON offsets are code points), with its counts and
the one-click "use this form everywhere" where the kind has forms to choose between."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from consistency_kinds import (
    assert_the_one_finding,
    check_article,
    cli_issues,
    names_issues,
)
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.consistency.checker import find_consistency
from reviewdesk.core.engines.names.checker import NamesChecker, find_all_issues
from reviewdesk.core.models import Category
from reviewdesk.desk.uniform import uniform_for

E = "😀 "

# (kind, article, flagged text, first fix); the articles are short news items in which
# the commoner form stands in other paragraphs than the slip
KINDS = [
    (
        "a name's first word lowered",
        E + "Johnson to lead Britain\n\nBoris Johnson met Prime Minister Theresa May on "
        "Monday.\n\nThe talks with Prime Minister Theresa May lasted an hour.\n\nLater, "
        "current prime Minister Theresa May said she would step down.",
        "prime",
        "Prime",
    ),
    (
        "a place's first word lowered, before a possessive",
        E + "Protests grow\n\nThousands marched in Hong Kong on Sunday.\n\nPolice in Hong "
        "Kong said the march was peaceful.\n\nThe marchers oppose encroachment on hong "
        "Kong's freedoms.",
        "hong",
        "Hong",
    ),
    (
        "a surname once in its plural",
        E + "Actress dies at 97\n\nThe actress was married to Marty Melcher in 1951.\n\nShe "
        "and Melcher had a son, and Melcher managed her career.\n\nShe was also married "
        "to George Weidler, Marty Melchers and Barry Comden.",
        "Melchers",
        "Melcher",
    ),
    (
        "a hyphenated name once spaced",
        E + "Philosopher remembered\n\nThe works of Jean-Paul Sartre were read aloud.\n\n"
        "Jean-Paul Sartre also wrote plays.\n\nStudents said Jean Paul Sartre changed "
        "their lives.",
        "Jean Paul",
        "Jean-Paul",
    ),
    (
        "a common noun capitalised once",
        E + "Firm cuts jobs\n\nThe company said on Monday it would cut jobs.\n\nA spokesman "
        "for the company said the cuts were needed.\n\nShares in the Company fell.\n\n"
        "Workers at the company were told by email.",
        "Company",
        "company",
    ),
    (
        "an abbreviation used before its definition",
        E + "Health body warns\n\nThe agency said the WHO was worried.\n\nOfficials of the "
        "World Health Organization (WHO) met in Geneva.\n\nThe agency will meet again.",
        "WHO",
        "World Health Organization (WHO)",
    ),
]


@pytest.mark.usefixtures("isolated_library")
@pytest.mark.parametrize("language", ["en-US", "en-GB"])
@pytest.mark.parametrize(("kind", "text", "flagged", "fix"), KINDS, ids=[k[0] for k in KINDS])
def test_check_flags_each_planted_kind_with_its_fix(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    language: str,
    kind: str,
    text: str,
    flagged: str,
    fix: str,
) -> None:
    issues = check_article(capsys, tmp_path, text, language)
    at = (
        text.rindex(flagged)
        if kind != "an abbreviation used before its definition"
        else (text.index(flagged))
    )
    # nothing else of the kind's engines on the article: the commoner form stands
    assert_the_one_finding(issues, kind, at, flagged, fix, filed=False)


@pytest.mark.usefixtures("isolated_library")
@pytest.mark.parametrize("language", ["en-US", "en-GB"])
def test_a_headlines_abbreviation_before_the_bodys_definition_is_left_alone(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str
) -> None:
    text = (
        E + "UN weighs sanctions on the regime\n\nThe United Nations (UN) Security Council "
        "met on Monday.\n\nThe UN will vote again next week."
    )
    path = tmp_path / "article.txt"
    path.write_text(text + "\n", encoding="utf-8")
    rules = {i["rule"] for i in cli_issues(capsys, path, language)}
    assert "abbreviation-before-definition" not in rules


def test_a_body_use_before_the_definition_is_still_flagged_under_a_headline() -> None:
    text = (
        E + "UN weighs sanctions on the regime\n\nDiplomats at the UN were divided.\n\n"
        "The United Nations (UN) Security Council met on Monday."
    )
    found = [i for i in find_consistency(text, CheckContext()) if i.rule.startswith("abbr")]
    assert [(i.text, i.start) for i in found] == [("UN", text.index("UN were"))]


@pytest.mark.parametrize(
    "text",
    [
        # a title in lowercase not before the name: AP's style, no slip
        E + "Leaders meet\n\nPresident Trump met the mayor.\n\nPresident Trump said the "
        "talks went well.\n\nThe president said he would return.",
        # a name capitalised only at sentences' starts, lowered mid-sentence before the rest
        E + "Visit\n\nFormer President Obama spoke first.\n\nFormer President Obama then "
        "left.\n\nThe crowd cheered former President Obama loudly.",
        # a function word before a name is no part of it
        E + "Papers\n\nThe Guardian Weekly printed it.\n\nThe Guardian Weekly sold out.\n\n"
        "Readers of the Guardian Weekly wrote in.",
    ],
)
def test_a_lowercase_word_before_a_name_that_is_no_slip_is_left_alone(text: str) -> None:
    assert [i for i in names_issues(text) if i.rule == "term-capitalisation"] == []


def test_the_lowered_first_word_is_one_click_with_the_names_counts() -> None:
    text = KINDS[0][1]
    issues = names_issues(text)
    issue = next(i for i in issues if i.rule == "term-capitalisation")
    assert issue.category == Category.CONSISTENCY
    assert "twice" in issue.message and "“prime”" in issue.message
    offer = uniform_for(issue, issues, text)
    assert offer is not None
    assert offer.keep == "Prime Minister Theresa May"


def test_typing_the_lowered_word_is_found_as_a_fresh_check_finds_it() -> None:
    """The incremental names check: the slip typed into a line, and taken out again,
    gives what a fresh check of each text gives."""
    base = (
        E + "Johnson to lead Britain\n\nBoris Johnson met Prime Minister Theresa May on "
        "Monday.\n\nThe talks with Prime Minister Theresa May lasted an hour.\n\nLater, "
        "current Minister Theresa May said she would step down."
    )
    checker = NamesChecker()
    ctx = CheckContext()
    rng = random.Random(19)
    at = base.index("Minister Theresa May said")
    texts = [base, base[:at] + "prime " + base[at:], base, base[:at] + "prim " + base[at:]]
    texts.append(texts[1].replace("Prime Minister Theresa May lasted", "Theresa May lasted"))
    texts.append(texts[1])
    rng.shuffle(texts)
    for text in texts:
        got = checker.check([text], ctx)[0]
        assert sorted(got) == sorted(find_all_issues(text, ctx)), text
