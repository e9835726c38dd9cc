# JAPBUSI: `make run` serves the site on a fresh machine; `make test` runs the whole suite.
.DEFAULT_GOAL := help
SHELL := /bin/bash

VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
MANAGE := $(PY) manage.py
# Tests run in parallel, one worker per core (pytest-xdist); TEST_WORKERS=0 runs them in one process.
# PYTEST_ARGS are passed on, e.g. make test PYTEST_ARGS="--lf" or PYTEST_ARGS="tests/grievances".
TEST_WORKERS ?= auto
PYTEST := DJANGO_SETTINGS_MODULE=japbusi.settings.test $(PY) -m pytest -n $(TEST_WORKERS)
DEV_ENV := DJANGO_SETTINGS_MODULE=japbusi.settings.dev SITE_BASE_URL=http://127.0.0.1:$(PORT)
# `make run` shows the site as visitors see it: debug off, real 404/500 pages.
RUN_ENV := $(DEV_ENV) DEBUG=false

.PHONY: help run dev test test-fast lint lint-imports audit format messages translations migrate demo clean bench lighthouse

help: ## Show this list
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt requirements-dev.txt
	@if [ ! -x $(PY) ]; then interpreter=$$(tools/find-python) && echo "Creating $(VENV) with $$interpreter" && "$$interpreter" -m venv $(VENV); fi
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@touch $@

translations: $(VENV)/.installed ## Compile the Indonesian and English catalogues (.po to .mo)
	@command -v msgfmt >/dev/null || { echo "msgfmt not found: install GNU gettext (apt-get install gettext)"; exit 1; }
	$(MANAGE) compilemessages --ignore='.venv' --ignore='node_modules' -v 0

migrate: translations ## Create or update the embedded SQLite database
	$(RUN_ENV) $(MANAGE) migrate --noinput -v 0

demo: migrate ## Load demo content and demo accounts (idempotent)
	$(RUN_ENV) $(MANAGE) load_demo_content
	$(RUN_ENV) $(MANAGE) load_grievance_demo
	$(RUN_ENV) $(MANAGE) load_knowledge_demo

run: demo ## Set up everything and serve http://127.0.0.1:$(PORT) as visitors see it
	$(RUN_ENV) $(MANAGE) collectstatic --noinput -v 0
	@echo "Serving http://127.0.0.1:$(PORT)/ (admin: http://127.0.0.1:$(PORT)/admin/)"
	$(RUN_ENV) $(VENV)/bin/gunicorn japbusi.wsgi --bind 127.0.0.1:$(PORT) --workers 2 --no-control-socket --access-logfile -

dev: demo ## Serve with auto-reload and debug pages
	$(DEV_ENV) DEBUG=true $(MANAGE) runserver 127.0.0.1:$(PORT)

test: translations ## Run the whole suite on every core (PostgreSQL when DATABASE_URL is set, else SQLite)
	@if [ -x /usr/bin/chromium ]; then echo "Browser tests: using /usr/bin/chromium"; \
	else echo "Browser tests: SKIPPED, /usr/bin/chromium is not installed (apt-get install chromium)"; fi
	$(PYTEST) $(PYTEST_ARGS)

test-fast: translations ## Everything but the browser tests, on every core
	$(PYTEST) -m "not browser" $(PYTEST_ARGS)

lint: lint-imports ## Check code style, import layers and migrations
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	DJANGO_SETTINGS_MODULE=japbusi.settings.dev $(MANAGE) makemigrations --check --dry-run

lint-imports: $(VENV)/.installed ## Check the import contracts that keep the layers (.importlinter)
	$(VENV)/bin/lint-imports --config .importlinter

audit: $(VENV)/.installed ## Security checks: bandit (fails on high severity), then known vulnerabilities in requirements.txt
	$(VENV)/bin/bandit -c pyproject.toml -r . -q --severity-level medium --exit-zero
	$(VENV)/bin/bandit -c pyproject.toml -r . -q --severity-level high
	$(PY) tools/audit-dependencies

format: $(VENV)/.installed ## Format the code
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

messages: $(VENV)/.installed ## Extract new strings into the Indonesian and English catalogues
	$(MANAGE) makemessages -l id -l en --ignore='.venv/*' --ignore='locale_wagtail/*' --ignore='tests/*' --no-obsolete --no-location

bench: translations ## Load-test the site under gunicorn on PostgreSQL (needs wrk; see bench/README.md)
	$(PY) bench/run.py $(BENCH_ARGS)

tools/lighthouse/node_modules/.installed: tools/lighthouse/package.json tools/lighthouse/package-lock.json
	cd tools/lighthouse && npm ci --no-audit --no-fund
	@touch $@

lighthouse: translations tools/lighthouse/node_modules/.installed ## Lighthouse as a phone on home, an article and the report form (Chromium)
	$(PY) bench/lighthouse.py

clean: ## Remove the virtualenv, the embedded database, uploads and collected static files
	rm -rf $(VENV) db.sqlite3 media private_media static_collected cache tools/lighthouse/node_modules
