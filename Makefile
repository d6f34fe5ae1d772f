# The two commands in the README: `make run` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1:8000
# Only for local runs and tests; production sets its own SECRET_KEY and leaves DEBUG off.
DEV_ENV := DEBUG=1
TEST_ENV := SECRET_KEY=insecure-key-for-the-test-suite-only-0123456789abcdefghijklmnop

.PHONY: setup run test lint seed

$(VENV)/.installed: requirements.txt
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -r requirements.txt
	touch $@

setup: $(VENV)/.installed

seed: setup
	$(DEV_ENV) $(PY) manage.py migrate --noinput
	$(DEV_ENV) $(PY) manage.py ingest seeds/
	$(DEV_ENV) $(PY) manage.py ensure_admin

run: seed
	$(DEV_ENV) $(PY) manage.py runserver $(HOST)

test: setup
	$(TEST_ENV) $(PY) -m pytest $(PYTEST_ARGS)

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(TEST_ENV) $(PY) manage.py makemigrations --check --dry-run
