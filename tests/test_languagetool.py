"""LanguageTool against a server: offsets, categories, settings, errors, cancellation.

The real LanguageTool cannot be downloaded or run on the machines these tests run on, so
they talk to a test double that follows its documented HTTP API
(``tests/fake_languagetool.py``). Harper is the real thing.
"""

from __future__ import annotations

import threading

import pytest

from fake_languagetool import FakeLanguageTool, fake_lt_server_fixture, utf16  # noqa: F401
from reviewdesk.core.checker import CheckContext, CheckerError
from reviewdesk.core.engines.languagetool.checker import LanguageToolChecker, batches
from reviewdesk.core.engines.languagetool.client import LanguageToolClient, normalize_url
from reviewdesk.core.engines.languagetool.local import free_port
from reviewdesk.core.engines.registry import (
    EngineSettings,
    build_fast_pipeline,
    build_slow_pipeline,
)
from reviewdesk.core.merge import merge_issues
from reviewdesk.core.models import Category
from reviewdesk.core.pipeline import Cancelled


def _check(checker: LanguageToolChecker, text: str, **ctx: object) -> list:
    return checker.check([text], CheckContext(**ctx))[0]  # type: ignore[arg-type]


def test_the_double_speaks_utf16_like_languagetool(fake_lt_server: FakeLanguageTool) -> None:
    """Guard the double itself: offsets in UTF-16 units, as the documented API has them."""
    client = LanguageToolClient(fake_lt_server.url)
    [match] = client.check("😀 teh", language="en-US")
    assert (match["offset"], match["length"]) == (3, 3)  # the emoji takes two units
    # the context offset is in UTF-16 units too (language_tool_python forgets this)
    assert match["context"]["offset"] == 3 and match["context"]["text"][2:5] == "teh"


def test_emoji_before_and_inside_a_match_map_to_code_points(
    fake_lt_server: FakeLanguageTool,
) -> None:
    text = '😀 teh 𝄞x said "😀 teh 𝄞x" and teh 𝄞.'
    issues = _check(LanguageToolChecker(fake_lt_server.url), text)
    by_rule: dict[str, list[str]] = {}
    for issue in issues:
        assert text[issue.start : issue.end] == issue.text
        by_rule.setdefault(issue.rule, []).append(issue.text)
    assert by_rule["MORFOLOGIK_RULE_EN_US"] == ["teh", "teh", "teh"]
    # a match with astral characters inside it: its end is converted too
    assert by_rule["EN_QUOTES"] == ['"😀 teh 𝄞x"']
    quote = next(i for i in issues if i.rule == "EN_QUOTES")
    assert quote.replacements == ("“😀 teh 𝄞x”",)
    assert quote.category is Category.TYPOGRAPHY


def test_batched_paragraphs_map_back_to_their_own_paragraph(
    fake_lt_server: FakeLanguageTool,
) -> None:
    paragraphs = [
        "𝄞" * 300 + " teh end.",
        "",
        "Plain line with teh typo and a apple.",
        "😀" * 10 + ' "𝄞 quoted 𝄞" teh',
    ]
    checker = LanguageToolChecker(fake_lt_server.url, max_request_chars=1000)
    results = checker.check(paragraphs, CheckContext())
    assert len(results) == 4 and results[1] == []
    assert len(fake_lt_server.requests) == 1  # one request for the whole batch
    assert [i.text for i in results[0]] == ["teh"]
    assert [(i.text, i.rule) for i in results[2]] == [
        ("teh", "MORFOLOGIK_RULE_EN_US"),
        ("a", "EN_A_VS_AN"),
    ]
    assert sorted(i.text for i in results[3]) == ['"𝄞 quoted 𝄞"', "teh"]
    for para, issues in zip(paragraphs, results, strict=True):
        for issue in issues:
            assert para[issue.start : issue.end] == issue.text


def test_long_batches_are_split_into_several_requests(fake_lt_server: FakeLanguageTool) -> None:
    paragraphs = [f"Paragraph {n} has teh typo and " + "word " * 150 for n in range(5)]
    checker = LanguageToolChecker(fake_lt_server.url, max_request_chars=1500)
    results = checker.check(paragraphs, CheckContext())
    assert len(fake_lt_server.requests) >= 3
    assert all(len(r["text"]) <= 1500 for r in fake_lt_server.requests)
    for para, issues in zip(paragraphs, results, strict=True):
        assert [para[i.start : i.end] for i in issues] == ["teh"]


def test_batches_group_within_the_limit() -> None:
    assert batches(["a" * 10, "", "b" * 10, "c" * 30], max_chars=25) == [[0, 2], [3]]


@pytest.mark.parametrize(
    ("text", "rule", "category", "fix"),
    [
        ("I saw teh cat.", "MORFOLOGIK_RULE_EN_US", Category.SPELLING, "the"),
        ("She ate a apple.", "EN_A_VS_AN", Category.GRAMMAR, "an"),
        ("It is  here.", "WHITESPACE_RULE", Category.SPACING, " "),
        ("Yes , it is.", "COMMA_PARENTHESIS_WHITESPACE", Category.SPACING, ","),
        ("He could of gone.", "COULD_OF", Category.CONFUSION, "could have"),
        (
            "It rained. then it stopped.",
            "UPPERCASE_SENTENCE_START",
            Category.CAPITALIZATION,
            "Then",
        ),
    ],
)
def test_languagetool_categories_become_ours(
    fake_lt_server: FakeLanguageTool, text: str, rule: str, category: Category, fix: str
) -> None:
    issues = _check(LanguageToolChecker(fake_lt_server.url), text)
    [issue] = [i for i in issues if i.rule == rule]
    assert issue.category is category
    assert issue.replacements[0] == fix
    assert issue.engine == "languagetool"
    assert "<suggestion>" not in issue.message


def test_replacements_are_capped(fake_lt_server: FakeLanguageTool) -> None:
    [issue] = _check(LanguageToolChecker(fake_lt_server.url), "I saw teh cat.")
    assert issue.replacements == ("the", "ten", "tea", "tech", "eh")


def test_disabled_rules_are_sent_and_respected(fake_lt_server: FakeLanguageTool) -> None:
    settings = EngineSettings(
        languagetool_url=fake_lt_server.url,
        languagetool_disabled_rules=("WHITESPACE_RULE", "EN_A_VS_AN"),
    ).switch(languagetool=True)
    pipeline = build_slow_pipeline(settings)
    assert pipeline is not None
    result = pipeline.check("She ate a apple.  Then teh cat.", CheckContext())
    assert fake_lt_server.requests[-1]["disabledRules"] == "EN_A_VS_AN,WHITESPACE_RULE"
    assert [i.rule for i in result.issues] == ["MORFOLOGIK_RULE_EN_US"]
    assert result.errors == {}


def test_picky_level_and_language_are_sent(fake_lt_server: FakeLanguageTool) -> None:
    checker = LanguageToolChecker(fake_lt_server.url)
    plain = _check(checker, "A very unique idea.", language="en-GB")
    sent = fake_lt_server.requests[-1]
    assert sent["language"] == "en-GB" and "level" not in sent
    assert plain == []
    picky = _check(checker, "A very unique idea.", language="en-GB", picky=True)
    assert fake_lt_server.requests[-1]["level"] == "picky"
    assert [(i.text, i.category) for i in picky] == [("very unique", Category.STYLE)]
    assert _check(LanguageToolChecker(fake_lt_server.url, picky=True), "A very unique idea.")


def test_dictionary_words_are_not_flagged_as_typos(fake_lt_server: FakeLanguageTool) -> None:
    text = "Zbrovnikova met teh press."
    checker = LanguageToolChecker(fake_lt_server.url)
    assert [i.text for i in _check(checker, text)] == ["Zbrovnikova", "teh"]
    kept = _check(checker, text, words=frozenset({"Zbrovnikova"}))
    assert [i.text for i in kept] == ["teh"]


def test_languagetool_and_harper_merge_into_one_list(fake_lt_server: FakeLanguageTool) -> None:
    text = "😀 I saw teh cat, and he could of gone."
    ctx = CheckContext()
    fast = build_fast_pipeline(EngineSettings())
    slow = build_slow_pipeline(
        EngineSettings(switched={"languagetool": True}, languagetool_url=fake_lt_server.url)
    )
    assert slow is not None
    raw_fast = fast.check_raw(text, ctx)
    raw_slow = slow.check_raw(text, ctx)
    assert raw_slow.errors == {}
    merged = merge_issues([*raw_fast.by_engine.values(), *raw_slow.by_engine.values()])
    teh = [i for i in merged if i.text == "teh"]
    assert len(teh) == 1
    assert set(teh[0].engines) == {"harper", "languagetool"}
    assert text[teh[0].start : teh[0].end] == "teh"
    could = [i for i in merged if i.text == "could of"]
    assert len(could) == 1 and set(could[0].engines) == {"harper", "languagetool"}


def test_slow_pipeline_only_when_set_up(fake_lt_server: FakeLanguageTool) -> None:
    assert build_slow_pipeline(EngineSettings()) is None
    assert build_slow_pipeline(EngineSettings().switch(languagetool=True)) is None
    assert build_slow_pipeline(EngineSettings(languagetool_url=fake_lt_server.url)) is None
    pipeline = build_slow_pipeline(
        EngineSettings(switched={"languagetool": True}, languagetool_url=fake_lt_server.url)
    )
    assert pipeline is not None and pipeline.engine_names == ["languagetool"]
    assert fake_lt_server.requests == []  # building it does not touch the server


@pytest.mark.timeout(20)
def test_server_down_is_a_plain_error_at_once() -> None:
    port = free_port()  # nothing listens there
    checker = LanguageToolChecker(f"127.0.0.1:{port}")
    with pytest.raises(CheckerError) as err:
        _check(checker, "I saw teh cat.")
    assert str(err.value) == f"LanguageTool server not reachable at http://127.0.0.1:{port}"


@pytest.mark.timeout(20)
@pytest.mark.parametrize("fake_lt_server", [{"delay": 3.0}], indirect=True)
def test_slow_server_times_out_with_a_plain_error(fake_lt_server: FakeLanguageTool) -> None:
    pipeline = build_slow_pipeline(
        EngineSettings(languagetool_url=fake_lt_server.url, languagetool_timeout=1.0).switch(
            languagetool=True
        )
    )
    assert pipeline is not None
    result = pipeline.check("I saw teh cat.", CheckContext())
    assert result.errors == {"languagetool": "LanguageTool did not answer within 1 s"}
    assert result.issues == []


@pytest.mark.parametrize("fake_lt_server", [{"status": 500}], indirect=True)
def test_server_error_is_a_plain_error(fake_lt_server: FakeLanguageTool) -> None:
    with pytest.raises(CheckerError) as err:
        _check(LanguageToolChecker(fake_lt_server.url), "I saw teh cat.")
    assert str(err.value).startswith(
        f"The LanguageTool server at {fake_lt_server.url} failed (HTTP 500)"
    )


def test_wrong_address_and_unknown_language(fake_lt_server: FakeLanguageTool) -> None:
    with pytest.raises(CheckerError, match=r"No LanguageTool server at .* \(HTTP 404\)"):
        _check(LanguageToolChecker(fake_lt_server.url + "/not-here"), "I saw teh cat.")
    with pytest.raises(CheckerError, match="rejected the request: 'xx-XX' is not a language"):
        _check(LanguageToolChecker(fake_lt_server.url), "I saw teh cat.", language="xx-XX")


@pytest.mark.parametrize(
    ("typed", "base"),
    [
        ("127.0.0.1:8081", "http://127.0.0.1:8081"),
        ("http://lt.desk.example:8081/", "http://lt.desk.example:8081"),
        ("https://lt.desk.example/v2", "https://lt.desk.example"),
        ("http://desk.example/lt/v2/check", "http://desk.example/lt"),
    ],
)
def test_server_addresses_are_normalised(typed: str, base: str) -> None:
    assert normalize_url(typed) == base


@pytest.mark.parametrize("typed", ["http://host:port", "ftp://desk.example", "http://"])
def test_bad_server_addresses_are_plain_errors(typed: str) -> None:
    with pytest.raises(CheckerError, match="LanguageTool server address is not valid"):
        LanguageToolChecker(typed, timeout=1).check(["Text."], CheckContext())
    with pytest.raises(CheckerError, match="No LanguageTool server address is set"):
        LanguageToolClient("  ")


def _check_in_thread(checker: LanguageToolChecker) -> tuple[threading.Thread, list]:
    outcome: list = []

    def run() -> None:
        try:
            outcome.append(checker.check(["I saw teh cat."], CheckContext()))
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


@pytest.mark.timeout(30)
@pytest.mark.parametrize("fake_lt_server", [{"delay": 10.0}], indirect=True)
def test_cancel_abandons_a_request_in_flight(fake_lt_server: FakeLanguageTool) -> None:
    checker = LanguageToolChecker(fake_lt_server.url, timeout=20)
    thread, outcome = _check_in_thread(checker)
    assert fake_lt_server.received.wait(5)
    checker.cancel()
    thread.join(5)
    assert not thread.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], Cancelled)
    # the checker still works afterwards
    fake_lt_server.delay = 0
    assert [i.text for i in _check(checker, "I saw teh cat.")] == ["teh"]


@pytest.mark.timeout(30)
@pytest.mark.parametrize("fake_lt_server", [{"delay": 10.0}], indirect=True)
def test_close_ends_a_check_in_flight(fake_lt_server: FakeLanguageTool) -> None:
    checker = LanguageToolChecker(fake_lt_server.url, timeout=20)
    thread, outcome = _check_in_thread(checker)
    assert fake_lt_server.received.wait(5)
    checker.close()
    thread.join(5)
    assert not thread.is_alive() and isinstance(outcome[0], Cancelled)
    with pytest.raises(CheckerError, match="closed"):
        _check(checker, "I saw teh cat.")


def test_is_cancelled_stops_between_requests(fake_lt_server: FakeLanguageTool) -> None:
    paragraphs = ["Teh one. " + "word " * 150 for _ in range(4)]
    checker = LanguageToolChecker(
        fake_lt_server.url,
        max_request_chars=1000,
        is_cancelled=lambda: len(fake_lt_server.requests) >= 1,
    )
    with pytest.raises(Cancelled):
        checker.check(paragraphs, CheckContext())
    assert len(fake_lt_server.requests) == 1


def test_matches_with_nonsense_offsets_are_dropped(fake_lt_server: FakeLanguageTool) -> None:
    """Zero-length, negative, past the end, not numbers, inside an emoji: the old code
    turned some into odd issues with the fix "x"."""
    text = "😀 I saw teh cat. could of been worse."
    sound = _check(LanguageToolChecker(fake_lt_server.url), text)
    assert sound and all(i.replacements != ["x"] for i in sound)
    fake_lt_server.nonsense = True
    issues = _check(LanguageToolChecker(fake_lt_server.url), text)
    assert [(i.start, i.end, i.rule) for i in issues] == [(i.start, i.end, i.rule) for i in sound]
