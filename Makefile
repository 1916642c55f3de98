# The two commands of the README, and the developers' few more.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Tests and previews run on Qt's offscreen platform: no display, no GPU needed.
OFFSCREEN := QT_QPA_PLATFORM=offscreen

.PHONY: run test lint check bench bytecode standins clean

run: $(VENV)/.run bytecode
	@sh tools/system-deps.sh --x11
	$(BIN)/kiosk content.yaml

test: $(VENV)/.test lint
	$(OFFSCREEN) $(BIN)/python -m pytest

lint: $(VENV)/.test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check kiosk tools benchmarks tests
	$(BIN)/mypy

check: $(VENV)/.run
	$(BIN)/kiosk check content.yaml

bench: $(VENV)/.test bytecode
	$(BIN)/python benchmarks/run.py

# Compiled once here rather than on every start: the editable install leaves the kiosk's own
# modules uncompiled, and where PYTHONDONTWRITEBYTECODE is set each start would compile them
# again (30 ms of a 250 ms start). Up-to-date files are skipped, so this costs nothing twice.
bytecode: $(VENV)/.run
	$(BIN)/python -m compileall -q kiosk

# Redraw the stand-in photos from content.yaml's captions (their output is committed).
standins: $(VENV)/.run
	$(OFFSCREEN) $(BIN)/python tools/make_standins.py content.yaml

# A stamp per extra, so that a change to pyproject.toml reinstalls; .test implies .run.
define install
	@sh tools/system-deps.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --editable '.$(1)'
endef

$(VENV)/.run: pyproject.toml
	$(call install,)
	touch $@

$(VENV)/.test: pyproject.toml
	$(call install,[test])
	touch $@ $(VENV)/.run

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
