"""The text kit (core/text): one definition of words, sentence starts, speaker labels and
prose, and the engines agreeing on them where their old private copies disagreed."""

from __future__ import annotations

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.house_style import HouseStyleChecker
from reviewdesk.core.engines.mechanics import check_mechanics
from reviewdesk.core.engines.names.building import learn
from reviewdesk.core.style import StyleSheet
from reviewdesk.core.text import protected_spans, speaker_label, starts_sentence, word_count
from reviewdesk.core.text.sentences import period_continues, period_may_continue
from reviewdesk.core.text.words import (
    COMPOUND_WORD_RE,
    HYPHENATED_RE,
    LETTER_WORD_RE,
    WORD_RE,
    words,
)

# -- words ---------------------------------------------------------------------------------


def test_a_decomposed_accent_stays_inside_the_word() -> None:
    zoe = "Zoe\u0308"  # "Zoë" written as e + combining diaeresis
    assert words(f"{zoe} said") == [zoe, "said"]
    assert LETTER_WORD_RE.findall(f"{zoe}’s") == [f"{zoe}’s"]


def test_word_variants_differ_only_in_what_they_let_in() -> None:
    text = "Jean-Pierre’s G7 e-mail isn't snake_case"
    assert WORD_RE.findall(text) == [
        "Jean",
        "Pierre’s",
        "G7",
        "e",
        "mail",
        "isn't",
        "snake",
        "case",
    ]
    assert LETTER_WORD_RE.findall("G7 4th F16 Minsk") == ["G", "th", "F", "Minsk"]
    assert COMPOUND_WORD_RE.findall(text)[:3] == ["Jean-Pierre’s", "G7", "e-mail"]
    assert word_count("It’s the editor's desk, isn't it?") == 6


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("an e-mail and a co-operative", ["e-mail", "co-operative"]),
        ("COVID-19 and F-16 jets", []),
        ("a pause--then more", []),
        ("the e-mail’s subject", ["e-mail"]),
    ],
)
def test_hyphenated_words(text: str, found: list[str]) -> None:
    assert HYPHENATED_RE.findall(text) == found


# -- sentences -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Yesterday it rained.", "Yesterday", True),
        ("It rained. Then it stopped.", "Then", True),
        ("He said: “Then we go.”", "Then", True),
        ("“Stop,” he said. “Then go.”", "Then", True),
        ("We met Dr. Petrova there.", "Petrova", False),
        ("We met J. Mercer there.", "Mercer", False),
        ("He met the President. Later they left.", "Later", True),
        ("the plan — Web pages", "Web", False),
        ("It ended. — Web pages", "Web", True),
        ("- Web pages first", "Web", True),
        ("Home › Business › Markets", "Markets", True),
        ("Headline | Harbor Ledger", "Harbor", True),
        ("**Jane:** Yes", "Yes", True),
        ("a well-Known name", "Known", False),
        ("the etc. Then", "Then", True),
    ],
)
def test_starts_sentence(text: str, word: str, expected: bool) -> None:
    assert starts_sentence(text, text.index(word)) is expected


def test_full_stops_after_abbreviations() -> None:
    assert period_continues("Dr") and period_continues("J") and period_continues("GEN")
    assert not period_continues("President") and not period_continues("etc")
    assert period_may_continue("etc") and period_may_continue("5") and period_may_continue("a")
    assert not period_may_continue("control")


# -- speaker labels ------------------------------------------------------------------------


def test_speaker_labels() -> None:
    bold = speaker_label("**Jane Doe:** Thank you.")
    assert bold is not None and bold.name == "Jane Doe" and bold.bold and bold.is_certain
    assert "**Jane Doe:** Thank you."[bold.label_end :] == " Thank you."
    plain = speaker_label("Q: What next?")
    assert plain is not None and plain.name == "Q" and plain.is_certain
    heading = speaker_label("Update: the bridge reopened")
    assert heading is not None and not heading.is_certain
    assert speaker_label("**note:** this is not a speaker") is None
    assert speaker_label("He said: yes") is None


# -- prose -----------------------------------------------------------------------------


def _protected(text: str) -> list[str]:
    return [text[s:e] for s, e in protected_spans(text)]


def test_what_is_not_prose() -> None:
    assert _protected("See https://example.com/a.") == ["https://example.com/a"]
    assert _protected("(https://en.wikipedia.org/wiki/Minsk_(city))") == [
        "https://en.wikipedia.org/wiki/Minsk_(city)"
    ]
    assert _protected("Mail desk@example.org or visit Example.Org") == [
        "desk@example.org",
        "Example.Org",
    ]
    assert _protected("The file report.PDF") == ["report.PDF"]
    assert _protected('A <a title="one,two">link</a> &amp; `a,b`') == [
        '<a title="one,two">',
        "</a>",
        "&amp;",
        "`a,b`",
    ]
    assert _protected("Follow @HarborLedger and #Minsk2025") == ["@HarborLedger", "#Minsk2025"]


@pytest.mark.parametrize(
    "text", ["He lost control.It was late.", "Over in Minsk.No one came.", "In Kyiv.In the end."]
)
def test_sentences_glued_at_a_domain_like_word_are_not_addresses(text: str) -> None:
    # before the kit, mechanics took "control.It" for a domain (.it) and said nothing
    assert _protected(text) == []
    assert [i.rule for i in check_mechanics(text)] == ["missing-space-after-sentence"]


# -- engines agree ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ['A <a title="one,two">link</a> here.', "Run `a,b` now.", "He said &quot;hi."]
)
def test_mechanics_leaves_markup_code_and_entities_alone(text: str) -> None:
    # before the kit, mechanics protected only URLs and domains, unlike the names engine
    assert check_mechanics(text) == []


def test_names_skip_domains_and_take_breadcrumb_pieces_as_starts() -> None:
    model = learn(
        "Tickets at Harborview.com today.\n"
        "He met the President. Later they left.\n"
        "Home › Business › Markets"
    )
    tokens = {t.text: t for t in model.tokens}
    assert "Harborview" not in tokens  # a domain is not a name (the names engine used to
    # skip only URLs, e-mail and tags)
    assert tokens["Later"].initial  # "President." is a word, not the abbreviation "Pres."
    assert tokens["Business"].initial and tokens["Markets"].initial


def test_house_style_and_names_share_the_sentence_start() -> None:
    sheet = StyleSheet(lowercase=("internet",))
    checker = HouseStyleChecker()
    ctx = CheckContext(style=sheet)
    # after a title the sentence goes on, in a name (as the names engine reads it)
    assert checker.check(["They asked Dr. Internet twice."], ctx)[0] == []
    assert not learn("They asked Dr. Internet twice.").tokens[-1].initial
    found = checker.check(["“Internet access is down,” she said."], ctx)[0]
    assert found == []  # a sentence start, past the opening quote
    found = checker.check(["They said the Internet was down."], ctx)[0]
    assert [i.replacements[0] for i in found] == ["internet"]
