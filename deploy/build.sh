#!/usr/bin/env bash
# Installs what is missing and builds tidings into ./build (bin/ holds every program).
set -euo pipefail
cd "$(dirname "$0")/.."
bash deploy/install-deps.sh
# ccache (installed with the other packages) makes rebuilds, and builds of other clones of the
# same sources, reuse objects: paths are hashed relative to this tree.
launcher=()
if command -v ccache >/dev/null; then
  export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null
cmake --build build -j"$(nproc)"
