"""The warm check's second round of shortcuts (warm7, issue 11) changes no finding: the
names model learned afresh without change tracking, the debris engine's one-set look-up
of anchors, its cheap gates before the markup and breadcrumb patterns, and the spans of
non-prose remembered per paragraph for every engine. Each is turned off here (the old
way of working, in the test) and every engine's issues compared. Real engines throughout.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.debris import crumbs, duplicates
from reviewdesk.core.engines.debris.lines import LineReading, markup, read_line, repeats
from reviewdesk.core.engines.names import building
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.text import prose


def _issues(result: object) -> list[tuple[int, int, str, str, str, tuple[str, ...]]]:
    return sorted(
        (i.start, i.end, i.engine, i.rule, i.message, tuple(i.replacements))
        for i in result.issues  # type: ignore[attr-defined]
    )


def _anchored_in_one_stretch_at_a_time(
    prefixes: list[dict[str, list[str]]],
    norm: str,
    known: dict[str, LineReading],
    new: dict[str, LineReading],
) -> set[str]:
    """The look-up as it was: every stretch of ``norm`` asked of every index in turn."""
    found: set[str] = set()
    for by_prefix in prefixes:
        for i in range(len(norm) - duplicates._PREFIX + 1):
            for text in by_prefix.get(norm[i : i + duplicates._PREFIX], ()):
                reading = known.get(text) or new[text]
                if reading.anchor in norm:
                    found.add(text)
    return found


def _shortcuts_off(monkeypatch: pytest.MonkeyPatch) -> None:
    original_apply = building._apply

    def tracked_apply(*args: object, anew: bool = False, **kw: object) -> building.Changes:
        return original_apply(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(building, "_apply", tracked_apply)
    monkeypatch.setattr(duplicates, "_anchored_in", _anchored_in_one_stretch_at_a_time)
    monkeypatch.setattr(prose, "may_hold_markup", lambda _text: True)
    monkeypatch.setattr(crumbs, "_MAYBE_SEP", re.compile(""))
    monkeypatch.setattr(
        prose, "_spans", functools.lru_cache(maxsize=0)(lambda t: tuple(prose._protected(t)))
    )


def _check_twice(text: str) -> tuple[list[object], list[object]]:
    pipeline = build_fast_pipeline(EngineSettings())
    try:
        first = _issues(pipeline.check(text, CheckContext()))
        pipeline.clear_cache()
        again = _issues(pipeline.check(text, CheckContext()))
    finally:
        pipeline.close()
    return first, again  # type: ignore[return-value]


@pytest.mark.parametrize("which", ["demo", "sample"])
def test_every_engine_finds_the_same_with_the_shortcuts_off(
    which: str, demo_path: Path, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (demo_path if which == "demo" else sample_path).read_text(encoding="utf-8")
    fast_first, fast_again = _check_twice(text)
    with monkeypatch.context() as patch:
        _shortcuts_off(patch)
        slow_first, slow_again = _check_twice(text)
    engines = {issue[2] for issue in slow_first}  # type: ignore[index]
    assert {"names", "debris"} <= engines, "the article gives these engines work"
    assert fast_first == slow_first
    assert fast_again == slow_again == slow_first


_DEBRIS_LINES = [
    "Home » World » Europe » Lukashenko meets Putin in Minsk",
    "News / Politics / The summit that never was / and then some prose follows here.",
    "Home / away games are played on Saturdays, and the fans travel | far.",
    "The minister said <strong>no</strong> and left &amp; the room.",
    "<div class=\"share\"></div>",
    "[caption id=\"a1\"]A crowd in Minsk[/caption] gathered on Friday.",
    "Prices rose 5% &mdash; the most since 2015 &#8212; officials said.",
    "A plain sentence with no markup at all, only words and a full stop.",
    'width="600" height="400" />',
    "{{ template }} text",
]


def test_gated_debris_lines_read_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cheap tests before the markup and breadcrumb patterns skip only lines those
    patterns could not match."""
    gated = [(read_line(line), markup(line)) for line in _DEBRIS_LINES]
    monkeypatch.setattr(prose, "may_hold_markup", lambda _text: True)
    monkeypatch.setattr(crumbs, "_MAYBE_SEP", re.compile(""))
    ungated = [(read_line(line), markup(line)) for line in _DEBRIS_LINES]
    assert any(found for _reading, (found, _whole) in gated)
    assert any(reading.whole is not None for reading, _markup in gated)
    assert gated == ungated


def test_the_one_set_look_up_finds_every_pull_quote_of_the_brute_force() -> None:
    """Every pair of candidate lines compared (the slow way) against the index."""
    long = (
        "The president arrived in Minsk on Tuesday for talks that officials described as "
        "frank. He told reporters that the border would stay open for trade all year. "
        "Protesters gathered outside the palace but were moved on by police."
    )
    texts = [
        long,
        "He told reporters that the border would stay open for trade all year.",
        "“The border would stay open for trade all year,” he said at the palace gates.",
        long.replace("Tuesday", "Wednesday"),
        "Protesters gathered outside the palace but were moved on by police.",
        "A different paragraph entirely, about the weather in Vitebsk and its old churches.",
    ]
    readings = {t: read_line(t) for t in texts}
    index = duplicates.RepeatIndex()
    index.add(dict(list(readings.items())[:3]))
    index.add(dict(list(readings.items())[3:]))
    brute: dict[str, set[str]] = {}
    for a, ra in readings.items():
        for b, rb in readings.items():
            if a != b and ra.norm and rb.norm and len(ra.norm) <= len(rb.norm) and repeats(ra, rb):
                brute.setdefault(a, set()).add(b)
                brute.setdefault(b, set()).add(a)
    found = {t: set(index.partners(t)) for t in texts if set(index.partners(t))}
    assert long in found and found == brute


def test_remembered_spans_are_each_caller_s_own() -> None:
    text = "See https://example.com/a and <b>bold</b> &amp; more."
    first = prose.protected_spans(text)
    assert len(first) == 4  # the address, two tags, the entity
    first.append((0, 1))
    assert prose.protected_spans(text) == prose._protected(text) == first[:4]
