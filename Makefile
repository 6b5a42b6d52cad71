# reviewdesk developer commands. `make run` opens the app on the demo article;
# `make test` runs every check CI runs. Both set up .venv on first use.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO := src/reviewdesk/resources/demo/newsroom-demo.txt
# Stamps: reinstall only when pyproject.toml changes.
STAMP_RUN := $(VENV)/.installed-run
STAMP_DEV := $(VENV)/.installed-dev
PYTEST_ARGS ?=

export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: help run test test-fast lint pytest bench bench-all venv dev dist test-dist screenshots ts clean

help:
	@echo "make run    - set up .venv and open the app on the demo article"
	@echo "make test   - install dev tools, then ruff, mypy, import-linter and the whole pytest suite (Qt offscreen, one worker per core)"
	@echo "make test-fast - ruff and the tests not marked slow, one pytest worker per core"
	@echo "make lint   - ruff, mypy and import-linter only"
	@echo "make bench  - print issue 14's speed and memory figures (~10 min; BENCH_200K=1 adds 200k words)"
	@echo "make bench-all - every benchmark and score script (an hour or more)"
	@echo "make dist   - build dist/: wheel, sdist, the frozen app (dist/reviewdesk/) and the .deb"
	@echo "make test-dist - test what make dist built (pipx, the frozen app, the installed .deb)"
	@echo "make screenshots - take the README's screenshots again (needs Xvfb)"
	@echo "make ts     - collect every string the window shows into i18n/reviewdesk.ts"
	@echo "make clean  - remove caches and build output (keeps .venv)"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_DEV): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(STAMP_RUN)

venv: $(STAMP_RUN)

dev: $(STAMP_DEV)

run: $(STAMP_RUN)
	$(BIN)/reviewdesk $(DEMO)

lint: $(STAMP_DEV)
	$(BIN)/ruff check src tests benchmarks packaging
	$(BIN)/mypy
	$(BIN)/lint-imports --no-logo

pytest: $(STAMP_DEV)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# Runs every step even when one fails, so a single run shows all problems; fails if any did.
# pytest runs the whole suite, slow tests included (real processes, LibreOffice, the app
# started as a program), on every core: pytest-xdist with one worker per core
# (TEST_WORKERS=auto; TEST_WORKERS=0 runs it serially in one process), a file's tests on
# one worker (--dist loadfile), so module fixtures are built once and a file's tests run
# in their written order. Every test keeps to its own tmp_path, environment and system-
# chosen ports and pipes, so two workers never share a path (see the README's "The fast
# loop"). Bytecode is kept (PYTHONDONTWRITEBYTECODE emptied): each worker, and each
# process a test starts, then reads compiled modules instead of compiling them again.
# The tests' temporary files stay on the ordinary disk (fsyncs as a user's disk does).
TEST_WORKERS ?= auto
test: $(STAMP_DEV)
	@status=0; \
	echo "== ruff"; $(BIN)/ruff check src tests benchmarks packaging || status=1; \
	echo "== mypy"; $(BIN)/mypy || status=1; \
	echo "== import-linter"; $(BIN)/lint-imports --no-logo || status=1; \
	echo "== pytest"; PYTHONDONTWRITEBYTECODE= QT_QPA_PLATFORM=offscreen \
		$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile --durations=25 \
		$(PYTEST_ARGS) || status=1; \
	if [ $$status -ne 0 ]; then echo "make test: FAILED (see above)"; fi; \
	exit $$status

# The quick loop while editing: everything but the tests marked slow (real processes,
# LibreOffice, the app started as a program, seconds of CPU). `make test` still runs them
# all. One pytest worker per core (pytest-xdist); a file's tests stay on one worker, so
# module fixtures (a Harper linter, the grammar lexicon) are built once (--dist worksteal
# was tried: 94-112 s against loadfile's 74 s on the same loaded machine). Bytecode is kept
# (PYTHONDONTWRITEBYTECODE emptied): each worker's imports then cost ~3 s, not ~8 s.
# The tests' temporary files (each test's library, imports, exports) go to a RAM disk
# when there is one (FAST_TMPDIR): every library commit and atomic write fsyncs, and on a
# real disk those waits leave a core idle (about a third of the store tests' time).
# `make test` keeps them on the ordinary disk.
FAST_WORKERS ?= auto
FAST_TMPDIR ?= $(shell test -d /dev/shm -a -w /dev/shm && echo /dev/shm)
test-fast: $(STAMP_DEV)
	$(BIN)/ruff check src tests benchmarks packaging
	$(if $(FAST_TMPDIR),TMPDIR=$(FAST_TMPDIR)) PYTHONDONTWRITEBYTECODE= QT_QPA_PLATFORM=offscreen \
		$(BIN)/python -m pytest -m "not slow" -q -n $(FAST_WORKERS) --dist loadfile $(PYTEST_ARGS)

# make bench: the speed and memory figures of issue 14 (keystroke, stalls, first
# highlights, memory, the scaling table), each against its target; BENCH_200K=1 adds the
# 200k-word row. make bench-all: every benchmarks/bench_*.py and score_*.py script.
BENCHES := $(sort $(wildcard benchmarks/bench_*.py benchmarks/score_*.py))
bench: $(STAMP_DEV)
	@status=0; for script in "benchmarks/bench_check.py --quick" benchmarks/bench_gui.py \
		benchmarks/bench_memory.py benchmarks/bench_scaling.py; do \
		echo; echo "######## $$script"; \
		QT_QPA_PLATFORM=offscreen $(BIN)/python $$script || status=1; \
	done; exit $$status

bench-all: $(STAMP_DEV)
	@status=0; for script in $(BENCHES); do \
		echo; echo "######## $$script"; \
		QT_QPA_PLATFORM=offscreen $(BIN)/python $$script || status=1; \
	done; exit $$status

# Everything a user installs, into dist/: the wheel and sdist (python -m build), the
# frozen app (PyInstaller, one folder) and a .deb of it (dpkg-deb). A missing build
# tool (dpkg-deb on a non-Debian machine) skips only its own package, with a message.
dist: $(STAMP_DEV)
	rm -rf dist build/pyinstaller build/deb
	$(BIN)/python -m build --outdir dist .
	$(BIN)/pyinstaller packaging/reviewdesk.spec --noconfirm --log-level WARN \
		--distpath dist --workpath build/pyinstaller
	@if command -v dpkg-deb >/dev/null && command -v dpkg >/dev/null; then \
		$(BIN)/python packaging/build_deb.py --dist dist --build build/deb; \
	else echo "make dist: SKIPPED the .deb: dpkg-deb is not installed (not a Debian system)"; fi
	@ls -l dist

# Tests of the built packages (tests/dist/, left out of `make test`): run after `make dist`.
test-dist: $(STAMP_DEV)
	REVIEWDESK_TEST_DIST=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/dist $(PYTEST_ARGS)

# The strings translators work from: every translate(...) and QT_TRANSLATE_NOOP(...) in
# src/ (without line numbers, so the file changes only when a string does).
ts: $(STAMP_RUN)
	$(BIN)/pyside6-lupdate $$(find src/reviewdesk -name '*.py' | sort) \
		-ts i18n/reviewdesk.ts -source-language en -no-obsolete -locations none

# The README's screenshots (docs/screenshots/*.png), each on its own Xvfb screen.
screenshots: $(STAMP_RUN)
	$(BIN)/python docs/screenshots/take.py

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache .import_linter_cache src/*.egg-info
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +
