"""Near-variant spellings of one name, and two first names for one surname."""

from __future__ import annotations

import random

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.names.checker import NamesChecker
from reviewdesk.core.engines.names.variants import (
    damerau,
    morphologically_related,
    relation,
    typing_slip,
)
from reviewdesk.core.models import Category, Issue


def check(text: str, language: str = "en-US", words: frozenset[str] = frozenset()) -> list[Issue]:
    return NamesChecker().check([text], CheckContext(language=language, words=words))[0]


def by_rule(issues: list[Issue], rule: str) -> list[Issue]:
    return [i for i in issues if i.rule == rule]


def test_truncated_name_is_flagged_even_when_it_is_the_more_frequent_form() -> None:
    text = (
        "The opposition leader Marta Hrabouskaya spoke first. Hrabouska said the vote was "
        "rigged. Later Hrabouska left for Vilnius. Supporters of Hrabouska gathered outside."
    )
    issues = by_rule(check(text), "name-variant")
    assert [i.text for i in issues] == ["Hrabouska"] * 3
    assert all(i.replacements == ("Hrabouskaya",) for i in issues)
    assert all(i.category == Category.CONSISTENCY for i in issues)
    assert "“Hrabouskaya” (1×)" in issues[0].message and "“Hrabouska” (3×)" in issues[0].message


def test_one_letter_variant_flags_the_minority_form() -> None:
    text = (
        "Governor Elspeth Vandermolen signed the bill. Vandermolen said it was overdue. "
        "Critics say Vandermolen moved too slowly. Vandermollen rejected that."
    )
    issues = by_rule(check(text), "name-variant")
    assert [(i.text, i.replacements) for i in issues] == [("Vandermollen", ("Vandermolen",))]


def test_smith_smyth_style_variant() -> None:
    text = "Harriet Smith chairs the board. Smith said costs rose. Smyth added that staff left."
    issues = by_rule(check(text), "name-variant")
    assert [(i.text, i.replacements[0]) for i in issues] == [("Smyth", "Smith")]


def test_accent_dropped_from_a_name() -> None:
    text = "José Martínez won. Martínez thanked his coach, and Martinez's students cheered."
    issues = by_rule(check(text), "name-variant")
    assert [(i.text, i.replacements[0]) for i in issues] == [("Martinez", "Martínez")]


def test_demonyms_plurals_and_possessives_are_not_variants() -> None:
    text = (
        "Belarus and Russia signed a pact. Belarusian troops and Russian officers met, and "
        "many Belarusians doubt it. Russians were told Belarus’s army is ready. Ukraine and "
        "Ukrainian officials objected; Europe and European capitals too. China and Chinese "
        "diplomats, Texas and Texan ranchers, Sweden and Swedes. Petrov and Petrova agreed."
    )
    assert by_rule(check(text), "name-variant") == []
    assert morphologically_related("belarus", "belarusians")
    assert morphologically_related("ukraine", "ukrainian")
    assert relation("Lukin", "Lukina") is None


def test_relatives_with_their_own_first_names_are_different_people() -> None:
    text = (
        "Piotr Kowalski was jailed in 2020. His wife, Anna Kowalska, ran in his place. "
        "Kowalska said she would keep going. Kowalska now lives abroad."
    )
    assert relation("Kowalski", "Kowalska") == "edit"
    assert by_rule(check(text), "name-variant") == []


def test_words_in_the_dictionary_win() -> None:
    text = "Ola Kvasnikova spoke. Kvasnikova said no. Kvasnikova left. Kvasnikowa returned."
    issues = by_rule(check(text, words=frozenset({"Kvasnikowa"})), "name-variant")
    assert {i.text for i in issues} == {"Kvasnikova"}
    assert all(i.replacements == ("Kvasnikowa",) for i in issues)


def test_conflicting_first_names_flag_the_later_one_on_a_tie() -> None:
    text = (
        "According to Dmitri Zavarzin, a historian, the archive is closed. Zavarzin said so "
        "twice.\n\nThe economist Pavel Zavarzin suggests the archive will reopen."
    )
    issues = by_rule(check(text), "first-name-conflict")
    assert [(i.text, i.replacements[0]) for i in issues] == [("Pavel", "Dmitri")]
    assert "Zavarzin" in issues[0].message


def test_two_family_members_named_together_are_not_a_conflict() -> None:
    text = (
        "Bill Okonedo and Hilda Okonedo opened the shop in 1990. Okonedo said business was "
        "good. Bill Okonedo retired last year."
    )
    assert by_rule(check(text), "first-name-conflict") == []


def test_titles_and_demonyms_are_not_first_names() -> None:
    text = (
        "President Mavrokordatos spoke. The Greek leader Nikos Mavrokordatos then left. "
        "Greek Mavrokordatos supporters and Greek voters cheered. Mavrokordatos waved."
    )
    assert by_rule(check(text), "first-name-conflict") == []


def test_damerau_distance() -> None:
    assert damerau("solvang", "solvnag") == 1
    assert damerau("smith", "smyth") == 1
    assert damerau("abcdef", "badcfe", limit=2) == 3


def test_a_page_of_hundreds_of_names_finds_the_same_variants_as_pair_by_pair(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A bucket of hundreds of names (a list of foreign names, a hostile page) is
    searched for near pairs in C++ instead of pair by pair: the same findings."""
    from reviewdesk.core.engines.names import variants

    rng = random.Random(5)
    names = sorted(
        {
            "Ko" + "".join(rng.choice("bdgklmnrstvz") + rng.choice("aeiou") for _ in range(3))
            for _ in range(400)
        }
    )
    lines = [f"Minister {name} spoke on Monday." for name in names]
    lines += ["Mayor Kowalczyk said so.", "Kowalczyk agreed.", "Then Kowalcyk left."] * 2
    text = "\n\n".join(lines[:-1])
    assert len(names) > variants.LARGE_BUCKET
    fast = [(i.start, i.end, i.replacements) for i in by_rule(check(text), "name-variant")]
    monkeypatch.setattr(variants, "LARGE_BUCKET", 10**9)  # pair by pair, as before
    slow = [(i.start, i.end, i.replacements) for i in by_rule(check(text), "name-variant")]
    assert fast == slow
    assert any(r[:1] == ("Kowalczyk",) for _, _, r in fast)


def test_remembered_runs_of_capitals_give_the_first_names_walked_one_by_one() -> None:
    """The first name before each surname and the end of each run of capitals, as
    remembered per token for a page of names, are those found by walking the text."""
    from reviewdesk.core.engines.names.building import learn
    from reviewdesk.core.engines.names.variants import _Runs, first_name_of

    text = (
        "Minister Anna Maria Kowalska met Jan Nowak and President Lech Walesa on Monday.\n\n"
        "Dmitry Oreshkin said. Oreshkin said Russian Yesterday Ivan Petrov Ivanov Smirnov.\n\n"
        + " ".join(f"Ko{c}ava" for c in "bdgklmnrstvz")
    )
    model = learn(text)
    runs = _Runs(model)
    tokens = [t for line in range(3) for t in model.tokens_of_line(line)]
    assert len(tokens) > 15
    for token in reversed(tokens):  # any order: the memory must not depend on it
        assert runs.first_name_of(token) is first_name_of(model, token)
    for token in tokens:
        last = token
        while last.next is not None and last.next.cap:
            last = last.next
        if token.cap:
            assert runs.last_capital(token) is last


def test_on_a_tie_the_dictionary_word_is_the_one_meant() -> None:
    # the slip comes first; counted one to one, the word a dictionary lists is kept
    text = (
        "The Coast Guatd sent a cutter on Monday. Divers from the Coast Guard joined it on Tuesday."
    )
    issues = by_rule(check(text), "name-variant")
    assert [(i.text, i.replacements) for i in issues] == [("Guatd", ("Guard",))]


def test_typing_slips_against_spellings_of_other_languages() -> None:
    # a finger's slip inside the word: swapped, doubled, dropped, a neighbouring key
    for word, fix in (
        ("Airpoort", "Airport"),
        ("Fernch", "French"),
        ("Goverment", "Government"),
        ("Natipnal", "National"),
        ("Houes", "House"),
    ):
        assert typing_slip(word, fix), word
    # the same word as another language or a name writes it: not a slip
    for word, fix in (
        ("Institut", "Institute"),
        ("Agence", "Agency"),
        ("Nacional", "National"),
        ("Republica", "Republic"),
        ("Kraków", "Krakow"),
    ):
        assert not typing_slip(word, fix), word
