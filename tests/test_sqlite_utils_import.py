"""sqlite-utils imported for the store: its patterns compiled, and its date recipes'
parser imported, when first used (issue 14).

One of sqlite-utils' module-level patterns costs ~7.6 ms of CPU to compile, on the
window's UI thread before its first paint, and is read only when a virtual table's module
is asked for. The store imports sqlite-utils with its own modules' patterns left to their
first use (``reviewdesk.store._sqlite_utils``); they must answer as compiled ones do, and
nobody else's patterns may change.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

import sqlite_utils.db

from reviewdesk.store._sqlite_utils import Database, LazyPattern, _compile_later

_FRESH = """
import json, re, sys
import reviewdesk.store.library
import sqlite_utils.db as db
from reviewdesk.store._sqlite_utils import LazyPattern
print(json.dumps({
    "waiting": sorted(n for n, v in vars(db).items() if isinstance(v, LazyPattern)),
    "compiled": sorted(
        n for n, v in vars(db).items() if isinstance(v, LazyPattern) and v._compiled
    ),
    "re.compile": re.compile.__module__ + "." + re.compile.__qualname__,
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


def test_the_store_imports_sqlite_utils_without_compiling_its_patterns() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _FRESH], capture_output=True, text=True, timeout=120, check=True
    )
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert "_virtual_table_using_re" in seen["waiting"]  # the 7.6 ms one
    assert seen["compiled"] == []
    assert seen["re.compile"] == "re.compile"  # the standard one again, for everyone
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


def test_sqlite_utils_patterns_answer_as_compiled_ones() -> None:
    db = Database(memory=True)
    db["docs"].insert({"body": "a council meeting"})
    db["docs"].enable_fts(["body"], fts_version="FTS5")
    assert db["docs_fts"].virtual_table_using == "FTS5"  # the CREATE VIRTUAL TABLE pattern
    assert db.quote_fts('council "meeting') == '"council" "meeting"'  # the FTS quoting one
    found = [r["body"] for r in db["docs"].search(db.quote_fts("council"))]
    assert found == ["a council meeting"]
    lazy = sqlite_utils.db._virtual_table_using_re
    if isinstance(lazy, LazyPattern):  # another test may have imported sqlite-utils first
        real = re.compile(lazy.pattern, lazy.flags)
        for sql in ("CREATE VIRTUAL TABLE [t] USING fts5(x)", "create table t (x)"):
            assert bool(lazy.match(sql)) == bool(real.match(sql))


def test_only_sqlite_utils_own_patterns_wait() -> None:
    compile_ = _compile_later(re.compile)
    theirs = eval(
        "compile_('a+b', re.I)", {"__name__": "sqlite_utils.db", "compile_": compile_, "re": re}
    )
    ours = compile_("a+b", re.I)
    assert isinstance(theirs, LazyPattern) and isinstance(ours, re.Pattern)
    assert theirs.match("AAB").group() == ours.match("AAB").group() == "AAB"
