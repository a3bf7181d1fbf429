# Two commands set everything up on a fresh machine with Python 3 and make:
#   make demo   crawl the bundled mirror of hnr.cn and write JSON lines under data/demo/
#   make test   the whole test suite
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install demo test lint format bench eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(PY) -m crawler demo

test: $(STAMP)
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check crawler tests bench
	$(VENV)/bin/ruff format --check crawler tests bench

format: $(STAMP)
	$(VENV)/bin/ruff format crawler tests bench
	$(VENV)/bin/ruff check --fix crawler tests bench

bench: $(STAMP)
	$(PY) -m pip install --quiet -r bench/requirements.txt
	$(PY) -m bench.crawl_bench
	$(PY) -m bench.figures_bench
	$(PY) bench/extract_bench.py
	$(PY) -m bench.distributed_bench

# Quality on the evaluation sets (figures: held-out, blind and real-pages dev; extraction: the
# real pages in ../shared/realpages beside trafilatura and GNE, then its development sets).
eval: $(STAMP)
	$(PY) -m pip install --quiet -r bench/requirements.txt
	$(PY) bench/figures_eval.py
	$(PY) bench/realpages_eval.py
	$(PY) bench/devsets_eval.py

clean:
	rm -rf $(VENV) data .state .pytest_cache build dist *.egg-info
