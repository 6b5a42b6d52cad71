"""Name and number slips in the read sets' shapes (consist21), through ``reviewdesk
check``: a four-letter surname one letter off where the bare one refers back to a person
named in full ("Thomas Gray, 24, said" … "Grey added"), a first name two letters off
beside the right one in one paragraph ("Stephen Colbert" … "Steven Colbert asked"), and a
measure in words after "of" beside measures in figures ("winds of thirty miles per hour"
where the article writes "45 kilometers per hour"). Each in both dialects, after an emoji
(JSON offsets are code points), with its counts and the one-click "use this form
everywhere"; what is no slip is left alone, and the names index follows edits as a
fresh check does."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from consistency_kinds import (
    assert_counts_and_one_click,
    assert_the_one_finding,
    check_article,
    names_issues,
)
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.consistency.checker import find_consistency
from reviewdesk.core.engines.names.checker import NamesChecker, find_all_issues
from reviewdesk.core.models import Category
from reviewdesk.core.style import effective_style_sheet
from reviewdesk.desk.uniform import uniform_for

E = "😀 "

GRAY = (
    E + "Tourists tackle attacker on bridge\n\nSeveral people held the man down before police "
    "arrived.\n\nOne was tour manager Thomas Gray, 24, who said his rugby had taught him to "
    "help. Grey added that he had tried to take the knife away."
)
COLBERT = (
    E + "Sanders ends his bid\n\nSenator Bernie Sanders ended his campaign on Wednesday.\n\n"
    "During an interview on The Late Show with Stephen Colbert, Sanders called Biden a decent "
    "man. Steven Colbert asked whether his supporters would vote for Biden."
)
DUDA = (
    E + "Mayor attacked in Gdansk\n\nPresident Andrzej Duda spoke on Monday about the attack."
    "\n\nOn Tuesday President Doda visited the hospital in the city."
)
STORM = (
    E + "Storm weakens over the gulf\n\nThe depression had sustained winds of thirty miles per "
    "hour (45 kilometers per hour) on Monday.\n\nGusts reached 60 miles per hour near the "
    "coast, and the storm moved north at 12 miles per hour."
)

# (kind, article, flagged text, first fix)
KINDS = [
    ("a short surname one letter off, referring back", GRAY, "Grey", "Gray"),
    ("a short surname one letter off, after a title", DUDA, "Doda", "Duda"),
    ("a first name two letters off beside the right one", COLBERT, "Steven", "Stephen"),
    ("a measure in words after a preposition", STORM, "thirty", "30"),
]


@pytest.mark.usefixtures("isolated_library")
@pytest.mark.parametrize("language", ["en-US", "en-GB"])
@pytest.mark.parametrize(("kind", "text", "flagged", "fix"), KINDS, ids=[k[0] for k in KINDS])
def test_check_flags_each_kind_with_its_fix(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    language: str,
    kind: str,
    text: str,
    flagged: str,
    fix: str,
) -> None:
    issues = check_article(capsys, tmp_path, text, language)
    at = text.index(flagged)
    # the right form is never flagged
    assert_the_one_finding(issues, kind, at, flagged, fix)


@pytest.mark.parametrize(("text", "flagged", "keep", "counts"), [
    (GRAY, "Grey", "Gray", "“Gray” (1×) and “Grey” (1×)"),
    (COLBERT, "Steven", "Stephen", "Stephen (1×), Steven (1×)"),
])  # fmt: skip
def test_each_name_finding_gives_its_counts_and_one_click(
    text: str, flagged: str, keep: str, counts: str
) -> None:
    assert_counts_and_one_click(text, flagged, keep, counts)


def test_the_measure_finding_gives_its_counts_and_one_click() -> None:
    ctx = CheckContext(language="en-US", style=effective_style_sheet(None))
    issues = find_consistency(STORM, ctx)
    issue = next(i for i in issues if i.text == "thirty")
    assert "in figures (3×) and in words (1×)" in issue.message
    assert issue.forms and issue.forms[0][1] == 3
    offer = uniform_for(issue, issues, STORM)
    assert offer is not None, issue
    assert offer.keep == "in figures"


@pytest.mark.parametrize(
    "text",
    [
        # two people, each named in full: "Gray" and "Grey" both have first names
        E + "Council vote\n\nThomas Gray said the plan was sound.\n\nAnna Grey, a "
        "councillor, said it was not.",
        # the bare form says nothing of a person there ("Grey" the colour in a title)
        E + "Shop opens\n\nThomas Gray opened the shop on Monday.\n\nThe paint came from "
        "Grey Street, the owner said.",
        # two relatives side by side whose first names are one name with an ending
        E + "Family firm\n\nPaul Smith and Paula Smith run the farm.\n\nSmith said the farm "
        "would stay open.",
        # a count after "of" is still the count's own: "one of ten" stays
        E + "Vote held\n\nOne of ten members voted.\n\nThe 45 members met on Monday, and 60 "
        "members stayed away from 12 meetings.",
    ],
)
def test_what_is_no_slip_is_left_alone(text: str) -> None:
    ctx = CheckContext(language="en-US", style=effective_style_sheet(None))
    issues = [*names_issues(text), *find_consistency(text, ctx)]
    assert [i for i in issues if i.category == Category.CONSISTENCY] == [], issues


def test_the_names_index_follows_edits_as_a_fresh_check_does() -> None:
    """The bare surname's evidence written, removed and moved, the first names' line
    split: the incremental names check gives, text after text, what a fresh check of
    each gives."""
    texts = [
        GRAY,
        GRAY.replace("Grey added", "Grey later added"),
        GRAY.replace("Grey added that", "Grey thought"),
        GRAY.replace("tour manager Thomas Gray", "tour manager Gray"),
        GRAY.replace(". Grey added", ".\n\nGrey added"),
        COLBERT,
        COLBERT.replace(" Steven Colbert", "\n\nSteven Colbert"),
        COLBERT.replace("Steven", "Stephen"),
        GRAY.replace(E, ""),  # every offset moves
        DUDA,
        DUDA.replace("President Doda", "Doda"),
    ]
    rng = random.Random(21)
    checker = NamesChecker()
    ctx = CheckContext()
    for _ in range(3):
        rng.shuffle(texts)
        for text in texts:
            got = checker.check([text], ctx)[0]
            assert sorted(got) == sorted(find_all_issues(text, ctx)), text
