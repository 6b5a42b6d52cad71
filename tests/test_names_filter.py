"""The name filter over real Harper: names used consistently are not spelling errors."""

from __future__ import annotations

import pytest

from reviewdesk.core.checker import CheckContext, IssueFilter
from reviewdesk.core.engines.harper_engine import HarperChecker
from reviewdesk.core.engines.names.checker import NameFilter, NameModelCache, NamesChecker
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.models import Category, Issue, make_issue
from reviewdesk.core.pipeline import CheckPipeline


@pytest.fixture(scope="module")
def pipeline() -> CheckPipeline:
    cache = NameModelCache()
    return CheckPipeline([HarperChecker(), NamesChecker(cache)], [NameFilter(cache)])


@pytest.fixture(scope="module")
def harper_only() -> CheckPipeline:
    return CheckPipeline([HarperChecker()])


def issues_on(
    pipeline: CheckPipeline, text: str, word: str, language: str = "en-US"
) -> list[Issue]:
    result = pipeline.check(text, CheckContext(language=language))
    return [i for i in result.issues if i.text.startswith(word)]


RECURRING = (
    "Opposition leader Zbrovnikova spoke on Friday. Zbrovnikova’s allies cheered, and "
    "Zbrovnikova said the count was false. Critics of Zbrovnikova stayed home."
)


def test_recurring_surname_with_curly_possessive_is_not_a_spelling_error(
    pipeline: CheckPipeline, harper_only: CheckPipeline
) -> None:
    assert issues_on(harper_only, RECURRING, "Zbrovnikova")  # Harper alone flags it
    assert issues_on(pipeline, RECURRING, "Zbrovnikova") == []


def test_lowercase_name_and_typos_are_still_flagged(pipeline: CheckPipeline) -> None:
    text = RECURRING + " Then onyl zbrovnikova knew, and she said teh truth."
    result = pipeline.check(text, CheckContext())
    texts = {i.text: i for i in result.issues}
    assert "onyl" in texts and texts["onyl"].category == Category.SPELLING
    assert "teh" in texts
    assert "zbrovnikova" in texts
    assert "Zbrovnikova" in texts["zbrovnikova"].replacements


def test_one_off_misspelling_of_a_word_the_article_uses_is_kept(pipeline: CheckPipeline) -> None:
    text = (
        "The government met on Monday. Ministers said the government would act. "
        "Later the Goverment issued a statement."
    )
    assert issues_on(pipeline, text, "Goverment")


@pytest.mark.parametrize(
    ("text", "slip", "fix"),
    [
        # before more capitalised words: the run is no evidence of a name
        ("The law passed in 1789. Thge U.S. Constitution set no limit.", "Thge", "The"),
        (
            "The vote failed. Curret Prime Minister Theresa May will go. It is current.",
            "Curret",
            "Current",
        ),
        # two letters from a common word, at a sentence's start
        ("Some wanted new leaders. Altogheter, fifteen members left.", "Altogheter", "Altogether"),
        ("The vote was held. Folliwiong the vote, the party split.", "Folliwiong", "Following"),
    ],
)
def test_sentence_start_misspelling_is_kept(
    pipeline: CheckPipeline, text: str, slip: str, fix: str
) -> None:
    found = issues_on(pipeline, text, slip)
    assert found and found[0].replacements[0] == fix


@pytest.mark.parametrize(
    ("text", "slip", "fix"),
    [
        (
            "The plane tried to land at Payam International Airpoort on Monday. Fath "
            "Airport is owned by the Guards.",
            "Airpoort",
            "Airport",
        ),
        (
            "Both houses of the Fernch Parliament fell silent. The French president spoke.",
            "Fernch",
            "French",
        ),
    ],
)
def test_a_finger_slip_inside_a_name_mid_sentence_is_kept(
    pipeline: CheckPipeline, text: str, slip: str, fix: str
) -> None:
    # a run of capitals makes a name, but not of a slip of a word the article writes
    found = issues_on(pipeline, text, slip)
    assert found and found[0].replacements[0] == fix


def test_a_name_in_another_language_is_no_slip_of_the_english_word(
    pipeline: CheckPipeline, harper_only: CheckPipeline
) -> None:
    text = (
        "Professor Muyembe heads the Institut National de Recherche Biomedicale, an "
        "institute in Kinshasa. He told Agence France-Presse the agency was wrong."
    )
    assert issues_on(harper_only, text, "Institut")  # Harper alone flags it
    assert issues_on(pipeline, text, "Institut") == []
    assert issues_on(pipeline, text, "Agence") == []


def test_sentence_start_names_are_not_flagged(pipeline: CheckPipeline) -> None:
    text = "Rescuers came. Zinichev said the work was over. Officials agreed."
    assert issues_on(pipeline, text, "Zinichev") == []
    # two letters from "outline", but a first name before a surname
    text = "The committee met.\n\nOttoline Fairweather, who chairs it, told me so."
    assert issues_on(pipeline, text, "Ottoline") == []


def test_one_off_place_name_mid_sentence_is_not_flagged(
    pipeline: CheckPipeline, harper_only: CheckPipeline
) -> None:
    text = "She grew up in Qaanaaq, a village in the far north, and moved south at 18."
    assert issues_on(harper_only, text, "Qaanaaq")
    assert issues_on(pipeline, text, "Qaanaaq") == []


def test_multi_word_names_speaker_labels_and_credits(pipeline: CheckPipeline) -> None:
    text = (
        "Photo: AFP, OKSANA BRAVCHUK\n\n"
        "We spoke to Dr. Ilse Vantongeren of the Marrowfield Institute.\n\n"
        "**Radio Meridian:** What changed?\n\n"
        "**Vantongeren:** Everything changed."
    )
    result = pipeline.check(text, CheckContext())
    flagged = {i.text for i in result.issues if i.category == Category.SPELLING}
    assert not flagged & {"OKSANA", "BRAVCHUK", "Ilse", "Vantongeren", "Marrowfield"}


def test_variant_replaces_the_spelling_flag_and_names_both_engines(
    pipeline: CheckPipeline,
) -> None:
    text = (
        "Minister Halvorsdottir spoke. Halvorsdottir said taxes rise. "
        "Critics of Halvorsdottir left. Later Halvorsdotir denied it."
    )
    found = issues_on(pipeline, text, "Halvorsdotir")
    assert len(found) == 1
    assert found[0].category == Category.CONSISTENCY
    assert found[0].replacements[0] == "Halvorsdottir"
    assert set(found[0].engines) == {"names", "harper"}


def test_emoji_before_a_flagged_name(pipeline: CheckPipeline) -> None:
    text = (
        "😀𝄞 Governor Vandermolen spoke. Vandermolen said it was overdue. 🎉 "
        "Critics say Vandermolen moved too slowly. Vandermollen rejected that."
    )
    found = issues_on(pipeline, text, "Vandermollen")
    assert [(i.category, text[i.start : i.end]) for i in found] == [
        (Category.CONSISTENCY, "Vandermollen")
    ]


def test_british_spelling_in_an_american_article_becomes_consistency(
    pipeline: CheckPipeline,
) -> None:
    # the article spells as American English elsewhere ("color"): a British word mixes
    text = "The new seawall is the centrepiece of the plan. Its color is gray."
    found = issues_on(pipeline, text, "centrepiece")
    assert [(i.category, i.replacements[0]) for i in found] == [
        (Category.CONSISTENCY, "centerpiece")
    ]
    assert "American English" in found[0].message


def test_lowercase_suggestion_on_a_team_name_is_dropped(
    pipeline: CheckPipeline, harper_only: CheckPipeline
) -> None:
    text = (
        "The Western Rams won again. Fans of the Western Rams sang. "
        "The Rams play on Sunday against the Rams' old rivals."
    )
    alone = harper_only.check(text, CheckContext()).issues
    assert [i for i in alone if i.text == "Rams" and i.category == Category.CAPITALIZATION]
    result = pipeline.check(text, CheckContext())
    assert not [i for i in result.issues if i.text == "Rams"]


def test_filter_leaves_other_engines_lowercase_rules_alone() -> None:
    text = "The President met the President of Chile. The President spoke."
    house = make_issue(
        text, 4, 13, category=Category.CAPITALIZATION, rule="house-lowercase",
        engine="house-style", message="Lowercase titles.", replacements=("president",),
    )  # fmt: skip
    assert isinstance(NameFilter(), IssueFilter)
    assert NameFilter().filter_issues(text, [house], CheckContext()) == [house]


def test_registered_in_the_fast_pipeline() -> None:
    pipeline = build_fast_pipeline(EngineSettings().switch(harper=False))
    assert "names" in pipeline.engine_names
    assert any(isinstance(f, NameFilter) for f in pipeline.filters)


def test_lowercase_common_word_that_is_also_a_name_is_left_alone(pipeline: CheckPipeline) -> None:
    text = (
        "Senator Bill Okonedo spoke first. Later Rose Abernathy spoke, and Rose said no. "
        "Critics of Rose gathered, but the bill passed and prices rose."
    )
    result = pipeline.check(text, CheckContext())
    assert not [i for i in result.issues if i.text in ("bill", "rose")]


def test_lowercase_name_is_flagged_once_even_when_harper_also_flags_it(
    pipeline: CheckPipeline,
) -> None:
    text = (
        "Talks with Moldova resumed. Moldova wants a deal, and the envoy flew to Moldova. "
        "A deal with moldova is close."
    )
    found = issues_on(pipeline, text, "moldova")
    assert len(found) == 1
    assert found[0].replacements[0] == "Moldova"
    assert found[0].category == Category.CAPITALIZATION


def test_one_off_names_can_be_left_flagged() -> None:
    cache = NameModelCache()
    strict = CheckPipeline(
        [HarperChecker(), NamesChecker(cache)], [NameFilter(cache, one_off_names=False)]
    )
    text = "She grew up in Qaanaaq, a village in the far north, and moved south at 18."
    assert issues_on(strict, text, "Qaanaaq")
