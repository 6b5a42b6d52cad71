"""The first highlights come before the slow tables are read: while the grammar engine's
warm-up reads LemmInflect's dictionary, the names engine (which asks it whether a word
is English) waits with the grammar engine, and the quick engines answer at once."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

_SCRIPT = textwrap.dedent(
    """
    import json, threading
    from reviewdesk.core.engines.grammar import lemma_tables
    gate = threading.Event()
    real = lemma_tables.read_lemma_table
    def held(*args, **kwargs):  # the dictionary is read only once the gate opens
        gate.wait(60)
        return real(*args, **kwargs)
    lemma_tables.read_lemma_table = held
    from reviewdesk.core.checker import CheckContext
    from reviewdesk.core.engines.grammar.checker import GrammarChecker
    from reviewdesk.core.engines.mechanics import MechanicsChecker
    from reviewdesk.core.engines.names.checker import NamesChecker
    from reviewdesk.core.pipeline import CheckPipeline
    from reviewdesk.service.check_service import CheckRequest, CheckService
    text = (
        "Dmitry Oreshkin said the port was busy.He left.\\n\\n"
        "Andrei Oreshkin, a lawyer, said it was an mistake.\\n\\n"
        "Dmitry Oreshkin said so again."
    )
    pipeline = CheckPipeline([GrammarChecker(), NamesChecker(), MechanicsChecker()])
    service = CheckService(lambda: pipeline)
    service.start_up("en-US")
    early = []
    def partial(outcome):
        early.append(outcome)
        gate.set()
    request = CheckRequest("draft", 1, text, CheckContext(), original=text, doc=1)
    final = service.check(request, lambda: False, partial)
    gate.set()
    print(json.dumps({
        "early": [sorted({i.engine for i in e.issues}) for e in early],
        "waiting": [list(e.waiting_for) for e in early],
        "final": sorted({i.engine for i in final.issues}),
    }))
    service.close()
    """
)


@pytest.mark.slow  # a fresh interpreter: the dictionary must not be read yet
def test_quick_engines_answer_while_the_dictionary_is_read() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _SCRIPT], capture_output=True, text=True, timeout=300, check=True
    )
    found = json.loads(proc.stdout.strip().splitlines()[-1])
    assert found["early"] == [["mechanics"]]
    assert found["waiting"] == [["grammar", "names"]]
    assert found["final"] == ["grammar", "mechanics", "names"]
