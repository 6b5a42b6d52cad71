"""Quality of the whole fast pipeline on annotated articles (the sample and our corpus).

Scoring is the benchmark's (``benchmarks/score_quality.py``): a gold fault is found when
an issue overlaps it (for ``consistency`` and ``debris`` faults the issue must carry that
category); a correct name's occurrence is flagged when any issue overlaps it.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.pipeline import CheckPipeline

REPO = Path(__file__).resolve().parents[1]
ARTICLES = REPO / "tests" / "data" / "articles"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


scoring = _load("score_quality", REPO / "benchmarks" / "score_quality.py")
make_gold = _load("make_gold", ARTICLES / "make_gold.py")
ARTICLE_GOLDS = sorted(ARTICLES.glob("*.gold.json"))


@pytest.fixture(scope="module")
def fast() -> CheckPipeline:
    return build_fast_pipeline(EngineSettings())


def _score(pipeline: CheckPipeline, text_path: Path, gold_path: Path):  # type: ignore[no-untyped-def]
    text = text_path.read_text(encoding="utf-8")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    result = pipeline.check(text, CheckContext(language=gold["language"]))
    assert not result.errors
    return scoring.score(text_path.name, text, result.issues, gold)


@pytest.mark.slow  # scores the whole sample article with Harper
def test_sample_recall_and_name_false_alarms(
    fast: CheckPipeline, sample_path: Path, sample_gold: Path
) -> None:
    s = _score(fast, sample_path, sample_gold)
    missed = [(e["category"], e["text"][:40]) for e in s.missed]
    assert s.recall >= 0.95, f"recall {s.recall:.1%}; missed {missed}"
    assert s.name_occurrences >= 40
    assert s.name_rate <= 0.05, f"names flagged: {s.name_flagged}"


@pytest.mark.slow  # checks the whole sample article with Harper
def test_sample_consistency_faults_are_found_by_the_names_engine(
    fast: CheckPipeline, sample_path: Path, sample_gold: Path
) -> None:
    text = sample_path.read_text(encoding="utf-8")
    gold = json.loads(sample_gold.read_text(encoding="utf-8"))
    issues = fast.check(text, CheckContext()).issues
    for err in (e for e in gold["errors"] if e["category"] == "consistency"):
        hits = [i for i in issues if i.start < err["end"] and err["start"] < i.end]
        assert any("names" in i.engines and i.category == "consistency" for i in hits), err
        assert any(err["correction"] in i.replacements for i in hits), err


@pytest.mark.slow  # scores every corpus article with Harper
def test_corpus_recall_and_name_false_alarms(fast: CheckPipeline) -> None:
    assert len(ARTICLE_GOLDS) >= 5
    total = scoring.Score(name="corpus")
    for gold_path in ARTICLE_GOLDS:
        text_path = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
        total.add(_score(fast, text_path, gold_path))
    missed = [(e["category"], e["text"][:40]) for e in total.missed]
    assert sum(total.total.values()) >= 60
    assert total.recall >= 0.90, f"recall {total.recall:.1%}; missed {missed}"
    assert total.name_occurrences >= 100
    assert total.name_rate <= 0.05, f"names flagged: {total.name_flagged}"
    assert total.found["consistency"] >= 0.9 * total.total["consistency"]


@pytest.mark.parametrize("gold_path", ARTICLE_GOLDS, ids=lambda p: p.stem)
def test_gold_spans_match_their_text_and_source(gold_path: Path) -> None:
    text_path = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
    text = text_path.read_text(encoding="utf-8")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    for err in gold["errors"]:
        assert text[err["start"] : err["end"]] == err["text"]
        assert err["category"] in make_gold.CATEGORIES
    marked = ARTICLES / "marked" / text_path.name.replace(".txt", ".marked")
    name, built_text, built_gold = make_gold.build(marked.read_text(encoding="utf-8"))
    assert name == text_path.name
    assert built_text == text, "rebuild the articles: python tests/data/articles/make_gold.py"
    assert built_gold == gold


def test_corpus_covers_the_required_kinds_of_article() -> None:
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in ARTICLE_GOLDS]
    texts = [
        p.with_name(p.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
        for p in ARTICLE_GOLDS
    ]
    assert any(g["language"] == "en-GB" for g in golds)
    assert any("**" in t and ":**" in t for t in texts)  # an interview with speaker labels
    assert any(any(ord(c) > 0xFFFF for c in t) and "é" in t for t in texts)  # emoji, accents
    assert any(e["category"] == "debris" for g in golds for e in g["errors"])
    categories = {e["category"] for g in golds for e in g["errors"]}
    assert {"spelling", "grammar", "consistency", "capitalization", "spacing"} <= categories
