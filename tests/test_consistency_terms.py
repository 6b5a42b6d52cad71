"""One term written two ways: capitalisation, hyphenation, and names in lowercase."""

from __future__ import annotations

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.names.checker import NamesChecker
from reviewdesk.core.models import Category, Issue


def check(text: str, language: str = "en-US") -> list[Issue]:
    return NamesChecker().check([text], CheckContext(language=language))[0]


def by_rule(issues: list[Issue], rule: str) -> list[Issue]:
    return [i for i in issues if i.rule == rule]


def test_speaker_label_capitalised_differently_flags_the_odd_word() -> None:
    text = "\n\n".join(
        [
            "**Harbour Light Radio:** Welcome to the show.",
            "**Dr. Wen:** Thank you.",
            "**Harbour Light Radio:** What happened?",
            "**Dr. Wen:** The dam failed.",
            "**Harbour Light radio:** Could it happen again?",
            "**Dr. Wen:** Yes.",
        ]
    )
    issues = by_rule(check(text), "term-capitalisation")
    assert [(i.text, i.replacements) for i in issues] == [("radio", ("Radio",))]
    assert text[issues[0].start : issues[0].end] == "radio"
    assert issues[0].category == Category.CONSISTENCY


def test_fully_lowercase_phrase_is_left_alone() -> None:
    text = (
        "The White House said no. Aides at the White House agreed. "
        "They painted a white house on the hill."
    )
    assert by_rule(check(text), "term-capitalisation") == []


def test_email_written_two_ways() -> None:
    text = "Send an e-mail to the desk. The email address is on the site; email us any time."
    issues = by_rule(check(text), "term-hyphenation")
    assert [(i.text, i.replacements) for i in issues] == [("e-mail", ("email",))]
    assert "“email” (2×)" in issues[0].message


def test_cooperate_and_online_minorities() -> None:
    text = (
        "The towns co-operate on roads and co-operate on schools, but they cooperate on "
        "little else. Tickets are sold online, and on-line sales are up; buy online today."
    )
    issues = by_rule(check(text), "term-hyphenation")
    assert sorted((i.text, i.replacements[0]) for i in issues) == [
        ("cooperate", "co-operate"),
        ("on-line", "online"),
    ]


def test_closed_and_open_compound() -> None:
    text = "Healthcare costs rose. The health care bill failed, and healthcare workers struck."
    issues = by_rule(check(text), "term-hyphenation")
    assert [(i.text, i.replacements[0]) for i in issues] == [("health care", "healthcare")]


def test_homographs_and_phrasal_verbs_are_not_variants() -> None:
    text = (
        "She will re-sign the contract, he will resign. We set up the setup. "
        "They log in at the login page. Every day is an everyday affair."
    )
    assert by_rule(check(text), "term-hyphenation") == []


def test_name_written_once_in_lowercase() -> None:
    text = (
        "Talks with Moldova resumed. Moldova wants a deal, and the envoy flew to Moldova. "
        "A deal with moldova is close."
    )
    issues = by_rule(check(text), "name-lowercase")
    assert [(i.text, i.replacements, i.category) for i in issues] == [
        ("moldova", ("Moldova",), Category.CAPITALIZATION)
    ]


def test_common_words_capitalised_as_titles_are_not_names() -> None:
    text = (
        "The President spoke. Aides said the President was tired. The President left. "
        "A president of a club is not a head of state. The West reacted; the West split. "
        "They drove west."
    )
    assert by_rule(check(text), "name-lowercase") == []


def test_word_capitalised_once_mid_sentence_is_a_capitalisation_slip() -> None:
    text = (
        "Rescuers recovered ten bodies with cranes.\n\nThe ministry Recovered two more on "
        "Monday. Work resumed on Wednesday, With more bodies found."
    )
    issues = by_rule(check(text), "stray-capital")
    assert [(i.text, i.replacements, i.category) for i in issues] == [
        ("Recovered", ("recovered",), Category.CAPITALIZATION),
        ("With", ("with",), Category.CAPITALIZATION),
    ]


def test_capitals_of_names_and_titles_are_not_stray() -> None:
    text = (
        "The post of speaker fell vacant and the law changed. She wrote for The Washington "
        "Post, and the ships ignore the Law of the Sea. Les Brown and His Band played on; "
        "his band was loud. She read about Turkey's Disaster and Emergency agency. "
        "Reporters said: Law matters. He wrote the law.\n\n"
        "The firm Apple sold more phones than apple growers sold crates.\n\n"
        "The book is due out in May. It may sell well; they met in Room 5."
    )
    assert by_rule(check(text), "stray-capital") == []


def test_stray_capital_follows_edits() -> None:
    checker = NamesChecker()
    ctx = CheckContext()
    clean = "Rescuers recovered ten bodies.\n\nThe ministry recovered two more on Monday."
    slip = clean.replace("ministry recovered", "ministry Recovered")
    for text, want in ((clean, []), (slip, ["Recovered"]), (clean, [])):
        found = by_rule(checker.check([text], ctx)[0], "stray-capital")
        assert [i.text for i in found] == want


def test_a_word_no_name_is_made_of_needs_no_capital_even_if_never_written_lowercase() -> None:
    # neither "recovered" nor "died" is written in lowercase anywhere in the article
    text = (
        "Rescuers dug through the rubble for two days.\n\nThe ministry Recovered ten "
        "survivors on Monday. Over 1,800 people have Died. Officials gave no figures."
    )
    issues = by_rule(check(text), "stray-capital")
    assert [(i.text, i.replacements) for i in issues] == [
        ("Recovered", ("recovered",)),
        ("Died", ("died",)),
    ]
    assert "no name" in issues[0].message


def test_words_that_can_be_names_keep_their_capital() -> None:
    # a brand made a verb, a first name that is a verb's past, nouns and adjectives,
    # a function word made a noun after a determiner, and one half of "Yes/No"
    text = (
        "The clip was found on Google within hours. The reporter asked Drew about it, and "
        "Olivia is the It girl this season. The form asks for Yes/No answers only. The "
        "story ran in The Guardian first, then near Arctic waters, said officials."
    )
    assert by_rule(check(text), "stray-capital") == []


def test_stray_capital_of_a_word_never_lowercase_follows_edits() -> None:
    checker = NamesChecker()
    ctx = CheckContext()
    clean = "Rescuers dug for days.\n\nThe ministry recovered two more on Monday."
    slip = clean.replace("ministry recovered", "ministry Recovered")
    titled = slip.replace("two more", "Two More")  # now the start of a title
    for text, want in ((clean, []), (slip, ["Recovered"]), (titled, []), (slip, ["Recovered"])):
        found = by_rule(checker.check([text], ctx)[0], "stray-capital")
        assert [i.text for i in found] == want, text
        fresh = by_rule(NamesChecker().check([text], ctx)[0], "stray-capital")
        assert [(i.start, i.text) for i in found] == [(i.start, i.text) for i in fresh]
