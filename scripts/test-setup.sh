#!/usr/bin/env bash
# Prepares a fresh Debian machine for `npm test`: Chromium for the end-to-end tests and a running
# PostgreSQL for the repository suite. Idempotent; needs root (or sudo) only to install packages.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "test-setup: installing ${missing[*]} from Debian's packages"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

as_root bash scripts/start-postgres.sh
