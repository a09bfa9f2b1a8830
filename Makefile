# Trading Pro — the front door. `make run` and `make test` work on a fresh clone: each installs
# what is missing first. `make help` lists every target.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

NPM_STAMP   := node_modules/.package-lock.json
CONTRACT_JS := packages/contract/dist/index.js
MARKET_JS   := packages/market/dist/index.js
RESULTS     := .test-results
# The browser of the end-to-end tests: Debian's Chromium, never a downloaded one.
CHROMIUM_PATH ?= /usr/bin/chromium
# The cluster's gateway (and its tests): Debian's nginx, never a downloaded one.
NGINX_PATH ?= /usr/sbin/nginx
VITEST      = --reporter=default --reporter=json --outputFile.json=$(CURDIR)/$(RESULTS)/$(1).json

.PHONY: help install build run dev generate lint typecheck format test test-unit test-e2e specs-check \
	bench clean cluster-up cluster-down cluster-status cluster-logs

help: ## list the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-15s %s\n", $$1, $$2}'

$(NPM_STAMP): package.json package-lock.json packages/*/package.json backend/package.json frontend/package.json
	@echo "Installing the dependencies (npm ci; about two minutes on a fresh clone)…"
	npm ci --no-audit --no-fund
	@touch $@

install: $(NPM_STAMP) ## install dependencies (npm ci) when missing or outdated

# Each build step runs only when a file it reads is newer than what it wrote, so a `make run`
# with nothing changed goes straight to starting the server.
sources = $(shell find $(1) -type f -not -name '*.test.ts' 2>/dev/null)

$(CONTRACT_JS): $(NPM_STAMP) packages/contract/package.json packages/contract/tsconfig.build.json \
		$(call sources,packages/contract/src)
	npm run build -w packages/contract

# The market package, which both the server and the terminal run; built afresh so that a source
# removed from src/ leaves nothing behind in dist/.
$(MARKET_JS): $(CONTRACT_JS) packages/market/package.json packages/market/tsconfig.build.json \
		$(call sources,packages/market/src)
	rm -rf packages/market/dist && npm run build -w packages/market

FRONTEND_HTML := frontend/dist/index.html
$(FRONTEND_HTML): $(MARKET_JS) frontend/package.json frontend/index.html frontend/vite.config.ts \
		$(wildcard frontend/tsconfig*.json) $(call sources,frontend/src frontend/public)
	@echo "Building the terminal (Vite)…"
	npm run build -w frontend

# Built afresh, as the market is: a source removed from src/ leaves nothing behind in dist/.
BACKEND_JS := backend/dist/server.js
$(BACKEND_JS): $(MARKET_JS) backend/package.json backend/tsconfig.build.json \
		$(call sources,backend/src)
	@echo "Building the server (tsc)…"
	rm -rf backend/dist && npm run build -w backend

build: $(FRONTEND_HTML) $(BACKEND_JS) ## build what changed: the contract, the market, the terminal, the server

# The server directly, not through `npm start`: npm adds about 0.4 s before it starts.
run: build ## build and start the whole product on http://localhost:8000 (PORT, HOST: README)
	exec node backend/dist/server.js

# Everything in watch mode: a package source edit rebuilds the packages' dist/ (which the
# server's tsx watch and Vite then reload), the server and Vite serve, the specs and clients
# follow the schemas, and the type checks print their errors into this output as files change.
dev: $(MARKET_JS) ## backend (PORT, 8000) + Vite (VITE_PORT, 5173) in watch mode; schema edits regenerate clients
	trap 'trap - EXIT INT TERM; kill 0' EXIT INT TERM; \
	node scripts/dev-watch.mjs packages & \
	node scripts/dev-watch.mjs specs & \
	npx tsc -w --preserveWatchOutput -p backend/tsconfig.json & \
	npx vue-tsc -w --preserveWatchOutput --noEmit -p frontend/tsconfig.json & \
	npm run dev -w backend & \
	npm run dev -w frontend & \
	wait

generate: $(MARKET_JS) ## export the specs to backend/specs/ (offline), the terminal's and the modules' typed clients
	rm -rf backend/dist && npm run build -w backend
	node backend/dist/scripts/export-specs.js
	node frontend/scripts/generate-clients.mjs
	node frontend/scripts/generate-clients.mjs --target backend

specs-check: $(MARKET_JS) ## fail when backend/specs/ or the generated clients differ from the schemas
	npx tsx backend/src/scripts/export-specs.ts --check
	node frontend/scripts/generate-clients.mjs --check
	node frontend/scripts/generate-clients.mjs --target backend --check

typecheck: $(MARKET_JS)
	npm run typecheck -w packages/contract
	npm run typecheck -w packages/market
	npm run typecheck -w backend
	npm run typecheck -w frontend

lint: typecheck ## type check + ESLint + Prettier + import boundaries
	npx eslint --max-warnings 0 .
	npx prettier --check .
	npx depcruise --config .dependency-cruiser.cjs backend/src packages/contract/src packages/market/src \
		frontend/src

format: $(NPM_STAMP) ## rewrite sources with Prettier and ESLint fixes
	npx prettier --write .
	npx eslint --fix .

# The cluster tests run the built manager and server, as `make cluster-up` does.
test-unit: build $(NGINX_PATH)
	rm -rf $(RESULTS) && mkdir -p $(RESULTS)
	status=0; \
	(cd packages/contract && npx vitest run $(call VITEST,contract)) || status=1; \
	(cd packages/market && npx vitest run $(call VITEST,market)) || status=1; \
	(cd backend && npx vitest run $(call VITEST,backend)) || status=1; \
	(cd frontend && npx vitest run $(call VITEST,frontend)) || status=1; \
	node scripts/test-summary.mjs $(RESULTS); \
	exit $$status

# Under `make test` the e2e report joins the unit reports (so the last summary line adds up
# every suite) and must be written after test-unit has emptied the folder, even with -j; alone,
# test-e2e starts from an empty folder and reports only itself.
ifneq ($(filter test test-unit,$(MAKECMDGOALS)),)
test-e2e: | test-unit
E2E_CLEAN := rm -f $(RESULTS)/e2e.json
else
E2E_CLEAN := rm -rf $(RESULTS)
endif

test-e2e: build $(CHROMIUM_PATH) ## browser end-to-end tests against a real backend
	$(E2E_CLEAN) && mkdir -p $(RESULTS)
	status=0; \
	(cd frontend && CHROMIUM_PATH=$(CHROMIUM_PATH) \
		npx vitest run --config e2e/vitest.e2e.config.ts $(call VITEST,e2e)) || status=1; \
	node scripts/test-summary.mjs $(RESULTS); \
	exit $$status

# Installed from the distribution when missing (it needs root and apt-get).
$(CHROMIUM_PATH):
	@[ "$@" = /usr/bin/chromium ] || { echo "CHROMIUM_PATH=$@: no such file." >&2; exit 1; }
	@command -v apt-get >/dev/null || { echo "The e2e tests need Chromium at $@ and apt-get is not \
	available: install Chromium yourself, or set CHROMIUM_PATH to its binary." >&2; exit 1; }
	@[ "$$(id -u)" = 0 ] || { echo "The e2e tests need Chromium at $@: run \
	'sudo apt-get install -y chromium', or make test-e2e as root." >&2; exit 1; }
	apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
	@[ -x $@ ] || { echo "apt-get installed chromium but $@ is still missing." >&2; exit 1; }

test: lint specs-check test-unit test-e2e ## lint, check generated specs, run every test suite

# Several processes behind an nginx gateway (docs/cluster.md). The manager runs what is built;
# only cluster-up builds first, the others must not replace backend/dist under a running cluster.
CLUSTER_CONFIG ?= deploy/cluster.yaml
CLUSTER_JS := backend/dist/cluster/main.js
CLUSTER_BUILT = [ -f $(CLUSTER_JS) ] || { echo "The cluster manager is not built: run make build \
	(or make cluster-up) first." >&2; exit 1; }
CLUSTER = NGINX_PATH=$(NGINX_PATH) node $(CLUSTER_JS) --config $(CLUSTER_CONFIG)

cluster-up: build $(NGINX_PATH) ## start the cluster of CLUSTER_CONFIG (deploy/cluster.yaml) behind nginx
	$(CLUSTER) up

cluster-down: ## stop the cluster: the gateway, then every process (SIGTERM, SIGKILL after 10 s)
	@$(CLUSTER_BUILT)
	$(CLUSTER) down

cluster-status: ## each process of the cluster with its pid, port, modules, health and uptime
	@$(CLUSTER_BUILT)
	$(CLUSTER) status

cluster-logs: ## follow the cluster's logs; SERVER=name for one server's (or gateway)
	@$(CLUSTER_BUILT)
	$(CLUSTER) logs $(SERVER)

# Installed from the distribution when missing (it needs root and apt-get).
$(NGINX_PATH):
	@[ "$@" = /usr/sbin/nginx ] || { echo "NGINX_PATH=$@: no such file." >&2; exit 1; }
	@command -v apt-get >/dev/null || { echo "The cluster's gateway needs nginx at $@ and apt-get \
	is not available: install nginx yourself, or set NGINX_PATH to its binary." >&2; exit 1; }
	@[ "$$(id -u)" = 0 ] || { echo "The cluster's gateway needs nginx at $@: run \
	'sudo apt-get install -y nginx', or make cluster-up as root." >&2; exit 1; }
	apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y nginx
	@[ -x $@ ] || { echo "apt-get installed nginx but $@ is still missing." >&2; exit 1; }

bench: build $(NGINX_PATH) ## run the benchmarks under bench/ (not part of make test)
	node bench/spec-export/run.mjs
	node bench/datafeed/run.mjs
	node bench/broker/run.mjs
	node bench/ws-fanout/run.mjs
	NGINX_PATH=$(NGINX_PATH) node bench/cluster/run.mjs

clean: ## remove build output and test results (keeps node_modules)
	rm -rf packages/contract/dist packages/market/dist backend/dist frontend/dist $(RESULTS) frontend/e2e/artifacts
