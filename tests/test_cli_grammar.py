"""Issue 11 through ``reviewdesk check``: each kind of grammar, confused-word and spelling
finding, in both dialects, after an emoji (offsets are code points in the JSON)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from test_cli import assert_spans_match, run_cli

pytestmark = pytest.mark.slow  # starts reviewdesk as a process

# One paragraph per kind: (paragraph, flagged text, first fix)
KINDS = [
    ("😀 The costs of the project is rising.", "is", "are"),
    ("😀 The council bought a 80-acre farm.", "a", "an"),
    ("😀 He is a FBI agent.", "a", "an"),
    ("😀 Its a long way to the coast.", "Its", "It's"),
    ("😀 Their is a cat in the garden.", "Their", "There"),
    ("😀 We where going home early.", "where", "were"),
    ("😀 The ban took affect at midnight.", "affect", "effect"),
    ("😀 I don't want to loose weight.", "loose", "lose"),
    ("😀 He is taller then his brother.", "then", "than"),
    ("😀 The delay was do to the storm.", "do", "due"),
    ("😀 I could of gone there.", "of", "have"),
    ("😀 She wanted to went there.", "went", "go"),
    ("😀 The rain fell through out the day.", "through out", "throughout"),
    ("😀 The meeting is on Tuesday, Dec. 3, 2026.", "Tuesday", "Thursday"),
    ("😀 The Goverment said it would act.", "Goverment", "Government"),
    ("😀 Wait untill the bridge reopens.", "untill", "until"),
]


@pytest.mark.parametrize("language", ["en-US", "en-GB"])
def test_check_reports_each_kind_with_its_fix(tmp_path: Path, language: str) -> None:
    text = "\n\n".join(p for p, _, _ in KINDS) + "\n"
    path = tmp_path / "kinds.txt"
    path.write_text(text, encoding="utf-8")
    proc = run_cli("check", str(path), "--format", "json", "--language", language)
    assert proc.returncode == 1, proc.stderr
    payload = json.loads(proc.stdout)
    assert "grammar" in payload["engines"]
    assert_spans_match(payload, text)
    for paragraph, flagged, fix in KINDS:
        start = text.index(paragraph)
        end = start + len(paragraph)
        found = [
            i
            for i in payload["issues"]
            if start <= i["start"] < end and i["text"] == flagged and i["replacements"]
        ]
        assert found, f"{flagged!r} in {paragraph!r}"
        assert found[0]["replacements"][0] == fix, found[0]
