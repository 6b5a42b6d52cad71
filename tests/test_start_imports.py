"""What the window's start imports: only what the first paint needs.

LanguageTool's HTTP client (``requests``, with urllib3 and the email and http packages
behind it: about a tenth of a second of the window's start on a quiet machine) is
imported when LanguageTool is first asked, not when the window starts.
"""

from __future__ import annotations

import json
import subprocess
import sys

_SCRIPT = """
import json, sys
import reviewdesk.app
from reviewdesk.gui.checking import CheckCoordinator
from reviewdesk.gui.main_window import MainWindow
from reviewdesk.core.engines.languagetool.client import LanguageToolClient
print(json.dumps(sorted(m for m in ("requests", "urllib3") if m in sys.modules)))
"""


def test_the_window_starts_without_the_http_client() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _SCRIPT], capture_output=True, text=True, timeout=300, check=True
    )
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == []
