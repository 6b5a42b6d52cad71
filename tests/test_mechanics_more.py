"""Mechanics the held-back articles missed (issue 11): a digit glued to the next word,
a month written in lowercase beside its date, a capital after a quotation the sentence
goes on from. Offsets are code points, after emoji."""

from __future__ import annotations

import pytest

from reviewdesk.core.engines.mechanics import check_mechanics

EMOJI = "😀 𝄞 "


def found(text: str) -> list[tuple[str, str, str]]:
    return [(i.text, i.replacements[0], i.rule) for i in check_mechanics(EMOJI + text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("They won 5–2.Whitlock scored twice.", (".", ". ", "missing-space-after-sentence")),
        ("It opened in 2019,and closed in 2021.", (",", ", ", "missing-space-after-comma")),
        ("The vote is on march 5.", ("march", "March", "lowercase-month")),
        ("Prices fell in august, 2023, the bank said.", ("august", "August", "lowercase-month")),
        ("“We won,” He said.", ("He", "he", "capital-after-quote")),
        ('"It is over", She said.', ("She", "she", "capital-after-quote")),
    ],
)
def test_each_kind_is_found_with_its_fix(text: str, want: tuple[str, str, str]) -> None:
    assert want in found(text)
    issue = next(i for i in check_mechanics(EMOJI + text) if i.rule == want[2])
    assert (EMOJI + text)[issue.start : issue.end] == want[0]


@pytest.mark.parametrize(
    "text",
    [
        "About 1,000 people came, and 3.5 percent left.",
        "They may 5 times try again, and they march 5 miles a day.",
        "“We won,” Smith said.",
        "“We won.” The crowd cheered.",
        "Version 1.2.Beta is out, and the score was 5-2.",
        "In March 5 people came, and in May 2024 more did.",
    ],
)
def test_correct_text_is_left_alone(text: str) -> None:
    assert found(text) == []
