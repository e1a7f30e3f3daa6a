#!/usr/bin/env bash
# Installs npm dependencies when they are missing or older than the lockfile, retrying on
# registry time-outs. Sourced by the start script and the test runner.
ensure_node() {
  if ! command -v node >/dev/null 2>&1; then
    echo "Se necesita Node.js 20.19 o posterior (https://nodejs.org)." >&2
    exit 1
  fi
  if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)'; then
    echo "Se necesita Node.js 20.19 o posterior; esta máquina tiene $(node --version)." >&2
    exit 1
  fi
}

ensure_deps() {
  ensure_node
  local marker=node_modules/.package-lock.json
  if [ -f "$marker" ] && [ "$marker" -nt package-lock.json ] && [ "$marker" -nt package.json ]; then
    return 0
  fi
  local attempt
  for attempt in 1 2 3 4; do
    echo "==> npm install (intento $attempt)"
    # `npm ci` would fail: the lockfile omits optional binaries of other platforms.
    if npm install --no-audit --no-fund; then
      touch "$marker"
      return 0
    fi
    sleep $((attempt * 5))
  done
  echo "npm install falló tras varios intentos; revise la conexión al registro npm." >&2
  exit 1
}
