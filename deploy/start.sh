#!/usr/bin/env bash
# Quick start: install, build, and run tidingsd in the foreground on its defaults
# (data in ./tidings-data, clients on 127.0.0.1:7410/7411/7412, health on :7413).
set -euo pipefail
cd "$(dirname "$0")/.."
bash deploy/build.sh
exec ./build/bin/tidingsd "$@"
