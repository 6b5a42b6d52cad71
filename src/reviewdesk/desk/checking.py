"""Checking an article: what the library says about how, and running the engines.

``reviewdesk check`` runs :func:`check_text`; the window's checker service runs the same
pipelines (built by the same registry) on the same :class:`CheckSetup`, and both merge
fast and slow results with :func:`reviewdesk.core.pipeline.combine_raw` before one
``finalize``, so an article gives the same issues either way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from reviewdesk.core.check_results import CheckResult, combine_raw
from reviewdesk.core.checker import CheckContext, CheckerError
from reviewdesk.core.engines.registry import (
    BUILTIN_ENGINES,
    EngineSettings,
    EngineSpec,
    build_fast_pipeline,
    build_slow_pipeline,
)
from reviewdesk.core.models import DEFAULT_LANGUAGE, LANGUAGES, Article
from reviewdesk.desk.context import check_context
from reviewdesk.desk.settings import ENGINES, SettingsStore

if TYPE_CHECKING:
    from reviewdesk.store import Library

log = logging.getLogger(__name__)

Warn = Callable[[str], None]


class NothingCouldCheck(Exception):  # noqa: N818 - names what happened
    """Every engine failed; the message lists why, engine by engine."""


@dataclass
class CheckSetup:
    """What the library says about how to check: context and engine choices."""

    ctx: CheckContext
    engines: EngineSettings


def engine_settings(library: SettingsStore) -> EngineSettings:
    """The engines the desk chose (Tools ▸ Checking settings)."""
    return ENGINES.read(library)


def load_setup(
    library: Library, article: Article | None, warn: Warn, *, language: str | None = None
) -> CheckSetup:
    """Dictionary, switched-off rules, ignores, style sheet and engines from ``library``.

    ``article`` is the library's article for the text (None for a file not in it);
    ``language`` overrides its dialect.
    """
    if article is not None and article.language not in LANGUAGES:
        article = replace(article, language=DEFAULT_LANGUAGE)
    ctx = check_context(library, article, warn, language=language)
    return CheckSetup(ctx=ctx, engines=engine_settings(library))


def check_text(
    text: str, setup: CheckSetup, engines: Sequence[EngineSpec] = BUILTIN_ENGINES
) -> CheckResult:
    """Run the fast engines and, when set up, the slow ones; merge what they find.

    Raises :class:`NothingCouldCheck` when no engine could run at all.
    """
    fast = build_fast_pipeline(setup.engines, engines)
    slow = None
    try:
        raw = fast.check_raw(text, setup.ctx)
        parts = [raw]
        try:
            slow = build_slow_pipeline(setup.engines, engines)
        except CheckerError as exc:
            raw.errors["languagetool"] = str(exc)
        if slow is not None:
            parts.append(slow.check_raw(text, setup.ctx))
        combined = combine_raw(*parts)
        if combined.errors and not combined.by_engine:
            reasons = "; ".join(f"{name}: {msg}" for name, msg in combined.errors.items())
            raise NothingCouldCheck(f"no checker could run ({reasons})")
        return fast.finalize(combined, setup.ctx)
    finally:
        fast.close()
        if slow is not None:
            slow.close()
