"""“Use this form everywhere” (issue 11 item 4), desk level: a consistency finding is
gathered from the real engines' issues with its counts, and one operation changes every
other form to the kept one (emoji before the text: offsets are code points here)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.consistency.checker import find_consistency
from reviewdesk.core.engines.names.checker import NamesChecker
from reviewdesk.core.merge import apply_edits
from reviewdesk.core.models import Article, DecisionAction, Issue
from reviewdesk.desk.operations import Refused
from reviewdesk.desk.uniform import form_counts, uniform_for, use_everywhere
from reviewdesk.store import Library

E = "😀 "  # before the text: every offset differs from its UTF-16 position


def _found(text: str, language: str = "en-US") -> list[Issue]:
    ctx = CheckContext(language=language)
    return find_consistency(text, ctx) + NamesChecker().check([text], ctx)[0]


CASES = [
    # (text, rule, kept form as shown, counts, text after)
    (
        E + "Sales rose 5 per cent. Costs rose 4 per cent. Pay rose 3%, rent 2 per cent "
        "and fees 7%.",
        "consistency-percent",
        "“per cent”",
        "per cent ×3, % ×2",
        E + "Sales rose 5 per cent. Costs rose 4 per cent. Pay rose 3 per cent, rent 2 per "
        "cent and fees 7 per cent.",
    ),
    (
        E + '“We won,” she said. “It was hard,” he said. "Next year," they said. “Yes.”',
        "consistency-quotes",
        "curly “”",
        'curly “” ×6, straight " ×2',
        E + "“We won,” she said. “It was hard,” he said. “Next year,” they said. “Yes.”",
    ),
    (
        E + "She has three dogs and 4 cats. He has five birds and six fish.",
        "consistency-numbers",
        "in words",
        "in words ×3, in figures ×1",
        E + "She has three dogs and four cats. He has five birds and six fish.",
    ),
    (
        E + "On March 3 the board met. On March 9 it voted. On 12 March it adjourned. "
        "On April 2 it met.",
        "consistency-dates",
        "“January 5”",
        "January 5 ×3, 5 January ×1",
        E + "On March 3 the board met. On March 9 it voted. On March 12 it adjourned. "
        "On April 2 it met.",
    ),
    (
        E + "Send an e-mail to the desk. The email address is on the site; email us any time.",
        "term-hyphenation",
        "“email”",
        "email ×2, e-mail ×1",
        E + "Send an email to the desk. The email address is on the site; email us any time.",
    ),
    (
        E + "Anna Müller spoke first. Later Müller left. Müller said no. Muller said yes.",
        "name-variant",
        "“Müller”",
        "Müller ×3, Muller ×1",
        E + "Anna Müller spoke first. Later Müller left. Müller said no. Müller said yes.",
    ),
    (
        E + "**Harbour Light Radio:** Hello.\n\n**Harbour Light Radio:** Why?\n\n"
        "**Harbour Light radio:** Again?",
        "term-capitalisation",
        "“Harbour Light Radio”",
        "Harbour Light Radio ×2, radio ×1",
        E + "**Harbour Light Radio:** Hello.\n\n**Harbour Light Radio:** Why?\n\n"
        "**Harbour Light Radio:** Again?",
    ),
    (
        E + "The Jean-Pierre Rampal prize went to Anna. Jean-Pierre Rampal was a flautist. "
        "Jean Pierre Rampal played well.",
        "name-hyphenation",
        "“Jean-Pierre”",
        "Jean-Pierre ×2, Jean Pierre ×1",
        E + "The Jean-Pierre Rampal prize went to Anna. Jean-Pierre Rampal was a flautist. "
        "Jean-Pierre Rampal played well.",
    ),
    (
        E + "Dmitry Oreshkin said the vote was decided.\n\nOreshkin said no.\n\n"
        "Erik Oreshkin said nothing would change.",
        "first-name-conflict",
        "“Dmitry”",
        "Dmitry ×1, Erik ×1",
        E + "Dmitry Oreshkin said the vote was decided.\n\nOreshkin said no.\n\n"
        "Dmitry Oreshkin said nothing would change.",
    ),
    (
        E + "Talks with Moldova resumed. Moldova wants a deal, and the envoy flew to "
        "Moldova. A deal with moldova is close.",
        "name-lowercase",
        "“Moldova”",
        "Moldova ×3, moldova ×1",
        E + "Talks with Moldova resumed. Moldova wants a deal, and the envoy flew to "
        "Moldova. A deal with Moldova is close.",
    ),
    (
        E + "Doors open at 6 p.m. and the show starts at 8 p.m.; it ends at 10pm.",
        "consistency-times",
        "“7 p.m.”",
        "7 p.m. ×2, 7pm ×1",
        E + "Doors open at 6 p.m. and the show starts at 8 p.m.; it ends at 10 p.m.",
    ),
    (
        E + "Shares in Aldi rose. Analysts expect ALDI to grow. Aldi declined to comment.",
        "consistency-term-case",
        "“Aldi”",
        "Aldi ×2, ALDI ×1",
        E + "Shares in Aldi rose. Analysts expect Aldi to grow. Aldi declined to comment.",
    ),
    (
        E + "Talks with U.S. officials began. The U.S. envoy agreed. Aid came from the US.",
        "consistency-dots",
        "“U.S.”",
        "U.S. ×2, US ×1",
        E + "Talks with U.S. officials began. The U.S. envoy agreed. Aid came from the U.S.",
    ),
    (
        E + "Zoë Lindqvist designed it. Zoe Lindqvist said so. Zoë left.",
        "consistency-spelled",
        "“Zoë”",
        "Zoë ×2, Zoe ×1",
        E + "Zoë Lindqvist designed it. Zoë Lindqvist said so. Zoë left.",
    ),
    (
        E + "The plan — a bold one — failed. It was a national problem - sadly.",
        "consistency-dash-marks",
        "em dashes “—”",
        "em dashes “—” ×2, hyphens “-” ×1",
        E + "The plan — a bold one — failed. It was a national problem — sadly.",
    ),
]


@pytest.mark.parametrize(("text", "rule", "keep", "counts", "after"), CASES)
def test_a_finding_is_made_uniform(
    text: str, rule: str, keep: str, counts: str, after: str
) -> None:
    issues = _found(text)
    mine = [i for i in issues if i.rule == rule]
    assert mine, f"the engines report {rule} here"
    found = uniform_for(mine[-1], issues, text)
    assert found is not None
    assert (found.keep_shown(), found.counts(), found.changes) == (keep, counts, len(mine))
    assert apply_edits(text, found.edits()).text == after
    # the result is consistent: the finding is gone
    assert not [i for i in _found(after) if i.rule == rule]


def test_both_dialects_keep_their_own_spelling() -> None:
    text = E + "The colour was red. The colour faded. The color was bright."
    for language, after in (
        ("en-GB", E + "The colour was red. The colour faded. The colour was bright."),
        ("en-US", E + "The color was red. The color faded. The color was bright."),
    ):
        issues = _found(text, language)
        mixed = [i for i in issues if i.rule == "spelling-variant-mixed"]
        found = uniform_for(mixed[0], issues, text)
        assert found is not None and found.counts() == "colour ×2, color ×1"
        assert apply_edits(text, found.edits()).text == after


def test_issues_that_are_no_choice_of_form_offer_nothing() -> None:
    text = E + "The WHO met. The World Health Organization (WHO) said so."
    issues = _found(text)
    early = [i for i in issues if i.rule == "abbreviation-before-definition"]
    assert early and uniform_for(early[0], issues, text) is None
    assert form_counts("“x” looks misspelt.") == ()


def test_form_counts_reads_every_listing_shape() -> None:
    assert [
        (f.label, f.count)
        for f in form_counts(
            "“Smith” has two first names in this article: Adolf (3×), Alois (1×). Is this "
            "the same person?"
        )
    ] == [("Adolf", 3), ("Alois", 1)]
    assert [
        (f.label, f.count)
        for f in form_counts("This article writes “e-mail” (1×), “e mail” (1×) and “email” (4×).")
    ] == [("email", 4), ("e-mail", 1), ("e mail", 1)]


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(tmp_path / "lib.sqlite") as lib:
        yield lib


def test_use_everywhere_is_one_review_operation(library: Library) -> None:
    text, rule, keep, _counts, after = CASES[0]
    article = library.add_article(Article(None, "t", text, text))
    issues = _found(text)
    target = next(i for i in issues if i.rule == rule)
    change = use_everywhere(library, article, text, issues, target)
    assert change.text == after
    assert len(change.edits) == 2
    assert change.message == f"Used {keep} everywhere: 2 changes"
    recorded = library.decisions(article.id)
    assert [d.action for d in recorded] == [DecisionAction.APPLY] * 2
    assert {d.replacement for d in recorded} == {"3 per cent", "7 per cent"}


def test_use_everywhere_refuses_what_it_cannot_make_uniform(library: Library) -> None:
    text = E + "The WHO met. The World Health Organization (WHO) said so."
    article = library.add_article(Article(None, "t", text, text))
    issues = _found(text)
    with pytest.raises(Refused):
        use_everywhere(library, article, text, issues, issues[0])
