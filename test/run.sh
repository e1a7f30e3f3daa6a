#!/usr/bin/env bash
# Command 2: installs what the tests need, then runs every test: typecheck, lint, the API client
# freshness check, unit tests, API integration tests on a real PostgreSQL, and browser e2e in
# headless Chromium. Ends with one line "tests: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
source apps/api/scripts/ensure-deps.sh
# Every check really runs: no result is taken from Nx's cache (shared across clones on a machine).
export NX_NO_CLOUD=true NX_DAEMON=false NX_TUI=false NX_SKIP_NX_CACHE=true CI="${CI:-true}"

ensure_deps || exit 1

if [ -z "${CHROMIUM_PATH:-}" ]; then
  CHROMIUM_PATH="$(command -v chromium || command -v chromium-browser || true)"
fi
if [ -z "$CHROMIUM_PATH" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "==> Instalando Chromium (paquetes de Debian)"
    for attempt in 1 2 3; do
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation >/dev/null && break
      sleep $((attempt * 5))
    done
    CHROMIUM_PATH="$(command -v chromium || true)"
  fi
  if [ -z "$CHROMIUM_PATH" ]; then
    echo "Falta Chromium para las pruebas de navegador. Instálelo (Debian/Ubuntu: sudo apt-get install chromium fonts-liberation) o indique su ruta en CHROMIUM_PATH." >&2
    exit 1
  fi
fi
export CHROMIUM_PATH

results="$(mktemp -d)"
failed_steps=()
step() {
  local name="$1"; shift
  local started=$SECONDS
  echo
  echo "==> $name"
  if "$@"; then
    echo "<== $name: ok ($((SECONDS - started)) s)"
  else
    echo "<== $name: FALLÓ ($((SECONDS - started)) s)"
    failed_steps+=("$name")
  fi
}

step "typecheck + lint" npx nx run-many -t typecheck lint --outputStyle=static
step "build" npx nx run-many -t build -p api web --outputStyle=static
step "api-client al día" node libs/api-client/generate.mjs --check
step "unit" npx jest -c test/jest.unit.config.cjs --ci --json --outputFile="$results/unit.json"
step "integration" npx jest -c test/integration/jest.config.cjs --ci --json --outputFile="$results/integration.json"
step "e2e" npx jest -c test/e2e/jest.config.cjs --ci --runInBand --json --outputFile="$results/e2e.json"

summary="$(node -e '
  const fs = require("fs"), path = require("path");
  let passed = 0, failed = 0;
  for (const f of fs.readdirSync(process.argv[1])) {
    const r = JSON.parse(fs.readFileSync(path.join(process.argv[1], f), "utf8"));
    passed += r.numPassedTests; failed += r.numFailedTests + (r.numRuntimeErrorTestSuites || 0);
  }
  console.log(`${passed} passed, ${failed} failed`);
' "$results")"
rm -rf "$results"
echo
if [ ${#failed_steps[@]} -gt 0 ]; then
  echo "Pasos con fallas: ${failed_steps[*]}"
  echo "tests: $summary"
  exit 1
fi
echo "tests: $summary"
