#!/usr/bin/env bash
# Everything talkdeck needs on a fresh machine: its npm packages, and a Chromium to
# export with. Fonts come with the npm packages, so no system font is needed.
set -euo pipefail
cd "$(dirname "$0")/.."

# talkdeck finds a Chromium itself (see README): Playwright need not download its own while the
# packages install. An environment variable, which npm passes on, not an .npmrc key, which npm
# would warn about as unknown.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi

if browser=$(node --import tsx scripts/cli.ts browser 2>/dev/null); then
  echo "talkdeck: using the browser at $browser"
  exit 0
fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "talkdeck: no Chromium found; installing Debian's chromium with apt-get"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  node --import tsx scripts/cli.ts browser
else
  node --import tsx scripts/cli.ts browser # prints how to install one, and fails
fi
