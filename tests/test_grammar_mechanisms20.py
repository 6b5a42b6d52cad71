"""Issue 11 point 1, twentieth grammar pass: kinds planted from issue 11's list in copies
of published news (``benchmarks/score_injected.py --kinds grammar``), built on where
the planted half showed misses, in our own sentences (after an emoji and a label, so
offsets are code points), with correct sentences of the same shapes beside them, in
both dialects:

- a passive's participle that lost its "-ed" after "be" ("was evacuate", "were
  convict by"): only where print never writes the two side by side, never after an
  adjective's "be" ("was brief"), never in a pseudo-cleft ("all they did was wait");
- "there are/were" before one thing ("there were a long tradition", "there are no
  guarantee that"), a quantity ("a few", "a total of", "a reported 30") left;
- agreement across an "of" phrase whose head is also an adjective ("the choice of
  Pelosi were") or whose last word no table knows ("the locations of the moai is");
  a plural subject's "-s" verb before "this" ("Reports indicates this");
- a modal that is never a noun after "this"/"that" ("this would includes");
- "he", "she", "we", "they" and their verb wherever they stand, past a phrase or a
  comma ("From 1967 to 1995 he were");
- a compound written apart whose parts print counts less often ("out break"), and a
  preposition split before its noun phrase ("out side the town hall").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grammar_kinds import (
    EMOJI,
    assert_clean,
    assert_cli_finds,
    assert_found_in_british,
    assert_kind_found,
)
from reviewdesk.core.pipeline import CheckPipeline

# (sentence, flagged text, first fix)
FOUND = [
    ("The building was evacuate on Monday.", "evacuate", "evacuated"),
    ("At least eight more people were hospitalize.", "hospitalize", "hospitalized"),
    ("The boy was rescue alive after two days.", "rescue", "rescued"),
    ("Vigils were attend by thousands.", "attend", "attended"),
    ("The ship had been hijack, officials said.", "hijack", "hijacked"),
    ("He was transport to a local hospital.", "transport", "transported"),
    ("There were a long tradition of one term.", "were", "was"),
    ("There are no guarantee that ships will see it.", "are", "is"),
    ("Within her party, the choice of Pelosi were not uncontested.", "were", "was"),
    ("The locations of the moai is close to water.", "is", "are"),
    ("Reports indicates this vehicle struck three people.", "indicates", "indicate"),
    ("He said this would includes foreign navies.", "includes", "include"),
    ("From 1967 to 1995 he were a member of parliament.", "were", "was"),
    ("Paweł, we is with you.", "is", "are"),
    ("The bus exploded out side the town hall.", "out side", "outside"),
    ("The latest out break began in August.", "out break", "outbreak"),
]

# correct sentences of the same shapes that must stay clean
CLEAN = [
    "President Putin was brief, and flew home.",
    "All they did was wait.",
    "What he did was attend every meeting.",
    "The plan is complete.",
    "There were police everywhere.",
    "The pipes were lead, the report said.",
    "Drivers are supposed to stop here.",
    "The aim was control of the port.",
    "The first step was review of the data.",
    "The result was chaos.",
    "Her job is research.",
    "They were ready to leave.",
    "There were a few people.",
    "There are a total of five.",
    "There were two of them.",
    "There were a reported 30 deaths.",
    "There are an estimated 5,000 fighters.",
    "There are a number of reasons.",
    "There are no plans.",
    "There were no police.",
    "The choice of the leader was not contested.",
    "The locations of the moai are close to water.",
    "Reports indicate this vehicle struck three people.",
    "This can hold two litres.",
    "That would be fine.",
    "They demanded he resign.",
    "May he rest in peace.",
    "Why do they care?",
    "If he were elected, he would go.",
    "Scientist He Jiankui was jailed.",
    "They walked out side by side.",
    "He bought it and it works.",
]


@pytest.fixture(scope="module")
def pipeline() -> CheckPipeline:
    from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline

    return build_fast_pipeline(EngineSettings())


@pytest.mark.parametrize(("sentence", "flagged", "fix"), FOUND)
def test_kind_found_with_its_fix(
    pipeline: CheckPipeline, sentence: str, flagged: str, fix: str
) -> None:
    assert_kind_found(pipeline, sentence, flagged, fix)


@pytest.mark.parametrize("sentence", CLEAN)
def test_correct_look_alike_stays_clean(sentence: str) -> None:
    assert_clean(sentence)


@pytest.mark.parametrize(
    ("sentence", "flagged", "fix"),
    [
        ("The building was evacuate on Monday.", "evacuate", "evacuated"),
        ("There were a long tradition of one term.", "were", "was"),
        ("The locations of the moai is close to water.", "is", "are"),
        ("He said this would includes foreign navies.", "includes", "include"),
        ("From 1967 to 1995 he were a member of parliament.", "were", "was"),
        ("The bus exploded out side the town hall.", "out side", "outside"),
    ],
)
def test_kinds_found_in_british_english(sentence: str, flagged: str, fix: str) -> None:
    assert_found_in_british(sentence, flagged, fix)


def test_kinds_through_the_cli(tmp_path: Path) -> None:
    kinds = [
        (EMOJI + "The building was evacuate on Monday.", "evacuate", "evacuated"),
        (EMOJI + "There were a long tradition of one term.", "were", "was"),
        (EMOJI + "He said this would includes foreign navies.", "includes", "include"),
    ]
    assert_cli_finds(tmp_path, kinds, EMOJI + "All they did was wait.")
