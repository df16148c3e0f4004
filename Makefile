# antennes: two commands for a new user.
#   make demo   create .venv, install, harvest + score the bundled demo opgave, serve the dashboard
#   make test   install what the tests need and run the whole suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PORT   ?= 8501
PREFECT_PORT ?= 4200
OPGAVEN ?= config

# Nothing phones home: Prefect analytics and Streamlit usage statistics stay off.
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: demo test install lint run dashboard serve clean

demo: $(VENV)/.installed
	$(BIN)/antennes demo --port $(PORT)

test: $(VENV)/.installed-test
	$(BIN)/pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check config flows nlp warehouse dashboard tests
	$(BIN)/mypy

run: $(VENV)/.installed
	$(BIN)/antennes run $(if $(CONFIG),--config $(CONFIG),)

dashboard: $(VENV)/.installed
	$(BIN)/antennes dashboard --port $(PORT) $(if $(CONFIG),--config $(CONFIG),)

# A local Prefect server on 127.0.0.1 plus one scheduled deployment per opgave YAML in $(OPGAVEN).
serve: $(VENV)/.installed
	@mkdir -p data
	@trap 'kill $$server 2>/dev/null' EXIT INT TERM; \
	export PREFECT_API_URL=http://127.0.0.1:$(PREFECT_PORT)/api; \
	$(BIN)/prefect server start --host 127.0.0.1 --port $(PREFECT_PORT) > data/prefect-server.log 2>&1 & server=$$!; \
	for i in $$(seq 1 120); do curl -fsS $$PREFECT_API_URL/health > /dev/null 2>&1 && break; \
	  kill -0 $$server 2>/dev/null || { cat data/prefect-server.log; exit 1; }; sleep 1; done; \
	echo "Prefect UI: http://127.0.0.1:$(PREFECT_PORT)"; \
	$(BIN)/antennes serve $(OPGAVEN)

install: $(VENV)/.installed

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "antennes needs Python >= 3.11; set PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e ".[test]"
	@touch $@

clean:
	rm -rf $(VENV) data .pytest_cache .ruff_cache .mypy_cache build *.egg-info
