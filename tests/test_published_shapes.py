"""Correct published copy read right by its structure (issue 11, precision14): "to"
governed as a preposition, "whom" after its preposition, an inverted condition, a
romanised name's hyphenated pieces, a social handle to its token's end, an organisation's
name after "the", a participle after a plural subject, a demonstrative pronoun after its
preposition, a possessive starting an adjunct; and one notion of layout white space for
Harper and the mechanics engine. Each is read right while the slip of the same shape
beside it stays flagged.

The sentences are our own, in the shapes the February 2019 Wikinews tuning half showed.
Every check runs the fast engines as the desk does, with the default house style, in
both dialects, after an emoji (offsets are code points).
"""

from __future__ import annotations

import pytest

from news_checks import DIALECTS, EMOJI, check, on
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.grammar.lexicon import Lexicon
from reviewdesk.core.engines.harper_context import CONTEXT_RULES
from reviewdesk.core.engines.mechanics import check_mechanics
from reviewdesk.core.engines.names.checker import find_all_issues
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.models import Category
from reviewdesk.core.pipeline import CheckPipeline
from reviewdesk.core.text.layout import doubled_spaces, label_letter, layout_space


@pytest.fixture(scope="module")
def pipeline() -> CheckPipeline:
    return build_fast_pipeline(EngineSettings())


def _rules(pipeline: CheckPipeline, text: str, language: str, word: str) -> list[str]:
    return [i.rule for i in on(check(pipeline, text, language), text, word)]


@pytest.mark.parametrize("language", DIALECTS)
def test_to_after_according_leads_a_noun_phrase_not_a_verb(
    pipeline: CheckPipeline, language: str
) -> None:
    text = "Six of the thefts were, according to agreed facts heard in court, planned."
    assert not _rules(pipeline, text, language, "agreed")
    slip = "They decided to agreed terms with the union."
    assert _rules(pipeline, slip, language, "agreed")


@pytest.mark.parametrize("language", DIALECTS)
def test_whom_after_its_preposition_is_right_before_any_verb(
    pipeline: CheckPipeline, language: str
) -> None:
    text = "At least 35 guests were rescued, some of whom were taken to hospital."
    assert not _rules(pipeline, text, language, "whom")
    slip = "The man whom is standing at the door is my uncle."
    assert _rules(pipeline, slip, language, "whom")


@pytest.mark.parametrize("language", DIALECTS)
def test_an_inverted_condition_keeps_its_were(pipeline: CheckPipeline, language: str) -> None:
    text = "The list would name every man, were a draft to be imposed again."
    assert not _rules(pipeline, text, language, "were")
    # Harper's own flag stays where a ranking shows "we're the first team to win"
    lex = Lexicon()
    judge = CONTEXT_RULES["PronounContraction"]
    slip = "Coach said were the first team to win the cup."
    at = slip.index("were")
    assert not judge("were", slip, at, at + 4, lex)
    at = text.index("were")
    assert judge("were", text, at, at + 4, lex)


@pytest.mark.parametrize("language", DIALECTS)
def test_a_romanised_names_short_pieces_are_no_misspellings(
    pipeline: CheckPipeline, language: str
) -> None:
    text = "The coup placed Prayuth Chan-o-cha in office, and Kim Jong-un sent a letter."
    assert not [i for i in check(pipeline, text, language) if i.category == Category.SPELLING]
    slip = "Protesters marched against the anti-goverment plan and Russian-backd rebels."
    issues = check(pipeline, slip, language)
    assert on(issues, slip, "goverment") and on(issues, slip, "backd")


@pytest.mark.parametrize("language", DIALECTS)
def test_a_social_handle_with_a_hyphen_is_one_name(
    pipeline: CheckPipeline, language: str
) -> None:
    text = "The mayor tweeted that people came together with @peoplesvote-uk on Saturday."
    assert not _rules(pipeline, text, language, "uk")


@pytest.mark.parametrize("language", DIALECTS)
def test_an_organisations_name_after_the_has_no_first_name(language: str) -> None:
    text = (
        "Damodar Naik, a spokesperson for the Bharatiya Janata Party, said the leader was "
        "loved. Party workers said he was humble.\n\n"
        "The Aam Aadmi Party in Goa said he was a gentleman. The Party said more."
    )
    found = find_all_issues(EMOJI + text, CheckContext(language=language))
    assert not [i for i in found if i.rule == "first-name-conflict"]
    person = (
        "Dmitry Oreshkin, a political scientist, said the vote was decided.\n\n"
        "Oreshkin said the opposition had no chance.\n\n"
        "Erik Oreshkin said nothing would change before spring."
    )
    found = find_all_issues(EMOJI + person, CheckContext(language=language))
    assert [i.text for i in found if i.rule == "first-name-conflict"] == ["Erik"]


@pytest.mark.parametrize("language", DIALECTS)
def test_a_participle_after_a_plural_subject_does_not_decide_the_verb(
    pipeline: CheckPipeline, language: str
) -> None:
    text = "The motion claims that the states filing suit have standing to do so."
    assert not _rules(pipeline, text, language, "have")
    for slip, verb in (
        ("The tax filing deadline are near.", "are"),  # a compound's -ing: singular head
        ("The costs of the project is high.", "is"),
    ):
        assert on(check(pipeline, slip, language), slip, verb), slip


@pytest.mark.parametrize("language", DIALECTS)
def test_a_demonstrative_after_of_is_a_pronoun(pipeline: CheckPipeline, language: str) -> None:
    text = "Millions wanted to stay, and some of those would still like to stay in the bloc."
    assert not _rules(pipeline, text, language, "those")


@pytest.mark.parametrize("language", DIALECTS)
def test_a_possessive_after_a_preposition_starts_an_adjunct(
    pipeline: CheckPipeline, language: str
) -> None:
    text = "Police said a significant development was likely at Tuesday's hearing."
    assert not _rules(pipeline, text, language, "at")


def test_white_space_that_lays_out_a_page_is_one_notion() -> None:
    text = "Name:\tJane Roe\n  Indented line\nDate:   blank\nTwo  spaces end.  \nx"
    tab, indent, blank = text.index("\t"), text.index("\n  ") + 1, text.index("   blank")
    end = text.index(".  \n") + 1
    runs = [(tab, tab + 1), (indent, indent + 2), (blank, blank + 3), (end, end + 2)]
    assert all(layout_space(text, s, e) for s, e in runs)
    double = text.index("Two  ") + 3
    assert not layout_space(text, double, double + 2)
    assert list(doubled_spaces(text)) == [(double, double + 2)]
    # the mechanics engine flags exactly the slips the shared notion leaves
    flagged = [(i.start, i.end) for i in check_mechanics(text) if i.rule == "double-space"]
    assert flagged == [(double, double + 2)]
    labels = "Section 5.201(b) applies.\na\nThe a grade"
    assert label_letter(labels, labels.index("b)"), labels.index("b)") + 1)
    assert label_letter(labels, labels.index("\na") + 1, labels.index("\na") + 2)
    assert not label_letter(labels, labels.index(" a ") + 1, labels.index(" a ") + 2)


@pytest.mark.parametrize("language", DIALECTS)
def test_harper_and_mechanics_agree_on_layout_space(
    pipeline: CheckPipeline, language: str
) -> None:
    form = "Name:\tJane Roe\nDate:        \nCase number:      Urgent     Routine"
    text = f"{form}\n\nThe council  met on Tuesday."
    spacing = [i for i in check(pipeline, text, language) if i.category == Category.SPACING]
    at = len(EMOJI) + text.index("  met")
    assert [(i.start, i.end) for i in spacing] == [(at, at + 2)]


@pytest.mark.parametrize("language", DIALECTS)
def test_a_relative_introduced_before_an_aside_is_another_person(language: str) -> None:
    text = (
        "Pranab Mukherjee, a former president, said the vote was fair.\n\n"
        "Mukherjee said he would rest.\n\n"
        "His daughter, and a member of the party, Sharmistha Mukherjee wrote a tribute."
    )
    found = find_all_issues(EMOJI + text, CheckContext(language=language))
    assert not [i for i in found if i.rule == "first-name-conflict"]


@pytest.mark.parametrize("language", DIALECTS)
def test_a_quotation_keeps_the_speakers_words_but_the_writers_are_judged(
    pipeline: CheckPipeline, language: str
) -> None:
    text = (
        'A doctor said, "Those admitted are having serious injuries." '
        "Police said the driver admitted the theft."
    )
    issues = [i for i in check(pipeline, text, language) if i.engine == "house-style"]
    assert not on(issues, text, "admitted")
    assert on(issues, text, "admitted", nth=1)
