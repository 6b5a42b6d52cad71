"""sqlite-utils imported for the store: its date recipes' parser imported when first used
(issue 14).

``dateutil.parser`` costs ~5-7 ms of CPU on the window's UI thread before its first
paint, for recipes the library never calls; the store imports sqlite-utils with it left
to its first use (``reviewdesk.store._sqlite_utils``), and the recipes must still parse.
"""

from __future__ import annotations

import json
import subprocess
import sys

_FRESH = """
import json, sys
import reviewdesk.store.library
print(json.dumps({
    "hidden": [m for m in ("numpy", "pandas") if m in sys.modules],
    "date parser": type(sys.modules["dateutil.parser"]).__name__,
    "date parser loaded": "dateutil.parser._parser" in sys.modules,
}))
"""

_RECIPE = """
import json, sys
import reviewdesk.store.library
from sqlite_utils import recipes
print(json.dumps([
    recipes.parsedate("5th October 2019"),
    recipes.parsedatetime("2019-10-05 14:30"),
    type(sys.modules["dateutil.parser"]).__name__,
]))
"""


def test_the_store_imports_sqlite_utils_without_its_date_parser() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _FRESH], capture_output=True, text=True, timeout=120, check=True
    )
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert seen["hidden"] == []  # numpy and pandas still left out
    assert seen["date parser"] == "DeferredModule"  # for sqlite-utils' date recipes only
    assert not seen["date parser loaded"]


def test_sqlite_utils_date_recipes_import_their_parser_when_used() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _RECIPE], capture_output=True, text=True, timeout=120, check=True
    )
    date, when, kind = json.loads(proc.stdout.strip().splitlines()[-1])
    assert (date, when) == ("2019-10-05", "2019-10-05T14:30:00")
    assert kind == "module"  # the real one in sys.modules from then on
