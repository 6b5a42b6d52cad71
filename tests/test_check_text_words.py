"""``reviewdesk check --format text`` in the window's words: a CLI user is a desk user.

A house rule's id is its pattern (``house-style/substitute/\\b(\\d{1,2})pm\\b``), and the
text format printed it, with "spelling"-style ids for categories, "" for a removal and
"grammar" for the engine; the JSON keeps the ids a script needs.
"""

from __future__ import annotations

import json
from pathlib import Path

from reviewdesk.cli import main
from reviewdesk.core.style import load_default_style_sheet
from reviewdesk.store import Library

STORY = (
    "Home » Local » Council Votes\n"
    "\n"
    "The council met at 7pm on Tuesday and voted to close the bridge.\n"
)
PATTERN = r"\b(\d{1,2})pm\b"


def _check(tmp_path: Path, capsys, form: str) -> str:  # type: ignore[no-untyped-def]
    library_path = tmp_path / "lib.sqlite"
    sheet = load_default_style_sheet().to_dict()
    sheet["substitutions"] = [
        {"find": PATTERN, "replace": r"\1 p.m.", "regex": True, "message": "AP: p.m."}
    ]
    with Library(library_path) as library:
        library.set_style_sheet(sheet)
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    main(["check", "--format", form, "--library", str(library_path), str(story)])
    return capsys.readouterr().out


def test_the_text_format_names_a_house_rule_and_never_prints_its_pattern(
    tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    out = _check(tmp_path, capsys, "text")
    lines = out.splitlines()
    (pm,) = [line for line in lines if "7 p.m." in line]
    assert pm.startswith("3:20: Style · House style: AP: p.m."), pm
    assert "house-style/" not in out and PATTERN not in out
    (crumb,) = [line for line in lines if line.startswith("1:1:")]
    assert crumb.startswith("1:1: Web debris · Breadcrumb trail: ") and crumb.endswith(
        "(→ remove)"
    ), crumb
    assert '""' not in out  # a removal is not an empty JSON string
    assert "(Harper, Grammar," in lines[-1], lines[-1]  # the engines as the panel names them


def test_the_json_keeps_the_rules_id_for_scripts(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    issues = json.loads(_check(tmp_path, capsys, "json"))["issues"]
    assert f"house-style/substitute/{PATTERN}" in {i["rule"] for i in issues}
    assert "" in {r for i in issues for r in i["replacements"]}  # the removal, as it is
