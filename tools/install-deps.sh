#!/usr/bin/env bash
# Installs, from Debian 12's packages, whatever mizan needs to build and test that is not
# installed yet. Runs apt-get update once, and only when something is missing.
set -euo pipefail
packages=(
  cmake make g++ pkg-config
  libicu-dev libre2-dev libabsl-dev nlohmann-json3-dev
  libgtest-dev libbenchmark-dev
  python3 binutils abigail-tools
  python3-pytest python3-dask python3-distributed
  php-cli php-mbstring phpunit
  clang libclang-rt-14-dev
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
command -v node >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# The Node binding's one dependency, koffi, from the npm registry (pinned by package-lock.json).
root="$(cd "$(dirname "$0")/.." && pwd)"
[ -d "$root/bindings/node/node_modules/koffi" ] ||
  (cd "$root/bindings/node" && npm ci --no-audit --no-fund --loglevel=error)
