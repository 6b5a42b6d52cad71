"""A Markdown article with YAML front matter (found by the ux8 walk-through): its
``---`` fences were flagged "replace these three hyphens with an em dash", and its last
key before the closing fence was drawn as a heading (a Setext underline). The fences
are separators, not dashes in a sentence; the block is settings, not the article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from news_checks import DIALECTS
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.pipeline import CheckPipeline
from reviewdesk.core.structure import SpanKind
from reviewdesk.core.style import load_default_style_sheet
from reviewdesk.formats.md_structure import markdown_structure
from test_cli import assert_spans_match, run_cli

ARTICLE = (
    "---\ntitle: Harbour reopens\nauthor: Ana Ruiz\n---\n\n"
    "# Harbour reopens\n\nThe 😀 harbour reopened on Tuesday---a week late.\n\n---\n\n"
    "Boats queued at dawn.\n"
)


@pytest.fixture(scope="module")
def pipeline() -> CheckPipeline:
    return build_fast_pipeline(EngineSettings())


def test_front_matter_is_no_heading() -> None:
    spans = markdown_structure(ARTICLE).spans
    headings = [ARTICLE[s.start : s.end] for s in spans if s.kind is SpanKind.HEADING]
    assert headings == ["Harbour reopens"]
    # the block is recorded as the file's settings, fences and all (kept from debris)
    (matter,) = [s for s in spans if s.kind is SpanKind.FRONT_MATTER]
    assert (
        ARTICLE[matter.start : matter.end] == "---\ntitle: Harbour reopens\nauthor: Ana Ruiz\n---"
    )
    # not at the top of the file, the same lines are Markdown: "author" is a Setext heading
    text = "Intro\n\n" + ARTICLE
    assert "author: Ana Ruiz" in [text[s.start : s.end] for s in markdown_structure(text).spans]


@pytest.mark.parametrize("language", DIALECTS)
def test_a_line_of_hyphens_is_no_dash_but_one_in_a_sentence_is(
    pipeline: CheckPipeline, language: str
) -> None:
    ctx = CheckContext(language=language, style=load_default_style_sheet())
    issues = pipeline.check(ARTICLE, ctx).issues  # the file's own offsets: code points
    dashes = [i for i in issues if i.rule == "Dashes"]
    assert [ARTICLE[i.start - 7 : i.end + 1] for i in dashes] == ["Tuesday---a"]


@pytest.mark.slow  # starts reviewdesk as a process
def test_the_cli_leaves_the_fences_alone(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(ARTICLE, encoding="utf-8")
    proc = run_cli("check", str(path), "--format", "json")
    payload = json.loads(proc.stdout)
    assert_spans_match(payload, ARTICLE)
    fences = [i for i in payload["issues"] if ARTICLE[i["start"] : i["end"]] == "---"]
    assert [ARTICLE[i["start"] - 7 : i["start"]] for i in fences] == ["Tuesday"]
