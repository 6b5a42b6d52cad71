"""A repeated paragraph in a Word article is filed under consistency, not web debris
(a Word file is not a web page); the same name, message and fix, and in any other
article it stays web debris."""

from __future__ import annotations

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.filing import for_word_file
from reviewdesk.core.models import Category
from reviewdesk.core.rule_names import rule_name

REPEATED = (
    "Work will begin in the spring, the council said, and teh works should take eight months."
)
TEXT = (
    "The council voted on Tuesday to build three new cycle lanes.\n\n"
    f"{REPEATED}\n\n"
    "The mayor said the lanes would make the streets safer for everyone.\n\n"
    f"{REPEATED}\n\n"
    "Councillors opposed to the plan said it would hurt trade.\n"
)


def _check(ctx: CheckContext):  # type: ignore[no-untyped-def]
    return list(build_fast_pipeline(EngineSettings()).check(TEXT, ctx).issues)


def test_a_word_article_files_its_repeated_paragraph_under_consistency() -> None:
    plain = _check(CheckContext(language="en-US"))
    word = _check(for_word_file(CheckContext(language="en-US")))
    (web_copy,) = [i for i in plain if i.rule == "debris-duplicate"]
    (word_copy,) = [i for i in word if i.rule == "debris-duplicate"]
    assert web_copy.category == Category.DEBRIS
    assert word_copy.category == Category.CONSISTENCY
    # the same place, name, words and fix: only the heading it is filed under moves
    assert (word_copy.start, word_copy.end, word_copy.replacements) == (
        web_copy.start,
        web_copy.end,
        web_copy.replacements,
    )
    assert word_copy.message == web_copy.message and "web" not in word_copy.message
    assert rule_name(word_copy.engine, word_copy.rule) == "Repeated paragraph"
    assert word_copy.key == web_copy.key  # an ignore made before still holds
    # the copy is to go: its typo is flagged once, in the first, in both kinds of file
    for issues in (plain, word):
        assert [i.start for i in issues if i.text == "teh"] == [TEXT.index("teh")]


def test_the_switch_the_editor_sees_it_under_is_the_one_that_hides_it() -> None:
    """In a Word article the repeated paragraph shows under Consistency: switching off
    Web debris (nothing of a web page in a Word file) keeps it; Consistency hides it."""
    no_debris = CheckContext(language="en-US", disabled_categories=frozenset({Category.DEBRIS}))
    no_consistency = CheckContext(
        language="en-US", disabled_categories=frozenset({Category.CONSISTENCY})
    )
    assert [i.rule for i in _check(for_word_file(no_debris)) if i.rule == "debris-duplicate"]
    assert not [i for i in _check(for_word_file(no_consistency)) if i.rule == "debris-duplicate"]
    assert not [i for i in _check(no_debris) if i.rule == "debris-duplicate"]


PASTED = (
    "The council voted on Tuesday to build three new cycle lanes.\n\n"
    "Share this article: Facebook Twitter Email Print\n\n"
    "Councillors opposed to the plan said it would hurt trade.\n"
)


def test_a_word_files_debris_is_said_to_be_pasted_from_a_web_page() -> None:
    """A Word file is no web page: its share buttons came with a paste, and the message
    says so; a scraped page's message still names the page it came from."""
    fast = build_fast_pipeline(EngineSettings())
    plain = [i for i in fast.check(PASTED, CheckContext(language="en-US")).issues]
    word = [i for i in fast.check(PASTED, for_word_file(CheckContext(language="en-US"))).issues]
    (page,) = [i for i in plain if i.category == Category.DEBRIS]
    (paste,) = [i for i in word if i.category == Category.DEBRIS]
    assert page.message == "Share buttons from the web page."
    assert paste.message == "Share buttons pasted from a web page."
    assert (paste.start, paste.end, paste.key) == (page.start, page.end, page.key)
