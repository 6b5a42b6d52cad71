"""A name's slip in its second or third letter: names were once compared only within
their first two letters, so "Oztrowski" never met "Ostrowski". Each kind beside correct
names of the same shape that must stay unflagged."""

from __future__ import annotations

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.names.checker import NamesChecker


def variants(text: str) -> list[tuple[str, str]]:
    issues = NamesChecker().check([text], CheckContext())[0]
    return [(i.text, i.replacements[0]) for i in issues if i.rule == "name-variant"]


def test_a_wrong_second_letter_is_flagged() -> None:
    text = (
        "The coach, Marek Ostrowski, named his squad on Friday. Ostrowski picked two "
        "newcomers. Fans cheered when Ostrowski walked out, though Oztrowski later admitted "
        "the pitch was poor."
    )
    assert variants(text) == [("Oztrowski", "Ostrowski")]


def test_second_and_third_letters_swapped_after_an_emoji() -> None:
    text = (
        "Akiko Nakamura runs the bakery. Nakamura opened it in 2009.\n\n"
        "😀 Nkaamura says the queue starts at six. Regulars say Nakamura never closes."
    )
    issues = NamesChecker().check([text], CheckContext())[0]
    found = [i for i in issues if i.rule == "name-variant"]
    assert [(i.text, i.replacements[0]) for i in found] == [("Nkaamura", "Nakamura")]
    start = text.index("Nkaamura")
    assert (found[0].start, found[0].end) == (start, start + len("Nkaamura"))


def test_a_dropped_second_letter_is_flagged() -> None:
    text = (
        "Coach Mike Krzyzewski spoke after the game. Krzyzewski praised the defence, and "
        "Kzyzewski said the team would rest."
    )
    assert variants(text) == [("Kzyzewski", "Krzyzewski")]


def test_a_short_name_swapped_with_the_same_first_name_is_flagged() -> None:
    text = (
        "The historian Alison Weir gave the lecture. Weir spoke for an hour. "
        "At the end, Alison Wier signed books."
    )
    assert variants(text) == [("Wier", "Weir")]


def test_two_people_with_near_short_surnames_are_left_alone() -> None:
    text = (
        "The director Peter Weir and the novelist Jane Wier met in Sydney. Weir said the "
        "film was done; Wier said her book was not."
    )
    assert variants(text) == []


def test_a_name_and_a_different_word_of_its_letters_are_left_alone() -> None:
    text = (
        "Roald Dahl wrote the story in a shed. Dahl's hut is now a museum. "
        "Dhal is served at the café next door, and the cook, Asha Dahr, makes it daily."
    )
    assert variants(text) == []


def test_different_names_one_letter_apart_used_often_are_left_alone() -> None:
    text = (
        "Hana Ohlsen and Erik Olsen run the club. Ohlsen keeps the books; Olsen coaches. "
        "Olsen and Ohlsen both joined in 2011."
    )
    assert variants(text) == []


def test_mr_with_swapped_letters_refers_back_to_the_person_named_in_full() -> None:
    text = (
        "Hamid Dhar, the station manager, said the line would reopen on Monday.\n\n"
        "Passengers were told to expect delays. Mr Dahr said staff would be on hand."
    )
    assert variants(text) == [("Dahr", "Dhar")]


def test_two_people_each_named_in_full_are_left_alone_after_mr() -> None:
    text = (
        "Hamid Dhar, the station manager, and Ravi Dahr, a driver, spoke to reporters.\n\n"
        "Mr Dhar said the line would reopen. Mr Dahr said staff would be on hand."
    )
    assert variants(text) == []
