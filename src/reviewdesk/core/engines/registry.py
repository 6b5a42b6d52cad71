"""Which engines there are, and which make up a pipeline. Entry points build from here.

Each engine is one :class:`EngineSpec`: its name, the words the user sees, whether it is
on by default, whether it is slow, and a ``build`` function that makes its checkers from
the settings. Adding an engine means writing its module and adding one spec to
:data:`BUILTIN_ENGINES` (or passing a longer tuple to the builders, as tests do).

Fast engines (Harper and ours) run in one pipeline; slow ones (LanguageTool, over the
network or a local JVM) run in their own, so a slow server never delays the others.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reviewdesk.core.checker import Checker, IssueFilter
from reviewdesk.core.i18n import QT_TRANSLATE_NOOP

# The pipeline is imported when one is built: the window reads EngineSettings from here
# before its first paint, and builds no pipeline of its own (issue 14, the first highlights)
if TYPE_CHECKING:
    from reviewdesk.core.pipeline import CheckPipeline

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EngineSettings:
    """User choices that decide which engines run and how.

    ``switched`` holds the engines the user turned on or off, by spec name; an engine
    not in it follows its spec's ``default_on``.
    """

    switched: Mapping[str, bool] = field(default_factory=dict, hash=False)
    languagetool_url: str = ""
    languagetool_path: str = ""
    languagetool_timeout: float = 15.0
    languagetool_picky: bool = False
    languagetool_disabled_rules: tuple[str, ...] = ()

    def is_on(self, spec: EngineSpec) -> bool:
        """Whether the engine of ``spec`` is switched on."""
        return bool(self.switched.get(spec.name, spec.default_on))

    def switch(self, **on: bool) -> EngineSettings:
        """These settings with engines switched on or off by name."""
        return dataclasses.replace(self, switched={**self.switched, **on})


@dataclass(frozen=True)
class EngineParts:
    """What an engine contributes to a pipeline: checkers, and filters over the result."""

    checkers: Sequence[Checker] = ()
    filters: Sequence[IssueFilter] = ()


@dataclass(frozen=True)
class EngineSpec:
    """One engine, declared: what it is called, and how to build it from the settings.

    ``build`` returns None when the settings do not say enough to run it (LanguageTool
    with neither a server nor an install), so the engine is left out without an error.
    What the built checkers can do besides checking, each declares in ``capabilities``.
    ``filters`` builds the filters ``build`` adds, alone: for checkers built beforehand
    (the checker process warms Harper up first), which still need their filters.
    """

    name: str
    label: str
    description: str
    build: Callable[[EngineSettings], EngineParts | None]
    default_on: bool = True
    slow: bool = False
    filters: Callable[[EngineSettings], Sequence[IssueFilter]] | None = None


def _harper(settings: EngineSettings) -> EngineParts:
    from reviewdesk.core.engines.harper_engine import HarperChecker

    return EngineParts([HarperChecker()], _harper_filters(settings))


def _harper_filters(_settings: EngineSettings) -> list[IssueFilter]:
    from reviewdesk.core.engines.paragraph_starts import ContinuedSentenceFilter
    from reviewdesk.core.engines.quotes import ContinuedQuoteFilter
    from reviewdesk.core.engines.terms import GlossedTermFilter

    return [ContinuedQuoteFilter(), GlossedTermFilter(), ContinuedSentenceFilter()]


def _editorial(_settings: EngineSettings) -> EngineParts:
    # House style reads ctx.style: pass reviewdesk.core.style.effective_style_sheet(
    # library.get_style_sheet()) as CheckContext(style=...).
    from reviewdesk.core.engines.consistency.checker import ConsistencyChecker
    from reviewdesk.core.engines.debris.checker import DebrisChecker
    from reviewdesk.core.engines.house_style import HouseStyleChecker
    from reviewdesk.core.engines.mechanics import MechanicsChecker
    from reviewdesk.core.engines.names.checker import NameFilter, NameModelCache, NamesChecker
    from reviewdesk.core.engines.paragraph_starts import ContinuedSentenceFilter

    # Names and consistency share one model; its filter drops spelling flags on the
    # article's own names.
    name_models = NameModelCache()
    checkers: list[Checker] = [MechanicsChecker(), HouseStyleChecker(), DebrisChecker()]
    checkers.append(NamesChecker(name_models))
    checkers.append(ConsistencyChecker())  # one way of writing each thing (PerfectIt-style)
    # a paragraph that goes on from the one before may open in lowercase (the mechanics
    # engine's paragraph-start flag, and Harper's when Harper is on too)
    return EngineParts(checkers, [NameFilter(name_models), ContinuedSentenceFilter()])


def _grammar(_settings: EngineSettings) -> EngineParts:
    from reviewdesk.core.engines.grammar.checker import GrammarChecker
    from reviewdesk.core.engines.phrase_errors.checker import PhraseChecker

    # misused phrases, nonstandard forms, redundancies: one phrase each, from lists
    return EngineParts([GrammarChecker(), PhraseChecker()])


def _languagetool(settings: EngineSettings) -> EngineParts | None:
    """Building it touches neither the network nor Java: the first check does."""
    if not (settings.languagetool_url.strip() or settings.languagetool_path.strip()):
        return None
    from reviewdesk.core.engines.languagetool.checker import LanguageToolChecker

    checker = LanguageToolChecker(
        url=settings.languagetool_url,
        path=settings.languagetool_path,
        timeout=settings.languagetool_timeout,
        picky=settings.languagetool_picky,
        disabled_rules=settings.languagetool_disabled_rules,
    )
    return EngineParts([checker])


# Labels and descriptions are marked for the .ts file; the window translates them.
HARPER = EngineSpec(
    "harper",
    QT_TRANSLATE_NOOP("Engine", "Harper"),
    QT_TRANSLATE_NOOP("Engine", "Grammar, spelling and style, built in and offline"),
    _harper,
    filters=_harper_filters,
)
EDITORIAL = EngineSpec(
    "editorial",
    QT_TRANSLATE_NOOP("Engine", "Editorial checks"),
    QT_TRANSLATE_NOOP("Engine", "Names and consistency, house style, web debris, mechanics"),
    _editorial,
)
GRAMMAR = EngineSpec(
    "grammar",
    QT_TRANSLATE_NOOP("Engine", "Grammar and confused words"),
    QT_TRANSLATE_NOOP(
        "Engine",
        "Agreement, a/an, its/it's and other confused words, verb forms, compounds, "
        "misused and redundant phrases, weekdays that do not match their dates; offline",
    ),
    _grammar,
)
LANGUAGETOOL = EngineSpec(
    "languagetool",
    QT_TRANSLATE_NOOP("Engine", "LanguageTool"),
    QT_TRANSLATE_NOOP("Engine", "More grammar rules, from a desk server or a local install"),
    _languagetool,
    default_on=False,
    slow=True,
)
BUILTIN_ENGINES: tuple[EngineSpec, ...] = (HARPER, GRAMMAR, EDITORIAL, LANGUAGETOOL)
"""Every engine reviewdesk ships, in the order they run."""

ENGINES_SETTING = "engines"
"""The library setting that holds :class:`EngineSettings` as a dict."""


def engine_settings_from(
    stored: object, engines: Sequence[EngineSpec] = BUILTIN_ENGINES
) -> EngineSettings:
    """:class:`EngineSettings` from the stored ``engines`` setting.

    An engine's switch is stored under its name (``{"harper": false}``). Unknown keys
    are ignored; lists become tuples; anything malformed gives the defaults (with a
    warning in the log), so a bad setting never stops the app or the CLI.
    """
    if stored is None:
        return EngineSettings()
    if not isinstance(stored, dict):
        log.warning("ignoring the engine settings: not a dictionary")
        return EngineSettings()
    defaults = EngineSettings()
    known = {f.name for f in dataclasses.fields(EngineSettings)} - {"switched"}
    values: dict[str, Any] = {
        k: tuple(v) if isinstance(getattr(defaults, k), tuple) and isinstance(v, list) else v
        for k, v in stored.items()
        if k in known
    }
    names = {spec.name for spec in engines}
    switched = {k: v for k, v in stored.items() if k in names and isinstance(v, bool)}
    try:
        return EngineSettings(switched=switched, **values)
    except TypeError as exc:
        log.warning("ignoring bad engine settings: %s", exc)
        return EngineSettings()


def engine_settings_dict(settings: EngineSettings) -> dict[str, Any]:
    """The ``engines`` setting for ``settings`` (JSON-friendly)."""
    out = dataclasses.asdict(settings)
    out.pop("switched")
    out["languagetool_disabled_rules"] = list(settings.languagetool_disabled_rules)
    out.update(settings.switched)
    return out


def _build(
    settings: EngineSettings,
    engines: Sequence[EngineSpec],
    *,
    slow: bool,
    ready: Mapping[str, Sequence[Checker]] | None = None,
) -> CheckPipeline | None:
    checkers: list[Checker] = []
    filters: list[IssueFilter] = []
    for spec in engines:
        if spec.slow != slow or not settings.is_on(spec):
            continue
        made = (ready or {}).get(spec.name)
        if made is not None:
            parts: EngineParts | None = EngineParts(
                made, spec.filters(settings) if spec.filters is not None else ()
            )
        else:
            parts = spec.build(settings)
        if parts is not None:
            checkers.extend(parts.checkers)
            filters.extend(parts.filters)
    if slow and not checkers:
        return None
    from reviewdesk.core.pipeline import CheckPipeline

    return CheckPipeline(checkers, filters)


def build_fast_pipeline(
    settings: EngineSettings,
    engines: Sequence[EngineSpec] = BUILTIN_ENGINES,
    ready: Mapping[str, Sequence[Checker]] | None = None,
) -> CheckPipeline:
    """The fast engines that are switched on: offline, in-process. ``ready`` gives, by
    engine name, checkers already built (the checker process warms Harper up first)."""
    pipeline = _build(settings, engines, slow=False, ready=ready)
    assert pipeline is not None
    return pipeline


def has_slow_engines(
    settings: EngineSettings, engines: Sequence[EngineSpec] = BUILTIN_ENGINES
) -> bool:
    """Whether a slow engine is switched on (one that may build: set up or not)."""
    return any(spec.slow and settings.is_on(spec) for spec in engines)


def build_slow_pipeline(
    settings: EngineSettings, engines: Sequence[EngineSpec] = BUILTIN_ENGINES
) -> CheckPipeline | None:
    """The slow engines that are switched on and set up; None when there are none."""
    return _build(settings, engines, slow=True)
