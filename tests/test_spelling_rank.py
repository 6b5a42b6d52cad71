"""Fixes a poor speller can trust (issue 11 point 2): a token the print counts saw but no
dictionary lists is never offered, a fix that sounds like the misspelling comes before
one that only shares its letters, and a word one edit away comes before a split. Real
pipeline, real Harper, an emoji before the word; and once through ``reviewdesk check``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.grammar.lexicon import Lexicon
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.engines.spelling import Speller
from reviewdesk.core.engines.spelling_rank import curated, sound_key
from reviewdesk.core.models import Category, Issue
from reviewdesk.core.pipeline import CheckPipeline
from reviewdesk.core.style import load_default_style_sheet

EMOJI = "😀 "
CARRIER = "The mayor said the {} was on the agenda."
# (misspelling, the fix that must come first, a token of the counts no dictionary lists
# that the old ranking offered first)
JUNK = [
    ("exlucde", "exclude", "exxucde"),
    ("experance", "experience", "hxperance"),
    ("throuout", "throughout", "throwout"),
]
# (misspelling, the sound-alike that must come first, the word that only shares letters
# and came first before)
SOUND = [
    ("recipt", "receipt", "recipe"),
    ("semetary", "cemetery", "secretary"),
    ("speeking", "speaking", "seeking"),
    ("nessisary", "necessary", "emissary"),
]
# (misspelling, the joined word one edit away that must come first, Harper's split)
JOINED = [
    ("nighther", "neither", "night her"),
    ("deterant", "deterrent", "deter ant"),
]
# Fixes that were right and stay right: the commonest typos and a run-together pair
# whose split is the only near fix.
STILL_RIGHT = [
    ("untill", "until"),
    ("goverment", "government"),
    ("recieve", "receive"),
    ("infront", "in front"),
]


@pytest.fixture(scope="module")
def pipeline() -> CheckPipeline:
    return build_fast_pipeline(EngineSettings())


def _issue(pipeline: CheckPipeline, word: str) -> Issue:
    text = EMOJI + CARRIER.format(word)
    ctx = CheckContext(language="en-US", style=load_default_style_sheet())
    found = [i for i in pipeline.check(text, ctx).issues if i.text == word]
    assert found, f"{word!r} not flagged"
    assert text[found[0].start : found[0].end] == word
    return found[0]


@pytest.mark.parametrize(("word", "fix", "junk"), JUNK)
def test_a_token_no_dictionary_lists_is_never_offered(
    pipeline: CheckPipeline, word: str, fix: str, junk: str
) -> None:
    issue = _issue(pipeline, word)
    assert issue.replacements[0] == fix
    assert junk not in issue.replacements
    assert issue.category == Category.SPELLING


@pytest.mark.parametrize(("word", "fix", "lettered"), SOUND)
def test_the_fix_that_sounds_like_the_misspelling_comes_first(
    pipeline: CheckPipeline, word: str, fix: str, lettered: str
) -> None:
    issue = _issue(pipeline, word)
    assert issue.replacements[0] == fix
    assert sound_key(word) == sound_key(fix) != sound_key(lettered)


@pytest.mark.parametrize(("word", "fix", "split"), JOINED)
def test_a_word_one_edit_away_comes_before_a_split(
    pipeline: CheckPipeline, word: str, fix: str, split: str
) -> None:
    issue = _issue(pipeline, word)
    assert issue.replacements[0] == fix
    assert issue.category == Category.SPELLING  # not spacing
    if split in issue.replacements:
        assert issue.replacements.index(split) > 0


@pytest.mark.parametrize(("word", "fix"), STILL_RIGHT)
def test_fixes_that_were_right_stay_right(pipeline: CheckPipeline, word: str, fix: str) -> None:
    assert _issue(pipeline, word).replacements[0] == fix


def test_correct_words_are_not_flagged(pipeline: CheckPipeline) -> None:
    text = EMOJI + "The receipt from the cemetery was necessary, speaking plainly."
    ctx = CheckContext(language="en-US", style=load_default_style_sheet())
    spelling = [i for i in pipeline.check(text, ctx).issues if i.category == Category.SPELLING]
    assert spelling == []


def test_what_a_dictionary_lists_and_what_only_print_counts() -> None:
    lexicon = Lexicon()
    for word in ("transportability", "unnecessarily", "website", "the", "purple"):
        assert curated(word, lexicon.count(word)), word
    for token in ("transportibiliti", "hxperance", "exxucde", "compar", "weer"):
        assert lexicon.count(token) > 0, token  # the counts do hold it
        assert not curated(token, lexicon.count(token)), token


def test_the_ranking_never_adds_a_token_no_dictionary_lists() -> None:
    speller = Speller()
    for word in ("transportibility", "compair", "wer"):
        fixes = speller.best_fixes(word, [])
        assert fixes, word
        lexicon = speller.lexicon
        assert all(curated(f.lower(), lexicon.count(f.lower())) for f in fixes), fixes


@pytest.mark.slow  # a real subprocess
def test_the_check_command_offers_the_sound_alike_first(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(EMOJI + "The semetary is closed.\nThey want the recipt now.\n", "utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "reviewdesk", "check", str(path), "--format", "json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert proc.returncode == 1, proc.stderr  # issues found
    payload = json.loads(proc.stdout)
    text = path.read_text("utf-8")
    firsts = {i["text"]: i["replacements"][0] for i in payload["issues"] if i["replacements"]}
    assert firsts["semetary"] == "cemetery"
    assert firsts["recipt"] == "receipt"
    for issue in payload["issues"]:
        assert text[issue["start"] : issue["end"]] == issue["text"]
