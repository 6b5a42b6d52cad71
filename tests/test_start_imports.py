"""What the window's start imports: only what the first paint needs.

LanguageTool's HTTP client (``requests``, with urllib3 and the email and http packages
behind it: about a tenth of a second of the window's start on a quiet machine) is
imported when LanguageTool is first asked, not when the window starts. python-docx and
lxml (with our Word modules: ~120 modules) are imported when a Word file is opened or
something is exported, not to open a text article at start.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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


_OPENING = """
import json, sys
import reviewdesk.app
from reviewdesk.gui.checking import CheckCoordinator
from reviewdesk.gui.main_window import MainWindow
from reviewdesk.formats import import_file
doc = import_file(sys.argv[1])
assert doc.text.strip()
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules} & {"docx", "lxml"})))
"""


def test_the_window_opens_a_text_article_without_the_word_libraries(demo_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _OPENING, str(demo_path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == []
