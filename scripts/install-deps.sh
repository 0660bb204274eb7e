#!/usr/bin/env bash
# Installs every Debian bookworm package Marketdesk needs to build, test and run its demo.
# This is the one list of the project's dependencies. Idempotent: installs only what is missing.
# As root it uses apt; as anyone else it prints the exact apt line to run.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git
  # console: Qt 6 Widgets, Charts, Network, Svg, translations, keychain
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools qt6-svg-dev
  qt6-translations-l10n qtkeychain-qt6-dev libgl-dev
  # server: HTTP, PostgreSQL, JSON, logs, HTTP client, crypto
  libboost1.81-dev libpqxx-dev libpq-dev nlohmann-json3-dev libspdlog-dev libfmt-dev
  libcurl4-openssl-dev libssl-dev libsodium-dev libyaml-cpp-dev
  # runtime services for the demo and the tests
  postgresql postgresql-contrib prometheus prometheus-node-exporter prometheus-alertmanager python3
  # testing, benchmarks, screenshots
  xvfb xauth xfonts-base fonts-noto-cjk wrk imagemagick curl procps yamllint lintian
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

line="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages: ${missing[*]}" >&2
  echo "install-deps: run as root:" >&2
  echo "  sudo sh -c '$line'" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
apt-get update -q
DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y -q --no-install-recommends "${missing[@]}"
