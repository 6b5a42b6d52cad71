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

import pytest

from reviewdesk.store import Library

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
# charset detection, the XML parser; and the in-process checking path (the pipeline, its
# merge, the check service, the checker's own loop, the grammar lexicon behind its dialect
# guess), which the window needs only for an in-process or slow (LanguageTool) worker: its
# first highlights come from the checker process. The dialogs only a later action opens
# (Restore ignored…, the library window's model, the encoding question) too. A prefix
# names a package and its modules. tests/gui/test_gui_start.py asserts the same of the
# real app's start.
LAZY = (
    "reviewdesk.core.pipeline",
    "reviewdesk.core.finalize",
    "reviewdesk.service.check_service",
    "reviewdesk.service.checker_loop",
    "reviewdesk.service.priority",
    "reviewdesk.core.engines.grammar",
    "reviewdesk.gui.print_commands",
    "reviewdesk.gui.printing",
    "reviewdesk.desk.uniform",
    "reviewdesk.gui.dialogs.restore_ignored",
    "reviewdesk.gui.dialogs.library_model",
    "reviewdesk.gui.dialogs.encoding",
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


# The window's side of the checker beyond the process itself: the typed messages, the
# check service's types and the result bookkeeping (~40 ms of CPU at load 5). The app
# starts the checker process (reviewdesk.service.spawn) before importing them.
AFTER_THE_LAUNCH = (
    "reviewdesk.service.check_process",
    "reviewdesk.service.check_service",
    "reviewdesk.service.checker_loop",
    "reviewdesk.service.messages",
)
# The engines' settings whole: the registry with the pipeline and the checker's types,
# the desk's settings and context with the style sheets (~50-60 ms of CPU at load 9).
# The process is started with Harper's dialect read from the stored values alone
# (reviewdesk.desk.warm_dialect), these imported after it: the first thing app.main does.
# The models too (hashlib, dataclasses, inspect: ~9 ms at load 10): the warm-up dialect
# and the peek at the settings and words need only the dialects' and the scopes' names.
AFTER_THE_SPAWN = (
    "reviewdesk.core.models",
    "reviewdesk.core.engines.registry",
    "reviewdesk.core.pipeline",
    "reviewdesk.core.checker",
    "reviewdesk.core.style",
    "reviewdesk.desk.checking",
    "reviewdesk.desk.context",
    "reviewdesk.desk.settings",
)

_AT_THE_LAUNCH = """
import json, subprocess, sys
from pathlib import Path
import reviewdesk.app as app
watched = sys.argv[2].split(",")
seen = []

def refused(*args, **kwargs):
    seen.append(sorted(m for m in watched if m in sys.modules))
    raise OSError("no process started in this test")

subprocess.Popen = refused
early = app._launch_early(Path(sys.argv[1]))
assert early is not None and early[0] is None  # refused: the coordinator tries again
print(json.dumps(seen))
"""


@pytest.mark.parametrize("first_run", [True, False], ids=["first run", "a library"])
def test_the_checker_process_is_started_before_its_window_side_is_imported(
    tmp_path: Path, first_run: bool
) -> None:
    """``app.main``'s early launch starts the process first (the checker warms up from
    that moment), then imports what talks to it and the engines' settings it sends. No
    process is started here: the ``Popen`` call is refused once it has noted what was
    imported by then. With a library there, its settings and words are read first."""
    if not first_run:
        Library(tmp_path / "library.sqlite").close()
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            _AT_THE_LAUNCH,
            str(tmp_path / "library.sqlite"),  # a first run: the default settings
            ",".join(AFTER_THE_LAUNCH + AFTER_THE_SPAWN),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == [[]]


_SOURCES_READ = """
import json, linecache, sys
import reviewdesk.app
from reviewdesk.gui.pyside_feature import quicken_module_checks, uses_pyside
assert quicken_module_checks()
before = set(sys.modules)
from reviewdesk.gui.checking import CheckCoordinator
from reviewdesk.gui.main_window import MainWindow
feature = sys.modules["shibokensupport.feature"]
upstream = feature._mod_uses_pyside.fallback
window = [m for n, m in sorted(sys.modules.items()) if n not in before]
read = [m.__name__ for m in window if getattr(m, "__file__", None) in linecache.cache]
ours = [m for n, m in sorted(sys.modules.items()) if n.startswith("reviewdesk")]
differ = [m.__name__ for m in ours if uses_pyside(m, upstream) != upstream(m)]
marked = {n: feature.pyside_feature_dict.get(n) for n in ("reviewdesk.gui.main_window",
          "reviewdesk.core.models")}
print(json.dumps([read, len(window), differ, len(ours), marked]))
"""


def test_pyside_reads_no_source_of_the_window_modules_and_answers_as_before() -> None:
    """PySide6 asks of every module imported after it whether it uses PySide6, by reading
    its source into ``linecache``; the window's start gives it the same answers from the
    file's bytes (``reviewdesk.gui.pyside_feature``): none of our sources is kept in
    memory, and for every reviewdesk module the answer is PySide6's own."""
    proc = subprocess.run(
        [sys.executable, "-c", _SOURCES_READ],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    read, window, differ, ours, marked = json.loads(proc.stdout.strip().splitlines()[-1])
    assert read == [] and window > 100  # the window's modules, none of them read
    assert differ == [] and ours > 100
    # a module using PySide6 is marked as one (0), any other as "ignore" (-1)
    assert marked == {"reviewdesk.gui.main_window": 0, "reviewdesk.core.models": -1}


# What a window start has imported when its checker process is started (cold21): the
# command line starts it before anything else, the dialect told once the settings are read.
BEFORE_THE_FIRST_THING = (
    "argparse",
    "logging",
    "typing",
    "sqlite3",
    "multiprocessing.connection",
    "reviewdesk.app",
    "reviewdesk.cli.common",
    "reviewdesk.store",
    "reviewdesk.core.lifeline",
)

_FIRST_THING = """
import json, os, subprocess, sys
watched = sys.argv[2].split(",")

def noted(*args, **kwargs):
    print(json.dumps([args[0][-3:], sorted(m for m in watched if m in sys.modules)]))
    sys.stdout.flush()
    os._exit(0)

subprocess.Popen = noted
from reviewdesk.cli import main
main([sys.argv[1]])
"""


def test_a_window_start_begins_its_checker_before_reading_anything_else(
    demo_path: Path,
) -> None:
    """``reviewdesk FILE`` starts the checker process before its arguments' parser,
    logging, the library's settings and the app's own modules are imported (Harper's
    dictionary is on the way to its full highlights), and tells it the dialect later."""
    proc = subprocess.run(
        [sys.executable, "-c", _FIRST_THING, str(demo_path), ",".join(BEFORE_THE_FIRST_THING)],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    command, imported = json.loads(proc.stdout.strip().splitlines()[-1])
    assert imported == []
    assert command[1] == "?"  # the dialect follows (checker_entry.DIALECT_FOLLOWS)
