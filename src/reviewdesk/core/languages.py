"""The dialects an article can be checked in, and the default one.

A module of its own, with no imports, so that the app can read Harper's warm-up dialect
and start the checker process before the models (with hashlib, dataclasses and inspect:
~9 ms of CPU at load 10) are imported (issue 14, the first highlights).
:mod:`reviewdesk.core.models` gives the same names.
"""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("en-US", "en-GB", "en-AU", "en-CA")
DEFAULT_LANGUAGE = "en-US"
