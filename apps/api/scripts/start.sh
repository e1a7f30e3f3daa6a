#!/usr/bin/env bash
# Command 1: installs, builds and starts the whole system (API + SPA) on an embedded PostgreSQL
# with demo data, unless DATABASE_URL points elsewhere.
set -euo pipefail
cd "$(dirname "$0")/../../.."
source apps/api/scripts/ensure-deps.sh
export NX_NO_CLOUD=true NX_DAEMON="${NX_DAEMON:-false}" NX_TUI=false

ensure_deps
echo "==> Compilando API y SPA"
npx nx run-many -t build -p api web --outputStyle=static
echo "==> Iniciando Campus EGM"
exec node dist/api/apps/api/src/main.js
