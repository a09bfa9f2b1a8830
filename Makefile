# Trading Pro — the front door. `make run` and `make test` work on a fresh clone: each installs
# what is missing first. `make help` lists every target.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

NPM_STAMP   := node_modules/.package-lock.json
CONTRACT_JS := packages/contract/dist/index.js
RESULTS     := .test-results
VITEST      = --reporter=default --reporter=json --outputFile.json=$(CURDIR)/$(RESULTS)/$(1).json

.PHONY: help install build run dev generate lint typecheck format test test-unit specs-check bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(NPM_STAMP): package.json package-lock.json packages/*/package.json backend/package.json frontend/package.json
	npm ci --no-audit --no-fund
	@touch $@

install: $(NPM_STAMP) ## install dependencies (npm ci) when missing or outdated

$(CONTRACT_JS): $(NPM_STAMP) $(wildcard packages/contract/src/*.ts)
	npm run build -w packages/contract

build: $(CONTRACT_JS) ## build the contract, the terminal and the server
	npm run build -w frontend
	rm -rf backend/dist && npm run build -w backend

run: build ## build and start the whole product on http://localhost:$${PORT:-8000}
	npm start

dev: $(CONTRACT_JS) ## backend in watch mode + Vite dev server (http://localhost:5173, /api proxied)
	trap 'kill 0' EXIT INT TERM; \
	npm run dev -w backend & \
	npm run dev -w frontend & \
	wait

generate: $(CONTRACT_JS) ## export the specs to backend/specs/ (offline) and the frontend's typed clients
	rm -rf backend/dist && npm run build -w backend
	node backend/dist/scripts/export-specs.js
	node frontend/scripts/generate-clients.mjs

specs-check: $(CONTRACT_JS) ## fail when backend/specs/ or the generated clients differ from the schemas
	npx tsx backend/src/scripts/export-specs.ts --check
	node frontend/scripts/generate-clients.mjs --check

typecheck: $(CONTRACT_JS)
	npm run typecheck -w packages/contract
	npm run typecheck -w backend
	npm run typecheck -w frontend

lint: typecheck ## type check + ESLint + Prettier + import boundaries
	npx eslint --max-warnings 0 .
	npx prettier --check .
	npx depcruise --config .dependency-cruiser.cjs backend/src packages/contract/src frontend/src

format: $(NPM_STAMP) ## rewrite sources with Prettier and ESLint fixes
	npx prettier --write .
	npx eslint --fix .

test-unit: $(CONTRACT_JS)
	rm -rf $(RESULTS) && mkdir -p $(RESULTS)
	status=0; \
	(cd packages/contract && npx vitest run $(call VITEST,contract)) || status=1; \
	(cd backend && npx vitest run $(call VITEST,backend)) || status=1; \
	(cd frontend && npx vitest run $(call VITEST,frontend)) || status=1; \
	node scripts/test-summary.mjs $(RESULTS); \
	exit $$status

test: lint specs-check test-unit ## lint, check generated specs, run every test suite

bench: build ## run the benchmarks under bench/ (not part of make test)
	node bench/spec-export/run.mjs
	node bench/datafeed/run.mjs
	node bench/broker/run.mjs
	node bench/ws-fanout/run.mjs

clean: ## remove build output and test results (keeps node_modules)
	rm -rf packages/contract/dist backend/dist frontend/dist $(RESULTS)
