"""What a check returns: each engine's raw issues (:class:`RawResult`) and the final,
merged and filtered list (:class:`CheckResult`), and :func:`combine_raw` to add a slow
engine's raw issues to the fast engines'.

Kept apart from :mod:`reviewdesk.core.pipeline` (which makes them, and re-exports them)
because the checker service, the CLI and the slow engines pass results around without
running a pipeline. A :class:`RawResult` crosses the process boundary pickled, in its
smaller, absolute form.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reviewdesk.core.lines import LineIssues, Lines, joined_issues, split_issues
from reviewdesk.core.models import Issue


class RawResult:
    """Per-engine issues for one text, before merging and filtering.

    The pipeline fills ``per_line`` (each engine's issues per line, relative offsets);
    a slow engine's result or a test may give absolute ``by_engine`` lists instead. Each
    form is derived from the other when asked for.
    """

    def __init__(
        self,
        text: str,
        by_engine: dict[str, list[Issue]] | None = None,
        errors: dict[str, str] | None = None,
        paragraphs_checked: int = 0,
        elapsed: float = 0.0,
        timings: dict[str, float] | None = None,
        *,
        lines: Lines | None = None,
        per_line: dict[str, list[LineIssues]] | None = None,
    ) -> None:
        self.text = text
        self.errors: dict[str, str] = dict(errors or {})
        self.paragraphs_checked = paragraphs_checked
        self.elapsed = elapsed
        self.timings: dict[str, float] = dict(timings or {})  # seconds per engine
        self._lines = lines
        self._absolute: dict[str, list[Issue]] = dict(by_engine or {})
        self._per_line: dict[str, list[LineIssues]] = dict(per_line or {})

    @property
    def lines(self) -> Lines:
        """The text as lines."""
        if self._lines is None:
            self._lines = Lines.of(self.text)
        return self._lines

    @property
    def engines(self) -> list[str]:
        """The engines that gave a result, in order."""
        return list(dict.fromkeys([*self._per_line, *self._absolute]))

    @property
    def by_engine(self) -> dict[str, list[Issue]]:
        """Each engine's issues with offsets in the whole text (built on first use)."""
        for name, per_line in self._per_line.items():
            if name not in self._absolute:
                self._absolute[name] = joined_issues(self.lines, per_line)
        return {name: self._absolute[name] for name in self.engines}

    def per_line(self, engine: str) -> list[LineIssues]:
        """One engine's issues per line, relative to each line."""
        found = self._per_line.get(engine)
        if found is None:
            found = self._per_line[engine] = split_issues(self.lines, self._absolute[engine])
        return found

    def __getstate__(self) -> dict[str, object]:
        # sent between processes in the absolute form only (the smaller one)
        return {
            "text": self.text,
            "by_engine": self.by_engine,
            "errors": self.errors,
            "paragraphs_checked": self.paragraphs_checked,
            "elapsed": self.elapsed,
            "timings": self.timings,
        }

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__init__(**state)  # type: ignore[misc]


@dataclass
class CheckResult:
    """The final, merged and filtered issues for one text."""

    text: str
    issues: list[Issue]
    engines: list[str]
    errors: dict[str, str]
    paragraphs_checked: int = 0
    elapsed: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)  # per engine, and "finalize"


def combine_raw(fast: RawResult, *more: RawResult) -> RawResult:
    """The fast engines' raw issues for a text with the slow engines' added: one result.

    Every way of checking (the window's service, ``reviewdesk check``) merges fast and
    slow results here and then finalizes once, so both see the same issues.
    """
    out = RawResult(
        fast.text,
        errors=fast.errors,
        paragraphs_checked=fast.paragraphs_checked,
        elapsed=fast.elapsed,
        timings=fast.timings,
        lines=fast.lines,
        per_line={name: fast.per_line(name) for name in fast.engines},
    )
    for raw in more:
        for name in raw.engines:
            out._per_line[name] = split_issues(out.lines, raw.by_engine[name])
        out.errors.update(raw.errors)
        out.timings.update(raw.timings)
    return out
