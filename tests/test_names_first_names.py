"""First-name conflicts ("Dmitry Oreshkin" ... "Andrei Oreshkin") after edits: the
per-surname evidence kept line by line gives what a fresh look gives, and an edit reads
only the lines it changed, not every line naming the surname."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from random_edits import edit
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.names import first_names
from reviewdesk.core.engines.names.building import learn
from reviewdesk.core.engines.names.checker import NameModelCache, NamesChecker, find_all_issues
from reviewdesk.core.engines.names.findings import find_all
from reviewdesk.core.engines.names.state import NamesFindings
from reviewdesk.core.lines import Lines, split_issues

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "src" / "reviewdesk" / "resources" / "demo" / "newsroom-demo.txt"
SAMPLE = REPO.parent / "shared" / "samples" / "belarus-visit.txt"
# the article's people, named often ...
PEOPLE = [
    "Dmitry Oreshkin said the port was busy.",
    "According to Dmitry Oreshkin, the talks stalled.",
    "Anya Petrova, a lawyer, said nothing.",
    "Dr. Anya Petrova told reporters it was late.",
    "Although Petrova agreed, Smith did not.",
    "Oreshkin said so. Petrova said so too.",
    "John Smith said the vote was close.",
]
# ... and lines an edit brings: another first name once, a relative, a family
ODD = [
    "Andrei Oreshkin, who chairs the board, disagreed.",
    "his son Hunter Oreshkin works there.",
    "Pavel and Dmitry Oreshkin arrived together.",
    "Maria Petrova said it was late.",
    "Jon Smith said the vote was close.",
]


def _article(base: str, rng: random.Random) -> str:
    """``base`` with people's sentences woven in: many lines naming a few surnames."""
    paras = base.split("\n")
    for _ in range(40):
        paras.insert(rng.randrange(len(paras) + 1), rng.choice(PEOPLE))
    return "\n".join(paras)


def _edit(text: str, rng: random.Random) -> str:
    if rng.random() < 0.3:  # a person's sentence typed, or a first name changed
        paras = text.split("\n")
        k = rng.randrange(len(paras))
        if rng.random() < 0.5:
            paras.insert(k, rng.choice(ODD))
        else:
            for old, new in (("Dmitry", "Andrei"), ("John", "Jon"), ("Anya", "Maria")):
                paras[k] = paras[k].replace(old, new) if rng.random() < 0.5 else paras[k]
        return "\n".join(paras)
    return edit(text, rng)


ARTICLES = [
    pytest.param(DEMO, id="demo"),
    pytest.param(
        SAMPLE,
        id="belarus-sample",
        # the sample's random edits take more than a second: the demo stays in the fast loop
        marks=[
            pytest.mark.skipif(not SAMPLE.exists(), reason="../shared is not here"),
            pytest.mark.slow,
        ],
    ),
]


@pytest.mark.parametrize("article", ARTICLES)
def test_first_name_conflicts_after_random_edits_equal_a_fresh_look(article: Path) -> None:
    rng = random.Random(11)
    ctx = CheckContext()
    checker = NamesChecker()
    text = _article(article.read_text(encoding="utf-8"), rng)
    checker.check([text], ctx)
    conflicts = 0
    for n in range(50):
        text = _edit(text, rng)
        lines = Lines.of(text)
        got = checker.check_lines(lines, ctx)
        want = find_all_issues(text, ctx)
        assert got == split_issues(lines, want), f"step {n}"
        conflicts += sum(1 for i in want if i.rule == "first-name-conflict")
    assert conflicts  # the edits made and unmade conflicts to follow


def test_an_edit_in_a_line_naming_a_surname_reads_only_that_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctx = CheckContext()
    para = "Dmitry Oreshkin said the port was busy on day {}."
    paras = [para.format(n) for n in range(300)] + ["Andrei Oreshkin, a lawyer, disagreed."]
    text = "\n\n".join(paras)
    checker = NamesChecker()
    assert any(i.rule == "first-name-conflict" for i in checker.check([text], ctx)[0])
    read: list[int] = []
    real = first_names.line_parts

    def counting(model, line):  # type: ignore[no-untyped-def]
        read.append(line.index)
        return real(model, line)

    monkeypatch.setattr(first_names, "line_parts", counting)
    edited = text.replace("busy on day 150.", "very busy on day 150.")
    issues = checker.check([edited], ctx)[0]
    assert [i.rule for i in issues if i.rule == "first-name-conflict"] == ["first-name-conflict"]
    assert len(read) == 1  # the edited line, not the 301 lines naming Oreshkin


def test_the_kept_sums_equal_sums_built_afresh() -> None:
    rng = random.Random(3)
    ctx = CheckContext()
    cache = NameModelCache()
    checker = NamesChecker(cache)
    text = _article(DEMO.read_text(encoding="utf-8"), rng)
    checker.check([text], ctx)
    for _ in range(30):
        text = _edit(text, rng)
        checker.check([text], ctx)
    found = cache.get(text).findings
    assert isinstance(found, NamesFindings)
    kept = found.names
    fresh = find_all(learn(text), ctx).names

    def sums(index: first_names.FirstNames) -> dict[str, tuple[object, ...]]:
        return {
            name: (s.evidence, +s.count, +s.kin, {k: len(v) for k, v in s.where.items()})
            for name, s in index.surnames.items()
        }

    assert sums(kept) == sums(fresh)
    assert kept.decisions == fresh.decisions
