"""False alarms on clean published news, by kind (issue 11's precision goal), and the
real errors of the same shapes that must still be found.

Each kind was read in benchmarks/score_precision.py's Wikinews text; the sentences here
are our own, of the same kinds. Every check runs the fast engines as the desk does, in
both dialects, after an emoji (offsets are code points).
"""

from __future__ import annotations

import pytest

from news_checks import DIALECTS, EMOJI
from news_checks import check as _check
from news_checks import on as _on
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.engines.terms import GlossedTermFilter, glossed_terms
from reviewdesk.core.lines import Lines
from reviewdesk.core.models import Category, Issue
from reviewdesk.core.pipeline import CheckPipeline
from reviewdesk.core.style import load_default_style_sheet


@pytest.fixture(scope="module")
def pipeline() -> CheckPipeline:
    return build_fast_pipeline(EngineSettings())


# -- Harper rules that misfire on news -------------------------------------------------


@pytest.mark.parametrize("language", DIALECTS)
def test_a_country_keeps_its_english_name(pipeline: CheckPipeline, language: str) -> None:
    # Harper offers the endonym ("Türkiye", "Côte d'Ivoire"); AP and Reuters keep the
    # English name. A renamed city's English name is still offered ("Bombay" -> "Mumbai").
    text = "Talks between Turkey and Libya failed, and Ivory Coast stayed away."
    issues = _check(pipeline, text, language)
    assert not _on(issues, text, "Turkey") and not _on(issues, text, "Ivory Coast")
    renamed = "The flight to Bombay was late."
    found = _on(_check(pipeline, renamed, language), renamed, "Bombay")
    assert found and found[0].replacements[0] == "Mumbai"
    assert found[0].start == len(EMOJI) + renamed.index("Bombay")


@pytest.mark.parametrize("language", DIALECTS)
def test_a_years_possessive_is_no_stray_letter(pipeline: CheckPipeline, language: str) -> None:
    text = "The island has not recovered from 2017's hurricane."
    assert not _check(pipeline, text, language)


@pytest.mark.parametrize("language", DIALECTS)
def test_to_of_a_fixed_phrase_is_not_too(pipeline: CheckPipeline, language: str) -> None:
    text = "It can be done with regard to economic, legal and diplomatic aspects."
    assert not _on(_check(pipeline, text, language), text, " to ")
    wrong = "The council said it was to expensive."
    found = _on(_check(pipeline, wrong, language), wrong, "to ")
    assert found and found[0].replacements[0] == "too"


# -- our engines misfiring -------------------------------------------------------------


@pytest.mark.parametrize("language", DIALECTS)
def test_a_or_an_by_the_sound_of_u(pipeline: CheckPipeline, language: str) -> None:
    # "Ukrainian" starts with a "y" sound; "unidentified" is "un-" + "identified"
    clean = "Iran shot down a Ukrainian jet, and an unidentified man was held."
    issues = _check(pipeline, clean, language)
    assert not [i for i in issues if i.text in ("a", "an")]
    wrong = "Iran shot down an Ukrainian jet, and a uninsured driver was held."
    found = [i for i in _check(pipeline, wrong, language) if i.text in ("a", "an")]
    assert [(i.text, i.replacements[0]) for i in found] == [("an", "a"), ("a", "an")]
    assert found[0].start == len(EMOJI) + wrong.index("an Ukrainian")


@pytest.mark.parametrize("language", DIALECTS)
def test_figures_that_style_keeps(pipeline: CheckPipeline, language: str) -> None:
    # a station's name, an age, a proportion: figures whatever the house's one-to-nine
    # rule; the article's other small numbers are in words, so a mix would be flagged
    text = (
        "The three residents spoke to WESH 2 news. Children under 5 years of age were most "
        "at risk, and the lab found 7 out of 20 samples positive. In all, four schools closed."
    )
    issues = _check(pipeline, text, language)
    assert not [i for i in issues if i.rule == "consistency-numbers"]
    mixed = "The three residents spoke. The lab found 7 samples positive. In all, four closed."
    found = [i for i in _check(pipeline, mixed, language) if i.rule == "consistency-numbers"]
    assert [(i.text, i.replacements[0]) for i in found] == [("7", "seven")]
    assert found[0].start == len(EMOJI) + mixed.index("7")


# -- terms the article introduces --------------------------------------------------------


@pytest.mark.parametrize("language", DIALECTS)
def test_a_glossed_term_is_not_misspelt_anywhere(pipeline: CheckPipeline, language: str) -> None:
    text = (
        "They studied the platforms, or ahu, built for the statues.\n\n"
        "Most ahu stand near fresh water.\n\n"
        "The ahu were built over centuries, but the goverment never listed them."
    )
    issues = _check(pipeline, text, language)
    assert not [i for i in issues if i.text == "ahu"]
    # a misspelling in the same text is still found, at its place
    found = _on(issues, text, "goverment")
    assert found and found[0].category == Category.SPELLING
    assert found[0].replacements[0] == "government"
    # without the gloss, the unknown word is flagged as before
    bare = text.replace(", or ahu,", "")
    assert [i for i in _check(pipeline, bare, language) if i.text == "ahu"]


def test_what_introduces_a_term() -> None:
    assert glossed_terms("the statues, or moai, are near water") == {"moai"}
    assert glossed_terms("a practice known as hikikomori spread") == {"hikikomori"}
    assert glossed_terms("what Danes call “hygge” in winter") == {"hygge"}
    # a capitalised word is the names engine's; "called" without quotes introduces nothing
    assert glossed_terms("the island, or Rapa Nui, lies east") == frozenset()
    assert glossed_terms("He called goverment officials.") == frozenset()


def test_the_term_filter_per_line_equals_the_whole_text() -> None:
    # an edit that adds or removes the gloss changes the verdict in other paragraphs
    ctx = CheckContext()
    body = ["Most ahu stand near water.", "", "Some ahu fell.", "", "They built it."]
    issue_rows = [_spelling_of("ahu", line) for line in body]
    flt = GlossedTermFilter()
    texts = [
        "\n".join(body),
        "\n".join([*body[:4], "They built the platforms, or ahu, here."]),
        "\n".join(body),
    ]
    base = None
    for text in texts:
        lines = Lines.of(text)
        said = flt.prepare(lines, ctx, ("harper",), base)
        if base is not None:
            assert said is not None and "ahu" in said[0]  # the gloss came or went
        kept = [
            flt.filter_line(lines, k, _spelling_of("ahu", line), ctx)[0]
            for k, line in enumerate(lines.lines)
        ]
        whole = flt.filter_issues(text, [i for row in issue_rows for i in row], ctx)
        glossed = "or ahu" in text
        assert (sum(map(len, kept)) == 0) is glossed
        assert (not whole) is glossed
        base = text


def _spelling_of(word: str, line: str) -> list[Issue]:
    at = line.find(word)
    if at < 0:
        return []
    return [Issue(at, at + len(word), word, Category.SPELLING, "SpellCheck", "harper", "misspelt?")]


# -- excerpts cut by an ellipsis ---------------------------------------------------------


@pytest.mark.parametrize("language", DIALECTS)
def test_an_excerpt_cut_mid_word_or_mid_quote(pipeline: CheckPipeline, language: str) -> None:
    # a quoted excerpt opens or closes with a cut word or an open quotation (each is a
    # paragraph of its own, after the emoji's line)
    cut = [
        "\n...als with the syndrome tend to do better than those without.",
        "\nNo nation other than the Russian Federation (and previously the f...",
        '\nThe goods were being distributed "according...',
    ]
    for text in cut:
        assert not [i for i in _check(pipeline, text, language) if i.engine == "harper"], text
    # the same words inside the paragraph, or a quotation left open, are still flagged
    wrong = '\nThe offcials... said "we will go.'
    issues = _check(pipeline, wrong, language)
    assert _on(issues, wrong, "offcials") and _on(issues, wrong, '"')


@pytest.mark.parametrize("language", DIALECTS)
def test_a_closed_compound_print_never_splits(pipeline: CheckPipeline, language: str) -> None:
    # "zebrafish", "lifepath": print never writes "zebra fish", "life path" and no word
    # is near them, so splitting them is no fix; "thankyou" and a typo Harper would split
    # ("yeras") are still flagged, with their right fix first
    text = "The zebrafish study described his lifepath in detail."
    assert not [i for i in _check(pipeline, text, language) if i.category == Category.SPELLING]
    wrong = "She said thankyou for the last two yeras of work."
    issues = _check(pipeline, wrong, language)
    assert _on(issues, wrong, "thankyou")[0].replacements[0] == "thank you"
    found = _on(issues, wrong, "yeras")
    assert found[0].replacements[0] == "years"
    assert found[0].start == len(EMOJI) + wrong.index("yeras")


@pytest.mark.parametrize("language", DIALECTS)
def test_and_also_is_plain_english(pipeline: CheckPipeline, language: str) -> None:
    text = "The ship was owned by a local firm and also registered in the country."
    assert not _check(pipeline, text, language)


@pytest.mark.parametrize("language", DIALECTS)
def test_parts_of_a_hyphenated_name_and_a_bracketed_honorific(
    pipeline: CheckPipeline, language: str
) -> None:
    text = "Nils-Erik Haagenrud spoke at the school of Imam Khomeini (ra) on Tuesday."
    issues = _check(pipeline, text, language)
    assert not _on(issues, text, "Nils") and not _on(issues, text, "(ra)")
    # a misspelt word before a hyphen and a small word is still checked
    wrong = "The Goverment-backed plan was announced."
    found = _on(_check(pipeline, wrong, language), wrong, "Goverment")
    assert found and found[0].replacements[0] == "Government"
    assert found[0].start == len(EMOJI) + wrong.index("Goverment")


def test_a_gloss_typed_or_deleted_changes_other_paragraphs_as_a_fresh_check_does() -> None:
    # the desk re-checks only the edited paragraph; the gloss's verdict on the other
    # paragraphs must follow it, as a check of the whole text afresh gives
    kept = build_fast_pipeline(EngineSettings())
    ctx = CheckContext(style=load_default_style_sheet())
    plain = "😀 Most ahu stand near water.\n\nThey studied the platforms.\n\nSome ahu fell."
    glossed = plain.replace("the platforms.", "the platforms, or ahu, here.")
    edited = glossed.replace("Some ahu fell.", "Some ahu fell in 1840.")
    flagged = []
    for text in (plain, glossed, edited, plain):
        got = kept.check(text, ctx).issues
        fresh = build_fast_pipeline(EngineSettings())
        assert got == fresh.check(text, ctx).issues
        fresh.close()
        flagged.append(sum(i.text == "ahu" for i in got))
    kept.close()
    assert flagged[0] == flagged[3] == 2 and flagged[1] == flagged[2] == 0
