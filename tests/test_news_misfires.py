"""Constructions edited news prints every day, read right (issue 11): a Harper rule that
only ever fires on correct copy is off, and a flag that its context shows to be wrong
(a month, a bracketed letter, a place name's particle, an abbreviation's full stop, a
wire story's sign-off) is dropped, while the slip the rule is for stays flagged.

The sentences are our own. Every check runs the fast engines as the desk does, with the
default house style, in both dialects, after an emoji (offsets are code points).
"""

from __future__ import annotations

import pytest

from news_checks import DIALECTS
from news_checks import check as _check
from news_checks import on as _on
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.pipeline import CheckPipeline


@pytest.fixture(scope="module")
def pipeline() -> CheckPipeline:
    return build_fast_pipeline(EngineSettings())


@pytest.mark.parametrize("language", DIALECTS)
def test_likely_and_worth_need_no_preposition(pipeline: CheckPipeline, language: str) -> None:
    # Harper's MissingPreposition marked the word before "will likely" and "was likely",
    # and "is" in "is worth it", with no fix to offer
    text = (
        "The government will likely appeal the ruling. The car was likely stolen, "
        "police said, and the reward is worth it."
    )
    assert not _check(pipeline, text, language)


@pytest.mark.parametrize("language", DIALECTS)
def test_a_capitalised_may_mid_sentence_is_the_month(
    pipeline: CheckPipeline, language: str
) -> None:
    # Harper's ModalBeAdjective read the month as the modal: "May" -> "May be"
    text = "Sales rose in May alone, and the results came in May later than expected."
    assert not _check(pipeline, text, language)
    # the modal before an adjective, in small letters, is still the slip it is
    wrong = "The results may later than expected, officials warned."
    found = _on(_check(pipeline, wrong, language), wrong, "may")
    assert found and "may be" in found[0].replacements


@pytest.mark.parametrize("language", DIALECTS)
def test_a_quotation_going_on_in_the_next_paragraph_and_an_inch_mark(
    pipeline: CheckPipeline, language: str
) -> None:
    # news leaves the closing mark out where a quotation goes on in the next paragraph
    text = (
        '"We have rebuilt the bridge twice," the mayor said. "We will not let the river '
        "decide for us. The town will pay what it takes.\n\n"
        '"Nobody here wants to move," she added, and the council agreed. A 12" pipe burst.'
    )
    assert not _check(pipeline, text, language)
    # a closing mark lost before the attribution, or inside a sentence, is still flagged
    for wrong in (
        '"We will not let the river decide, the mayor said.',
        'The mayor called the flood "a disaster for the town and left.',
    ):
        assert _on(_check(pipeline, wrong, language), wrong, '"'), wrong


@pytest.mark.parametrize("language", DIALECTS)
def test_a_coined_word_in_quotation_marks_is_no_misspelling(
    pipeline: CheckPipeline, language: str
) -> None:
    # a speaker's or the writer's coinage, quoted once, far from every known word
    text = (
        'The farmers call it "blatterjacking" when the cows break loose. '
        "“It was a total omnishambles,” the chairman said."
    )
    spelling = [i for i in _check(pipeline, text, language) if i.rule == "SpellCheck"]
    assert not spelling
    # slips inside a quotation are a letter or two from the word meant: still flagged,
    # and the same coinage outside quotation marks, written once, too
    wrong = 'He said the deal was "well recieved" and "seperate" from the blatterjacking.'
    issues = _check(pipeline, wrong, language)
    for word in ("recieved", "seperate", "blatterjacking"):
        assert _on(issues, wrong, word), word
    assert _on(issues, wrong, "recieved")[0].replacements[0] == "received"


@pytest.mark.parametrize("language", DIALECTS)
def test_uni_is_no_negative_word_misspelt(pipeline: CheckPipeline, language: str) -> None:
    # Harper's WrongNegative read "uni" as "un-" + "i" and offered "dei"
    text = "Our club beat Uni last week, and she studied at uni for three years."
    assert not _check(pipeline, text, language)
    # a negative prefix on a real stem is still put right
    wrong = "The plan was unpossible and unrespectful."
    issues = _check(pipeline, wrong, language)
    assert _on(issues, wrong, "unpossible")[0].replacements[0] == "impossible"
    assert _on(issues, wrong, "unrespectful")[0].replacements[0] == "disrespectful"


@pytest.mark.parametrize("language", DIALECTS)
def test_an_editors_bracketed_letter_starts_a_word(pipeline: CheckPipeline, language: str) -> None:
    # "[T]he Court rules": Harper read "he Court" as a pronoun and a verb, and "ttack"
    text = (
        '"[T]he Court rules on the appeal today," the lawyer said. Police said the '
        '"[a]ttack on the depot was planned" and "[t]he ship sails at noon."'
    )
    assert not _check(pipeline, text, language)
    # a bracketed letter that leaves a pronoun whole, and a slip after it, stay flagged
    wrong = '"[S]he have been clear," he wrote, and the "[a]ttak was planned."'
    issues = _check(pipeline, wrong, language)
    assert _on(issues, wrong, "have")[0].replacements[0] == "has"
    assert _on(issues, wrong, "ttak")


@pytest.mark.parametrize("language", DIALECTS)
def test_is_is_after_a_clause_that_stands_as_a_noun(pipeline: CheckPipeline, language: str) -> None:
    # "What it is is ...": the first verb ends the clause, the second is the sentence's
    text = (
        "What the council wants is a new bridge. What it is is a delay, and all it was "
        "was a misunderstanding. Whoever it is is not welcome, the mayor said."
    )
    assert not _check(pipeline, text, language)
    # a verb typed twice with no such clause is still a slip
    for wrong, twice in (
        ("The problem is is that nobody called.", "is is"),
        ("The plan was was rejected.", "was was"),
    ):
        assert _on(_check(pipeline, wrong, language), wrong, twice), wrong


@pytest.mark.parametrize("language", DIALECTS)
def test_a_wire_storys_sign_off_is_a_line_of_names(pipeline: CheckPipeline, language: str) -> None:
    # "Editing by ..." names the desk's staff, as a photo credit names a photographer
    text = (
        "The port reopened on Monday, officials said.\n\n"
        "Reporting by Ilse Vandekerckhove in Antwerp; Editing by Jonathan Oatis\n"
    )
    assert not _check(pipeline, text, language)
    # the line's own words are still checked
    wrong = "Reporting by Ilse Vandekerckhove in Antwerp; aditional reporting by Jonathan Oatis"
    assert _on(_check(pipeline, wrong, language), wrong, "aditional")


@pytest.mark.parametrize("language", DIALECTS)
def test_the_particle_of_a_place_name_is_no_word_misspelt(
    pipeline: CheckPipeline, language: str
) -> None:
    # "au" -> "a", "i" -> "I", "el" -> "eel", "Dar es" -> "Dares" were flagged
    text = (
        "Flights from Port-au-Prince, Mazar-i-Sharif, Bois-le-Duc, Sharm el-Sheikh and "
        "Dar es Salaam were delayed."
    )
    assert not _check(pipeline, text, language)
    # a slip beside the name, and the pronoun in running text, are still flagged
    wrong = "We flew to Haiti adn Port-au-Prince, and i think it was late."
    issues = _check(pipeline, wrong, language)
    assert _on(issues, wrong, "adn") and _on(issues, wrong, " i ")


@pytest.mark.parametrize("language", DIALECTS)
def test_a_lowercase_word_after_an_abbreviations_full_stop(
    pipeline: CheckPipeline, language: str
) -> None:
    # "Inc. agreed", "Jr. and", "Calif. to": the full stop is the abbreviation's
    text = (
        "Smith Jr. and Acme Inc. agreed on Monday, and Baxter Corp. fell. The firm moved "
        "from Fresno, Calif., to Tampa, Fla., and then to Peoria, Ill. and Boston."
    )
    assert not _check(pipeline, text, language)
    # a sentence that ends on a word, and a lowercase start after it, is still flagged
    wrong = "He fell ill. the doctor came, and the plan failed. we tried again."
    issues = _check(pipeline, wrong, language)
    assert _on(issues, wrong, "the doctor") and _on(issues, wrong, "we tried")
