"""Consistency kinds issue 11 lists that the planter now plants both ways (consist20),
through ``reviewdesk check``: a closed compound the article writes three times,
hyphenated once ("cease-fire" among "ceasefire": its own parts once read as a spaced
phrase made the check give up), and a surname given another person's first name ("Hage
Iyambo" beside "Nickey Iyambo" in a story that names "Hage Geingob"). Each in both
dialects, after an emoji (JSON offsets are code points), with its counts and the
one-click "use this form everywhere"; what is no slip is left alone, and the names
index follows edits as a fresh check does."""

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
from reviewdesk.core.engines.names.checker import NamesChecker, find_all_issues

E = "😀 "

CEASEFIRE = (
    E + "Truce holds in the north\n\nThe ceasefire held overnight, officials said.\n\n"
    "Both sides said the ceasefire would last until talks begin.\n\nThe cease-fire was "
    "first agreed in March. A second ceasefire is planned for the south."
)
DATABASE = (
    E + "Ship missing\n\nThe ship is listed in the database of a tracking firm.\n\nThe "
    "database shows no position since Monday, and the firm has no data.\n\nAnother "
    "data-base lists its last port. Officials checked a third database."
)
IYAMBO = (
    E + "Former vice-president dies\n\nNickey Iyambo, former vice-president of Namibia, "
    "died on Sunday.\n\nThe president of Namibia, Hage Geingob, expressed his sadness at "
    "Iyambo's death.\n\nGeingob praised the work of Hage Iyambo at the ministry of "
    "health in the years after 1990."
)

# (kind, article, flagged text, its place, first fix)
KINDS = [
    ("a closed compound hyphenated once", CEASEFIRE, "cease-fire", "ceasefire"),
    ("a closed compound whose parts the article also writes", DATABASE, "data-base", "database"),
    ("another person's first name before a surname", IYAMBO, "Hage", "Nickey"),
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
    at = text.rindex(flagged)
    # the commoner form is never flagged
    assert_the_one_finding(issues, kind, at, flagged, fix)


@pytest.mark.parametrize(("text", "flagged", "keep", "counts"), [
    (CEASEFIRE, "cease-fire", "ceasefire", "“ceasefire” (3×) and “cease-fire” (1×)"),
    (IYAMBO, "Hage", "Nickey", "Nickey (1×), Hage (1×)"),
])  # fmt: skip
def test_each_finding_gives_its_counts_and_one_click(
    text: str, flagged: str, keep: str, counts: str
) -> None:
    assert_counts_and_one_click(text, flagged, keep, counts)


@pytest.mark.parametrize(
    "text",
    [
        # two people who share a first name, each with one: no surname has two
        E + "Council vote\n\nJohn Smith said the plan was sound.\n\nJohn Okafor, a "
        "councillor, said it was not.\n\nSmith and Okafor will meet again.",
        # a first name among relatives names another person
        E + "Family firm\n\nNickey Iyambo said the farm would stay open.\n\nHage Geingob "
        "visited it.\n\nHis son Hage Iyambo runs it now, Iyambo said.",
        # firms: a "surname" that is an English word
        E + "Ship tracked\n\nMarine Traffic shows the ship.\n\nAccording to Marine Bulletin, "
        "it turned.\n\nMaritime Bulletin said later that it stopped.",
    ],
)
def test_what_is_no_slip_is_left_alone(text: str) -> None:
    assert [i for i in names_issues(text) if i.rule == "first-name-conflict"] == []


def test_the_names_index_follows_edits_as_a_fresh_check_does() -> None:
    """The first name's other person written, removed and moved: the incremental names
    check gives, text after text, what a fresh check of each gives."""
    other = "The president of Namibia, Hage Geingob, expressed his sadness at Iyambo's death."
    texts = [
        IYAMBO,
        IYAMBO.replace(other, "The president expressed his sadness at Iyambo's death."),
        IYAMBO.replace("Hage Geingob", "Pohamba Geingob"),
        IYAMBO.replace("work of Hage Iyambo", "work of Nickey Iyambo"),
        IYAMBO.replace("Hage Geingob", "Hage Geingob and Hage Shikongo"),
        IYAMBO + "\n\nHage Iyambo, his son, spoke.",
        IYAMBO.replace(E, ""),  # every offset moves
    ]
    rng = random.Random(20)
    checker = NamesChecker()
    ctx = CheckContext()
    for _ in range(3):
        rng.shuffle(texts)
        for text in texts:
            got = checker.check([text], ctx)[0]
            assert sorted(got) == sorted(find_all_issues(text, ctx)), text


def test_without_the_other_person_the_first_name_is_no_slip() -> None:
    """The evidence is the other person: with "Hage Geingob" gone, "Hage Iyambo" beside
    "Nickey Iyambo" is two first names and nothing (a title, a speech verb) says the
    surname is a person's, as before."""
    text = IYAMBO.replace("Hage Geingob, ", "")
    assert [i for i in names_issues(text) if i.rule == "first-name-conflict"] == []
