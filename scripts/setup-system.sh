#!/usr/bin/env bash
# Debian packages tumen's tests need, installed only when missing (needs root, as on CI).
# Today: none beyond Python's; later stages add chromium (web tests) and fonts (PDF reports).
set -euo pipefail
packages=()
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
