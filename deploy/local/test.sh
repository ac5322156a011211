#!/usr/bin/env bash
# The project's test command: starts what the tests need, then runs every test project.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -x deploy/local/servers.sh ]; then
  deploy/local/servers.sh start
  # shellcheck disable=SC1091
  source deploy/local/servers.env
fi
if [ -x deploy/local/browser.sh ]; then deploy/local/browser.sh; fi
dotnet test Moderation.sln --nologo "$@"
