# The README's two commands: `make demo` and `make test`. Both create .venv themselves.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check --quiet
EXAMPLE ?= examples/stavanger-hjemmetjenester/skisse.yaml

.PHONY: demo test lint typecheck pytest bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || { $(PYTHON) -m pip install --user --quiet virtualenv && $(PYTHON) -m virtualenv $(VENV); }

# Stamps: reinstall only when pyproject.toml changes.
# compileall: an editable install gets no bytecode of its own, and under
# PYTHONDONTWRITEBYTECODE every run would compile the package again.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install -e .
	$(BIN)/python -m compileall -q sketchkit
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(PIP) install -e '.[test]'
	$(BIN)/python -m compileall -q sketchkit
	touch $@ $(VENV)/.installed

DEMO_OUT ?= out/demo
SK := $(BIN)/sketchkit

# The whole path on a bundled example: new -> check -> render to every format.
demo: $(VENV)/.installed
	@mkdir -p $(DEMO_OUT)
	@echo "== 1. sketchkit new: en ny skisse med veiledning til hvert felt"
	@$(SK) new $(DEMO_OUT)/ny-skisse.yaml --no-input --force --title "Snø til besvær" \
		--applicant "Gjøvik kommune" --kind municipality
	@echo "   ... som check melder som uferdig (bare plassholderne <<FYLL INN>>):"
	@$(SK) check $(DEMO_OUT)/ny-skisse.yaml --today 2017-08-01 | tail -n 1 || true
	@echo
	@echo "== 2. sketchkit check $(EXAMPLE) --today 2017-08-01"
	@$(SK) check $(EXAMPLE) --today 2017-08-01
	@echo
	@echo "== 3. sketchkit render: dokumentet som sendes inn, i alle formater"
	@for f in md html docx pdf; do \
		$(SK) render $(EXAMPLE) --format $$f --today 2017-08-15 --force -o $(DEMO_OUT)/skisse.$$f || exit 2; \
	done
	@echo
	@echo "Filene ligger i $(DEMO_OUT)/:"
	@ls -l $(DEMO_OUT)
	@echo
	@echo "Neste steg: lag din egen skisse. Denne kommandoen virker i dette terminalvinduet:"
	@echo "  $(SK) new skisse.yaml"
	@echo "Aktiver miljøet først, så holder det å skrive sketchkit:"
	@echo "  . $(VENV)/bin/activate && sketchkit new skisse.yaml"

lint: $(VENV)/.installed-test
	$(BIN)/ruff check sketchkit tests bench examples
	$(BIN)/ruff format --check sketchkit tests bench examples

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

pytest: $(VENV)/.installed-test
	$(BIN)/pytest

test: lint typecheck pytest

$(VENV)/.installed-bench: pyproject.toml | $(BIN)/python
	$(PIP) install -e '.[bench]'
	touch $@

bench: $(VENV)/.installed-bench
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) dist build .pytest_cache .mypy_cache .ruff_cache
