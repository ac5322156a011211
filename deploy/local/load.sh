#!/usr/bin/env bash
# Measures the service against the bus's own limit: builds Release, starts the service as its own process on a
# dedicated vhost (moderation-perf) with the given queue type / prefetch / concurrency, runs `moderation load --baseline`
# with the same queue settings, prints the table and the service's peak RSS, stops the service.
#   deploy/local/load.sh [classic|quorum] [prefetch] [concurrency] [extra `moderation load` options...]
# e.g. deploy/local/load.sh classic 400 400 --count 20000                (the service's defaults: four batches of 100 in flight)
#      deploy/local/load.sh classic 400 400 --rate 1000 --count 20000    (steady 1,000/s latency)
# The service's CPU per decision is reported too: a cost per comment, where decisions/s on a shared machine also
# measure the share of the CPU the service got.
set -euo pipefail
cd "$(dirname "$0")/../.."
QUEUE_TYPE="${1:-classic}"; PREFETCH="${2:-400}"; CONCURRENCY="${3:-400}"; shift $(( $# < 3 ? $# : 3 ))
VHOST=moderation-perf
PORT="${MODERATION_LOAD_PORT:-5391}"

[ -f deploy/local/servers.env ] || deploy/local/servers.sh start
# shellcheck disable=SC1091
source deploy/local/servers.env
/usr/sbin/rabbitmqctl -q add_vhost "$VHOST" >/dev/null 2>&1 || true
/usr/sbin/rabbitmqctl -q set_permissions -p "$VHOST" moderation '.*' '.*' '.*' >/dev/null
# The queue type of an existing queue cannot change: start from an empty, freshly declared queue.
/usr/sbin/rabbitmqctl -q delete_queue -p "$VHOST" moderation-service >/dev/null 2>&1 || true

dotnet build src/Moderation.Service -c Release --nologo -v q >/dev/null
dotnet build src/Moderation.Cli -c Release --nologo -v q >/dev/null

export ConnectionStrings__RabbitMq="${ConnectionStrings__RabbitMq%/*}/$VHOST"
export ASPNETCORE_URLS="http://127.0.0.1:$PORT"
export Logging__LogLevel__Default="${Logging__LogLevel__Default:-Warning}"
export Moderation__RedisKeyPrefix="perf-$(date +%s):" Moderation__QueueType="$QUEUE_TYPE" \
       Moderation__PrefetchCount="$PREFETCH" Moderation__ConcurrentMessageLimit="$CONCURRENCY"
# Outside Development the service refuses to start without moderator accounts and an API key: give it throwaway ones.
export Api__Key="${Api__Key:-$(head -c 24 /dev/urandom | base64 | tr -d '/+=')}"
export Review__Accounts__0__Id=load-test Review__Accounts__0__Role=moderator
Review__Accounts__0__PasswordHash="$(head -c 24 /dev/urandom | base64 | dotnet src/Moderation.Cli/bin/Release/net10.0/moderation.dll hash-password)"
export Review__Accounts__0__PasswordHash
LOG="$(mktemp -t moderation-service.XXXXXX.log)"
dotnet src/Moderation.Service/bin/Release/net10.0/Moderation.Service.dll >"$LOG" 2>&1 &
SERVICE=$!
trap 'kill "$SERVICE" 2>/dev/null; wait "$SERVICE" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 0.2; done
curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null || { echo "service not ready; log: $LOG" >&2; exit 1; }

echo "service pid $SERVICE: queue $QUEUE_TYPE, prefetch $PREFETCH, concurrency $CONCURRENCY (log: $LOG)" >&2
dotnet src/Moderation.Cli/bin/Release/net10.0/moderation.dll load --baseline --queue-type "$QUEUE_TYPE" --prefetch "$PREFETCH" \
  --relay-concurrency "$CONCURRENCY" --service-pid "$SERVICE" "$@"
