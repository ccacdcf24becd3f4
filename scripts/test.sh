#!/usr/bin/env bash
# Every test, in the order a failure is cheapest to find: formatting and lint,
# types and templates, unit and content tests, the production build, then the
# tests of the built site (its files, then Chromium). Run through `npm test` so
# that the project's own Node (the `node` devDependency) is used. Prints how
# long each stage took.
set -euo pipefail
cd "$(dirname "$0")/.."

results_dir=$(mktemp -d)
trap 'rm -rf "$results_dir"' EXIT
timings=()
stage() {
  local name=$1
  shift
  echo "== $name"
  local start=$SECONDS
  "$@"
  timings+=("$(printf '%4ss  %s' $((SECONDS - start)) "$name")")
}

stage "formatting (Prettier) and lint (ESLint)" bash -c 'prettier --check . --log-level warn && eslint .'
stage "astro check (types and templates)" astro check
stage "unit and content tests" vitest run --reporter=default --reporter=json --outputFile.json="$results_dir/unit.json"
stage "production build and search index" npm run --silent build
stage "Chromium and Java for the site tests" bash -c 'node scripts/ensure-chromium.mjs && node scripts/ensure-java.mjs'
stage "tests of the built site (files and Chromium)" vitest run --config vitest.browser.config.ts --reporter=default --reporter=json --outputFile.json="$results_dir/browser.json"

echo
printf '%s\n' "${timings[@]}"
node scripts/summarise-tests.mjs "$results_dir/unit.json" "$results_dir/browser.json"
