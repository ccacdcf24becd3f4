#!/usr/bin/env bash
# Every test, in the order a failure is cheapest to find:
# formatting and lint, types and templates, unit and content tests, the production build, then the
# browser tests against the built site. Run through `npm test` so that the
# project's own Node (the `node` devDependency) is used.
set -euo pipefail
cd "$(dirname "$0")/.."

results_dir=$(mktemp -d)
trap 'rm -rf "$results_dir"' EXIT

echo "== formatting (Prettier) and lint (ESLint)"
prettier --check . --log-level warn
eslint .

echo "== astro check (types and templates)"
astro check

echo "== unit and content tests"
vitest run --reporter=default --reporter=json --outputFile.json="$results_dir/unit.json"

echo "== production build and search index"
npm run --silent build

echo "== browser tests (Chromium)"
node scripts/ensure-chromium.mjs
node scripts/ensure-java.mjs
vitest run --config vitest.browser.config.ts --reporter=default --reporter=json --outputFile.json="$results_dir/browser.json"

node scripts/summarise-tests.mjs "$results_dir/unit.json" "$results_dir/browser.json"
