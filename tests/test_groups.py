"""A document-wide choice is one finding (issue 11, precision): straight apostrophes all
through an article, AP's "p.m." for "pm", British spellings in an American article are
marked at every place but counted, listed, applied and ignored as one. Real engines (the
fast pipeline with the default AP sheet, Harper included), a real SQLite library; an
emoji before the text, so code points differ from UTF-16 positions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewdesk.cli.check import format_text
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.groups import count_findings, findings, group_message, members
from reviewdesk.core.merge import apply_edits
from reviewdesk.core.models import Article, DecisionAction, Issue
from reviewdesk.core.style import effective_style_sheet
from reviewdesk.desk.operations import ignored_findings, restore_ignored
from reviewdesk.desk.uniform import apply_finding, ignore_finding, uniform_for
from reviewdesk.store import Library

# An American article (a clear majority of American spellings) with three straight
# apostrophes against one curly, "pm" twice, and three lone British spellings.
TEXT = (
    "😀 The city's mayor said the council's plan would organize the budget and modernize "
    "the harbor. The color of the new theater was criticized by the mayor's critics.\n\n"
    "The meeting ran from 5 pm to 9 pm, and the mayor’s aides said the plan would "
    "stabilise the neighborhood and that they had travelled to the centre of town.\n"
)


@pytest.fixture(scope="module")
def issues() -> list[Issue]:
    pipeline = build_fast_pipeline(EngineSettings())
    ctx = CheckContext(language="en-US", style=effective_style_sheet(None))
    return list(pipeline.check(TEXT, ctx).issues)


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library(tmp_path / "lib.sqlite")
    yield lib
    lib.close()


def _with_rule(issues: list[Issue], rule: str) -> list[Issue]:
    return [i for i in issues if i.rule == rule]


def test_straight_apostrophes_are_one_finding_with_their_counts(issues) -> None:
    places = _with_rule(issues, "consistency-apostrophes")
    assert [TEXT[i.start : i.end] for i in places] == ["'", "'", "'"]  # every place marked
    assert len({i.group for i in places}) == 1 and places[0].group
    assert places[0].forms == (("straight '", 3), ("curly ’", 1))
    assert "(3 places)" in group_message(places)
    # "Use … everywhere" counts come from the structured forms
    found = uniform_for(places[0], issues, TEXT)
    assert found is not None and found.counts() == "straight ' ×3, curly ’ ×1"
    assert found.changes == 3


def test_a_sheet_substitution_and_lone_dialect_spellings_are_one_finding_each(issues) -> None:
    pm = [i for i in issues if i.text.endswith("pm")]
    assert [i.text for i in pm] == ["5 pm", "9 pm"]
    assert pm[0].group and pm[0].group == pm[1].group
    british = [i for i in issues if i.text in ("stabilise", "travelled", "centre")]
    assert sorted(i.text for i in british) == ["centre", "stabilise", "travelled"]
    assert len({i.group for i in british}) == 1 and british[0].group  # Harper's and ours
    message = group_message(members(british[0], issues))
    assert message.startswith("British spellings") and "“centre” → “center”" in message


def test_counts_and_listing_take_a_finding_once(issues) -> None:
    grouped = {i.group for i in issues if i.group}
    assert len(grouped) >= 3
    expected = len(grouped) + sum(1 for i in issues if not i.group)
    assert count_findings(issues) == expected < len(issues)
    rows = findings(issues)
    assert len(rows) == expected
    assert sorted(n for row in rows for n in row) == list(range(len(issues)))
    summary = format_text(TEXT, issues, "a.txt", ["harper"]).splitlines()[-1]
    assert summary == f"a.txt: {expected} issues at {len(issues)} places (Harper)"


def test_apply_fixes_every_place_in_one_change(library, issues) -> None:
    article = library.add_article(Article(None, "Groups", TEXT, TEXT))
    pm = next(i for i in issues if i.text == "9 pm")
    change = apply_finding(library, article, TEXT, issues, pm)
    assert len(change.edits) == 2 and change.text is not None
    assert "5 p.m. to 9 p.m." in change.text
    assert apply_edits(TEXT, list(change.edits)).text == change.text
    assert [d.action for d in change.decisions] == [DecisionAction.APPLY] * 2
    assert "2 places" in change.message
    # another suggestion is that one place's alternative
    british = next(i for i in issues if i.text == "stabilise")
    if len(british.replacements) > 1:
        one = apply_finding(library, article, TEXT, issues, british, 1)
        assert len(one.edits) == 1


def test_ignore_ignores_every_place(library, issues) -> None:
    article = library.add_article(Article(None, "Groups", TEXT, TEXT))
    apostrophe = _with_rule(issues, "consistency-apostrophes")[1]
    ctx = CheckContext(language="en-US")
    change = ignore_finding(library, article, ctx, issues, apostrophe)
    assert len(change.decisions) == 3
    assert change.dropped is not None and change.context is not None
    gone = [i for i in issues if change.dropped(i)]
    assert gone == _with_rule(issues, "consistency-apostrophes")
    assert {i.key for i in gone} <= change.context.ignored_keys
    assert len(library.decisions(article.id)) == 3  # type: ignore[arg-type]


def test_restoring_brings_every_place_of_an_ignored_finding_back(library, issues) -> None:
    article = library.add_article(Article(None, "Groups", TEXT, TEXT))
    apostrophes = _with_rule(issues, "consistency-apostrophes")
    ctx = CheckContext(language="en-US", style=effective_style_sheet(None))
    ignored = ignore_finding(library, article, ctx, issues, apostrophes[0])
    assert ignored.context is not None
    pipeline = build_fast_pipeline(EngineSettings())
    hidden = pipeline.check(TEXT, ignored.context).issues
    assert not _with_rule(list(hidden), "consistency-apostrophes")

    change = restore_ignored(library, article, ignored.context)
    assert change.message == "Restored ignored issues at 3 places"  # findings not given
    assert change.restored_places == 3
    assert library.decisions(article.id) == []  # type: ignore[arg-type]
    assert change.context is not None
    back = _with_rule(list(pipeline.check(TEXT, change.context).issues), "consistency-apostrophes")
    assert [i.key for i in back] == [i.key for i in apostrophes]


def test_restoring_a_finding_of_three_places_counts_one_issue(library, issues) -> None:
    """The editor ticked one line of the restore list: the words count one issue, and
    say its three places."""
    article = library.add_article(Article(None, "Groups", TEXT, TEXT))
    apostrophes = _with_rule(issues, "consistency-apostrophes")
    ctx = CheckContext(language="en-US")
    ignored = ignore_finding(library, article, ctx, issues, apostrophes[0])
    assert ignored.context is not None
    decisions = library.decisions(article.id)  # type: ignore[arg-type]
    (finding,) = ignored_findings(decisions, ignored.context.ignored_keys)
    change = restore_ignored(library, article, ignored.context, finding.keys, [finding])
    assert change.message == "Restored 1 ignored issue (3 places)"
