#!/usr/bin/env bash
# Installs (when missing), configures and starts RabbitMQ and Redis on 127.0.0.1 with non-default users,
# then writes deploy/local/servers.env with the connection strings the service and its tests read.
# Idempotent; runs as root on a fresh Debian machine without systemd (see shared docs: servers.md).
#   servers.sh start | stop | status | restart-rabbitmq | stop-redis | start-redis
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ENV_FILE="$HERE/servers.env"
RABBIT_USER="${MODERATION_RABBIT_USER:-moderation}"
RABBIT_PASS="${MODERATION_RABBIT_PASS:-moderation-local}"
RABBIT_VHOST="${MODERATION_RABBIT_VHOST:-moderation}"
REDIS_USER="${MODERATION_REDIS_USER:-moderation}"
REDIS_PASS="${MODERATION_REDIS_PASS:-moderation-local}"
REDIS_CONF=/etc/redis/redis.conf
RABBITMQCTL=/usr/sbin/rabbitmqctl

log() { echo "servers.sh: $*" >&2; }

need_root() {
  if [ "$(id -u)" -ne 0 ]; then log "run as root (installs packages and starts daemons)"; exit 1; fi
}

install_packages() {
  local missing=()
  command -v rabbitmq-server >/dev/null 2>&1 || [ -x /usr/sbin/rabbitmq-server ] || missing+=(rabbitmq-server)
  command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
  command -v redis-cli >/dev/null 2>&1 || missing+=(redis-tools)
  if [ "${#missing[@]}" -gt 0 ]; then
    log "installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

configure_rabbitmq() {
  mkdir -p /etc/rabbitmq
  cat > /etc/rabbitmq/rabbitmq-env.conf <<'CONF'
NODENAME=rabbit@localhost
NODE_IP_ADDRESS=127.0.0.1
export ERL_EPMD_ADDRESS=127.0.0.1
ulimit -S -n "$(ulimit -H -n)"
CONF
  if ! grep -q '^listeners.tcp.default' /etc/rabbitmq/rabbitmq.conf 2>/dev/null; then
    echo 'listeners.tcp.default = 127.0.0.1:5672' >> /etc/rabbitmq/rabbitmq.conf
  fi
  if ! grep -q '^management.tcp.ip' /etc/rabbitmq/rabbitmq.conf 2>/dev/null; then
    echo 'management.tcp.ip = 127.0.0.1' >> /etc/rabbitmq/rabbitmq.conf
  fi
  [ -s /etc/rabbitmq/enabled_plugins ] || echo '[rabbitmq_management].' > /etc/rabbitmq/enabled_plugins
}

rabbit_running() { "$RABBITMQCTL" -q await_startup --timeout 2 >/dev/null 2>&1; }

start_rabbitmq() {
  if ! rabbit_running; then
    log "starting rabbitmq"
    rabbitmq-server -detached >/dev/null 2>&1 || true
  fi
  # await_startup gives up at once while the freshly detached node has not registered yet: retry until it does.
  local deadline=$((SECONDS + 150))
  until "$RABBITMQCTL" -q await_startup --timeout 120 >/dev/null 2>&1; do
    if [ "$SECONDS" -ge "$deadline" ]; then log "rabbitmq did not start; see /var/log/rabbitmq"; return 1; fi
    sleep 1
  done
  # The tests make a vhost per test class through the management API; enabling is idempotent and works on a running node.
  rabbitmq-plugins -q enable rabbitmq_management >/dev/null
  "$RABBITMQCTL" -q add_vhost "$RABBIT_VHOST" >/dev/null 2>&1 || true
  if ! "$RABBITMQCTL" -q list_users | awk '{print $1}' | grep -qx "$RABBIT_USER"; then
    "$RABBITMQCTL" -q add_user "$RABBIT_USER" "$RABBIT_PASS" >/dev/null
  fi
  # Tests create a vhost per test class; the tag lets the user manage them.
  "$RABBITMQCTL" -q set_user_tags "$RABBIT_USER" administrator >/dev/null
  "$RABBITMQCTL" -q set_permissions -p "$RABBIT_VHOST" "$RABBIT_USER" '.*' '.*' '.*' >/dev/null
}

stop_rabbitmq() {
  if rabbit_running; then log "stopping rabbitmq"; "$RABBITMQCTL" -q shutdown >/dev/null 2>&1 || true; fi
}

configure_redis() {
  local line="user $REDIS_USER on >$REDIS_PASS ~* &* +@all"
  if ! grep -qxF "$line" "$REDIS_CONF"; then
    sed -i "/^user $REDIS_USER /d" "$REDIS_CONF"
    echo "$line" >> "$REDIS_CONF"
  fi
}

redis_ping() { redis-cli -h 127.0.0.1 --user "$REDIS_USER" --pass "$REDIS_PASS" --no-auth-warning ping 2>/dev/null | grep -q PONG; }

start_redis() {
  if ! redis_ping; then
    log "starting redis"
    install -d -o redis -g redis -m 2755 /run/redis
    runuser -u redis -- redis-server "$REDIS_CONF"
  fi
  for _ in $(seq 1 100); do redis_ping && return 0; sleep 0.1; done
  log "redis did not answer"; return 1
}

stop_redis() {
  if redis_ping; then
    log "stopping redis"
    redis-cli -h 127.0.0.1 --user "$REDIS_USER" --pass "$REDIS_PASS" --no-auth-warning shutdown nosave >/dev/null 2>&1 || true
    for _ in $(seq 1 100); do redis_ping || return 0; sleep 0.1; done
  fi
}

write_env() {
  cat > "$ENV_FILE" <<ENV
# Written by deploy/local/servers.sh; git-ignored.
export ConnectionStrings__RabbitMq='amqp://$RABBIT_USER:$RABBIT_PASS@127.0.0.1:5672/$RABBIT_VHOST'
export ConnectionStrings__Redis='127.0.0.1:6379,user=$REDIS_USER,password=$REDIS_PASS,abortConnect=false'
ENV
  log "wrote $ENV_FILE"
}

case "${1:-}" in
  start)
    need_root; install_packages; configure_rabbitmq; configure_redis
    start_redis; start_rabbitmq; write_env ;;
  stop) stop_rabbitmq; stop_redis ;;
  status)
    rabbit_running && echo "rabbitmq: running" || echo "rabbitmq: stopped"
    redis_ping && echo "redis: running" || echo "redis: stopped" ;;
  restart-rabbitmq) stop_rabbitmq; start_rabbitmq ;;
  stop-redis) stop_redis ;;
  start-redis) start_redis ;;
  *) echo "usage: $0 start|stop|status|restart-rabbitmq|stop-redis|start-redis" >&2; exit 2 ;;
esac
