"""Adding an engine is one module and one registry entry; the registry decides the rest."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reviewdesk.core.checker import NEVER, BaseChecker, CancelToken, Capability, CheckContext
from reviewdesk.core.engines.registry import (
    BUILTIN_ENGINES,
    EngineParts,
    EngineSettings,
    EngineSpec,
    build_fast_pipeline,
    engine_settings_dict,
    engine_settings_from,
)
from reviewdesk.core.models import Category, Issue, Severity, make_issue

TEXT = "We will utilize the new bridge.\nThe council will utilize it too."


class UtilizeChecker(BaseChecker):
    """A small engine, written the way a new one would be: only ``check``."""

    name = "plain-words"
    scope = "paragraph"
    capabilities = frozenset({Capability.CACHES})

    def __init__(self) -> None:
        self.cleared = 0

    def check(
        self, texts: Sequence[str], ctx: CheckContext, cancel: CancelToken = NEVER
    ) -> list[list[Issue]]:
        out = []
        for text in texts:
            cancel.raise_if_cancelled()
            out.append(
                [
                    make_issue(
                        text,
                        m.start(),
                        m.end(),
                        engine=self.name,
                        rule="utilize",
                        category=Category.STYLE,
                        severity=Severity.INFO,
                        message="Plain English: use “use”",
                        replacements=["use"],
                    )
                    for m in re.finditer(r"\butilize\b", text)
                ]
            )
        return out

    def clear_cache(self) -> None:
        self.cleared += 1


def _spec(built: list[UtilizeChecker], *, default_on: bool = True) -> EngineSpec:
    def build(_settings: EngineSettings) -> EngineParts:
        checker = UtilizeChecker()
        built.append(checker)
        return EngineParts([checker])

    return EngineSpec(
        "plain-words", "Plain words", "Long words with short equivalents", build, default_on
    )


def test_a_new_engine_runs_from_one_registry_entry() -> None:
    built: list[UtilizeChecker] = []
    engines = (*BUILTIN_ENGINES, _spec(built))
    settings = EngineSettings(switched={"harper": False, "grammar": False, "editorial": False})
    pipeline = build_fast_pipeline(settings, engines)
    result = pipeline.check(TEXT, CheckContext())
    assert [(i.start, i.replacements) for i in result.issues] == [
        (TEXT.index("utilize"), ("use",)),
        (TEXT.rindex("utilize"), ("use",)),
    ]
    assert result.engines == ["plain-words"]
    pipeline.clear_cache()  # the engine declared CACHES, so its cache is cleared too
    assert built[0].cleared == 1


def test_an_engine_off_by_default_runs_only_when_switched_on_and_the_switch_is_stored() -> None:
    built: list[UtilizeChecker] = []
    engines = (*BUILTIN_ENGINES, _spec(built, default_on=False))
    quiet = EngineSettings(switched={"harper": False, "grammar": False, "editorial": False})
    assert build_fast_pipeline(quiet, engines).engine_names == []
    chosen = quiet.switch(**{"plain-words": True})
    stored = engine_settings_dict(chosen)
    assert stored["plain-words"] is True
    again = engine_settings_from(stored, engines)
    assert build_fast_pipeline(again, engines).engine_names == ["plain-words"]


def test_builtin_engines_have_human_labels_and_defaults() -> None:
    by_name = {spec.name: spec for spec in BUILTIN_ENGINES}
    assert set(by_name) == {"harper", "grammar", "editorial", "languagetool"}
    assert by_name["languagetool"].slow and not by_name["languagetool"].default_on
    assert all(spec.label and spec.description for spec in BUILTIN_ENGINES)
    # the built-in pipeline's engines, named as the old flags did
    names = build_fast_pipeline(EngineSettings()).engine_names
    assert names[0] == "harper" and "names" in names


def test_an_engine_built_beforehand_is_used_instead_of_building_another() -> None:
    # the checker process builds Harper first thing and hands it to the pipeline
    built: list[UtilizeChecker] = []
    engines = (*BUILTIN_ENGINES, _spec(built))
    settings = EngineSettings(switched={"harper": False, "grammar": False, "editorial": False})
    early = UtilizeChecker()
    pipeline = build_fast_pipeline(settings, engines, ready={"plain-words": [early]})
    assert pipeline.checkers == [early] and built == []
    off = settings.switch(**{"plain-words": False})
    assert build_fast_pipeline(off, engines, ready={"plain-words": [early]}).checkers == []


def test_an_engine_built_beforehand_keeps_its_filters() -> None:
    # Harper warmed up early in the checker process still brings its filter for
    # quotations continued in the next paragraph (or they are flagged as unclosed)
    settings = EngineSettings(switched={"grammar": False, "editorial": False})
    early = UtilizeChecker()  # stands in for the warmed Harper: only the parts matter here
    pipeline = build_fast_pipeline(settings, ready={"harper": [early]})
    assert pipeline.checkers == [early]
    built = build_fast_pipeline(settings).filters
    assert built and [type(f) for f in pipeline.filters] == [type(f) for f in built]
