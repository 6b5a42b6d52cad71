"""What the planted-consistency tests (consist19, consist20, consist21) share: an
article checked through ``reviewdesk check`` as JSON, the one consistency finding a
planted kind must give there, and the names engine's counts and one-click offer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewdesk.cli import main
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.names.checker import NamesChecker
from reviewdesk.core.models import Category, Issue
from reviewdesk.desk.uniform import uniform_for


def cli_issues(capsys: pytest.CaptureFixture[str], path: Path, language: str) -> list[dict]:
    """``reviewdesk check PATH --format json --language LANGUAGE``'s issues."""
    main(["check", str(path), "--format", "json", "--language", language])
    out, _err = capsys.readouterr()
    return list(json.loads(out)["issues"])


def check_article(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, language: str
) -> list[dict]:
    """``text`` written to a file and checked through the CLI."""
    path = tmp_path / "article.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return cli_issues(capsys, path, language)


def assert_the_one_finding(
    issues: list[dict], kind: str, at: int, flagged: str, fix: str, *, filed: bool = True
) -> None:
    """``flagged`` at ``at`` is found with ``fix`` first (filed as consistency unless
    ``filed`` is false), and no other consistency finding: the right form stands."""
    found = [i for i in issues if i["start"] == at and i["end"] == at + len(flagged)]
    assert found, (kind, issues)
    assert found[0]["replacements"][0] == fix, found[0]
    if filed:
        assert found[0]["category"] == "consistency", found[0]
    others = [i for i in issues if i["category"] == "consistency" and i["start"] != at]
    assert others == [], others


def names_issues(text: str, language: str = "en-US") -> list[Issue]:
    """The names engine's issues on ``text``."""
    return NamesChecker().check([text], CheckContext(language=language))[0]


def assert_counts_and_one_click(text: str, flagged: str, keep: str, counts: str) -> None:
    """The names finding on ``flagged`` gives the article's ``counts`` and offers to use
    ``keep`` everywhere."""
    issues = names_issues(text)
    issue = next(i for i in issues if i.text == flagged)
    assert issue.category == Category.CONSISTENCY
    assert counts in issue.message
    offer = uniform_for(issue, issues, text)
    assert offer is not None, issue
    assert offer.keep == keep
