"""False alarms on clean published news by mechanism, read in the tuning half of
benchmarks/data/wikinews-2020-06.txt (precision19), and the real errors of the same
shapes that must still be found.

The sentences are our own. Every check runs the fast engines as the desk does, in both
dialects, after an emoji (offsets are code points).
"""

from __future__ import annotations

import pytest

from news_checks import DIALECTS, EMOJI
from news_checks import check as _check
from news_checks import on as _on
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.pipeline import CheckPipeline


@pytest.fixture(scope="module")
def pipeline() -> CheckPipeline:
    return build_fast_pipeline(EngineSettings())


@pytest.mark.parametrize("language", DIALECTS)
def test_a_hyphenated_names_possessive_is_no_misspelling(
    pipeline: CheckPipeline, language: str
) -> None:
    text = (
        "Governor Lee Min-soon, 61, was re-elected in May.\n"
        "Lee Min-soon's office said the vote was fair, and Kim Jong-un's envoy agreed.\n"
    )
    assert not _check(pipeline, text, language)
    # a misspelt piece before the possessive is still a misspelling
    slip = "Governor Lee Min-soon's offcie said the vote was fair.\nLee Min-sooon's aide agreed.\n"
    found = _on(_check(pipeline, slip, language), slip, "sooon's")
    assert found and found[0].start == len(EMOJI) + slip.index("sooon's")


@pytest.mark.parametrize("language", DIALECTS)
def test_the_family_by_its_surname_is_no_plural_slip(
    pipeline: CheckPipeline, language: str
) -> None:
    text = (
        "The farm was bought in 2004 by Aled Pryce and his wife, who ran it for a decade.\n"
        "Pryce said the barn would be restored. The Pryces sold it last year.\n"
    )
    assert not [i for i in _check(pipeline, text, language) if i.engine == "names"]
    # one person's surname with an s too many, without "the", is still a slip
    slip = (
        "The farm was bought in 2004 by Aled Pryce, who ran it for a decade.\n"
        "Pryce said the barn would be restored. Pryces sold it last year.\n"
    )
    found = _on(_check(pipeline, slip, language), slip, "Pryces")
    assert found and found[0].engine == "names" and found[0].replacements[0] == "Pryce"
