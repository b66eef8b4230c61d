# The README's two commands: `make demo` and `make test`. Both create .venv themselves.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check --quiet
EXAMPLE ?= examples/stavanger-hjemmetjenester/skisse.yaml

.PHONY: demo test lint typecheck pytest bench bench-lsp bench-edit edit-screenshot mutation clean

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
	$(BIN)/python bench/klarsprak.py

# didChange -> publishDiagnostics of `sketchkit lsp` on a 10 KB sketch (target p95 <= 25 ms).
bench-lsp: $(VENV)/.installed
	$(BIN)/python bench/lsp.py

# A change in `sketchkit edit`'s form -> its findings, on a 10 KB sketch (target p95 <= 100 ms).
bench-edit: $(VENV)/.installed
	$(BIN)/python bench/edit.py

# The picture of the form in docs/edit.md, taken in Debian's chromium.
edit-screenshot: $(VENV)/.installed-test
	$(BIN)/python examples/make_edit_screenshot.py

# Mutation testing of the checking code (docs/mutation.md); not part of `make test`. Which
# modules and tests: [tool.mutmut] in pyproject.toml. At most 2 workers: the machine is shared.
MUTATION_WORKERS ?= 2
$(VENV)/.installed-mutation: pyproject.toml | $(BIN)/python
	$(PIP) install -e '.[test,mutation]'
	touch $@ $(VENV)/.installed-test $(VENV)/.installed

mutation: $(VENV)/.installed-mutation
	$(BIN)/mutmut run --max-children $(MUTATION_WORKERS) $(MUTANTS)
	@$(BIN)/mutmut results --all true | awk -F': ' ' \
		$$2 == "not checked" || $$2 == "skipped" { next } \
		{ m = $$1; sub(/^ +/, "", m); sub(/\.x[^.]*$$/, "", m); n[m]++; N++ } \
		$$2 == "killed" || $$2 == "timeout" { k[m]++; K++ } \
		END { for (m in n) printf "%-45s %4d / %-4d %5.1f %%\n", m, k[m], n[m], 100 * k[m] / n[m]; \
		      printf "%-45s %4d / %-4d %5.1f %%\n", "(all)", K, N, 100 * K / N }' | sort
	@echo "Surviving mutants: $(BIN)/mutmut results; one of them: $(BIN)/mutmut show NAME"

clean:
	rm -rf $(VENV) dist build .pytest_cache .mypy_cache .ruff_cache mutants

# summary of 1,000 sketches with --html and --xlsx: ≤ 3 s and ≤ 200 MB (bench/summary.py).
.PHONY: bench-summary
bench-summary: $(VENV)/.installed
	$(BIN)/python bench/summary.py

# The README's picture of a rendered page with the charts (docs/images/skisse-figurer.png).
.PHONY: docs-images
docs-images: $(VENV)/.installed
	$(BIN)/python examples/make_doc_images.py

# A PDF with all three charts in a fresh process: target ≤ 0.35 s (bench/render_pdf.py).
.PHONY: bench-render
bench-render: $(VENV)/.installed
	$(BIN)/python bench/render_pdf.py
