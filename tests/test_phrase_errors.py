"""Issue 11: phrase-level errors a copy desk catches (misused phrases, nonstandard forms,
redundancies), each found in sentences of our own wording, correct sentences of the same
shape left alone, the house sheet's switch, and one run through ``reviewdesk check``."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.phrase_errors.checker import PhraseChecker, check_paragraph
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.models import Category
from reviewdesk.core.style import StyleSheet, StyleSheetError, load_default_style_sheet
from reviewdesk.core.style_conventions import Conventions
from test_cli import assert_spans_match, run_cli

# (sentence, flagged text, first fix, category)
FOUND = [
    (
        "The mayor said she could care less about the poll.",
        "could care less",
        "couldn't care less",
        Category.CONFUSION,
    ),
    (
        "For all intensive purposes, the deal is done.",
        "For all intensive purposes",
        "For all intents and purposes",
        Category.CONFUSION,
    ),
    (
        "Fans waited with baited breath for the result.",
        "baited breath",
        "bated breath",
        Category.CONFUSION,
    ),
    (
        "The senator refused to tow the line on the budget.",
        "tow the line",
        "toe the line",
        Category.CONFUSION,
    ),
    ("The incumbent looked like a shoe-in for the seat.", "shoe-in", "shoo-in", Category.CONFUSION),
    (
        "Storms wreaked and wrecked havoc, and one will wreck havoc again.",
        "wreck havoc",
        "wreak havoc",
        Category.CONFUSION,
    ),
    (
        "Irregardless of the vote, the plan goes ahead.",
        "Irregardless",
        "Regardless",
        Category.GRAMMAR,
    ),
    (
        "The board spoke in regards to the merger.",
        "in regards to",
        "in regard to",
        Category.GRAMMAR,
    ),
    ("The bank will repair the ATM machine on Main Street.", "ATM machine", "ATM", Category.STYLE),
    ("Shoppers got an added bonus at the checkout.", "added bonus", "bonus", Category.STYLE),
    ("The museum built an exact replica of the ship.", "exact replica", "replica", Category.STYLE),
    # kinds, in each verb form: a verb that already means "together", a quality named
    # again as its own dimension
    ("The two parties merged together last year.", "merged together", "merged", Category.STYLE),
    ("The old flag was red in colour.", "red in colour", "red", Category.STYLE),
    ("The clerk called it a very unique case.", "very unique", "unique", Category.STYLE),
    (
        "Officials will repeat again that the road is closed.",
        "repeat again",
        "repeat",
        Category.STYLE,
    ),
]

LEFT_ALONE = [
    "The mayor said she could not care less about the poll.",
    "For all intents and purposes, the deal is done.",
    "Fans waited with bated breath for the result.",
    "The incumbent was a shoo-in; a shoe in the hall was hers.",
    "The donor made a tax-free gift to the school, with free gift-wrapping.",
    "Regardless of the vote, the plan goes ahead.",
    "The board spoke in regard to the merger; regards to all.",
    "The ATM on Main Street and the ticket machine were repaired.",
    "The bonus was added at the checkout.",
    "The museum's replica was exact.",
    "Officials repeat that the road is closed; again, it is closed.",
    "The two parties merged; together they won the vote.",
    "The flag was red, in colour photographs and in print.",
    "The clerk called it a unique case.",
]


@pytest.mark.parametrize(("sentence", "flagged", "fix", "category"), FOUND)
def test_each_family_is_found_with_its_fix(
    sentence: str, flagged: str, fix: str, category: Category
) -> None:
    issues = [i for i in check_paragraph(sentence) if i.text == flagged]
    assert issues, [i.text for i in check_paragraph(sentence)]
    assert issues[0].replacements[0] == fix
    assert issues[0].category == category
    assert issues[0].message and issues[0].rule not in issues[0].message  # words, no id


@pytest.mark.parametrize("sentence", LEFT_ALONE)
def test_correct_sentences_of_the_same_shape_are_left_alone(sentence: str) -> None:
    assert check_paragraph(sentence) == []


def test_a_quotation_is_the_speakers_words() -> None:
    # quoted words are left as said; the same phrase outside the quotation is flagged
    text = "“We got an added bonus,” she said, calling it an added bonus."
    issues = check_paragraph(text)
    assert [i.start for i in issues] == [text.rindex("added bonus")]


def test_offsets_after_an_emoji_and_capitals_follow_the_text() -> None:
    text = "😀🇺🇸 THE ATM MACHINE said: Free gift inside."
    issues = check_paragraph(text)
    spans = {text[i.start : i.end]: i.replacements[0] for i in issues}
    assert spans == {"ATM MACHINE": "ATM", "Free gift": "Gift"}


def test_the_house_sheet_turns_a_family_off() -> None:
    text = "Shoppers got an added bonus, irregardless of the baited breath."
    sheet = load_default_style_sheet()
    off = dataclasses.replace(
        sheet, conventions=dataclasses.replace(sheet.conventions, phrases_off=("redundant",))
    )
    checker = PhraseChecker()
    on_rules = {i.rule for i in checker.check([text], CheckContext(style=sheet))[0]}
    off_rules = {i.rule for i in checker.check([text], CheckContext(style=off))[0]}
    assert on_rules == {"redundant-phrase", "nonstandard-form", "misused-phrase"}
    assert off_rules == {"nonstandard-form", "misused-phrase"}
    # the switch changes the cache key, so the pipeline checks the paragraph again
    pipeline = build_fast_pipeline(EngineSettings())
    first = pipeline.check(text, CheckContext(style=sheet)).issues
    second = pipeline.check(text, CheckContext(style=off)).issues
    assert any(i.engine == "phrases" and i.text == "added bonus" for i in first)
    assert not any(i.engine == "phrases" and i.text == "added bonus" for i in second)


def test_a_wrong_form_opening_a_sentence_is_not_taken_for_a_name() -> None:
    """A capitalised word at a sentence's start that no dictionary knows may be a name,
    but not when the phrase list knows it as a wrong form: the merged issue (Harper's
    spelling flag and ours) used to vanish in the names filter, every engine's flag with
    it. A one-off name in the same place is still left alone."""
    text = "Irregardless of the vote, the plan goes ahead.\n\nZelwyn said the plan goes ahead."
    issues = build_fast_pipeline(EngineSettings()).check(text, CheckContext()).issues
    flagged = {i.text: i for i in issues}
    assert "Irregardless" in flagged
    assert flagged["Irregardless"].replacements[0] == "Regardless"
    assert "Zelwyn" not in flagged


def test_the_switch_is_read_and_written_in_toml() -> None:
    sheet = StyleSheet(conventions=Conventions(phrases_off=("redundant", "nonstandard")))
    again = StyleSheet.from_toml(sheet.to_toml())
    assert again.conventions.phrases_off == ("redundant", "nonstandard")
    with pytest.raises(StyleSheetError, match="phrases_off"):
        StyleSheet.from_dict({"conventions": {"phrases_off": ["cliches"]}})


@pytest.mark.slow  # starts reviewdesk as a process
def test_check_through_the_cli(tmp_path: Path) -> None:
    text = (
        "😀 The council said the bridge was a shoe-in for repairs.\n\n"
        "😀 The ATM machine stays, irregardless of the cost.\n"
    )
    path = tmp_path / "phrases.txt"
    path.write_text(text, encoding="utf-8")
    proc = run_cli("check", str(path), "--format", "json")
    assert proc.returncode == 1, proc.stderr
    payload = json.loads(proc.stdout)
    assert "phrases" in payload["engines"]
    assert_spans_match(payload, text)
    fixes = {i["text"]: i["replacements"][0] for i in payload["issues"] if i["replacements"]}
    assert fixes["shoe-in"] == "shoo-in"
    assert fixes["ATM machine"] == "ATM"
    assert fixes["irregardless"] == "regardless"
