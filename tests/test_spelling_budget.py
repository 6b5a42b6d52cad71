"""Texts of thousands of distinct unknown words: still flagged, with Harper's spelling
work bounded (core/engines/spelling_budget.py), and ordinary text unchanged. Real
Harper; the budget is made small so that a few hundred words are "many"."""

from __future__ import annotations

import random

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.harper_engine import HarperChecker
from reviewdesk.core.engines.spelling import Speller
from reviewdesk.core.engines.spelling_budget import SpellingBudget
from reviewdesk.core.models import Category, Issue
from reviewdesk.core.pipeline import CheckPipeline

# the budget's own flag, as the engine words it (the desk words Harper's the same way
# on screen: core.wording), so the tests read the engine's own messages (``raw``)
OWN_MESSAGE = "looks misspelt"


def odd_words(count: int, seed: int) -> list[str]:
    """Distinct made-up words of letters (gibberish no dictionary knows)."""
    rng = random.Random(seed)
    words: set[str] = set()
    while len(words) < count:
        words.add("".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(rng.randint(5, 9))))
    return sorted(words)


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller()


@pytest.fixture(scope="module")
def checker(speller: Speller) -> HarperChecker:
    harper = HarperChecker(speller)
    harper.budget.budget = 20  # a few dozen unknown words are "many" here
    harper.budget.fix_budget = 30
    harper.budget.budget_in_a_row = 5
    return harper


def check(checker: HarperChecker, text: str, ctx: CheckContext | None = None) -> list[Issue]:
    return CheckPipeline([checker]).check(text, ctx or CheckContext()).issues


def raw(checker: HarperChecker, text: str) -> list[Issue]:
    """The engine's own issues, before the desk words them in its one style."""
    found = CheckPipeline([checker]).check_raw(text, CheckContext()).by_engine.values()
    return [i for issues in found for i in issues]


def test_many_unknown_words_are_all_flagged_as_spelling_with_real_word_fixes(
    checker: HarperChecker, speller: Speller
) -> None:
    words = odd_words(120, seed=1)
    for text in ("\n\n".join(words), " ".join(words)):  # one per paragraph, all in one
        issues = check(checker, text)
        flagged = [i.text for i in issues if i.category == Category.SPELLING]
        assert sorted(flagged) == words
        assert all(i.rule == "SpellCheck" and i.engine == "harper" for i in issues)
        assert all(speller.known(fix) for i in issues for fix in i.replacements)
        # beyond the budget, the words were flagged without Harper's spelling
        assert sum(OWN_MESSAGE in i.message for i in raw(checker, text)) >= len(words) - 20


def test_own_flags_offer_known_words_one_edit_away_until_the_fix_budget(
    checker: HarperChecker,
) -> None:
    typos = ["govermnent", "recieved", "beleive", "wierd", "tommorow"]
    gibberish = odd_words(80, seed=2)
    issues = check(checker, " ".join(typos + gibberish) + ".")
    by_word = {i.text: i for i in issues}
    assert set(typos) | set(gibberish) <= set(by_word)
    assert by_word["recieved"].replacements[:1] == ("received",)
    assert by_word["wierd"].replacements[:1] == ("weird",)


def test_words_with_digits_and_other_scripts_stay_unflagged_as_today(
    checker: HarperChecker,
) -> None:
    gibberish = odd_words(60, seed=3)
    codes = [f"{w}{n}" for n, w in enumerate(odd_words(30, seed=4))]
    foreign = ["москва", "привет", "сегодня"]
    issues = check(checker, " ".join(gibberish + codes + foreign) + ".")
    flagged = {i.text for i in issues}
    assert set(gibberish) <= flagged
    assert not flagged & set(codes + foreign)


def test_ordinary_paragraphs_keep_harpers_suggestions_beside_a_page_of_gibberish(
    checker: HarperChecker,
) -> None:
    ordinary = "The mayor said the council would onyl meet on Tuesday."
    gibberish = " ".join(odd_words(100, seed=5))
    issues = raw(checker, f"{ordinary}\n\n{gibberish}")
    onyl = [i for i in issues if i.text == "onyl"]
    assert len(onyl) == 1 and onyl[0].replacements[0] == "only"
    assert OWN_MESSAGE not in onyl[0].message  # Harper's own flag, not ours


def test_after_a_check_over_budget_harper_spells_again_and_keeps_the_house_choices(
    checker: HarperChecker,
) -> None:
    words = odd_words(80, seed=6)
    text = "\n\n".join(words)
    check(checker, text)
    # paragraphs that went without Harper's spelling, now alone and within the budget:
    # Harper's own flags (neither its config nor its cache of linted text kept the
    # spelling rules off)
    few = raw(checker, "\n\n".join(words[-5:]))
    assert [i.text for i in few] == words[-5:]
    assert not any(OWN_MESSAGE in i.message for i in few)
    config = checker._linter(CheckContext()).get_lint_config()
    assert config["SpellCheck"] is not False and config["LongSentences"] is False


def test_ordinary_text_takes_harpers_path(speller: Speller) -> None:
    text = (
        "Zbrovnikova met the mayor of Pleskovitz on Tuesday. She said the harbour's "
        "ferry permits were onyl a start, and that 1990s rules on 747s still applied."
    )
    budget = SpellingBudget(speller)
    pieces = [text] * 3
    assert budget.over_budget(pieces) == set()
    issues = raw(HarperChecker(speller), text)
    assert any(i.text == "onyl" and i.replacements[0] == "only" for i in issues)
    assert not any(OWN_MESSAGE in i.message for i in issues)


def test_the_budget_spends_on_the_pieces_with_fewest_unknown_words(speller: Speller) -> None:
    budget = SpellingBudget(speller, budget=10)
    page = " ".join(odd_words(40, seed=7))
    edited = "The council met on Tuesday; Zbrovnikova's plan passed."
    numbers = "In 2024, 1,200 people saw 747s and A300s."
    assert budget.unknown(edited) == {"Zbrovnikova's"}
    assert budget.unknown(edited, frozenset({"Zbrovnikova"})) == frozenset()
    # Harper searches its dictionary for these too (our filters drop its flags on them)
    assert budget.unknown(numbers) == {"747s", "A300s"}
    assert budget.unknown("Привет, 東京 and zahgы") == {"zahg"}  # Latin runs only
    assert budget.over_budget([edited, page, numbers]) == {1}
    assert budget.over_budget([edited, numbers]) == set()


def test_a_check_over_budget_right_after_another_spends_less(speller: Speller) -> None:
    """The chunks of one long page of gibberish: the first spends the budget, the next
    only ``budget_in_a_row``; a check within the budget is untouched and starts afresh."""
    budget = SpellingBudget(speller, budget=10, budget_in_a_row=2)
    words = odd_words(60, seed=9)
    chunk = [f"{a} {b}" for a, b in zip(words[0::2], words[1::2], strict=True)]  # 30 pieces
    assert len(budget.over_budget(chunk)) == 30 - 5  # five pieces of two words: 10
    assert len(budget.over_budget(chunk)) == 30 - 1  # then one piece: 2 words
    assert budget.over_budget(chunk[:4]) == set()  # 8 words: within the budget
    assert len(budget.over_budget(chunk)) == 30 - 5


def test_a_paragraph_typed_letter_by_letter_keeps_harpers_fixes(checker: HarperChecker) -> None:
    sentence = "The council onyl met once."
    pipeline = CheckPipeline([checker])
    for n in range(1, len(sentence) + 1):
        issues = pipeline.check(sentence[:n], CheckContext()).issues
    assert [(i.text, i.replacements[0]) for i in issues] == [("onyl", "only")]
    found = pipeline.check_raw(sentence, CheckContext()).by_engine.values()
    assert not any(OWN_MESSAGE in i.message for issues in found for i in issues)


def test_own_words_are_not_flagged_beyond_the_budget(checker: HarperChecker) -> None:
    words = odd_words(60, seed=8)
    mine = frozenset(words[:10])
    issues = check(checker, " ".join(words), CheckContext(words=mine))
    assert {i.text for i in issues} == set(words[10:])


def test_a_page_of_one_word_lines_over_budget_keeps_each_lines_findings_in_place(
    checker: HarperChecker,
) -> None:
    """Over the budget, short pieces are linted as lines of one document (Harper's cost is
    per paragraph, whatever its length): a finding still lands on its own line's words, and
    nothing that only the joining made (one "sentence" thousands of words long) is shown."""
    words = odd_words(152, seed=9)
    # two unknown words: among the last pieces the budget would keep Harper's spelling for
    sentence = f"She walked to the the market with {words[0]} and {words[1]}."
    paragraphs = [*words[2:70], sentence, *words[70:]]
    text = "\n\n".join(paragraphs)
    issues = check(checker, text)
    spelled = sorted(i.text for i in issues if i.category == Category.SPELLING)
    assert spelled == words
    own = {i.text for i in issues if OWN_MESSAGE in i.message}
    assert {words[0], words[1]} <= own  # the sentence was linted over the budget
    at = text.index(sentence) + sentence.index("the the")
    repeated = [i for i in issues if i.category != Category.SPELLING]
    assert [(i.start, i.text) for i in repeated] == [(at, "the the")]
