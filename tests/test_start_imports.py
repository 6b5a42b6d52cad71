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


# What the first paint does not need, imported when first used (issue 14): print and PDF
# export, "Use ... everywhere", LanguageTool's client and setup, the names engine's
# spelling tables, the debris engine's patterns, the web page and Markdown importers,
# charset detection, the XML parser. A prefix names a package and its modules.
# tests/gui/test_gui_start.py asserts the same of the real app's start.
LAZY = (
    "reviewdesk.gui.print_commands",
    "reviewdesk.gui.printing",
    "reviewdesk.desk.uniform",
    "reviewdesk.core.engines.consistency",
    "reviewdesk.core.engines.languagetool",
    "reviewdesk.core.engines.names",
    "reviewdesk.core.engines.debris.lines",
    "reviewdesk.core.engines.debris.patterns",
    "reviewdesk.formats.html_import",
    "reviewdesk.formats.md_structure",
    "charset_normalizer",
    "defusedxml",
)

_LAZY = """
import json, sys
import reviewdesk.app
from reviewdesk.gui.checking import CheckCoordinator
from reviewdesk.gui.main_window import MainWindow
from reviewdesk.formats import import_file
doc = import_file(sys.argv[1])
assert doc.text.strip()
lazy = sys.argv[2].split(",")
loaded = (m for m in sys.modules if any(m == p or m.startswith(p + ".") for p in lazy))
print(json.dumps(sorted(loaded)))
"""


def test_the_window_modules_leave_out_what_the_first_paint_does_not_need(
    demo_path: Path,
) -> None:
    """The fast check of what ``tests/gui/test_gui_start.py`` asserts of the real start:
    the window's modules and a text file's import load none of the modules made lazy."""
    proc = subprocess.run(
        [sys.executable, "-c", _LAZY, str(demo_path), ",".join(LAZY)],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == []


_BEFORE_LAUNCH = """
import json, sys
import reviewdesk.app
from reviewdesk.store.peek import peek_settings
from reviewdesk.service.check_process import RemoteService
print(json.dumps(sorted(m for m in ("sqlite_utils", "PySide6") if m in sys.modules)))
"""


def test_the_checker_is_launched_before_sqlite_utils_is_imported() -> None:
    """What ``app.main`` imports before it launches the checker leaves out sqlite-utils
    (and Qt): the library is opened and the window made while the checker warms up."""
    proc = subprocess.run(
        [sys.executable, "-c", _BEFORE_LAUNCH],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == []
