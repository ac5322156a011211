#!/usr/bin/env bash
# `dotnet list package --vulnerable` over the whole solution, saying plainly when the package feed serves no
# vulnerability data (then "no vulnerable packages" would be a silent pass, so it is not reported as one).
# Exit 1 when a vulnerable package (direct or transitive) is found; 0 otherwise, with the verdict on stderr.
set -uo pipefail
cd "$(dirname "$0")/../.."
out="$(dotnet list Moderation.sln package --vulnerable --include-transitive 2>&1)"
status=$?
if echo "$out" | grep -q 'has the following vulnerable packages'; then
  echo "$out" >&2
  echo "vulnerability check: FAILED - vulnerable packages above." >&2
  exit 1
fi
# Which of the sources used advertise NuGet's vulnerability resource in their service index?
sources="$(echo "$out" | sed -n '/The following sources were used:/,/^$/p' | grep -oE 'https?://[^ ]+' | sort -u)"
with_data=0
for source in $sources; do
  if curl -fsS --max-time 15 "$source" 2>/dev/null | grep -q 'VulnerabilityInfo'; then with_data=$((with_data + 1)); fi
done
if [ "$status" -ne 0 ] || [ "$with_data" -eq 0 ]; then
  echo "vulnerability check: NOT RUN - the package feed (${sources:-none}) serves no vulnerability data, so packages are UNCHECKED." >&2
  exit 0
fi
echo "vulnerability check: passed - no known vulnerable packages (vulnerability data from $with_data source(s))." >&2
