#!/usr/bin/env bash
# Starts a local PostgreSQL for the repository test suite (and CI), idempotently. Run as root.
# Installs Debian's `postgresql` if missing, starts the cluster, creates role `fw` (password `fw`)
# and database `fw_test` if missing, then prints the URL the tests use (TEST_DATABASE_URL).
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
  echo "start-postgres.sh: run as root (it may install packages and starts the cluster as postgres)." >&2
  exit 1
fi

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  echo "Installing PostgreSQL from the Debian packages..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

# The newest installed major version, and its first cluster (Debian creates `main`).
version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
cluster="$(pg_lsclusters -h | awk -v v="$version" '$1 == v { print $2; exit }')"
if [ -z "$cluster" ]; then
  pg_createcluster "$version" main >/dev/null
  cluster=main
fi
port="$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $3 }')"
status="$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $4 }')"
if [ "$status" != "online" ]; then
  pg_ctlcluster "$version" "$cluster" start
fi

# Wait until it accepts connections (start returns once the postmaster is up, but be sure).
for _ in $(seq 1 50); do
  if su postgres -c "psql -p $port -tAc 'SELECT 1'" >/dev/null 2>&1; then break; fi
  sleep 0.2
done

psql_admin() { su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -tAc \"$1\""; }
if [ "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname = 'fw'")" != "1" ]; then
  psql_admin "CREATE ROLE fw LOGIN PASSWORD 'fw'" >/dev/null
fi
if [ "$(psql_admin "SELECT 1 FROM pg_database WHERE datname = 'fw_test'")" != "1" ]; then
  psql_admin "CREATE DATABASE fw_test OWNER fw" >/dev/null
fi

echo "postgres://fw:fw@127.0.0.1:${port}/fw_test"
