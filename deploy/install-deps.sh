#!/usr/bin/env bash
# Installs every Debian package tidings needs to build, run and test.
# Idempotent: packages already present are skipped by apt.
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config git ccache
  libboost-dev libboost-system-dev
  libzmq3-dev cppzmq-dev
  libprotobuf-dev protobuf-compiler
  libgtest-dev libgmock-dev libbenchmark-dev
  libsqlite3-dev sqlite3 libzstd-dev liblz4-dev
  libpq-dev postgresql
  libxml2-dev libicu-dev libcld2-dev
  libcurl4-openssl-dev
  libspdlog-dev libfmt-dev libcli11-dev libtomlplusplus-dev nlohmann-json3-dev
  clang libclang-rt-14-dev
  libxxhash-dev libgoogle-perftools-dev
  python3 curl procps
  python3-zmq python3-protobuf python3-xxhash
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
