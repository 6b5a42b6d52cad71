"""Dialect detection (issue 11 item 6): a web page's lang decides, and so does a clear
majority of British or American spellings; a British page does not open as en-US."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewdesk.cli import main
from reviewdesk.core.dialect import from_page_language, guess_dialect, spelling_counts
from reviewdesk.core.models import Article
from reviewdesk.desk.dialect import (
    DECLINED_KEY,
    article_offer,
    evidence,
    keep_dialect,
    offer_for,
)
from reviewdesk.desk.opening import add_imported_article
from reviewdesk.desk.settings import AUTO_SWITCH_DIALECT
from reviewdesk.formats import import_file
from reviewdesk.store import Library

BRITISH = (
    "😀 The council will organise a review of the harbour's colour scheme. Its favourite "
    "option, a grey livery, was criticised by residents who recognise the old centre."
)
AMERICAN = (
    "😀 The council will organize a review of the harbor's color scheme. Its favorite "
    "option, a gray livery, was criticized by residents who recognize the old center."
)


def test_a_clear_majority_of_spellings_names_the_dialect() -> None:
    guess = guess_dialect(BRITISH)
    assert guess is not None and guess.language == "en-GB" and guess.british >= 5
    guess = guess_dialect(AMERICAN)
    assert guess is not None and guess.language == "en-US" and guess.american >= 5


def test_no_guess_without_a_clear_majority() -> None:
    assert guess_dialect("The council met on Monday and voted.") is None
    assert guess_dialect(BRITISH + " " + AMERICAN) is None


def test_misspellings_are_no_dialect_evidence() -> None:
    assert spelling_counts("It was publised and publised again, publised thrice.") == (0, 0)


@pytest.mark.parametrize(
    ("lang", "want"), [("en-GB", "en-GB"), ("en_gb", "en-GB"), ("en-US", "en-US"), ("fr", None)]
)
def test_page_language(lang: str, want: str | None) -> None:
    assert from_page_language(lang) == want


def test_a_british_web_page_opens_as_british(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    body = "".join(f"<p>{BRITISH} Paragraph {n} goes on about the harbour.</p>" for n in range(6))
    page.write_text(
        f'<!doctype html><html lang="en-GB"><head><title>Harbour</title></head>'
        f"<body><article><h1>Harbour colours</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    doc = import_file(page)
    assert doc.meta["language"] == "en-GB"
    with Library(tmp_path / "lib.sqlite") as library:
        article = add_imported_article(library, doc, str(page))
        assert article.language == "en-GB"


# -- the offer (desk) and reviewdesk check's note -----------------------------------------


@pytest.mark.parametrize(
    ("text", "current", "offered"),
    [
        (BRITISH, "en-US", "en-GB"),
        (AMERICAN, "en-GB", "en-US"),
        (AMERICAN, "en-AU", "en-US"),
        (BRITISH, "en-GB", None),
        (BRITISH, "en-AU", None),  # Australia spells as Britain does
        (BRITISH, "en-CA", None),  # Canada mixes both: spellings never move it
        (AMERICAN, "en-US", None),
    ],
)
def test_the_offer_follows_spellings_in_both_dialects(
    text: str, current: str, offered: str | None
) -> None:
    offer = offer_for(text, current)
    assert (offer.language if offer else None) == offered


def test_a_page_lang_is_offered_exactly_and_a_declined_dialect_is_not() -> None:
    plain = "😀 The council met on Monday and voted."
    offer = offer_for(plain, "en-US", page_language="en-AU")
    assert offer is not None and offer.language == "en-AU" and offer.guess.from_page
    assert evidence(offer) == "its web page says it is in Australian English"
    assert offer_for(plain, "en-AU", page_language="en-AU") is None
    assert offer_for(BRITISH, "en-US", declined="en-GB") is None


def test_keep_is_stored_with_the_article(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite") as library:
        article = library.add_article(Article(None, "t", BRITISH, BRITISH, language="en-US"))
        offer = article_offer(article)
        assert offer is not None and offer.language == "en-GB"
        keep_dialect(library, article, offer.language)
        stored = library.get_article(article.id)
        assert stored.meta[DECLINED_KEY] == "en-GB"
        assert article_offer(stored) is None
        assert stored.language == "en-US" and stored.draft == BRITISH


def _check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[dict, str]:
    main(["check", *args, "--format", "json"])
    out, err = capsys.readouterr()
    return json.loads(out), err  # stdout is only the JSON, whatever the note says


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        (BRITISH, "en-US", "looks British (7 British spellings, 0 American)"),
        (AMERICAN, "en-GB", "looks American (7 American spellings, 0 British)"),
    ],
)
def test_check_notes_another_dialect_on_stderr(
    isolated_library: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    text: str,
    language: str,
    said: str,
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    payload, err = _check(capsys, str(path), "--language", language)
    assert payload["language"] == language
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("reviewdesk: note: article.txt:")
    assert said in lines[0] and "--language" in lines[0]
    other = "en-GB" if language == "en-US" else "en-US"
    payload, err = _check(capsys, str(path), "--language", other)
    assert "note" not in err


def test_check_switches_by_itself_when_the_desk_always_switches(
    isolated_library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(BRITISH, encoding="utf-8")
    with Library(isolated_library) as library:
        AUTO_SWITCH_DIALECT.write(library, True)
    payload, err = _check(capsys, str(path))
    assert payload["language"] == "en-GB"
    assert not any(i["text"] in ("colour", "organise") for i in payload["issues"])
    assert "checked as British English (en-GB)" in err
    payload, err = _check(capsys, str(path), "--language", "en-US")  # an explicit choice wins
    assert payload["language"] == "en-US" and "--language en-GB" in err


def test_check_respects_an_article_kept_in_its_dialect(
    isolated_library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(BRITISH, encoding="utf-8")
    with Library(isolated_library) as library:
        article = library.add_article(
            Article(None, "t", BRITISH, BRITISH, language="en-US", source_path=str(path.resolve()))
        )
        keep_dialect(library, article, "en-GB")
    payload, err = _check(capsys, str(path))
    assert payload["language"] == "en-US" and "note" not in err


def test_only_words_with_two_dictionary_spellings_count() -> None:
    # "after", "water", "minister" look like "-er" words of a British/American pair, but
    # "aftre" is no word: counted, they made every British article look mixed
    assert spelling_counts("After the water rose, the minister and the mayor left.") == (0, 0)
    text = "The centre of the organisation and its colour, after the theater closed."
    assert spelling_counts(text) == (3, 1)
