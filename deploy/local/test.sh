#!/usr/bin/env bash
# The project's test command: starts what the integration tests need (RabbitMQ, Redis), then runs every test project.
# Extra arguments go to `dotnet test` (e.g. --filter).
set -euo pipefail
cd "$(dirname "$0")/../.."

deploy/local/servers.sh start
# shellcheck disable=SC1091
source deploy/local/servers.env
# The review UI's browser tests drive Debian's chromium.
deploy/local/browser.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Moderation.sln --nologo "$@" 2>&1 | tee "$log" || status=$?

# One closing line over all test assemblies, in the plain 'N passed, N failed' form.
awk '/^(Passed|Failed)!/ {
       for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1));
         if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s; if (p + f == 0) exit 1 }' "$log" || {
  echo "no test ran" >&2
  status=1
}
exit "$status"
