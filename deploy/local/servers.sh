#!/usr/bin/env bash
# Installs (when missing), configures and starts RabbitMQ and Redis on 127.0.0.1 with non-default users,
# then writes deploy/local/servers.env with the connection strings the service and its tests read.
# Idempotent; runs as root on a fresh Debian machine without systemd (see shared docs: servers.md).
#   servers.sh start | stop | status | restart-rabbitmq | stop-redis | start-redis
# Dedicated instances for tests that restart or stop servers (never the shared ones): a second RabbitMQ node and a
# redis-server on ports offset from the defaults, with their own data under a temp dir.
#   servers.sh start-instance NAME OFFSET | stop-instance NAME | restart-instance-rabbitmq NAME
#              stop-instance-rabbitmq NAME | start-instance-rabbitmq NAME | stop-instance-redis NAME | start-instance-redis NAME
# start-instance prints the instance's connection strings (also in $TMPDIR/moderation-instance-NAME/servers.env).
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

instance_dir() { echo "${TMPDIR:-/tmp}/moderation-instance-$1"; }

# Exports the RabbitMQ node settings of instance $1 (offset read from its directory).
instance_env() {
  local dir; dir="$(instance_dir "$1")"
  local offset; offset="$(cat "$dir/offset")"
  INSTANCE_NODE="rabbit-$1@localhost"
  INSTANCE_AMQP_PORT=$((5672 + offset))
  INSTANCE_REDIS_PORT=$((6379 + offset))
  export RABBITMQ_NODENAME="$INSTANCE_NODE" RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT="$INSTANCE_AMQP_PORT" \
    RABBITMQ_DIST_PORT=$((25672 + offset)) RABBITMQ_MNESIA_BASE="$dir/mnesia" RABBITMQ_LOG_BASE="$dir/log" \
    RABBITMQ_PID_FILE="$dir/rabbit.pid" RABBITMQ_CONFIG_FILE="$dir/rabbitmq.conf" RABBITMQ_ENABLED_PLUGINS_FILE="$dir/enabled_plugins" \
    RABBITMQ_CONF_ENV_FILE="$dir/rabbitmq-env.conf" RABBITMQ_ADVANCED_CONFIG_FILE="$dir/advanced.config" ERL_EPMD_ADDRESS=127.0.0.1
}

instance_rabbit_running() { "$RABBITMQCTL" -n "$INSTANCE_NODE" -q await_startup --timeout 2 >/dev/null 2>&1; }

start_instance_rabbitmq() {
  instance_env "$1"
  if ! instance_rabbit_running; then
    log "starting rabbitmq node $INSTANCE_NODE on port $INSTANCE_AMQP_PORT"
    (cd /var/lib/rabbitmq && su rabbitmq -s /bin/sh -c "/usr/lib/rabbitmq/bin/rabbitmq-server -detached" >/dev/null 2>&1) || true
  fi
  local deadline=$((SECONDS + 150))
  until "$RABBITMQCTL" -n "$INSTANCE_NODE" -q await_startup --timeout 120 >/dev/null 2>&1; do
    if [ "$SECONDS" -ge "$deadline" ]; then log "node $INSTANCE_NODE did not start; see $(instance_dir "$1")/log"; return 1; fi
    sleep 0.5
  done
  "$RABBITMQCTL" -n "$INSTANCE_NODE" -q add_vhost "$RABBIT_VHOST" >/dev/null 2>&1 || true
  if ! "$RABBITMQCTL" -n "$INSTANCE_NODE" -q list_users | awk '{print $1}' | grep -qx "$RABBIT_USER"; then
    "$RABBITMQCTL" -n "$INSTANCE_NODE" -q add_user "$RABBIT_USER" "$RABBIT_PASS" >/dev/null
  fi
  "$RABBITMQCTL" -n "$INSTANCE_NODE" -q set_user_tags "$RABBIT_USER" administrator >/dev/null
  "$RABBITMQCTL" -n "$INSTANCE_NODE" -q set_permissions -p "$RABBIT_VHOST" "$RABBIT_USER" '.*' '.*' '.*' >/dev/null
}

stop_instance_rabbitmq() {
  instance_env "$1"
  if instance_rabbit_running; then log "stopping rabbitmq node $INSTANCE_NODE"; "$RABBITMQCTL" -n "$INSTANCE_NODE" -q shutdown >/dev/null 2>&1 || true; fi
}

instance_redis_cli() { instance_env "$1"; shift; redis-cli -h 127.0.0.1 -p "$INSTANCE_REDIS_PORT" --user "$REDIS_USER" --pass "$REDIS_PASS" --no-auth-warning "$@"; }

start_instance_redis() {
  instance_env "$1"
  if ! instance_redis_cli "$1" ping 2>/dev/null | grep -q PONG; then
    log "starting redis on port $INSTANCE_REDIS_PORT"
    redis-server "$(instance_dir "$1")/redis.conf"
  fi
  for _ in $(seq 1 100); do instance_redis_cli "$1" ping 2>/dev/null | grep -q PONG && return 0; sleep 0.1; done
  log "redis on port $INSTANCE_REDIS_PORT did not answer"; return 1
}

stop_instance_redis() {
  instance_env "$1"
  if instance_redis_cli "$1" ping 2>/dev/null | grep -q PONG; then
    log "stopping redis on port $INSTANCE_REDIS_PORT"
    instance_redis_cli "$1" shutdown nosave >/dev/null 2>&1 || true
    for _ in $(seq 1 100); do instance_redis_cli "$1" ping 2>/dev/null | grep -q PONG || return 0; sleep 0.1; done
  fi
}

start_instance() {
  local name="$1" offset="$2" dir; dir="$(instance_dir "$1")"
  mkdir -p "$dir/mnesia" "$dir/log" "$dir/redis"
  echo "$offset" > "$dir/offset"
  instance_env "$name"
  printf 'listeners.tcp.default = 127.0.0.1:%s\n' "$INSTANCE_AMQP_PORT" > "$dir/rabbitmq.conf"
  echo '[].' > "$dir/enabled_plugins"
  : > "$dir/rabbitmq-env.conf"
  echo '[].' > "$dir/advanced.config"
  chown -R rabbitmq:rabbitmq "$dir/mnesia" "$dir/log" "$dir/rabbitmq.conf" "$dir/enabled_plugins" "$dir/rabbitmq-env.conf" "$dir/advanced.config"
  chmod 755 "$dir"
  cat > "$dir/redis.conf" <<CONF
port $INSTANCE_REDIS_PORT
bind 127.0.0.1
daemonize yes
pidfile $dir/redis/redis.pid
logfile $dir/redis/redis.log
dir $dir/redis
save ""
appendonly no
user default off
user $REDIS_USER on >$REDIS_PASS ~* &* +@all
CONF
  start_instance_redis "$name"
  start_instance_rabbitmq "$name"
  cat > "$dir/servers.env" <<ENV
export ConnectionStrings__RabbitMq='amqp://$RABBIT_USER:$RABBIT_PASS@127.0.0.1:$INSTANCE_AMQP_PORT/$RABBIT_VHOST'
export ConnectionStrings__Redis='127.0.0.1:$INSTANCE_REDIS_PORT,user=$REDIS_USER,password=$REDIS_PASS,abortConnect=false'
ENV
  cat "$dir/servers.env"
}

stop_instance() {
  [ -f "$(instance_dir "$1")/offset" ] || return 0
  stop_instance_rabbitmq "$1"; stop_instance_redis "$1"
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
  start-instance) need_root; install_packages; start_instance "${2:?name}" "${3:?port offset}" ;;
  stop-instance) stop_instance "${2:?name}" ;;
  restart-instance-rabbitmq) stop_instance_rabbitmq "${2:?name}"; start_instance_rabbitmq "$2" ;;
  stop-instance-rabbitmq) stop_instance_rabbitmq "${2:?name}" ;;
  start-instance-rabbitmq) start_instance_rabbitmq "${2:?name}" ;;
  stop-instance-redis) stop_instance_redis "${2:?name}" ;;
  start-instance-redis) start_instance_redis "${2:?name}" ;;
  *) echo "usage: $0 start|stop|status|restart-rabbitmq|stop-redis|start-redis|start-instance NAME OFFSET|stop-instance NAME|restart-instance-rabbitmq NAME|stop-instance-rabbitmq NAME|start-instance-rabbitmq NAME|stop-instance-redis NAME|start-instance-redis NAME" >&2; exit 2 ;;
esac
