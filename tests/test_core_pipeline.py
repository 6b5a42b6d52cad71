"""The check pipeline: caching per paragraph, merging, filtering, engine errors."""

from __future__ import annotations

from collections.abc import Sequence

from reviewdesk.core.checker import (
    NEVER,
    BaseChecker,
    CancelToken,
    CheckContext,
    CheckerError,
    Scope,
)
from reviewdesk.core.models import Category, Issue, make_issue
from reviewdesk.core.pipeline import CheckPipeline


class CountingChecker(BaseChecker):
    """A tiny real checker: flags the word 'teh' and counts which paragraphs it saw."""

    name = "counter"
    scope: Scope = "paragraph"

    def __init__(self) -> None:
        self.seen: list[str] = []

    def check(
        self, texts: Sequence[str], ctx: CheckContext, cancel: CancelToken = NEVER
    ) -> list[list[Issue]]:
        out = []
        for text in texts:
            self.seen.append(text)
            found = []
            pos = text.find("teh")
            while pos >= 0:
                found.append(
                    make_issue(
                        text,
                        pos,
                        pos + 3,
                        category=Category.SPELLING,
                        rule="TEH",
                        engine=self.name,
                        message="typo",
                        replacements=["the"],
                    )
                )
                pos = text.find("teh", pos + 1)
            out.append(found)
        return out


class BrokenChecker(BaseChecker):
    name = "broken"
    scope: Scope = "document"

    def check(
        self, texts: Sequence[str], ctx: CheckContext, cancel: CancelToken = NEVER
    ) -> list[list[Issue]]:
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
        pipeline.check(
            text, CheckContext(disabled_categories=frozenset({Category.SPELLING}))
        ).issues
        == []
    )
    kept = pipeline.check(text, CheckContext(ignored_keys=frozenset({issues[0].key}))).issues
    assert [i.start for i in kept] == [issues[1].start]


class DocumentTehChecker(CountingChecker):
    """A document-scoped twin of CountingChecker: flags 'teh' in the whole text."""

    name = "doc-teh"
    scope: Scope = "document"


def test_an_ignored_issue_stays_ignored_after_edits_in_other_paragraphs() -> None:
    pipeline = CheckPipeline([CountingChecker(), DocumentTehChecker()])
    text = "First paragraph ends here.\nteh second 😀 paragraph.\nThird one."
    issues = pipeline.check(text, CheckContext()).issues
    assert len(issues) == 1 and issues[0].engines == ("counter", "doc-teh")
    ignored = CheckContext(ignored_keys=frozenset({issues[0].key}))
    # the paragraphs before and after change right up to the flagged paragraph
    edited = (
        "A new opening, quite different, that also ends elsewhere!\nteh second 😀 paragraph.\n3"
    )
    assert pipeline.check(edited, CheckContext()).issues[0].key == issues[0].key
    assert pipeline.check(edited, ignored).issues == []
    # a change next to the flagged word itself makes it a different issue again
    assert pipeline.check(edited.replace("teh second", "teh third"), ignored).issues != []


def test_the_paragraph_cache_is_bounded_by_the_text_it_holds() -> None:
    checker = CountingChecker()
    small = CheckPipeline([checker], cache_chars=2_000)
    first = "\n".join(f"Paragraph {n} of the first text, long enough to count." for n in range(40))
    second = "\n".join(
        f"Paragraph {n} of the second text, just as long as those." for n in range(40)
    )
    # the pipeline also keeps the last three texts' results (as bases for the next
    # check): three short texts push the first one out of them
    others = [second, "a", "b", "c"]
    small.check(first, CheckContext())
    for other in others:
        small.check(other, CheckContext())
    checker.seen.clear()
    small.check(first, CheckContext())
    assert len(checker.seen) == 40  # evicted: checked again

    checker = CountingChecker()
    roomy = CheckPipeline([checker])
    roomy.check(first, CheckContext())
    for other in others:
        roomy.check(other, CheckContext())
    checker.seen.clear()
    roomy.check(first, CheckContext())
    assert checker.seen == []  # all still cached


class BatchRecorder(CountingChecker):
    """Records how many paragraphs each call brought, and can stop the check midway."""

    def __init__(self, stop_after_calls: int = 0) -> None:
        super().__init__()
        self.calls: list[int] = []
        self.stop_after_calls = stop_after_calls
        self.stop = False

    def check(
        self, texts: Sequence[str], ctx: CheckContext, cancel: CancelToken = NEVER
    ) -> list[list[Issue]]:
        self.calls.append(len(texts))
        if self.stop_after_calls and len(self.calls) >= self.stop_after_calls:
            self.stop = True
        return super().check(texts, ctx, cancel)


def test_a_long_text_goes_in_chunks_with_progress_and_stops_between_them() -> None:
    from reviewdesk.core.pipeline import CHUNK_CHARS, Cancelled

    paragraph = "The mayor said teh plan was ready. " * 20  # ~700 characters
    text = "\n".join(f"{n} {paragraph}" for n in range(6 * CHUNK_CHARS // len(paragraph)))
    checker = BatchRecorder()
    progress: list[tuple[int, int]] = []
    raw = CheckPipeline([checker]).check_raw(
        text, CheckContext(), progress=lambda d, t: progress.append((d, t))
    )
    assert len(checker.calls) >= 5 and sum(checker.calls) == text.count("\n") + 1
    assert [d for d, _ in progress] == sorted(d for d, _ in progress)
    assert progress[-1][0] == progress[-1][1]  # all done
    assert len(raw.by_engine["counter"]) == text.count("teh")  # nothing lost between chunks

    stopping = BatchRecorder(stop_after_calls=2)
    try:
        CheckPipeline([stopping]).check_raw(
            text, CheckContext(), is_cancelled=lambda: stopping.stop
        )
    except Cancelled:
        pass
    else:
        raise AssertionError("a cancel between chunks must stop the check")
    assert len(stopping.calls) == 2  # the old code went through the whole text first


def test_nothing_is_flagged_inside_debris_removed_with_the_blank_lines_before_it() -> None:
    # debris at the end of the text takes the blank lines before it: its removal starts on
    # the line before, and still covers what another engine flags inside it
    from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline

    text = (
        "The council met on Tuesday and agreed the plan.\n\n"
        "This site is protected by reCAPTCHA and the Google Privacy Policy and "
        "Terms of Service  apply."
    )
    issues = (
        build_fast_pipeline(EngineSettings().switch(harper=False))
        .check(text, CheckContext())
        .issues
    )
    assert [i.rule for i in issues] == ["debris-anti-spam"]
    assert issues[0].start == text.index("\n")
