"""What the news precision tests share: the fast engines as the desk runs them with the
default house style, a text checked after an emoji (offsets are code points), and the
issues on one word of it."""

from __future__ import annotations

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.models import Issue
from reviewdesk.core.pipeline import CheckPipeline
from reviewdesk.core.style import load_default_style_sheet

EMOJI = "😀 "
DIALECTS = ("en-US", "en-GB")


def check(pipeline: CheckPipeline, text: str, language: str) -> list[Issue]:
    """The issues on ``text`` with an emoji before it, checked as ``language``."""
    ctx = CheckContext(language=language, style=load_default_style_sheet())
    return pipeline.check(EMOJI + text, ctx).issues


def on(issues: list[Issue], text: str, word: str, nth: int = 0) -> list[Issue]:
    """The issues covering the ``nth`` occurrence of ``word`` (after the emoji)."""
    full = EMOJI + text
    start = -1
    for _ in range(nth + 1):
        start = full.index(word, start + 1)
    return [i for i in issues if i.start < start + len(word) and start < i.end]
