"""False alarms on clean published news by mechanism, read in the tuning halves of
benchmarks/data/wikinews-2019-02.txt, -2019-10.txt and -2020-06.txt and in the read blind
sets' issues on no fault (precision20), and the real errors of the same shapes that must
still be found.

The sentences are our own. Every check runs the fast engines as the desk does, in both
dialects, after an emoji (offsets are code points).
"""

from __future__ import annotations

import pytest

from news_checks import DIALECTS, EMOJI
from news_checks import check as _check
from news_checks import on as _on
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.models import Issue
from reviewdesk.core.pipeline import CheckPipeline
from reviewdesk.core.style import load_default_style_sheet


@pytest.fixture(scope="module")
def pipeline() -> CheckPipeline:
    return build_fast_pipeline(EngineSettings())


def _agreement(pipeline: CheckPipeline, text: str, language: str, word: str) -> list[Issue]:
    return [
        i
        for i in _on(_check(pipeline, text, language), text, word)
        if i.rule == "subject-verb-agreement"
    ]


# -- agreement: the subject's number read from the article, not from its spelling -------


@pytest.mark.parametrize("language", DIALECTS)
def test_a_mandative_that_takes_the_subjunctive(pipeline: CheckPipeline, language: str) -> None:
    text = (
        "The commission criticised the move, recommending that the monument remain a "
        "museum, and repeated its recommendation that the decree be withdrawn.\n"
    )
    assert not _agreement(pipeline, text, language, "remain")
    # a plural subject's "is", or "are" after a singular one, is no subjunctive
    wrong = "The commission recommended that the monuments is a museum.\n"
    found = _agreement(pipeline, wrong, language, " is ")
    assert found and found[0].replacements[0] == "are"
    singular = "The panel urged that the monument are a museum.\n"
    assert _agreement(pipeline, singular, language, "are")


@pytest.mark.parametrize("language", DIALECTS)
def test_a_surname_ending_in_s_is_one_person(pipeline: CheckPipeline, language: str) -> None:
    text = (
        "Bernie Sanders ended his campaign on Wednesday.\n\n"
        "Sanders was also a contender in the 2016 primaries.\n"
    )
    assert not _agreement(pipeline, text, language, "was")
    # a group takes "the" and stays plural; so does a run that opens with a word
    group = "The Democrats met on Monday.\n\nDemocrats was divided on the bill.\n"
    assert _agreement(pipeline, group, language, "was")
    senate = "Senate Democrats met on Monday.\n\nDemocrats was divided on the bill.\n"
    assert _agreement(pipeline, senate, language, "was")


@pytest.mark.parametrize("language", DIALECTS)
def test_there_is_a_lot_of_takes_a_mass_noun(pipeline: CheckPipeline, language: str) -> None:
    text = 'She said "There is a lot of argument now about whether it can help."\n'
    assert not _on(_check(pipeline, text, language), text, "argument")
    wrong = "There are a lot of car on the road.\n"
    found = _on(_check(pipeline, wrong, language), wrong, "car")
    assert found and found[0].replacements[0] == "cars"


# -- Harper: a title's own mark, a glottal stop, a term far from every word -------------


@pytest.mark.parametrize("language", DIALECTS)
def test_a_titles_question_mark_ends_no_sentence(pipeline: CheckPipeline, language: str) -> None:
    text = "His last recording was 2014's Why? solo album, and he became the Jeopardy! host.\n"
    assert not _check(pipeline, text, language)
    wrong = "The storm passed. the roads reopened on Monday.\n"
    found = _on(_check(pipeline, wrong, language), wrong, "the roads")
    assert found and found[0].replacements[0] == "The"


@pytest.mark.parametrize("language", DIALECTS)
def test_a_glottal_stop_between_vowels_is_no_misplaced_apostrophe(
    pipeline: CheckPipeline, language: str
) -> None:
    text = "Leaders stressed the fa'a Samoa, the Samoan way of life, on the island of Hawai'i.\n"
    assert not _check(pipeline, text, language)
    wrong = "The council does'nt agree.\n"
    found = _on(_check(pipeline, wrong, language), wrong, "does'nt")
    assert found and found[0].replacements[0] == "doesn't"


@pytest.mark.parametrize("language", DIALECTS)
def test_a_term_far_from_every_word_is_no_misspelling(
    pipeline: CheckPipeline, language: str
) -> None:
    text = (
        "Prescriptions for oxycodone and oxymorphone were found. The coral lives with "
        "zooxanthellae algae, and the patient had a flavivirus.\n"
    )
    assert not _check(pipeline, text, language)
    # slips of English words stay flagged, however far they stray, and so do words run
    # together
    for wrong, slip, fix in (
        ("The rains were accidantly forecast.\n", "accidantly", "accidentally"),
        ("The accomodation was poor.\n", "accomodation", "accommodation"),
        ("The storm was disapaiting fast.\n", "disapaiting", None),
        ("The governmentofficials met.\n", "governmentofficials", None),
    ):
        found = _on(_check(pipeline, wrong, language), wrong, slip)
        assert found, slip
        if fix:
            assert fix in found[0].replacements


# -- names: a species shortened, a source at a sentence's start, a town and its region --


@pytest.mark.parametrize("language", DIALECTS)
def test_a_species_shortened_after_it_is_named_in_full(
    pipeline: CheckPipeline, language: str
) -> None:
    text = (
        "The team studied Acropora millepora and Porites cylindrica off Fiji.\n\n"
        "Unlike the others, A. millepora did not recover.\n"
    )
    assert not _check(pipeline, text, language)
    # a slip in the short form names no species of the article
    slip = text + "\nP. cyclindrica did.\n"
    found = _on(_check(pipeline, slip, language), slip, "cyclindrica")
    assert found and found[0].start == len(EMOJI) + slip.index("cyclindrica")


@pytest.mark.parametrize("language", DIALECTS)
def test_a_source_at_a_sentence_start_is_a_name(pipeline: CheckPipeline, language: str) -> None:
    text = "Ten buildings collapsed. Rappler reported that three malls were closed.\n"
    assert not _on(_check(pipeline, text, language), text, "Rappler")
    # a slip of a word the article writes, before a verb of saying, is still a slip
    slip = "The police arrived at noon. Polise said the man had fled.\n"
    found = _on(_check(pipeline, slip, language), slip, "Polise")
    assert found and found[0].replacements[0] == "Police"
    # a plural noun after the first word is no attribution
    noun = "Many were hurt. Ssome reports suggest a fire.\n"
    assert _on(_check(pipeline, noun, language), noun, "Ssome")


@pytest.mark.parametrize("language", DIALECTS)
def test_a_town_named_with_its_region(pipeline: CheckPipeline, language: str) -> None:
    text = (
        "Many houses fell when the quake struck in Manay, Davao Oriental, on Thursday.\n\n"
        "Davao Oriental and Davao City declared a state of calamity.\n"
    )
    assert not _on(_check(pipeline, text, language), text, "Manay")
    # without its region the one-off word a letter from "many" stays flagged
    alone = "Many houses fell when the quake struck in Manay on Thursday.\n"
    assert _on(_check(pipeline, alone, language), alone, "Manay")


def test_a_species_named_in_full_or_not_changes_its_short_form_as_a_fresh_check_does() -> None:
    # the desk re-checks only the edited paragraph; the short form's verdict in another
    # paragraph must follow the full name typed or deleted, as a fresh check gives
    kept = build_fast_pipeline(EngineSettings())
    ctx = CheckContext(style=load_default_style_sheet())
    plain = "😀 The team studied corals off Fiji.\n\nUnlike the others, A. millepora died."
    named = plain.replace("corals off Fiji.", "corals off Fiji, Acropora millepora among them.")
    flagged = []
    for text in (plain, named, plain):
        got = kept.check(text, ctx).issues
        fresh = build_fast_pipeline(EngineSettings())
        assert got == fresh.check(text, ctx).issues
        fresh.close()
        flagged.append(sum(i.text == "millepora" for i in got))
    kept.close()
    assert flagged == [1, 0, 1]
