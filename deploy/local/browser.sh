#!/usr/bin/env bash
# Installs Debian's headless-capable Chromium (for the review UI's browser tests) when missing.
# Idempotent; runs as root. Playwright drives it through ExecutablePath=/usr/bin/chromium, it never downloads a browser.
set -euo pipefail

log() { echo "browser.sh: $*" >&2; }

if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then log "run as root (installs the chromium package)"; exit 1; fi
log "installing chromium"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
/usr/bin/chromium --version >&2
