#!/usr/bin/env bash
# Runs every test on a fresh Debian machine: set-up, type check, lint, build, manifest
# schema check, then jest. Ends with "N passed, N failed" derived from jest --json.
set -uo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8 LC_ALL=C.UTF-8
bash scripts/setup.sh --full || { echo "setup failed"; exit 1; }

status=0
step() { echo "── $1"; shift; "$@" || { echo "FAILED: $*"; status=1; }; }
step "type check" npx tsc --noEmit -p tsconfig.json
step "lint" npx eslint src test
step "build (CLI)" npm run --silent build:cli
if [ -x ../shared/tools/validate-manifest.sh ] || [ -f ../shared/tools/validate-manifest.sh ]; then
  step "manifest schema" bash ../shared/tools/validate-manifest.sh manifest.xml
fi

mkdir -p out
echo "── jest"
npx jest --json --outputFile=out/jest-results.json "$@"
jest_status=$?
node scripts/jest-summary.js out/jest-results.json || status=1
[ $jest_status -eq 0 ] || status=1
exit $status
