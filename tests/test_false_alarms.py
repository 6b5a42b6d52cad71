"""Fewer false alarms on correct text, by kind (issue 11): words English forms by its own
rules from words print knows, and rare words of print, are no misspellings; real
misspellings of the same shapes are still flagged, with good fixes.

The sentences are our own. Every check runs the fast engines as the desk does, in both
dialects, after an emoji (offsets are code points).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from news_checks import DIALECTS
from news_checks import check as _check
from news_checks import on as _on
from reviewdesk.core.engines.grammar.lexicon import Lexicon
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.engines.word_formation import rare_word_of_print, regular_formation
from reviewdesk.core.models import Category, Issue
from reviewdesk.core.pipeline import CheckPipeline


@pytest.fixture(scope="module")
def pipeline() -> CheckPipeline:
    return build_fast_pipeline(EngineSettings())


def _spelling(issues: list[Issue], text: str, word: str, nth: int = 0) -> list[Issue]:
    return [i for i in _on(issues, text, word, nth) if i.category == Category.SPELLING]


@dataclass(frozen=True)
class Words:
    """Words of ``text`` that are no misspelling, beside ``slips`` of the same shapes that
    still are: (sentence, word, its first fix or None)."""

    name: str
    text: str
    words: tuple[str, ...]
    slips: tuple[tuple[str, str, str | None], ...] = ()


_APOSTROPHES = "He give's the books's covers away, and this seem's odd."
_SPLITS = "It was a misstake to wait untill noon; the crowd occured truely late."
_ENDINGS = "It occured at the begining of the hearing."

WORDS = [
    Words(
        "a-prefix-before-a-known-word-is-a-word",
        "Volunteers geotagged the photos, and the lab imaged protofilaments in the cells.",
        ("geotagged", "protofilaments"),
    ),
    # a verb or a plural with an apostrophe is still a slip, after a determiner too
    Words(
        "a-possessive-after-a-determiner-is-well-formed",
        "The internet's reach grew fast, and the poor's share fell, an official said.",
        ("internet's", "poor's"),
        tuple((_APOSTROPHES, word, None) for word in ("give's", "books's", "seem's")),
    ),
    Words(
        "a-rare-word-of-print-is-no-misspelling",
        "Doctors found shigella in the nasopharynx, and the curvilinear trace showed a thiol.",
        ("shigella", "nasopharynx", "curvilinear", "thiol"),
    ),
    # each splits into a prefix and a word, or a word and an ending, but is one slip from
    # the word meant
    Words(
        "misspellings-that-also-split-are-still-flagged",
        "",
        (),
        tuple(
            (_SPLITS, word, fix)
            for word, fix in (
                ("misstake", "mistake"),
                ("untill", "until"),
                ("occured", "occurred"),
                ("truely", "truly"),
            )
        ),
    ),
    # accented letters are typed on purpose: a foreign word or a name, spelt as its own
    # language spells it, whatever English word is a letter away ("Université":
    # University); an English slip beside them is still flagged
    Words(
        "a-word-typed-with-accents-is-no-misspelling",
        "Guests ate crème brûlée at the Université canteen before the vote.",
        ("brûlée", "Université"),
        (("Guests ate crème brûlée at the canteen befor the vote.", "befor", None),),
    ),
    # "-ize"/"-ise" and "-ization" after an adjective in "-al" form words at will, even with
    # a sibling a letter away ("operationalism"); an "-ize" slip of a word that is no such
    # adjective is still flagged
    Words(
        "a-verb-made-from-an-adjective-in-al-is-a-word",
        "The agency will operationalise the plan and review the contextualization of data.",
        ("operationalise", "contextualization"),
        (("The agency will costumize the plan.", "costumize", None),),
    ),
    # "-ed" and "-ing" added as they are, to a word print knows, make a word; where a letter
    # doubles or an "e" goes, the slip stays flagged, with its fix
    Words(
        "a-plain-past-or-ing-form-of-a-known-word-is-a-word",
        "The mayor podcasted the hearing and timestamped every vote.",
        ("podcasted", "timestamped"),
        ((_ENDINGS, "occured", "occurred"), (_ENDINGS, "begining", "beginning")),
    ),
]


@pytest.mark.parametrize("language", DIALECTS)
@pytest.mark.parametrize("case", WORDS, ids=lambda w: w.name)
def test_words_print_forms_are_no_misspellings_and_the_slips_still_are(
    pipeline: CheckPipeline, case: Words, language: str
) -> None:
    if case.text:
        issues = _check(pipeline, case.text, language)
        for word in case.words:
            assert not _spelling(issues, case.text, word), word
    for text, word, fix in case.slips:
        found = _spelling(_check(pipeline, text, language), text, word)
        assert found, word
        if fix is not None:
            assert found[0].replacements[0] == fix, word


def test_the_word_a_formation_comes_from_is_no_slip() -> None:
    lex = Lexicon()
    assert regular_formation("microfarad", [], lex)
    assert regular_formation("Balkanize", [], lex)
    # a plural of a noun that has none, or is known: a grammar matter, not a new word
    assert not regular_formation("informations", [], lex)
    # a suggestion one letter away marks a slip, whatever the split
    assert not regular_formation("rebooking", ["rebooting"], lex)
    # print writes the two words apart: a space is missing
    assert not regular_formation("outloud", [], lex)


def test_a_rare_word_of_print_is_a_word_unless_a_commoner_one_is_a_slip_away() -> None:
    lex = Lexicon()
    # rare words in the counts that are one letter from a commoner word stay misspellings
    for slip in ("billon", "heathy", "alow", "miliary"):
        assert not rare_word_of_print(slip, [], lex), slip
    # nor is a word a hundred times rarer than one two letters away ("regardless")
    assert not rare_word_of_print("irregardless", [], lex)
    assert rare_word_of_print("nasopharynx", [], lex)
    # a capital missing is still a capital missing
    assert not rare_word_of_print("shigella", ["Shigella"], lex)


@pytest.mark.parametrize("language", DIALECTS)
def test_a_dateline_in_capitals_is_no_capitalisation_slip(
    pipeline: CheckPipeline, language: str
) -> None:
    # wire copy sets the dateline's place in capitals: only the case would change
    for text, place in (
        ("SAN FRANCISCO, Calif. — The board met on Monday.", "SAN FRANCISCO"),
        ("PORT-AU-PRINCE, Haiti (AP) — The port reopened.", "PORT-AU-PRINCE"),
    ):
        assert not _on(_check(pipeline, text, language), text, place), place
    # the same place written small in running text still wants its capitals
    small = "The board met in san francisco on Monday."
    assert _on(_check(pipeline, small, language), small, "san francisco")


@pytest.mark.parametrize("language", DIALECTS)
def test_a_name_with_a_capital_inside_is_no_misspelling(
    pipeline: CheckPipeline, language: str
) -> None:
    # a capital after small letters is the owner's spelling of a name or a brand; "the"
    # before it and a name a letter away ("McKinney") are no evidence of a slip
    text = "The McKinsey report reached the board on Monday."
    assert not _spelling(_check(pipeline, text, language), text, "McKinsey")
    # two words run together are still flagged
    run = "The report reached theBoard on Monday."
    assert _on(_check(pipeline, run, language), run, "theBoard")


@pytest.mark.parametrize("language", DIALECTS)
def test_the_words_of_a_loan_phrase_are_no_misspellings(
    pipeline: CheckPipeline, language: str
) -> None:
    # Latin and French phrases English uses as they are, hyphenated or not
    text = "The de facto ruler, persona non grata abroad, backed laissez-faire rules in absentia."
    issues = _check(pipeline, text, language)
    for word in ("facto", "grata", "faire", "absentia"):
        assert not _on(issues, text, word), word
    # a word of such a phrase misspelt, or out of its phrase, is still flagged
    slips = "The ipso fato ruler said se was fine."
    found = _check(pipeline, slips, language)
    assert _on(found, slips, "fato")
    assert _spelling(found, slips, "se")


@pytest.mark.parametrize("language", DIALECTS)
def test_a_word_the_writer_uses_again_with_no_word_near_it_is_a_term(
    pipeline: CheckPipeline, language: str
) -> None:
    # the same unknown word twice in a paragraph, nothing in the dictionary near it
    text = "The rongorongo tablets are older than any rongorongo copy in the museum."
    assert not _spelling(_check(pipeline, text, language), text, "rongorongo")
    # a slip written twice the same way is a letter or two from the word meant
    slips = "I recieve mail daily and recieve calls weekly."
    found = _check(pipeline, slips, language)
    assert _spelling(found, slips, "recieve") and _spelling(found, slips, "recieve", 1)
    # once, the unknown word is still flagged
    once = "The rongorongo tablets are old."
    assert _spelling(_check(pipeline, once, language), once, "rongorongo")


@pytest.mark.parametrize("language", DIALECTS)
def test_a_term_the_article_uses_in_several_paragraphs_is_no_misspelling(
    pipeline: CheckPipeline, language: str
) -> None:
    used = (
        "Scholars still read the rongorongo script.\n\n"
        "The museum shows two tablets.\n\n"
        "No rongorongo text has been dated.\n"
    )
    issues = _check(pipeline, used, language)
    assert not _spelling(issues, used, "rongorongo")
    assert not _spelling(issues, used, "rongorongo", 1)
    # the other use edited away (the same pipeline, as the desk re-checks): flagged again
    once = used.replace("No rongorongo text", "No text")
    assert _spelling(_check(pipeline, once, language), once, "rongorongo")
    # a slip repeated in two paragraphs stays flagged
    slips = "They recieve mail.\n\nWe recieve calls.\n"
    assert _spelling(_check(pipeline, slips, language), slips, "recieve", 1)
