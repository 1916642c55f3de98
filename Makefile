# The two commands of the README, and the developers' few more.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Tests and previews run on Qt's offscreen platform: no display, no GPU needed.
OFFSCREEN := QT_QPA_PLATFORM=offscreen

.PHONY: run test lint check bench fuzz soak bytecode standins wheel clean

run: $(VENV)/.run bytecode
	@sh tools/system-deps.sh
	$(BIN)/kiosk

test: $(VENV)/.test lint
	@sh tools/system-deps.sh --test
	$(OFFSCREEN) $(BIN)/python -m pytest

lint: $(VENV)/.test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check kiosk tools benchmarks tests
	$(BIN)/mypy

check: $(VENV)/.run
	$(BIN)/kiosk check kiosk/bundled/content.yaml

bench: $(VENV)/.test bytecode
	$(BIN)/python benchmarks/run.py

# The content fuzz tests with a new seed and far more mutants than `make test` tries (it keeps a
# fixed seed so that CI is reproducible): FUZZ_EXAMPLES per test. Quicker: make fuzz FUZZ_EXAMPLES=1000.
FUZZ_EXAMPLES ?= 10000
fuzz: $(VENV)/.test
	$(OFFSCREEN) HYPOTHESIS_PROFILE=fuzz FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest tests/content/test_fuzz_content.py

# A day of a hall's slideshow (10,000 photos at 8 s) in minutes, a photo every 20 ms and the content
# reloaded every 500: fails if memory, descriptors, threads or Qt objects grow. Shorter runs:
# make soak TRANSITIONS=2000.
TRANSITIONS ?= 10000
soak: $(VENV)/.run
	$(OFFSCREEN) $(BIN)/python tools/soak.py --transitions $(TRANSITIONS)

# Compiled once here rather than on every start: the editable install leaves the kiosk's own
# modules uncompiled, and where PYTHONDONTWRITEBYTECODE is set each start would compile them
# again (30 ms of a 250 ms start). Up-to-date files are skipped, so this costs nothing twice.
bytecode: $(VENV)/.run
	$(BIN)/python -m compileall -q kiosk

# The kiosk as one file for machines without a checkout (docs/deploy.md): dist/exhibition_kiosk-*.whl,
# with its screens, translations, fonts and the bundled exhibition inside.
wheel: $(VENV)/.run
	$(BIN)/python -m pip wheel --no-deps --wheel-dir dist .

# Redraw the stand-in photos from content.yaml's captions (their output is committed).
standins: $(VENV)/.run
	$(OFFSCREEN) $(BIN)/python tools/make_standins.py kiosk/bundled/content.yaml

# A stamp per extra, so that a change to pyproject.toml reinstalls; .test implies .run.
define install
	@sh tools/system-deps.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --editable '.$(1)'
endef

# `make run` shows speeches' PDF documents and videos too; without the media extra they are left out.
$(VENV)/.run: pyproject.toml
	$(call install,[media])
	touch $@

$(VENV)/.test: pyproject.toml
	$(call install,[test])
	touch $@ $(VENV)/.run

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
