"""Names found from the text need real evidence (issue 11 item 3).

Two first names for one surname only when the surname is a person's somewhere (a speech
verb, a title, an apposition), a first name is no English word opening a sentence, and
no first name stands as someone's relative. Also: a name with and without its hyphen, a
surname with an s too many, a name with and without its accents. Each through the engine
with emoji before the finding, in both dialects.
"""

from __future__ import annotations

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.names.checker import find_all_issues

EMOJI = "😀 𝄞 "
DIALECTS = ["en-US", "en-GB"]


def names(text: str, language: str) -> list[tuple[str, str, str]]:
    found = find_all_issues(EMOJI + text, CheckContext(language=language))
    for i in found:
        assert (EMOJI + text)[i.start : i.end] == i.text
    return [(i.rule, i.text, i.replacements[0]) for i in found]


@pytest.mark.parametrize("language", DIALECTS)
def test_one_person_with_two_first_names(language: str) -> None:
    text = (
        "Dmitry Oreshkin, a political scientist, said the vote was decided.\n\n"
        "Oreshkin said the opposition had no chance.\n\n"
        "Erik Oreshkin said nothing would change before spring."
    )
    assert ("first-name-conflict", "Erik", "Dmitry") in names(text, language)


@pytest.mark.parametrize("language", DIALECTS)
@pytest.mark.parametrize(
    "text",
    [
        # a sentence's first word is no first name
        "Adolf Hitler rose to power in 1933. Hitler said the treaty was dead.\n\n"
        "Although Hitler promised peace, the army grew.",
        # institutions and offices are nobody's first names
        "Emergencies Minister Yevgeny Zinichev visited the site. Health Minister Veronika "
        "Skvortsova said the wounded were stable. Deputy Emergency Minister Ivan Petrov "
        "said rescuers would stay.",
        # products
        "Editors use Final Cut Pro on the MacBook Pro. The MacBook Pro said nothing, "
        "of course, but the Final Cut Pro update did.",
        # relatives are other people
        "President Joe Biden said the bill would pass. Biden said it twice.\n\n"
        "His son Hunter Biden was not at the event.",
        "Joe and Hunter Biden arrived together. Joe Biden said they were proud.",
    ],
)
def test_no_first_name_conflict_without_evidence(language: str, text: str) -> None:
    assert [n for n in names(text, language) if n[0] == "first-name-conflict"] == []


@pytest.mark.parametrize("language", DIALECTS)
def test_a_name_with_and_without_its_hyphen(language: str) -> None:
    text = (
        "Jean-Pierre Dubois said the plan was sound. Jean-Pierre Dubois had never doubted "
        "it.\n\nLater, Jean Pierre Dubois told reporters it would work."
    )
    assert ("name-hyphenation", "Jean Pierre", "Jean-Pierre") in names(text, language)


@pytest.mark.parametrize("language", DIALECTS)
def test_a_surname_with_an_s_too_many(language: str) -> None:
    text = (
        "Sarah Reynolds, a teacher, said the school would reopen. Parents thanked Sarah "
        "Reynolds on Friday.\n\nReynold said the repairs took a month."
    )
    assert ("name-variant", "Reynold", "Reynolds") in names(text, language)


@pytest.mark.parametrize("language", DIALECTS)
def test_plurals_of_nationalities_are_no_names(language: str) -> None:
    text = "Russian troops moved in. Russians protested. The Smiths said Smith was away."
    assert [n for n in names(text, language) if n[0] == "name-variant"] == []


@pytest.mark.parametrize("language", DIALECTS)
def test_a_name_with_and_without_its_accents_and_one_letter_off(language: str) -> None:
    text = (
        "José Martínez said the port would reopen. Martínez said so twice.\n\n"
        "Martinez added that Lukashenko and Lukashenko's allies agreed; Lukashenka did not."
    )
    found = names(text, language)
    assert ("name-variant", "Martinez", "Martínez") in found
    assert ("name-variant", "Lukashenka", "Lukashenko") in found
