#!/usr/bin/env bash
# Debian packages tumen's tests need, installed only when missing (needs root, as on CI).
# chromium drives the web app's end-to-end tests (through Playwright, never Playwright's own browser download);
# pango, harfbuzz and the Noto CJK fonts let WeasyPrint render PDF reports with Hangul; poppler-utils (pdftoppm,
# pdffonts) turns a report's first page into a picture and checks its fonts.
set -euo pipefail
packages=(chromium libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-noto-cjk poppler-utils)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
