"""Merging engines' issues and applying fixes without nonsense."""

from __future__ import annotations

from reviewdesk.core.merge import (
    Edit,
    apply_edits,
    drop_issues_in_placeholders,
    drop_issues_inside_debris,
    edit_for,
    merge_issues,
    settle_contrary_fixes,
    shift_issues_after_edit,
)
from reviewdesk.core.models import Category, Issue, make_issue

TEXT = "This are bad."


def _issue(start: int, end: int, fix: str, engine: str, rule: str = "R") -> object:
    return make_issue(
        TEXT,
        start,
        end,
        category=Category.GRAMMAR,
        rule=rule,
        engine=engine,
        message="m",
        replacements=[fix],
    )


def test_same_span_and_fix_from_two_engines_shows_once_naming_both() -> None:
    a = _issue(5, 8, "is", "harper")
    b = _issue(5, 8, "is", "languagetool", rule="AGREEMENT")
    merged = merge_issues([[a], [b]])
    assert len(merged) == 1
    assert merged[0].engines == ("harper", "languagetool")


def test_different_fixes_stay_separate_and_sorted() -> None:
    a = _issue(5, 8, "is", "harper")
    b = _issue(0, 4, "These", "languagetool")
    merged = merge_issues([[a], [b]])
    assert [m.start for m in merged] == [0, 5]


def test_overlapping_suggestions_never_combine_into_nonsense() -> None:
    # "This are bad": one engine says This→These, another says are→is.
    # The spans touch but do not overlap; a batch must not produce "These is bad".
    these = make_issue(
        TEXT,
        0,
        8,
        category=Category.GRAMMAR,
        rule="A",
        engine="x",
        message="m",
        replacements=["These are"],
    )
    is_ = make_issue(
        TEXT,
        5,
        8,
        category=Category.GRAMMAR,
        rule="B",
        engine="y",
        message="m",
        replacements=["is"],
    )
    result = apply_edits(TEXT, [edit_for(these), edit_for(is_)])
    assert result.text == "These are bad."
    assert len(result.skipped) == 1


def test_sequential_apply_drops_overlapping_issues() -> None:
    these = make_issue(
        TEXT,
        0,
        8,
        category=Category.GRAMMAR,
        rule="A",
        engine="x",
        message="m",
        replacements=["These are"],
    )
    is_ = make_issue(
        TEXT,
        5,
        8,
        category=Category.GRAMMAR,
        rule="B",
        engine="y",
        message="m",
        replacements=["is"],
    )
    bad = make_issue(
        TEXT,
        9,
        12,
        category=Category.STYLE,
        rule="C",
        engine="y",
        message="m",
        replacements=["poor"],
    )
    edit = edit_for(these)
    text = apply_edits(TEXT, [edit]).text
    remaining = shift_issues_after_edit([is_, bad], edit)
    assert [r.rule for r in remaining] == ["C"]
    assert text[remaining[0].start : remaining[0].end] == "bad"
    assert apply_edits(text, [edit_for(remaining[0])]).text == "These are poor."


def test_edit_whose_text_drifted_is_skipped() -> None:
    result = apply_edits("Hello world", [Edit(0, 5, "Howdy", expected="Hullo")])
    assert result.text == "Hello world"
    assert result.skipped


def test_insertions_at_same_point_conflict() -> None:
    result = apply_edits("ab", [Edit(1, 1, "X"), Edit(1, 1, "Y")])
    assert result.text == "aXb"


def test_issues_inside_web_debris_are_dropped_but_neighbours_stay() -> None:
    text = 'Intro. <div class="x"> Tail teh end.'
    tag = text.index("<div")
    debris = make_issue(
        text,
        tag,
        tag + len('<div class="x">'),
        category=Category.DEBRIS,
        rule="debris-markup",
        engine="debris",
        message="m",
        replacements=[""],
    )

    def other(word: str) -> object:
        at = text.index(word)
        return make_issue(
            text,
            at,
            at + len(word),
            category=Category.TYPOGRAPHY,
            rule="Q",
            engine="harper",
            message="m",
        )

    inside, outside = other('"x"'), other("teh")
    kept = drop_issues_inside_debris([debris, inside, outside])  # type: ignore[list-item]
    assert [i.text for i in kept] == [debris.text, "teh"]


def _fixes(
    text: str,
    start: int,
    end: int,
    fixes: list[str],
    engine: str,
    category: Category = Category.GRAMMAR,
    message: str = "m",
) -> Issue:
    return make_issue(
        text,
        start,
        end,
        category=category,
        rule="R",
        engine=engine,
        message=message,
        replacements=fixes,
    )


def test_findings_on_one_span_that_share_a_fix_become_one_with_the_agreed_fix_first() -> None:
    text = "He said the the bridge closed."
    harper = _fixes(text, 8, 15, ["that the", "the"], "harper", category=Category.SPELLING)
    ours = _fixes(text, 8, 15, ["the"], "grammar", message="Two articles; keep one.")
    (one,) = merge_issues([[harper], [ours]])
    assert one.replacements == ("the", "that the")
    assert one.engines == ("grammar", "harper")
    assert one.message == "Two articles; keep one."  # the finding whose first fix is agreed


def test_findings_on_one_span_with_nothing_in_common_stay_apart() -> None:
    text = "Met at 7pm."
    a = _fixes(text, 7, 10, ["19:00"], "consistency")
    b = _fixes(text, 7, 10, ["7 p.m."], "house-style")
    assert len(merge_issues([[a], [b]])) == 2


def test_the_house_sheet_decides_between_contrary_fixes_on_one_span() -> None:
    text = "Met at 7pm, then at 19:00."
    times = _fixes(text, 7, 10, ["19:00"], "consistency")
    house = _fixes(text, 7, 10, ["7 p.m."], "house-style")
    advice = _fixes(text, 7, 10, [], "harper")  # no fix: never contrary
    elsewhere = _fixes(text, 20, 25, ["7 p.m."], "consistency")
    assert settle_contrary_fixes([times, house, advice, elsewhere]) == [house, advice, elsewhere]
    # with the house rule switched off or ignored (filtered before), the article's speaks
    assert settle_contrary_fixes([times, advice]) == [times, advice]
    # a finding that also offers the sheet's form is not contrary
    both = _fixes(text, 7, 10, ["19:00", "7 p.m."], "consistency")
    assert settle_contrary_fixes([both, house]) == [both, house]


def test_findings_inside_a_word_forms_prompt_are_dropped_by_its_text() -> None:
    line = "Summary: Summarize the color here. The color is red."
    inside = _fixes(line, 19, 24, ["colour"], "names")
    outside = _fixes(line, 39, 44, ["colour"], "names")
    prompts = frozenset({"Summarize the color here."})
    assert drop_issues_in_placeholders(line, [inside, outside], prompts) == [outside]
    assert drop_issues_in_placeholders(line, [inside, outside], frozenset()) == [inside, outside]
