"""“Use this form everywhere” for every kind of consistency finding (issue 11 point 4):
each kind the consistency engine reports shows its forms with their counts, one review
operation changes every other form to the kept one, and the finding is gone afterwards.
``test_uniform.py`` holds the first kinds; these are the rest (three of them, thousands,
ordinals and a term with a figure, offered nothing before consist16). Emoji before the
text: offsets are code points here."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.consistency import checker as consistency
from reviewdesk.core.engines.consistency.checker import find_consistency
from reviewdesk.core.engines.names.checker import NamesChecker
from reviewdesk.core.models import Article, DecisionAction, Issue
from reviewdesk.desk.uniform import UNIFORM_RULES, uniform_for, use_everywhere
from reviewdesk.store import Library

E = "😀 "

KINDS = [
    # (text, rule, kept form as shown, counts, text after)
    (
        E + "It was the writer’s choice. The editor’s pen moved. The reader's eye followed.",
        "consistency-apostrophes",
        "curly ’",
        "curly ’ ×2, straight ' ×1",
        E + "It was the writer’s choice. The editor’s pen moved. The reader’s eye followed.",
    ),
    (
        E + "The plan — a bold one — failed. The vote — a close one — passed. The cost—high—rose.",
        "consistency-dashes",
        "spaced “ — ”",
        "spaced “ — ” ×4, unspaced “—” ×2",
        E + "The plan — a bold one — failed. The vote — a close one — passed. "
        "The cost — high — rose.",
    ),
    (
        E + "On December 5 the board met. On December 9 it voted. On Dec. 12 it adjourned.",
        "consistency-month-names",
        "months in full “December 5”",
        "months in full “December 5” ×2, months abbreviated “Dec. 5” ×1",
        E + "On December 5 the board met. On December 9 it voted. On December 12 it adjourned.",
    ),
    (
        E + "Grip on Power in the North\n\nThe vote was close.\n\nA Long Night for the Party\n\n"
        "It ended.\n\nWhat the voters said\n\nThey spoke.",
        "consistency-headings",
        "Title Case",
        "Title Case ×2, Sentence case ×1",
        E + "Grip on Power in the North\n\nThe vote was close.\n\nA Long Night for the Party\n\n"
        "It ended.\n\nWhat the Voters Said\n\nThey spoke.",
    ),
    (
        E + "The club has 14 members. It lost 23 players and 31 coaches. It hired twelve managers.",
        "consistency-big-numbers",
        "in figures",
        "in figures ×3, in words ×1",
        E + "The club has 14 members. It lost 23 players and 31 coaches. It hired 12 managers.",
    ),
    (
        E + "He paused... then spoke. She waited... and left. He sighed… and went.",
        "consistency-ellipses",
        "three dots “...”",
        "three dots “...” ×2, the character “…” ×1",
        E + "He paused... then spoke. She waited... and left. He sighed... and went.",
    ),
    (
        E + "The box weighed 37 kg. The bag weighed 12 kg. The case weighed 20kg.",
        "consistency-units",
        "spaced “5 kg”",
        "spaced “5 kg” ×2, unspaced “5kg” ×1",
        E + "The box weighed 37 kg. The bag weighed 12 kg. The case weighed 20 kg.",
    ),
    (
        E + "The Prime Minister spoke. Later the Prime Minister left. Then the prime minister "
        "returned.",
        "consistency-the-term",
        "“Prime Minister”",
        "Prime Minister ×2, prime minister ×1",
        E + "The Prime Minister spoke. Later the Prime Minister left. Then the Prime Minister "
        "returned.",
    ),
    (
        E + "The city has 100,000 people. The county has 250,000 people. The state has "
        "3400000 people.",
        "consistency-thousands",
        "with a comma “37,542”",
        "with a comma “37,542” ×2, without one “37542” ×1",
        E + "The city has 100,000 people. The county has 250,000 people. The state has "
        "3,400,000 people.",
    ),
    (
        E + "It opened on August 4. It closed on April 28. It reopened on May 3rd.",
        "consistency-date-ordinals",
        "without one “August 4”",
        "without one “August 4” ×2, with an ordinal “August 4th” ×1",
        E + "It opened on August 4. It closed on April 28. It reopened on May 3.",
    ),
    (
        E + "The council met. The city council voted. They asked the counsel to wait.",
        "consistency-sound-alike",
        "“council”",
        "council ×2, counsel ×1",
        E + "The council met. The city council voted. They asked the council to wait.",
    ),
    (
        E + "Cases of COVID-19 rose. The COVID-19 toll grew. Covid-19 spread.",
        "consistency-term-figures",
        "in capitals",
        "in capitals ×2, capitalised ×1",
        E + "Cases of COVID-19 rose. The COVID-19 toll grew. COVID-19 spread.",
    ),
]


def _found(text: str, language: str = "en-US") -> list[Issue]:
    ctx = CheckContext(language=language)
    return find_consistency(text, ctx) + NamesChecker().check([text], ctx)[0]


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(tmp_path / "lib.sqlite") as lib:
        yield lib


@pytest.mark.parametrize(("text", "rule", "keep", "counts", "after"), KINDS)
def test_every_kind_is_used_everywhere_in_one_operation(
    library: Library, text: str, rule: str, keep: str, counts: str, after: str
) -> None:
    article = library.add_article(Article(None, "t", text, text))
    issues = _found(text)
    mine = [i for i in issues if i.rule == rule]
    assert mine, f"the engines report {rule} here"
    found = uniform_for(mine[-1], issues, text)
    assert found is not None and found.counts() == counts  # what the menu shows
    change = use_everywhere(library, article, text, issues, mine[-1])
    assert change.text == after
    assert change.message.startswith(f"Used {keep} everywhere")
    assert len(change.edits) == len(mine)
    recorded = library.decisions(article.id)
    assert [d.action for d in recorded] == [DecisionAction.APPLY] * len(mine)
    assert not [i for i in _found(after) if i.rule == rule]


def test_every_form_family_offers_one_form_everywhere() -> None:
    """A family added to the engine without the offer would leave its finding with a
    fix per place and no one click (thousands, ordinals and terms with figures did)."""
    families = {f"consistency-{family}" for family in consistency._NAMES}
    assert families <= UNIFORM_RULES, sorted(families - UNIFORM_RULES)
