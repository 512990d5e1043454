# JobFutures portal. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
RUFF := $(VENV)/bin/ruff
DEMO_ADDR ?= 127.0.0.1:8000
TEST_ENV := DJANGO_SETTINGS_MODULE=portal.settings.test
# make test runs the suite in this many pytest-xdist processes, each with its own test database
# and Redis database (portal/settings/test.py); TEST_WORKERS=0 runs it in this process.
TEST_WORKERS ?= 2
# make serve / serve-edge: production settings on PostgreSQL + Redis, plain HTTP on 127.0.0.1.
SERVE_ADDR ?= 127.0.0.1:8000
EDGE_ADDR ?= 127.0.0.1:6081
SERVE_ENV = DJANGO_SETTINGS_MODULE=portal.settings.production \
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/jobfutures} \
	REDIS_URL=$${REDIS_URL:-redis://127.0.0.1:6379/0} \
	SECRET_KEY=$${SECRET_KEY:-$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))')} \
	ALLOWED_HOSTS=$${ALLOWED_HOSTS:-127.0.0.1,localhost} SECURE_SSL_REDIRECT=off SERVE_MEDIA=$${SERVE_MEDIA:-on} \
	WAGTAILADMIN_BASE_URL=http://$(SERVE_ADDR) EDGE_CACHE_PURGE_URL=http://$(EDGE_ADDR)

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

.PHONY: help
help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-8s %s\n", $$1, $$2}'

.PHONY: install
install: $(VENV)/.installed ## create .venv and install pinned dependencies

.PHONY: messages
messages: install ## compile the .po catalogues in locale/
	$(PY) manage.py compile_translations

.PHONY: demo
demo: messages ## run the portal with demo content at DEMO_ADDR (127.0.0.1:8000); PostgreSQL if it answers, else SQLite
	@export DATABASE_URL="$${DATABASE_URL:-$$($(PY) -m portal.demo_database)}" \
		DJANGO_SETTINGS_MODULE="$${DJANGO_SETTINGS_MODULE:-portal.settings.demo}" \
		WAGTAILADMIN_BASE_URL="$${WAGTAILADMIN_BASE_URL:-http://$(DEMO_ADDR)}" && \
	$(PY) manage.py migrate --no-input && \
	$(PY) manage.py load_demo && \
	$(PY) manage.py runserver $(DEMO_ADDR)

.PHONY: lint
lint: install ## ruff check, ruff format --check, djhtml --check
	$(RUFF) check .
	$(RUFF) format --check .
	$(VENV)/bin/djhtml --check templates

.PHONY: format
format: install ## format Python and templates in place
	$(RUFF) check --fix .
	$(RUFF) format .
	$(VENV)/bin/djhtml templates

.PHONY: browser
browser: ## make sure Debian's chromium is installed (installs it with apt in CI)
	@if ! command -v chromium >/dev/null; then \
		if [ "$$CI" = "true" ]; then \
			echo "Installing chromium for the browser tests"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
		else \
			echo "chromium is not installed: browser tests will be skipped (apt-get install chromium)"; \
		fi; \
	fi

# Debian packages the targets below need; CI installs them, elsewhere the target says what is missing.
define apt_need
	@if ! command -v $(1) >/dev/null; then \
		if [ "$$CI" = "true" ] || [ "$(3)" = "install" ]; then \
			echo "Installing $(2)"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(2) >/dev/null; \
		else \
			echo "$(2) is not installed: its tests will be skipped (apt-get install $(2))"; \
		fi; \
	fi
endef

.PHONY: varnish
varnish: ## make sure Debian's varnish is installed (installs it with apt in CI)
	$(call apt_need,varnishd,varnish)

# The front-end judges (package-lock.json): axe-core for the browser tests, the W3C Nu checker (vnu-jar,
# run with Debian's Java) for the HTML validity tests, Lighthouse for make audit. Install scripts stay
# off: vnu-jar's would download a Java of its own.
node_modules/.installed: package.json package-lock.json
	$(call apt_need,npm,npm,install)
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $@

.PHONY: judges
judges: node_modules/.installed ## npm ci (axe-core, vnu-jar, lighthouse) and Debian's Java for vnu-jar (installed with apt in CI)
	$(call apt_need,java,default-jre-headless)

.PHONY: serve
serve: messages ## production settings on PostgreSQL + Redis at http://127.0.0.1:8000, with demo content
	$(SERVE_ENV) $(PY) manage.py check_services --cache --create-database
	$(SERVE_ENV) $(PY) manage.py migrate --no-input
	$(SERVE_ENV) $(PY) manage.py load_demo
	$(SERVE_ENV) $(PY) manage.py collectstatic --no-input --verbosity 0
	$(SERVE_ENV) $(VENV)/bin/gunicorn -c deploy/gunicorn.conf.py --bind $(SERVE_ADDR) portal.wsgi

.PHONY: serve-edge
serve-edge: varnish ## Varnish at http://127.0.0.1:6081 in front of make serve (deploy/varnish/default.vcl)
	varnishd -F -j none -a $(EDGE_ADDR) -f $(CURDIR)/deploy/varnish/default.vcl -n $$(mktemp -d) -s malloc,256m

.PHONY: bench-http
bench-http: messages ## HTTP throughput of the production set-up against nginx serving a static copy
	$(call apt_need,wrk,wrk,install)
	$(call apt_need,nginx,nginx,install)
	$(call apt_need,varnishd,varnish,install)
	$(PY) benchmarks/http_throughput.py $(BENCH_ARGS)

.PHONY: audit
audit: messages judges browser ## Lighthouse (mobile) on eight page types of the production set-up; prints the scores (not part of make test)
	$(PY) benchmarks/lighthouse_audit.py $(AUDIT_ARGS)

.PHONY: test
test: lint messages browser varnish judges ## lint, checks and the whole suite on PostgreSQL (DATABASE_URL, else 127.0.0.1:5432)
	$(TEST_ENV) $(PY) manage.py check --fail-level WARNING
	$(TEST_ENV) $(PY) manage.py makemigrations --check --dry-run
	$(TEST_ENV) $(PY) manage.py check_services --cache
	$(TEST_ENV) $(PY) -m pytest --numprocesses $(TEST_WORKERS) $(PYTEST_ARGS)

.PHONY: bench
bench: messages ## benchmarks on PostgreSQL; prints figures, asserts nothing about time
	$(TEST_ENV) $(PY) manage.py check_services
	@for script in benchmarks/bench_*.py; do $(TEST_ENV) $(PY) $$script || exit 1; done
