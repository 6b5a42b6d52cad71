"""Harper through harper-py, for real."""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from pathlib import Path

import pytest

from reviewdesk.core.checker import (
    NEVER,
    CancelToken,
    Capability,
    CheckContext,
    CheckerError,
)
from reviewdesk.core.engines.harper_engine import HarperChecker, recased
from reviewdesk.core.models import Category, Issue, context_hash, make_issue
from reviewdesk.core.pipeline import CheckPipeline


@pytest.fixture(scope="module")
def pipeline() -> CheckPipeline:
    return CheckPipeline([HarperChecker()])


def test_finds_typo_and_article_with_code_point_offsets(pipeline: CheckPipeline) -> None:
    text = "😀𝄞 We saw an cat and onyl one dog."
    issues = pipeline.check(text, CheckContext()).issues
    by_text = {i.text: i for i in issues}
    assert "onyl" in by_text and "only" in by_text["onyl"].replacements
    assert by_text["onyl"].category == Category.SPELLING
    assert text[by_text["onyl"].start : by_text["onyl"].end] == "onyl"
    assert any(i.text == "an" and i.engine == "harper" for i in issues)


def test_long_texts_are_linted_in_batches_with_offsets_per_paragraph(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reviewdesk.core.engines import harper_pieces

    paragraphs = [f"😀 Paragraph {n} has onyl one typo 𝄞 in it." for n in range(6)]
    text = "\n".join(paragraphs)
    checker = HarperChecker()
    whole = CheckPipeline([checker]).check(text, CheckContext()).issues
    monkeypatch.setattr(harper_pieces, "BATCH_CHARS", 100)  # two paragraphs per lint call
    batched = CheckPipeline([checker]).check(text, CheckContext()).issues
    typos = [i for i in batched if i.text == "onyl"]
    assert len(typos) == len(paragraphs)
    assert all(text[i.start : i.end] == "onyl" for i in batched)
    assert [(i.start, i.end, i.rule) for i in batched] == [(i.start, i.end, i.rule) for i in whole]


def test_missing_space_after_comma_is_spacing(pipeline: CheckPipeline) -> None:
    issues = pipeline.check("Red,blue and green.", CheckContext()).issues
    assert [(i.text, i.category, i.replacements[0]) for i in issues] == [
        (",", Category.SPACING, ", ")
    ]


def test_lowercase_proper_noun_is_capitalization(pipeline: CheckPipeline) -> None:
    issues = pipeline.check("They flew to lebanon last week.", CheckContext()).issues
    assert any(i.text == "lebanon" and i.category == Category.CAPITALIZATION for i in issues)


def test_messages_quote_words_as_a_reader_expects(pipeline: CheckPipeline) -> None:
    # Harper writes "Did you mean to spell `tuesday` this way?": no Markdown on screen
    issues = pipeline.check("🙂 The council met on tuesday.", CheckContext()).issues
    (issue,) = [i for i in issues if i.text == "tuesday"]
    assert "`" not in issue.message and "“tuesday”" in issue.message


def test_dictionary_words_silence_spelling(pipeline: CheckPipeline) -> None:
    text = "Mayor Kwarthelm spoke."
    assert any(i.text == "Kwarthelm" for i in pipeline.check(text, CheckContext()).issues)
    ctx = CheckContext(words=frozenset({"Kwarthelm"}))
    assert not any(i.text == "Kwarthelm" for i in pipeline.check(text, ctx).issues)


def test_a_number_is_not_taken_for_a_singular_noun(pipeline: CheckPipeline) -> None:
    # Harper alone suggests "threes" here (rule OneOfTheSingular)
    text = "Brennan, who cast one of the three no votes, said it. He is one of the best player."
    issues = pipeline.check(text, CheckContext()).issues
    flagged = [(i.rule, i.text) for i in issues if i.rule == "OneOfTheSingular"]
    assert flagged == [("OneOfTheSingular", "player")]  # the rule still works on nouns


def test_dialect_follows_language(pipeline: CheckPipeline) -> None:
    text = "The colour of the centre was grey."
    us = pipeline.check(text, CheckContext(language="en-US")).issues
    gb = pipeline.check(text, CheckContext(language="en-GB")).issues
    assert any(i.text == "colour" for i in us)
    assert not any(i.text == "colour" for i in gb)


@pytest.mark.slow  # Harper over the whole sample article
def test_harper_alone_finds_most_of_the_sample(
    pipeline: CheckPipeline, sample_path: Path, sample_gold: Path
) -> None:
    text = sample_path.read_text(encoding="utf-8")
    gold = json.loads(sample_gold.read_text(encoding="utf-8"))["errors"]
    issues = pipeline.check(text, CheckContext()).issues
    assert all(text[i.start : i.end] == i.text for i in issues)
    found = [g for g in gold if any(i.start < g["end"] and g["start"] < i.end for i in issues)]
    assert len(found) / len(gold) >= 0.6


def test_a_very_long_paragraph_is_checked_in_pieces_with_right_offsets(
    pipeline: CheckPipeline,
) -> None:
    from reviewdesk.core.engines.harper_pieces import PIECE_CHARS, split_long

    sentence = "The council met on Tuesday and agreed the budget for the harbour. "
    text = "😀 " + sentence * (3 * PIECE_CHARS // len(sentence)) + "It was onyl a start."
    pieces = split_long(text)
    assert len(pieces) > 2 and "".join(p for _, p in pieces) == text
    issues = pipeline.check(text, CheckContext()).issues
    typo = [i for i in issues if i.text == "onyl"]
    assert typo and text[typo[0].start : typo[0].end] == "onyl"
    assert all(text[i.start : i.end] == i.text for i in issues)
    # hashed in the whole paragraph, so an ignore decision keys the same as before
    assert all(i.context_hash == context_hash(text, i.start, i.end) for i in issues)


def test_one_linter_switches_dialects_and_keeps_added_words() -> None:
    checker = HarperChecker()
    words = frozenset({"Zbrovnikova"})
    us = CheckContext(language="en-US", words=words)
    gb = CheckContext(language="en-GB", words=words)
    text = "Zbrovnikova liked the colour of the center, and onyl that."

    def flagged(ctx: CheckContext) -> set[str]:
        return {i.text for i in checker.check([text], ctx)[0]}

    first_us, first_gb, again_us = flagged(us), flagged(gb), flagged(us)
    assert "colour" in first_us and "center" in first_gb  # each dialect's own spelling
    assert first_us == again_us
    assert "Zbrovnikova" not in first_us | first_gb  # the added word survived the switch
    assert "onyl" in first_gb
    checker.close()


def test_after_much_new_text_the_linter_forgets_it_and_finds_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reviewdesk.core.engines import harper_engine

    trims: list[bool] = []

    def trim() -> bool:
        trims.append(True)
        return True

    monkeypatch.setattr(harper_engine, "trim_heap", trim)
    checker = HarperChecker()
    checker.forget_after_chars = 100  # a long article, in miniature
    ctx = CheckContext(words=frozenset({"Zbrovnikova"}))
    texts = ["Zbrovnikova saw an cat and onyl one dog, and then they was gone."]
    before = checker.check(texts, ctx)
    assert not trims  # 66 characters: the cache stays
    again = checker.check(texts * 2, ctx)  # 198 characters since the linter was made
    assert checker.check(texts, ctx) == before  # queued behind the forgetting
    assert trims == [True]
    assert again == before * 2
    assert "Zbrovnikova" not in {i.text for i in again[0]}
    checker.close()


class _Waiting:
    """One of our paragraph engines (a stand-in, so the test can see the order of work):
    it flags "teh" and, while it runs, waits for Harper's lint to have begun."""

    name = "ours"
    scope = "paragraph"
    capabilities: frozenset[Capability] = frozenset()
    is_warm = True

    def __init__(self, harper_began: threading.Event) -> None:
        self.harper_began = harper_began
        self.saw_harper_at_work: list[bool] = []

    def check(
        self, texts: Sequence[str], ctx: CheckContext, cancel: CancelToken = NEVER
    ) -> list[list[Issue]]:
        # Harper run in turn would begin only after this returns: the wait would time out
        self.saw_harper_at_work.append(self.harper_began.wait(timeout=20))
        return [
            [
                make_issue(t, t.find("teh"), t.find("teh") + 3, category=Category.SPELLING,
                           rule="TEH", engine=self.name, message="typo", replacements=["the"])
            ]
            if "teh" in t
            else []
            for t in texts
        ]  # fmt: skip


def test_a_keystroke_lints_with_harper_while_our_engines_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Harper releases the GIL while it lints, so a keystroke's re-check starts Harper
    first and runs our engines meanwhile: the edit costs about the slower of the two,
    not their sum. The issues are those of a check run in turn."""
    from reviewdesk.core.engines import harper_pieces

    began = threading.Event()  # one Harper for the whole test: a linter costs a second
    real_lint = HarperChecker._lint

    def lint(self: HarperChecker, texts: Sequence[str], ctx: CheckContext, *rest: object) -> object:
        began.set()
        return real_lint(self, texts, ctx, *rest)  # type: ignore[arg-type]

    harper = HarperChecker()
    harper.warm_up()
    monkeypatch.setattr(HarperChecker, "_lint", lint)
    ours = _Waiting(began)
    pipeline = CheckPipeline([ours, harper])  # Harper listed last: it still starts first
    text = "😀 We saw an cat and onyl one dog.\n\nThen teh ferry left."
    ctx = CheckContext()
    first = pipeline.check(text, ctx)
    edited = text.replace("ferry left", "ferry lefft")
    began.clear()
    again = pipeline.check(edited, ctx)
    assert ours.saw_harper_at_work == [True, True]

    in_turn = CheckPipeline([ours, harper])  # the same Harper, every engine in turn
    in_turn.overlap = False
    assert again.issues == in_turn.check(edited, ctx).issues
    assert {i.text for i in again.issues} >= {"an", "onyl", "teh", "lefft"}
    assert again.engines == ["ours", "harper"]  # the pipeline's order, whoever ends first
    assert first.issues[0].text == "an"

    def broken(linter: object, texts: Sequence[str], *separator: str) -> object:
        raise CheckerError("Harper failed: out of memory")

    monkeypatch.setattr(harper_pieces, "_organized", broken)
    failed = CheckPipeline([ours, harper]).check(edited, ctx)
    assert failed.errors == {"harper": "Harper failed: out of memory"}
    assert [i.text for i in failed.issues] == ["teh"]  # ours are kept
    harper.close()


def _harper_thread(checker: HarperChecker) -> threading.Thread:
    return checker._submit(threading.current_thread).result()


def test_idle_after_a_long_article_harpers_thread_ends_and_a_new_one_finds_the_same() -> None:
    """What linting leaves per thread goes with the thread (~50-100 MB after a 100k-word
    article): when the checker is idle after much new text, Harper moves to a new thread
    and linter, keeping the dialect and the added words."""
    checker = HarperChecker()
    checker.renew_after_chars = 100  # a long article, in miniature
    ctx = CheckContext(language="en-GB", words=frozenset({"Zbrovnikova"}))
    texts = ["Zbrovnikova saw an cat and onyl one dog in the color of the sea."]
    before = checker.check(texts, ctx)
    old = _harper_thread(checker)
    assert not checker.release_memory()  # 66 characters: nothing to give back
    checker.check(texts * 2, ctx)  # 198 characters on this thread
    assert checker.release_memory()
    new = _harper_thread(checker)  # queued behind the new thread's warm-up
    assert checker.thread_renewals == 1
    assert new is not old and not old.is_alive()
    assert checker.check(texts, ctx) == before
    assert "Zbrovnikova" not in {i.text for i in before[0]}
    assert {"an", "onyl"} <= {i.text for i in before[0]}
    checker.close()


def test_harpers_thread_is_not_renewed_while_it_has_work() -> None:
    from reviewdesk.core.engines.harper_thread import LintThread

    thread = LintThread("test")
    gate = threading.Event()
    busy = thread.submit(gate.wait, 30)
    rewarmed: list[object] = []
    assert not thread.renew(rewarmed.append)  # a call is running
    gate.set()
    assert busy.result() is True
    for _ in range(3000):  # its done callback runs just after the result is set
        if not thread._queued:
            break
        threading.Event().wait(0.01)
    assert thread.renew(rewarmed.append)
    thread.close()
    assert thread.renewals == 1 and len(rewarmed) == 1


def test_a_fix_takes_the_flagged_words_capitals_by_word_not_by_letter(
    pipeline: CheckPipeline,
) -> None:
    """Harper offered "CellphOne" for "Mobile Phone": a fix that is no word at all."""
    text = "Bring your Mobile Phone to the desk, and your mobile phone too."
    fixes = {
        i.text: i.replacements[0]
        for i in pipeline.check(text, CheckContext()).issues
        if i.replacements
    }
    assert fixes.get("Mobile Phone") == "Cellphone"
    assert fixes.get("mobile phone") == "cellphone"
    assert recased("iphone", "iPhone") == "iPhone"  # a fix's own inner capital stays


def _edits(a: str, b: str) -> int:
    """Edits (insert, delete, substitute, swap two neighbours) from ``a`` to ``b``."""
    a, b = a.lower(), b.lower()
    rows = [list(range(len(b) + 1))] + [[i] + [0] * len(b) for i in range(1, len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
    return rows[-1][-1]


def test_the_warm_up_lints_one_word_far_from_every_dictionary_word() -> None:
    """The warm-up is there to build Harper's spelling tables before the first article's
    lint: they are built when a misspelt word has no dictionary word within two edits
    (a near miss such as "onyl" is answered without them). One such word, and nothing
    else for its lint to do on the way to Harper's first full result."""
    import harper

    from reviewdesk.core.engines.harper_engine import WARM_UP_WORD

    assert WARM_UP_WORD.isalpha()  # one word: no sentence of other errors to lint
    found = harper.Linter(harper.Dialect(0)).organized_lints(WARM_UP_WORD, language="plaintext")
    flagged = [(rule, lint) for rule, lints in found.items() for lint in lints]
    assert [rule for rule, _ in flagged] == ["SpellCheck"]
    fixes = [s.replacement_text for s in flagged[0][1].suggestions]
    assert all(_edits(WARM_UP_WORD, fix) > 2 for fix in fixes), fixes
    assert _edits("onyl", "only") == 1  # the measure itself: a swap is one edit
