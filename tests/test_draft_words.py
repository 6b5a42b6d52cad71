"""Autosave counts a draft's words by paragraph, recounting only the paragraphs that
changed since the last save: the count stored is still exactly the draft's count."""

from __future__ import annotations

import random

from reviewdesk.core.models import Article
from reviewdesk.core.text import DraftWords, word_count
from reviewdesk.store import Library

PARAGRAPH = "O’Brien’s 2020s plan: the co-operative’s e-mail said Zoe\u0308 isn't here 😀."


def test_counting_again_after_edits_equals_counting_afresh() -> None:
    rng = random.Random(5)
    paragraphs = [f"{PARAGRAPH} Report {n}." if n % 3 else "" for n in range(60)]
    counter = DraftWords()
    pieces = ["word", " ", "\n", "’", "-", "\u0301", "9", "😀", ""]
    for _ in range(200):
        k = rng.randrange(len(paragraphs))
        at = rng.randrange(len(paragraphs[k]) + 1)
        cut = rng.randrange(0, 4)
        # an edit can split a paragraph, join two (a line break typed or deleted) or glue
        # a word to the next
        paragraphs[k] = paragraphs[k][:at] + rng.choice(pieces) + paragraphs[k][at + cut :]
        text = "\n".join(paragraphs)
        assert counter.count(text) == word_count(text)
        paragraphs = text.split("\n")
    assert counter.count("") == 0


def test_the_library_stores_the_count_of_each_saved_draft(tmp_path) -> None:  # type: ignore[no-untyped-def]
    library = Library(tmp_path / "library.sqlite")
    text = "\n".join(f"{PARAGRAPH} Report {n}." for n in range(50))
    article = library.add_article(Article(None, "Counted", text, text))
    assert article.id is not None
    other = library.add_article(Article(None, "Other", "One two three.", "One two three."))
    assert other.id is not None
    drafts = [
        text.replace("Report 7.", "Report seven, with more words."),
        text.replace("Report 7.", "Report seven, with more words.").replace("\n", " ", 3),
        "Only this.",
    ]
    revision = None
    for draft in drafts:
        revision = library.save_draft(article.id, draft, revision=revision)
        row = library.db.execute("SELECT words FROM articles WHERE id = ?", [article.id])
        assert row.fetchone()[0] == word_count(draft)
        # another article's save in between does not confuse the counts kept
        library.save_draft(other.id, "One two three four.")
        row = library.db.execute("SELECT words FROM articles WHERE id = ?", [other.id])
        assert row.fetchone()[0] == 4
    library.close()


def test_a_snapshot_of_the_stored_draft_has_its_word_count(tmp_path) -> None:  # type: ignore[no-untyped-def]
    library = Library(tmp_path / "library.sqlite")
    text = "\n".join(f"{PARAGRAPH} Report {n}." for n in range(20))
    article = library.add_article(Article(None, "Counted", text, text))
    assert article.id is not None
    draft = text.replace("Report 3.", "Report three, longer now.")
    library.save_draft(article.id, draft)
    snapshot = library.history.take(article.id, "done")  # kept even when unchanged
    assert snapshot is not None and snapshot.words == word_count(draft)
    library.close()


def test_word_count_a_line_at_a_time_equals_the_matches_in_the_whole_text() -> None:
    from reviewdesk.core.text.words import WORD_RE

    rng = random.Random(11)
    pieces = ["word", " ", "\n", "\r\n", "’", "'", "-", "\u0301", "9", "😀", "Zoe\u0308", "\n\n"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 40)))
        assert word_count(text) == sum(1 for _ in WORD_RE.finditer(text)), repr(text)
