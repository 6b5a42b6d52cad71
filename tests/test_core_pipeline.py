"""The check pipeline: caching per paragraph, merging, filtering, engine errors."""

from __future__ import annotations

from collections.abc import Sequence

from reviewdesk.core.checker import CheckContext, CheckerError, Scope
from reviewdesk.core.models import Category, Issue, make_issue
from reviewdesk.core.pipeline import CheckPipeline


class CountingChecker:
    """A tiny real checker: flags the word 'teh' and counts which paragraphs it saw."""

    name = "counter"
    scope: Scope = "paragraph"

    def __init__(self) -> None:
        self.seen: list[str] = []

    def check(self, texts: Sequence[str], ctx: CheckContext) -> list[list[Issue]]:
        out = []
        for text in texts:
            self.seen.append(text)
            found = []
            pos = text.find("teh")
            while pos >= 0:
                found.append(
                    make_issue(text, pos, pos + 3, category=Category.SPELLING, rule="TEH",
                               engine=self.name, message="typo", replacements=["the"])
                )
                pos = text.find("teh", pos + 1)
            out.append(found)
        return out


class BrokenChecker:
    name = "broken"
    scope: Scope = "document"

    def check(self, texts: Sequence[str], ctx: CheckContext) -> list[list[Issue]]:
        raise CheckerError("server not reachable")


def test_only_changed_paragraphs_are_rechecked() -> None:
    checker = CountingChecker()
    pipeline = CheckPipeline([checker])
    text = "teh first.\n\nsecond 😀 teh.\nthird."
    first = pipeline.check(text, CheckContext())
    assert [text[i.start : i.end] for i in first.issues] == ["teh", "teh"]
    checker.seen.clear()
    edited = text.replace("third", "3rd teh")
    second = pipeline.check(edited, CheckContext())
    assert checker.seen == ["3rd teh."]
    assert len(second.issues) == 3
    assert all(edited[i.start : i.end] == "teh" for i in second.issues)


def test_dictionary_change_invalidates_the_cache() -> None:
    checker = CountingChecker()
    pipeline = CheckPipeline([checker])
    pipeline.check("teh", CheckContext())
    pipeline.check("teh", CheckContext(words=frozenset({"teh"})))
    assert checker.seen == ["teh", "teh"]


def test_engine_error_keeps_other_engines_issues() -> None:
    pipeline = CheckPipeline([CountingChecker(), BrokenChecker()])
    result = pipeline.check("teh", CheckContext())
    assert len(result.issues) == 1
    assert result.errors == {"broken": "server not reachable"}


def test_disabled_rules_categories_and_ignored_keys_are_filtered() -> None:
    pipeline = CheckPipeline([CountingChecker()])
    text = "teh one and teh two"
    issues = pipeline.check(text, CheckContext()).issues
    assert pipeline.check(text, CheckContext(disabled_rules=frozenset({"TEH"}))).issues == []
    assert (
        pipeline.check(text, CheckContext(disabled_categories=frozenset({Category.SPELLING})))
        .issues
        == []
    )
    kept = pipeline.check(text, CheckContext(ignored_keys=frozenset({issues[0].key}))).issues
    assert [i.start for i in kept] == [issues[1].start]
