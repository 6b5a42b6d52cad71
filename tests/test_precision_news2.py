"""More false alarms on clean published news, by kind (issue 11's precision goal), and
the real errors of the same shapes that must still be found.

Kinds read in benchmarks/score_precision.py's tuning sets (Wikinews 2019-01, 2020-01);
the sentences here are our own. Every check runs the fast engines as the desk does, in
both dialects, after an emoji (offsets are code points).
"""

from __future__ import annotations

import pytest

from news_checks import DIALECTS, EMOJI
from news_checks import check as _check
from news_checks import on as _on
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.pipeline import CheckPipeline


@pytest.fixture(scope="module")
def pipeline() -> CheckPipeline:
    return build_fast_pipeline(EngineSettings())


@pytest.mark.parametrize("language", DIALECTS)
def test_open_compounds_print_writes_open(pipeline: CheckPipeline, language: str) -> None:
    # "air strike", "tear gas", "end point": standard open forms, whatever Harper prefers
    text = "Police fired tear gas after the air strike, the end point of the raid."
    assert not _check(pipeline, text, language)
    # a compound print writes closed is still offered closed, at its place
    typo = "She left her note book on the train."
    found = _on(_check(pipeline, typo, language), typo, "note book")
    assert found and found[0].replacements[0] == "notebook"
    assert found[0].start == len(EMOJI) + typo.index("note book")


@pytest.mark.parametrize("language", DIALECTS)
def test_accented_words_are_words(pipeline: CheckPipeline, language: str) -> None:
    text = "Her fiancée, a café owner, asked the airline about the flight."
    assert not _check(pipeline, text, language)
    # a word that is no English word with or without accents is still flagged
    typo = "Her fiancée met the cafée owner."
    assert _on(_check(pipeline, typo, language), typo, "cafée")


@pytest.mark.parametrize("language", DIALECTS)
def test_a_first_name_with_an_initial_is_no_cut_off_surname(
    pipeline: CheckPipeline, language: str
) -> None:
    # the press names a suspect "Stefan W"; "Stefaniak" is another man's surname
    text = (
        "Doctor Tomasz Stefaniak said the mayor was alive. The suspect is named only as "
        "Stefan W under privacy law. Stefan W was detained. Stefaniak spoke again."
    )
    issues = _check(pipeline, text, language)
    assert not [i for i in issues if i.engine == "names"]
    # a surname written once with its ending cut off is still found
    cut = "Tomasz Stefaniak said the mayor was alive. Later Stefan said more. Stefaniak left."
    found = [i for i in _check(pipeline, cut, language) if i.rule == "name-variant"]
    assert [(i.text, i.replacements[0]) for i in found] == [("Stefan", "Stefaniak")]


@pytest.mark.parametrize("language", DIALECTS)
def test_two_words_in_names_are_not_one_name_misspelt(
    pipeline: CheckPipeline, language: str
) -> None:
    # two bodies, one named with "Centre", one with "Center"; a noun and its adjective
    text = (
        "The National Emergency Operation Centre handed over to the Health Emergency "
        "Operation Center. The Centre closed. The Constitution allows it, a Constitutional "
        "lawyer said."
    )
    issues = _check(pipeline, text, language)
    assert not [i for i in issues if i.rule == "name-variant"]
    # a name misspelt by one letter is still found
    typo = "Mayor Pawel Adamowicz died on Monday. Adamowich was 53."
    found = [i for i in _check(pipeline, typo, language) if i.rule == "name-variant"]
    assert [(i.text, i.replacements[0]) for i in found] == [("Adamowich", "Adamowicz")]


def test_the_default_sheet_leaves_standard_phrases(pipeline: CheckPipeline) -> None:
    # "in order to", "prior to": standard English in edited news; the sheet's real
    # substitutions still fire beside them
    text = "Crews dug in order to reach the pipe, prior to the storm, and used the web site."
    issues = _check(pipeline, text, "en-US")
    assert [(i.text, i.replacements) for i in issues] == [("web site", ("website",))]
