# The two commands of the README, and the developers' few more.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Tests and previews run on Qt's offscreen platform: no display, no GPU needed.
OFFSCREEN := QT_QPA_PLATFORM=offscreen

.PHONY: run test lint check bench standins clean

run: $(VENV)/.run
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

bench: $(VENV)/.test
	$(BIN)/python benchmarks/run.py

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
