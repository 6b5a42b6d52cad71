"""When LanguageTool's findings reach the window after an article opens (ltfirst16).

Each run is a fresh child process: a real window (offscreen, a throwaway library) with
its own real checker process (Harper cold, as after launch), LanguageTool switched on
and pointed at the ``/v2/check`` double of ``tests/fake_languagetool.py`` (it answers at
once). The article (the sample, else the demo) is opened as soon as the fast engines say
they are ready; from the open call the child times the first result shown with
LanguageTool's findings in it, and the fast engines' full result (Harper's included).
``--base-src`` alternates run by run with another tree's ``src`` (through PYTHONPATH,
the checker process too); ``--burn N`` runs N busy-loop processes meanwhile (flaky16
measured beside two). Prints each run and the medians, with the load.

    .venv/bin/python benchmarks/bench_languagetool_first.py --runs 3 --base-src ../base/src
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SAMPLE = ROOT.parent / "shared" / "samples" / "belarus-visit.txt"
DEMO = ROOT / "src" / "reviewdesk" / "resources" / "demo" / "newsroom-demo.txt"
GUARD_S = 300.0


def _child() -> None:
    """One run: print a JSON line of seconds from the open call."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT / "tests"))
    from PySide6.QtCore import QElapsedTimer
    from PySide6.QtWidgets import QApplication

    from fake_languagetool import FakeLanguageTool
    from reviewdesk.core.engines.registry import EngineSettings
    from reviewdesk.gui.main_window import MainWindow
    from reviewdesk.store import Library

    app = QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp(prefix="ltfirst-"))
    os.environ["REVIEWDESK_LIBRARY"] = str(work / "library.db")
    article = work / "article.txt"
    article.write_text((SAMPLE if SAMPLE.exists() else DEMO).read_text("utf-8"), "utf-8")
    server = FakeLanguageTool().start()
    library = Library(work / "library.db")
    settings = EngineSettings(languagetool_url=server.url, languagetool_timeout=60).switch(
        languagetool=True
    )
    window = MainWindow(library, settings)
    window.show()
    coordinator = window.coordinator
    clock = QElapsedTimer()
    marks: dict[str, float] = {}

    def seen(outcome: object) -> None:
        issues = getattr(outcome, "issues", [])
        if getattr(outcome, "pane", "") != "draft" or "opened" not in marks:
            return
        now = clock.elapsed() / 1000
        if "languagetool" not in marks and any("languagetool" in i.engines for i in issues):
            marks["languagetool"] = now
            marks["fast full then"] = float(not getattr(outcome, "waiting_for", ()))
        full = not getattr(outcome, "waiting_for", ())
        if "fast full" not in marks and full and any("harper" in i.engines for i in issues):
            marks["fast full"] = now

    coordinator.outcome_ready.connect(seen)
    started = time.monotonic()
    while not coordinator.is_ready and time.monotonic() - started < GUARD_S:
        app.processEvents()
        time.sleep(0.005)
    clock.start()
    marks["opened"] = 0.0
    window.open_file(article)
    while len(marks) < 4 and time.monotonic() - started < GUARD_S:
        app.processEvents()
        time.sleep(0.005)
    print(json.dumps(marks), flush=True)
    window.close()
    server.stop()
    library.close()


def _burn() -> None:
    while True:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--base-src", help="another tree's src, alternated run by run")
    parser.add_argument("--burn", type=int, default=0, help="busy-loop processes meanwhile")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child()
        return
    burners = [multiprocessing.Process(target=_burn, daemon=True) for _ in range(args.burn)]
    for burner in burners:
        burner.start()
    trees = [("this tree", None)] + ([("base", args.base_src)] if args.base_src else [])
    got: dict[str, list[dict[str, float]]] = {name: [] for name, _ in trees}
    try:
        for run in range(args.runs):
            for name, src in trees if run % 2 == 0 else trees[::-1]:
                env = dict(os.environ)
                if src:
                    env["PYTHONPATH"] = src
                    env["PYTHONDONTWRITEBYTECODE"] = "1"
                load = os.getloadavg()[0]
                out = subprocess.run(
                    [sys.executable, __file__, "--child"],
                    env=env,
                    capture_output=True,
                    text=True,
                    timeout=GUARD_S + 60,
                )
                line = next((x for x in out.stdout.splitlines() if x.startswith("{")), "{}")
                marks = json.loads(line)
                marks["load"] = load
                got[name].append(marks)
                print(f"run {run + 1} {name:9} load {load:5.1f}: {marks}", flush=True)
    finally:
        for burner in burners:
            burner.terminate()
    for name, runs in got.items():
        for key in ("languagetool", "fast full"):
            values = [r[key] for r in runs if key in r]
            if values:
                print(f"{name:9} {key:13} median {statistics.median(values):6.2f} s  {values}")


if __name__ == "__main__":
    main()
