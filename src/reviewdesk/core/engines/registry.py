"""Which engines make up a pipeline. Entry points build pipelines from here.

Fast engines (Harper and ours) run in one pipeline; slow ones (LanguageTool, over the
network or a local JVM) run in their own, so a slow server never delays the others.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from typing import Any

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
    languagetool_picky: bool = False
    languagetool_disabled_rules: tuple[str, ...] = ()


ENGINES_SETTING = "engines"
"""The library setting that holds :class:`EngineSettings` as a dict."""

log = logging.getLogger(__name__)


def engine_settings_from(stored: object) -> EngineSettings:
    """:class:`EngineSettings` from the stored ``engines`` setting.

    Unknown keys are ignored; lists become tuples; anything malformed gives the defaults
    (with a warning in the log), so a bad setting never stops the app or the CLI.
    """
    if stored is None:
        return EngineSettings()
    if not isinstance(stored, dict):
        log.warning("ignoring the engine settings: not a dictionary")
        return EngineSettings()
    defaults = EngineSettings()
    known = {f.name for f in dataclasses.fields(EngineSettings)}
    values: dict[str, Any] = {
        k: tuple(v) if isinstance(getattr(defaults, k), tuple) and isinstance(v, list) else v
        for k, v in stored.items()
        if k in known
    }
    try:
        return EngineSettings(**values)
    except TypeError as exc:
        log.warning("ignoring bad engine settings: %s", exc)
        return EngineSettings()


def engine_settings_dict(settings: EngineSettings) -> dict[str, Any]:
    """The ``engines`` setting for ``settings`` (JSON-friendly)."""
    out = dataclasses.asdict(settings)
    out["languagetool_disabled_rules"] = list(settings.languagetool_disabled_rules)
    return out


def build_fast_pipeline(settings: EngineSettings) -> CheckPipeline:
    """Harper and the editorial checks: offline, in-process, fast."""
    checkers: list[Checker] = []
    filters: list[IssueFilter] = []
    if settings.harper:
        from reviewdesk.core.engines.harper_engine import HarperChecker

        checkers.append(HarperChecker())
    if settings.editorial:
        # House style reads ctx.style: pass reviewdesk.core.style.effective_style_sheet(
        # library.get_style_sheet()) as CheckContext(style=...).
        from reviewdesk.core.engines.debris import DebrisChecker
        from reviewdesk.core.engines.house_style import HouseStyleChecker
        from reviewdesk.core.engines.mechanics import MechanicsChecker

        checkers.extend([MechanicsChecker(), HouseStyleChecker(), DebrisChecker()])
        # Names and consistency; its filter drops spelling flags on the article's own names.
        from reviewdesk.core.engines.names import NameFilter, NameModelCache, NamesChecker

        name_models = NameModelCache()
        checkers.append(NamesChecker(name_models))
        filters.append(NameFilter(name_models))
    return CheckPipeline(checkers, filters)


def build_slow_pipeline(settings: EngineSettings) -> CheckPipeline | None:
    """LanguageTool, when the user set it up; None otherwise.

    Building it touches neither the network nor Java: the first check does.
    """
    if not settings.languagetool or not (
        settings.languagetool_url.strip() or settings.languagetool_path.strip()
    ):
        return None
    from reviewdesk.core.engines.languagetool import LanguageToolChecker

    checker = LanguageToolChecker(
        url=settings.languagetool_url,
        path=settings.languagetool_path,
        timeout=settings.languagetool_timeout,
        picky=settings.languagetool_picky,
        disabled_rules=settings.languagetool_disabled_rules,
    )
    return CheckPipeline([checker])
