"""Incremental indexes give what a fresh full check gives, after random edits of many kinds.

Each test edits an article step by step (type, delete, split and join paragraphs, paste,
names and spellings, debris) and, after each step, compares what the long-lived object
(kept up to date from one text to the next) says with what a new one says on the same
text. The draft is checked alternately with the original, as the window does. Runs on
the demo article, and on ../shared/samples/belarus-visit.txt when it is there.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from pathlib import Path

import pytest

from random_edits import edit
from reviewdesk.core.checker import NEVER, BaseChecker, CancelToken, CheckContext
from reviewdesk.core.engines.consistency.checker import ConsistencyChecker, find_consistency
from reviewdesk.core.engines.debris.checker import DebrisChecker, find_debris
from reviewdesk.core.engines.names.checker import NamesChecker, find_all_issues
from reviewdesk.core.engines.quotes import ContinuedQuoteFilter
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.finalize import LineFilter
from reviewdesk.core.lines import Lines, split_issues
from reviewdesk.core.merge import drop_issues_inside_debris, merge_issues, settle_contrary_fixes
from reviewdesk.core.models import Category, Issue, Severity, make_issue
from reviewdesk.core.pipeline import CheckPipeline
from reviewdesk.core.style import load_default_style_sheet

REPO = Path(__file__).resolve().parents[1]
DEMO_ARTICLE = REPO / "src" / "reviewdesk" / "resources" / "demo" / "newsroom-demo.txt"
SAMPLE = REPO.parent / "shared" / "samples" / "belarus-visit.txt"
ARTICLES = [
    pytest.param(DEMO_ARTICLE, id="demo"),
    pytest.param(
        SAMPLE,
        id="belarus-sample",
        marks=[
            pytest.mark.skipif(not SAMPLE.exists(), reason="../shared is not here"),
            pytest.mark.slow,  # a second, longer article: `make test` runs it
        ],
    ),
]


# an article of the forms the consistency and names engines weigh (consist16): a percent
# tie, measures beside counts, hundreds in words, British spellings in American copy, an
# abbreviation defined twice
FORMS = [pytest.param(REPO / "tests" / "data" / "consistency-forms.txt", id="forms")]


def seeds(*numbers: int) -> list[object]:
    """Random-edit seeds: the first runs in the fast loop, the others in `make test`."""
    return [numbers[0], *(pytest.param(n, marks=pytest.mark.slow) for n in numbers[1:])]


EDITORIAL = EngineSettings().switch(harper=False)


def _steps(article: Path, seed: int, steps: int) -> list[str]:
    """The drafts an editor's random edits produce, one per step."""
    rng = random.Random(seed)
    text = article.read_text(encoding="utf-8")
    out = []
    for _ in range(steps):
        text = edit(text, rng)
        out.append(text)
    return out


def _whole_text(draft: str, ctx: CheckContext) -> list[Issue]:
    """The final issues as merged and filtered over the whole text at once (the rules the
    per-line finalizing must keep)."""
    pipeline = build_fast_pipeline(EDITORIAL)
    raw = pipeline.check_raw(draft, ctx)
    issues = merge_issues(raw.by_engine.values())
    for flt in pipeline.filters:
        issues = flt.filter_issues(draft, issues, ctx)
    return drop_issues_inside_debris(settle_contrary_fixes(issues))


def _compare(article: Path, seed: int, steps: int) -> None:
    ctx = CheckContext(style=load_default_style_sheet())
    original = article.read_text(encoding="utf-8")
    kept = build_fast_pipeline(EDITORIAL)
    kept.check(original, ctx)
    for n, draft in enumerate(_steps(article, seed, steps)):
        got = kept.check(draft, ctx).issues
        fresh = build_fast_pipeline(EDITORIAL).check(draft, ctx).issues
        assert got == fresh, f"step {n}"
        assert got == _whole_text(draft, ctx), f"step {n}"
        if n % 3 == 0:  # the window checks the original now and then
            assert (
                kept.check(original, ctx).issues
                == build_fast_pipeline(EDITORIAL).check(original, ctx).issues
            )


@pytest.mark.parametrize("article", ARTICLES)
@pytest.mark.parametrize(
    ("seed", "steps"),
    [
        (1, 12),  # the fast loop: a dozen edits of every kind (each step checks three times)
        pytest.param(1, 40, marks=pytest.mark.slow),
        pytest.param(2, 30, marks=pytest.mark.slow),
    ],
)
def test_the_pipeline_after_edits_equals_a_fresh_check(
    article: Path, seed: int, steps: int
) -> None:
    _compare(article, seed, steps)


@pytest.mark.parametrize("article", ARTICLES)
@pytest.mark.parametrize("seed", seeds(3, 4, 5))
def test_debris_after_edits_equals_a_fresh_look(article: Path, seed: int) -> None:
    checker = DebrisChecker()
    ctx = CheckContext()
    original = article.read_text(encoding="utf-8")
    for n, draft in enumerate(_steps(article, seed, 60)):
        assert checker.check([draft], ctx)[0] == find_debris(draft), f"step {n}"
        lines = Lines.of(draft)
        assert checker.check_lines(lines, ctx) == split_issues(lines, find_debris(draft))
        if n % 5 == 0:
            assert checker.check([original], ctx)[0] == find_debris(original)


def test_debris_follows_share_bars_coming_and_going_next_to_lone_words() -> None:
    body = DEMO_ARTICLE.read_text(encoding="utf-8").split("\n")
    head, tail = body[:6], body[6:]  # in the middle of the text, away from its end
    steps = [
        [*head, "Email", "Print", *tail],
        [*head, "Share on Facebook", "Email", "Print", *tail],  # the words become debris
        [*head, "Share on Facebook", "Email", "", "Print", *tail],
        [*head, "Share on Facebook", "Email", "Print", *tail],
        [*head, "Email", "Print", *tail],  # the bar goes: plain words again
        [*head, "Email", "Print", "Tweet", *tail],
        [*head, "Email", "Print", "Share on Facebook", *tail],
    ]
    checker = DebrisChecker()
    for n, step in enumerate("\n".join(s) for s in steps):
        assert checker.check([step], CheckContext())[0] == find_debris(step), f"step {n}"
    assert any(i.text.strip() == "Email" for i in find_debris("\n".join(steps[1])))


@pytest.mark.parametrize("article", ARTICLES + FORMS)
@pytest.mark.parametrize("seed", seeds(6, 7))
def test_names_after_edits_equal_a_fresh_look(article: Path, seed: int) -> None:
    ctx = CheckContext(language="en-GB" if seed % 2 else "en-US")
    checker = NamesChecker()
    original = article.read_text(encoding="utf-8")
    for n, draft in enumerate(_steps(article, seed, 40)):
        lines = Lines.of(draft)
        got = checker.check_lines(lines, ctx)
        assert got == split_issues(lines, find_all_issues(draft, ctx)), f"step {n}"
        if n % 4 == 0:
            assert checker.check([original], ctx)[0] == find_all_issues(original, ctx)


@pytest.mark.slow  # Harper checks each draft afresh too
@pytest.mark.parametrize("article", ARTICLES)
def test_the_pipeline_with_harper_after_edits_equals_a_fresh_check(article: Path) -> None:
    # Harper's spelling flags go through the names filter, line by line
    ctx = CheckContext(style=load_default_style_sheet())
    kept = build_fast_pipeline(EngineSettings())
    original = article.read_text(encoding="utf-8")
    kept.check(original, ctx)
    fresh = build_fast_pipeline(EngineSettings())
    for n, draft in enumerate(_steps(article, 8, 12)):
        got = kept.check(draft, ctx).issues
        fresh.clear_cache()
        assert got == fresh.check(draft, ctx).issues, f"step {n}"


@pytest.mark.parametrize("article", ARTICLES + FORMS)
@pytest.mark.parametrize("seed", seeds(9, 10))
def test_consistency_after_edits_equals_a_fresh_look(article: Path, seed: int) -> None:
    ctx = CheckContext(language="en-GB" if seed % 2 else "en-US", style=load_default_style_sheet())
    checker = ConsistencyChecker()
    original = article.read_text(encoding="utf-8")
    for n, draft in enumerate(_steps(article, seed, 60)):
        lines = Lines.of(draft)
        got = checker.check_lines(lines, ctx)
        assert got == split_issues(lines, find_consistency(draft, ctx)), f"step {n}"
        if n % 4 == 0:
            assert checker.check([original], ctx)[0] == find_consistency(original, ctx)


def test_a_text_does_not_keep_its_earlier_versions_alive() -> None:
    """Each version remembers its splice from the one before; that memory must be weak,
    or a long session typing into a long article keeps every version it ever had."""
    import gc
    import weakref

    first = Lines.of("one\ntwo\nthree")
    first_ref = weakref.ref(first)
    latest = first
    for word in ("four", "five", "six"):
        newer = Lines.of(latest.text + "\n" + word)
        assert newer.splice_from(latest).new_lines() == range(len(newer) - 1, len(newer))
        latest = newer
    del first, newer
    gc.collect()
    assert first_ref() is None
    # the memory still answers for a version that is alive
    again = Lines.of(latest.text + "\nseven")
    assert again.splice_from(latest) is again.splice_from(latest)


class _UnclosedQuotes(BaseChecker):
    """Stands in for Harper's UnclosedQuotes (a paragraph engine; Harper itself is too slow
    to run afresh at every step here): a “ with no ” after it in its paragraph."""

    name = "quotes-stand-in"
    scope = "paragraph"

    def check(
        self, texts: Sequence[str], ctx: CheckContext, cancel: CancelToken = NEVER
    ) -> list[list[Issue]]:
        out = []
        for text in texts:
            found = []
            for m in re.finditer("“", text):
                if "”" not in text[m.end() :]:
                    found.append(
                        make_issue(
                            text,
                            m.start(),
                            m.end(),
                            engine=self.name,
                            rule="UnclosedQuotes",
                            category=Category.TYPOGRAPHY,
                            severity=Severity.WARNING,
                            message="This quotation mark is never closed.",
                        )
                    )
            out.append(found)
        return out


def _quote_edit(text: str, rng: random.Random) -> str:
    """Open, close or drop a quotation at a paragraph's start, or another random edit."""
    paras = text.split("\n")
    k = rng.randrange(len(paras))
    kind = rng.randrange(5)
    if kind == 0:
        paras[k] = "“" + paras[k].lstrip("“")
    elif kind == 1:
        paras[k] = paras[k].lstrip("“")
    elif kind == 2:
        paras.insert(k, "“The quotation goes on, " + rng.choice(["", "she said.”", "it ends."]))
    else:
        return edit(text, rng)
    return "\n".join(paras)


@pytest.mark.parametrize("article", ARTICLES)
def test_continued_quotations_after_edits_equal_a_fresh_look(article: Path) -> None:
    # a keystroke must not make the whole text be filtered again: every built-in filter
    # works per line ...
    for settings in (EngineSettings(), EDITORIAL):
        assert all(isinstance(f, LineFilter) for f in build_fast_pipeline(settings).filters)
    # ... and the continued-quotation filter per line gives what it gives over the text
    ctx = CheckContext()
    rng = random.Random(9)
    text = article.read_text(encoding="utf-8")
    kept = CheckPipeline([_UnclosedQuotes()], [ContinuedQuoteFilter()])
    dropped = 0
    for n in range(80):
        text = _quote_edit(text, rng)
        got = kept.check(text, ctx).issues
        fresh = CheckPipeline([_UnclosedQuotes()], [ContinuedQuoteFilter()]).check(text, ctx)
        assert got == fresh.issues, f"step {n}"
        raw = CheckPipeline([_UnclosedQuotes()]).check(text, ctx).issues
        assert got == ContinuedQuoteFilter().filter_issues(text, raw, ctx), f"step {n}"
        dropped += len(raw) - len(got)
    assert dropped  # continued quotations were met, and their flags dropped


@pytest.mark.parametrize("article", ARTICLES)
def test_runs_of_blank_lines_after_edits_equal_a_fresh_look(article: Path) -> None:
    # debris is judged by its neighbours across blank lines (a removal takes the blank
    # lines before it): blank lines come and go here, and the kept checker must see what
    # a fresh look sees
    rng = random.Random(11)
    checker = DebrisChecker()
    text = article.read_text(encoding="utf-8")
    for n in range(120):
        paras = text.split("\n")
        k = rng.randrange(len(paras))
        if rng.random() < 0.5:
            paras[k:k] = [""] * rng.randint(1, 3)
        elif not paras[k].strip() and len(paras) > 1:
            del paras[k]
        else:
            text = edit(text, rng)
            paras = text.split("\n")
        text = "\n".join(paras)
        lines = Lines.of(text)
        assert checker.check_lines(lines, CheckContext()) == split_issues(lines, find_debris(text))
        assert checker.check([text], CheckContext())[0] == find_debris(text), f"step {n}"


@pytest.mark.slow  # Harper checks each draft afresh too
def test_an_edit_that_changes_whether_a_word_is_a_name_refilters_its_other_lines() -> None:
    # "Gardem" twice mid-sentence is a name (Harper's flag dropped); once, it is a slip
    # only while the article uses "garden", one letter away. The flag on the untouched
    # second line must come and go as the third line changes.
    ctx = CheckContext(style=load_default_style_sheet())
    kept = build_fast_pipeline(EngineSettings())
    fresh = build_fast_pipeline(EngineSettings())
    head = "😀 The panel met on Monday.\nLater they heard from Gardem about the plan.\n"
    drafts = [
        head + "Reporters asked Gardem about the garden.\nNobody else spoke.",
        head + "Reporters asked him about the garden.\nNobody else spoke.",
        head + "Reporters asked him about the budget.\nNobody else spoke.",
        head + "Reporters asked him about the gardens and the garden.\nNobody else spoke.",
        head + "Reporters asked him about the plan.\nNobody else spoke.",
        head + "Reporters asked Gardem about the garden.\nNobody else spoke.",
    ]
    flagged = []
    for n, draft in enumerate(drafts):
        got = kept.check(draft, ctx).issues
        fresh.clear_cache()
        assert got == fresh.check(draft, ctx).issues, f"step {n}"
        second = draft.index("\nReporters")
        flagged.append(any(i.text == "Gardem" and i.start < second for i in got))
    assert flagged == [False, True, False, True, False, False]
