"""Names and consistency: our own engine, learned from the article itself.

:class:`NamesChecker` (document scope) reports, in category ``consistency``:
near-variant spellings of one name, two first names for one surname, a term capitalised
or hyphenated two ways, and British/American spellings mixed (or foreign to the
article's dialect). It also reports a name written once in lowercase (``capitalization``).

:class:`NameFilter` runs after all engines: it drops spelling flags on words the article
uses consistently as names ("Lukashenko", "Oreshkin’s", a speaker label, a photo
credit), and a spelling flag on a span our checker already reports as a name variant.
Lowercase words ("putin", "onyl") are never suppressed.

Both share a :class:`NameModelCache`, so the model of a text is learned once per check.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace

from reviewdesk.core.checker import CheckContext, Scope
from reviewdesk.core.engines.name_model import Finding, NameModel, Token, fold, learn
from reviewdesk.core.engines.spelling_variants import find_spelling_variants
from reviewdesk.core.engines.terms import (
    find_case_variants,
    find_hyphenation_variants,
    find_lowercase_names,
)
from reviewdesk.core.engines.variants import (
    damerau,
    find_first_name_conflicts,
    find_name_variants,
)
from reviewdesk.core.models import Category, Issue, Severity, make_issue

log = logging.getLogger(__name__)

ENGINE = "names"
# Rules whose span replaces a spelling flag of another engine on the same word.
_REPLACES_SPELLING = frozenset({"name-variant", "spelling-variant-mixed", "spelling-dialect"})


class NameModelCache:
    """The last few texts' name models (learning one costs a few milliseconds)."""

    def __init__(self, size: int = 4) -> None:
        self._size = size
        self._models: OrderedDict[str, NameModel] = OrderedDict()

    def clear(self) -> None:
        """Forget every model."""
        self._models.clear()

    def get(self, text: str) -> NameModel:
        """The model of ``text``, learned now or taken from the cache."""
        model = self._models.get(text)
        if model is None:
            model = learn(text)
            self._models[text] = model
            while len(self._models) > self._size:
                self._models.popitem(last=False)
        else:
            self._models.move_to_end(text)
        return model


def find_all(model: NameModel, ctx: CheckContext) -> list[Finding]:
    """Every finding of the names engine for one text, without duplicates."""
    findings: list[Finding] = []
    findings += find_name_variants(model, ctx.words)
    findings += find_first_name_conflicts(model)
    findings += find_case_variants(model)
    findings += find_hyphenation_variants(model)
    findings += find_lowercase_names(model)
    findings += find_spelling_variants(model, ctx.language, ctx.words)
    seen: set[tuple[int, int]] = set()
    unique: list[Finding] = []
    for f in findings:
        if (f.start, f.end) in seen or model.text[f.start : f.end] == f.replacement:
            continue
        seen.add((f.start, f.end))
        unique.append(f)
    return sorted(unique, key=lambda f: (f.start, f.end))


class NamesChecker:
    """Names and consistency behind the checker protocol (document scope)."""

    name = ENGINE
    scope: Scope = "document"

    def __init__(self, cache: NameModelCache | None = None) -> None:
        self._cache = cache if cache is not None else NameModelCache()

    def clear_cache(self) -> None:
        """Forget learned models (benchmarks use this to time a fresh check)."""
        self._cache.clear()

    def check(self, texts: Sequence[str], ctx: CheckContext) -> list[list[Issue]]:
        """Check each whole text; offsets relative to each text."""
        out: list[list[Issue]] = []
        for text in texts:
            model = self._cache.get(text)
            out.append([_issue(text, f) for f in find_all(model, ctx)])
        return out


def _issue(text: str, f: Finding) -> Issue:
    category = Category(f.category)
    severity = Severity.ERROR if category == Category.CAPITALIZATION else Severity.WARNING
    return make_issue(
        text,
        f.start,
        f.end,
        category=category,
        rule=f.rule,
        engine=ENGINE,
        message=f.message,
        replacements=(f.replacement,),
        severity=severity,
    )


class NameFilter:
    """Drops spelling flags on the article's own names (an :class:`IssueFilter`)."""

    def __init__(self, cache: NameModelCache | None = None) -> None:
        self._cache = cache if cache is not None else NameModelCache()

    def filter_issues(self, text: str, issues: list[Issue], ctx: CheckContext) -> list[Issue]:
        """Keep real errors; drop spelling flags on names used consistently."""
        if not any(i.category == Category.SPELLING for i in issues):
            return issues
        model = self._cache.get(text)
        ours = {
            (i.start, i.end): i
            for i in issues
            if i.engine == ENGINE and i.rule in _REPLACES_SPELLING
        }
        also: dict[tuple[int, int], tuple[str, ...]] = {}
        kept: list[Issue] = []
        for issue in issues:
            if issue.category != Category.SPELLING or issue.engine == ENGINE:
                kept.append(issue)
                continue
            span = _covering(ours, issue)
            if span is not None:
                # our consistency issue says more about this word: show one, naming both
                also[span] = also.get(span, ()) + issue.engines
                continue
            token = model.token_at(issue.start, issue.end)
            if (
                token is not None
                and issue.start >= token.start
                and issue.end <= token.end
                and (model.token_is_name(token) or _one_off_name(model, token, issue))
            ):
                log.debug("name %r used consistently: dropping %s", token.base, issue.rule)
                continue
            kept.append(issue)
        if not also:
            return kept
        return [
            replace(i, engines=tuple(dict.fromkeys(i.engines + also[(i.start, i.end)])))
            if i.engine == ENGINE and (i.start, i.end) in also
            else i
            for i in kept
        ]


def _one_off_name(model: NameModel, token: Token, issue: Issue) -> bool:
    """A word capitalised once, mid-sentence ("in Longyearbyen"), that is no near-typo.

    A capitalised word in the middle of a sentence is a name, unless the spelling engine
    offers a word one letter away ("the Goverment" -> "Government"): then it is a typo.
    A suggestion that only adds or drops accents ("Kraków" -> "Krakow") is no evidence.
    """
    if not token.cap or token.initial or token.in_label or token.kind != "text":
        return False
    word = fold(token.base)
    return not any(damerau(word, fold(s), 1) == 1 for s in issue.replacements if s)


def _covering(ours: dict[tuple[int, int], Issue], issue: Issue) -> tuple[int, int] | None:
    """Our issue's span on the same word as ``issue`` (possibly without its possessive)."""
    for start, end in ours:  # a handful at most
        if start == issue.start and end <= issue.end:
            return (start, end)
    return None
