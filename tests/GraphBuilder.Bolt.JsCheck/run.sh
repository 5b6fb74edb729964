#!/usr/bin/env bash
# Proves the Bolt stub server speaks real Bolt: the official JavaScript driver (npm neo4j-driver, pinned in
# package-lock.json) runs queries and a retried write against BoltStubServer on 127.0.0.1.
# Needs Node 20+ and npm with access to the npm registry. Prints "js-driver check: N scenarios passed" or exits non-zero.
# Extra arguments go to the checker: scenario names to run only those, --verbose to show each scenario's output.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

for tool in node npm dotnet; do
  command -v "$tool" >/dev/null || { echo "js-driver check: '$tool' is not on PATH" >&2; exit 1; }
done

npm_log="$(mktemp)"
trap 'rm -f "$npm_log"' EXIT
if ! (cd "$here" && npm ci --no-audit --no-fund) >"$npm_log" 2>&1; then
  cat "$npm_log" >&2
  echo "js-driver check: npm ci failed in $here" >&2
  exit 1
fi

cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
exec dotnet run --project tests/GraphBuilder.Bolt.JsCheck -v q -- "$@"
