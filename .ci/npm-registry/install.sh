#!/usr/bin/env bash
# Installs Verdaccio 5 into .ci/npm-registry/node_modules for the engine's npm registry tests.
# Idempotent: does nothing when node_modules already matches package-lock.json. Needs node and npm on the PATH.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "install.sh: node and npm are required on the PATH (Node 20 or newer)" >&2
  exit 2
fi
stamp=node_modules/.aigov-installed-lock.json
if [ -x node_modules/.bin/verdaccio ] && [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then
  exit 0
fi
if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund --ignore-scripts
else
  npm install --no-audit --no-fund --ignore-scripts
fi
cp package-lock.json "$stamp"
