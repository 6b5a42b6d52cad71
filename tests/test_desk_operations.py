"""Review operations (desk.operations) on a real library file: what each records, what it
says changed, and what it refuses. The window's tests drive the same code through menus."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.models import (
    Article,
    ArticleStatus,
    Category,
    DecisionAction,
    Issue,
    WordScope,
    make_issue,
)
from reviewdesk.desk import operations as ops
from reviewdesk.desk.context import check_context
from reviewdesk.desk.settings import DISABLED_RULES
from reviewdesk.formats.report import build_report
from reviewdesk.store import Library

TEXT = "😀 Teh mayor said “teh” plan was ready."


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library(tmp_path / "library.sqlite")
    yield lib
    lib.close()


@pytest.fixture
def article(library: Library) -> Article:
    return library.add_article(Article(None, "Mayor", TEXT, TEXT))


def _issue(
    find: str, rule: str = "SpellCheck", fixes: tuple[str, ...] = ("The",), nth: int = 0
) -> Issue:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(find, start + 1)
    return make_issue(
        TEXT,
        start,
        start + len(find),
        category=Category.SPELLING,
        rule=rule,
        engine="harper",
        message="m",
        replacements=fixes,
    )


def test_apply_fix_edits_the_text_records_it_and_starts_the_review(library, article) -> None:
    teh, quote, later = _issue("Teh"), _issue("“", "EN_QUOTES", ('"',)), _issue("teh", nth=0)
    change = ops.apply_fix(library, article, TEXT, [teh, quote, later], teh)
    assert change.text == TEXT.replace("Teh", "The", 1)
    assert change.issues is not None and [i.text for i in change.issues] == ["“", "teh"]
    (decision,) = library.decisions(article.id)
    assert (decision.action, decision.replacement) == (DecisionAction.APPLY, "The")
    assert change.status == ArticleStatus.IN_REVIEW
    assert library.get_article(article.id).status == ArticleStatus.IN_REVIEW
    assert change.message == "Applied: “Teh” → “The”"


def test_apply_fix_refuses_when_the_text_moved_on(library, article) -> None:
    with pytest.raises(ops.Refused, match="changed"):
        ops.apply_fix(library, article, "Something else entirely.", [], _issue("Teh"))
    with pytest.raises(ops.Refused, match="no suggestion"):
        ops.apply_fix(library, article, TEXT, [], _issue("Teh", fixes=()))
    assert library.decisions(article.id) == []


def test_ignore_gives_the_new_context_and_what_goes_from_screen(library, article) -> None:
    teh = _issue("Teh")
    change = ops.ignore_issue(library, article, CheckContext(), teh)
    assert change.context is not None and teh.key in change.context.ignored_keys
    assert change.dropped is not None and change.dropped(teh)
    assert not change.dropped(_issue("teh"))
    assert library.ignored_keys(article.id) == {teh.key}


def test_add_to_dictionary_takes_words_only(library, article) -> None:
    with pytest.raises(ops.Refused, match="not a word"):
        ops.add_to_dictionary(library, article, CheckContext(), _issue("“"), WordScope.USER)
    with pytest.raises(ops.Refused, match="not a word"):
        ops.add_to_dictionary(library, article, CheckContext(), _issue("."), WordScope.USER)
    change = ops.add_to_dictionary(library, article, CheckContext(), _issue("Teh"), WordScope.USER)
    assert change.context is not None and "Teh" in change.context.words
    assert library.words(WordScope.USER) == ["Teh"]


def test_the_spell_checker_is_never_switched_off_wholesale(library, article) -> None:
    with pytest.raises(ops.Refused, match="dictionary"):
        ops.disable_rule(library, article, CheckContext(), _issue("Teh", "SpellCheck"))
    assert DISABLED_RULES.read(library) == ()
    change = ops.disable_rule(library, article, CheckContext(), _issue("“", "EN_QUOTES"))
    assert DISABLED_RULES.read(library) == ("EN_QUOTES",)
    assert change.context is not None and "EN_QUOTES" in change.context.disabled_rules
    assert "EN_QUOTES" not in change.message  # the rule's name, not its id


def test_done_reopens_on_edit_and_says_so(library, article) -> None:
    ops.set_status(library, article, ArticleStatus.DONE)
    article.status = ArticleStatus.DONE
    change = ops.reopen_if_done(library, article)
    assert change.status == ArticleStatus.IN_REVIEW and change.message.startswith("Reopened")
    assert library.get_article(article.id).status == ArticleStatus.IN_REVIEW


def test_note_operations_keep_the_quote_and_go_through_the_library(library, article) -> None:
    start = TEXT.index("mayor")
    added = ops.add_note(library, article, TEXT, start, start + 5, "  Which mayor? ")
    note = added.note
    assert note is not None and (note.quote, note.body) == ("mayor", "Which mayor?")
    with pytest.raises(ops.Refused):
        ops.add_note(library, article, TEXT, start, start, "empty passage")
    edited = ops.edit_note(library, note, "Which mayor, exactly?").note
    assert edited is not None
    resolved = ops.toggle_note(library, edited).note
    assert resolved is not None and resolved.resolved
    assert library.notes(article.id)[0].resolved
    ops.delete_note(library, resolved)
    assert library.notes(article.id) == []


def test_restore_ignored_brings_back_every_ignore_and_keeps_the_rest(library, article) -> None:
    teh, quote, later = _issue("Teh"), _issue("“", "EN_QUOTES", ('"',)), _issue("teh")
    ops.apply_fix(library, article, TEXT, [teh, quote, later], teh)
    article.status = ArticleStatus.IN_REVIEW
    ctx = ops.ignore_issue(library, article, CheckContext(), quote).context
    assert ctx is not None
    ignored = ops.ignore_issue(library, article, ctx, later)
    assert "Ctrl+Z takes it back" in ignored.message  # the way back, said at once
    assert ignored.context is not None
    before = build_report(article, decisions=library.decisions(article.id)).decode()
    assert "Ignored" in before

    listed = ops.ignored_findings(library.decisions(article.id), ignored.context.ignored_keys)
    change = ops.restore_ignored(library, article, ignored.context, None, listed)
    assert change.message == "Restored 2 ignored issues"
    assert change.context is not None and change.context.ignored_keys == frozenset()
    assert library.ignored_keys(article.id) == frozenset()
    # the applied fix stays; the report counts no ignore any more
    assert [d.action for d in library.decisions(article.id)] == [DecisionAction.APPLY]
    report = build_report(article, decisions=library.decisions(article.id)).decode()
    assert "Ignored" not in report
    # still in review: the status neither goes back to new nor changes
    assert change.status is None
    assert library.get_article(article.id).status == ArticleStatus.IN_REVIEW
    # the article's next check (as on reopening) hides nothing
    assert check_context(library, article, lambda _m: None).ignored_keys == frozenset()


def test_restore_ignored_brings_back_only_the_ignores_chosen(library, article) -> None:
    """One slip among several ignores is taken back alone; the others stay hidden."""
    quote, later = _issue("“", "EN_QUOTES", ('"',)), _issue("teh")
    ctx = ops.ignore_issue(library, article, CheckContext(), quote).context
    assert ctx is not None
    ctx = ops.ignore_issue(library, article, ctx, later).context
    assert ctx is not None
    listed = ops.ignored_findings(library.decisions(article.id), ctx.ignored_keys)
    assert [f.text for f in listed] == ["teh", "“"]  # newest first

    change = ops.restore_ignored(library, article, ctx, listed[1].keys, listed)
    assert change.message == "Restored 1 ignored issue"
    assert change.context is not None and change.context.ignored_keys == {later.key}
    assert library.ignored_keys(article.id) == {later.key}
    # the report still counts the ignore that stays
    assert [d.text for d in library.decisions(article.id)] == ["teh"]


def test_ignored_findings_lists_a_finding_once_with_its_places(library, article) -> None:
    first, second = _issue("Teh"), _issue("teh")
    ctx = CheckContext()
    for issue in (first, second):
        ctx = ops.ignore_issue(library, article, ctx, issue).context or ctx
    same_rule = [replace(d, text="teh") for d in library.decisions(article.id)]
    (finding,) = ops.ignored_findings(same_rule, ctx.ignored_keys)
    assert finding.keys == {first.key, second.key}
    # an ignore the window has taken back already is not offered again
    assert ops.ignored_findings(same_rule, frozenset({first.key}))[0].keys == {first.key}


def test_restore_ignored_refuses_with_nothing_ignored(library, article) -> None:
    with pytest.raises(ops.Refused, match="No issue is ignored"):
        ops.restore_ignored(library, article, CheckContext())


def test_restore_ignored_reopens_a_done_article(library, article) -> None:
    ctx = ops.ignore_issue(library, article, CheckContext(), _issue("Teh")).context
    assert ctx is not None
    ops.set_status(library, article, ArticleStatus.DONE)
    article.status = ArticleStatus.DONE
    change = ops.restore_ignored(library, article, ctx)
    assert change.message == "Restored 1 ignored issue; the article is in review again"
    assert change.status == ArticleStatus.IN_REVIEW
    assert library.get_article(article.id).status == ArticleStatus.IN_REVIEW
