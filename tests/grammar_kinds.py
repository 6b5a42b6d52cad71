"""The checks every grammar pass's test file makes of its kinds (issue 11): a sentence of
the kind is flagged at the right words, past an emoji, with its fix first and a rule name
an editor reads; a correct sentence of the same shape is left alone; and the kinds come
through the real CLI. One copy here, so a pass's file lists only its sentences."""

from __future__ import annotations

import json
from pathlib import Path

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.grammar.checker import GrammarChecker
from reviewdesk.core.models import Issue
from reviewdesk.core.pipeline import CheckPipeline
from reviewdesk.core.rule_names import RULE_NAMES
from test_cli import assert_spans_match, run_cli

EMOJI = "😀 Update: "


def assert_kind_found(pipeline: CheckPipeline, sentence: str, flagged: str, fix: str) -> Issue:
    """``sentence``, after an emoji, has ``flagged`` flagged with ``fix`` first; the issue."""
    text = EMOJI + sentence
    issues = pipeline.check(text, CheckContext(language="en-US")).issues
    found = [i for i in issues if i.text == flagged]
    assert found, [(i.text, i.rule, i.replacements) for i in issues]
    assert text[found[0].start : found[0].end] == flagged  # code points past the emoji
    assert found[0].replacements[0] == fix
    assert ("grammar", found[0].rule) in RULE_NAMES  # a name an editor reads
    return found[0]


def assert_found_in_british(sentence: str, flagged: str, fix: str) -> None:
    """``sentence``, after an emoji, checked in British English by the fast pipeline, has
    ``flagged`` flagged with ``fix`` first (by whichever engine: the kind is the point)."""
    from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline

    text = EMOJI + sentence
    issues = build_fast_pipeline(EngineSettings()).check(text, CheckContext(language="en-GB"))
    found = [i for i in issues.issues if i.text == flagged]
    assert found and found[0].replacements[0] == fix, [(i.text, i.rule) for i in issues.issues]


def assert_clean(sentence: str) -> None:
    """The grammar engine flags nothing in ``sentence``."""
    issues = GrammarChecker().check_paragraph(sentence)
    assert issues == [], [(i.text, i.rule, i.replacements) for i in issues]


def assert_cli_finds(tmp_path: Path, kinds: list[tuple[str, str, str]], clean: str) -> None:
    """``reviewdesk check`` flags each (paragraph, flagged, fix) of ``kinds`` and nothing
    in the correct paragraph ``clean`` written last; each paragraph starts with an emoji."""
    text = "\n\n".join(p for p, _, _ in kinds) + f"\n\n{clean}\n"
    path = tmp_path / "kinds.txt"
    path.write_text(text, encoding="utf-8")
    proc = run_cli("check", str(path), "--format", "json")
    payload = json.loads(proc.stdout)
    assert_spans_match(payload, text)
    for paragraph, flagged, fix in kinds:
        start = text.index(paragraph)
        found = [
            i
            for i in payload["issues"]
            if start <= i["start"] < start + len(paragraph) and i["text"] == flagged
        ]
        assert found and found[0]["replacements"][0] == fix, (paragraph, payload["issues"])
    last = text.rindex(clean)
    assert not [i for i in payload["issues"] if i["start"] >= last]  # the correct one
