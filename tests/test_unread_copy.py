"""Correct copy of kinds the desk had not read (issue 11, precision12): a passage in
another language, a Word form's layout, list labels, two spaces after every sentence, a
Word file's page footer. Each is read right while the slip next to it stays flagged.

The sentences are our own. Every check runs the fast engines as the desk does, with the
default house style, in both dialects, after an emoji (offsets are code points).
"""

from __future__ import annotations

import pytest

from news_checks import DIALECTS, EMOJI, check, on
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.filing import for_word_file
from reviewdesk.core.groups import count_findings, group_message
from reviewdesk.core.models import Category
from reviewdesk.core.pipeline import CheckPipeline
from reviewdesk.core.structure import Span, SpanKind, Structure
from reviewdesk.core.style import load_default_style_sheet
from reviewdesk.desk.context import kept_lines

LATIN = (
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
    "incididunt ut labore et dolore magna aliqua."
)
SPANISH = "El presidente dijo que la situación es muy grave y que el gobierno actuará pronto."


@pytest.fixture(scope="module")
def pipeline() -> CheckPipeline:
    return build_fast_pipeline(EngineSettings())


@pytest.mark.parametrize("language", DIALECTS)
@pytest.mark.parametrize("passage", [LATIN, SPANISH], ids=["placeholder-latin", "spanish"])
def test_a_passage_in_another_language_gets_no_english_spelling_flags(
    pipeline: CheckPipeline, passage: str, language: str
) -> None:
    careless = "The goverment recieved teh final reprot on Tuesday."
    text = f"The councl met on Tuesday.\n\n{passage}\n\n{careless}"
    issues = check(pipeline, text, language)
    start = len(EMOJI) + text.index(passage)
    inside = [i for i in issues if start <= i.start < start + len(passage)]
    assert not [i for i in inside if i.category == Category.SPELLING]
    # the English slips beside it stay flagged, and so does a careless English sentence:
    # many slips of English words, each a letter from the word meant, are no language
    for word in ("councl", "goverment", "recieved", "teh", "reprot"):
        assert on(issues, text, word), word


@pytest.mark.parametrize("language", DIALECTS)
def test_tabs_and_a_forms_blanks_are_layout_but_a_doubled_space_is_a_slip(
    pipeline: CheckPipeline, language: str
) -> None:
    form = "Name:\tJane Roe\nDate:        \nCase number:      Urgent     Routine"
    assert not [i for i in check(pipeline, form, language) if i.category == Category.SPACING]
    slip = "The council  met on Tuesday."
    assert on(check(pipeline, slip, language), slip, "  ")


@pytest.mark.parametrize("language", DIALECTS)
def test_single_letters_that_label_items_are_not_words(
    pipeline: CheckPipeline, language: str
) -> None:
    text = "The rules in section 5.201(b)(1)(i) apply.\n\na\n\nb\n\nf\n\ng"
    assert not check(pipeline, text, language)


@pytest.mark.parametrize("language", DIALECTS)
def test_two_spaces_after_every_sentence_is_one_finding(
    pipeline: CheckPipeline, language: str
) -> None:
    text = "The council met.  The mayor spoke.  The vote was close.  Nobody left early."
    issues = [i for i in check(pipeline, text, language) if i.category == Category.SPACING]
    assert len(issues) == 3
    assert count_findings(issues) == 1
    assert "French" not in group_message(issues)  # said in a copy desk's words


def test_a_word_files_page_footer_is_kept_not_offered_for_removal(
    pipeline: CheckPipeline,
) -> None:
    body = "The council met on Tuesday and voted to close the bridge for repairs.\n\n"
    footer = "Page 3 of 11\nFor internal use only"
    text = body + footer + "\n"
    structure = Structure((Span(SpanKind.FOOTER, len(body), len(body) + len(footer)),))
    ctx = for_word_file(
        CheckContext(style=load_default_style_sheet(), kept_lines=kept_lines(structure, text=text))
    )
    assert not [i for i in pipeline.check(text, ctx).issues if i.category == Category.DEBRIS]
    # without the footer's span (a page pasted from the web) the same line is debris
    plain = for_word_file(CheckContext(style=load_default_style_sheet()))
    assert [i for i in pipeline.check(text, plain).issues if i.category == Category.DEBRIS]
