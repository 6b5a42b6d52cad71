"""A real Harper whose warm-up waits for the test, as a slow machine's does for seconds.

Only the warm-up is held (so the spelling tables are not built yet, and Harper offers its
early pass); every lint is Harper's own, through harper-py.
"""

from __future__ import annotations

import threading

from reviewdesk.core.engines.harper_engine import HarperChecker

# The text both early-pass tests check: an emoji before each finding (offsets), findings
# Harper makes without its spelling rules ("their was", "teh" for "the"), a spelling one it
# makes only with them ("buget"), and one of the mechanics engine ("noon.He").
TEXT = "😀 The council met at noon.He said their was a problem with 𝄞 teh buget.\n"


class HeldHarper(HarperChecker):
    """:class:`HarperChecker` whose warm-up starts only once :attr:`gate` is set."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()

    def _warm_up(self, language: str, early: bool = False) -> None:
        self.gate.wait(300)
        super()._warm_up(language, early)
