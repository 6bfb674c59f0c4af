#!/usr/bin/env bash
# Installs, builds and runs the whole test suite (unit, end-to-end, fault tests).
set -euo pipefail
cd "$(dirname "$0")/.."
bash deploy/build.sh
ctest --test-dir build --output-on-failure -j2 --timeout 600 "$@"
