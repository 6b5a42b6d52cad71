"""False alarms on clean published news by mechanism, read in the tuning half of
benchmarks/data/wikinews-2019-10.txt (precision16), and the real errors of the same
shapes that must still be found.

The sentences are our own. Every check runs the fast engines as the desk does, in both
dialects, after an emoji (offsets are code points).
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
def test_a_species_latin_name_is_no_misspelling(pipeline: CheckPipeline, language: str) -> None:
    text = "Divers sampled Montipora digitata and Favites abdita on the reef near the island."
    assert not _check(pipeline, text, language)
    # the genus's initial stands for a genus the paragraph names in full
    short = "Favites abdita grew quickly, and F. abdita survived the heat too."
    assert not _check(pipeline, short, language)
    # a slip in the abbreviated name is still a slip: no genus of that initial goes with it
    slip = "Favites abdita grew quickly, but F. abdtia did not survive the heat."
    found = _on(_check(pipeline, slip, language), slip, "abdtia")
    assert found and found[0].start == len(EMOJI) + slip.index("abdtia")
    # after a person's name, a word with a Latin ending is a misspelling ("again")
    name = "Mayor Lena Varga agani won the vote in the town on Sunday."
    assert _on(_check(pipeline, name, language), name, "agani")


@pytest.mark.parametrize("language", DIALECTS)
def test_a_plural_without_an_s_takes_a_plural_verb(pipeline: CheckPipeline, language: str) -> None:
    text = "The staff were told to leave the lake when the fish were dying."
    assert not [i for i in _check(pipeline, text, language) if i.engine == "grammar"]
    slip = "The report were published on Monday by the ministry."
    found = _on(_check(pipeline, slip, language), slip, "were")
    assert found and found[0].replacements[0] == "was"


@pytest.mark.parametrize("language", DIALECTS)
def test_where_before_a_gerund_subject_opens_a_clause_of_place(
    pipeline: CheckPipeline, language: str
) -> None:
    text = "Rangers patrol the coastal waters where fishing is banned all year."
    assert not _check(pipeline, text, language)
    slip = "The windows where broken by the storm on Monday."
    found = _on(_check(pipeline, slip, language), slip, "where")
    assert found and found[0].replacements[0] == "were"


@pytest.mark.parametrize("language", DIALECTS)
def test_affect_as_a_verb_after_that_or_to(pipeline: CheckPipeline, language: str) -> None:
    for text in (
        "Pollution that affects children worries the doctors at the clinic.",
        "Tenants' ability to affect local rules is limited by the law.",
    ):
        assert not _check(pipeline, text, language), text
    for slip in (
        "The new tax had a lasting affect on prices in the region.",
        "It was that affect on markets that hurt the firm.",
    ):
        found = _on(_check(pipeline, slip, language), slip, "affect")
        assert found and found[0].replacements[0] == "effect", slip
    # the noun of the pair after "to" (it follows "to" far less often than the verb does)
    # is still the slip Harper says it is
    slip = "Tenants' ability to effect local rules is limited by the law."
    found = _on(_check(pipeline, slip, language), slip, "effect")
    assert found and found[0].replacements[0] == "affect", slip


@pytest.mark.parametrize("language", DIALECTS)
def test_a_relative_named_after_her_name_is_another_person(
    pipeline: CheckPipeline, language: str
) -> None:
    def article(apposition: str) -> str:
        return (
            "Early yesterday, Representative Robert Mensah died in hospice care. Mensah, the "
            "chairman of the committee, was 71.\n\nRobert Kwame Mensah was born in Accra in "
            "1951. In grade school, Mensah wanted to be a lawyer.\n\nIn a statement, Mary "
            f"Owusu Mensah{apposition} the chairwoman of the state party, said Mensah "
            '"worked until his last breath".\n\nPoliticians mourned Mensah\'s death.'
        )

    wife = article(", his wife and")
    assert not [i for i in _check(pipeline, wife, language) if i.engine == "names"]
    # with no kinship said, a second first name for the surname is still a question
    found = _on(_check(pipeline, article(","), language), article(","), "Mary")
    assert [i.rule for i in found] == ["first-name-conflict"]


@pytest.mark.parametrize("language", DIALECTS)
def test_a_nationality_and_its_plural_are_no_name_variants(
    pipeline: CheckPipeline, language: str
) -> None:
    for text in (
        "Three American Guamanians sued to vote. American Guamanians are nationals, not "
        "citizens. The American Guamanian delegate said the Guamanian way of life must be "
        "kept, and Guamanians' rights too.",
        "The typhoon hit the central Philippines on Tuesday, according to Philippine "
        "officials. The Philippine Red Cross said many people lost their homes.",
    ):
        assert not [i for i in _check(pipeline, text, language) if i.engine == "names"], text
    # a surname written once with an s too few is still the same name
    slip = "Ryan Reynolds starred in the film. Later, Reynold said he was happy with it."
    found = _on(_check(pipeline, slip, language), slip, "Reynold ")
    assert found and found[0].replacements[0] == "Reynolds"


@pytest.mark.parametrize("language", DIALECTS)
def test_a_quotation_keeps_the_speakers_usage(pipeline: CheckPipeline, language: str) -> None:
    quoted = '"It is a vicious cycle of debt and despair," the mayor said on Monday.'
    assert not _check(pipeline, quoted, language)
    # the writer's own sentence gets Harper's usage advice as before
    own = "The town is caught in a vicious cycle of debt and despair, the mayor said."
    assert _on(_check(pipeline, own, language), own, "cycle")
