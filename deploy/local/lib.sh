# shellcheck shell=bash
# Shared by bin/up, bin/down, bin/status, bin/topic, bin/sql: where the local stack lives and how its
# processes are started, recognised and stopped. Sourced, never executed.
#
# Every process we start carries "$LOCAL_DIR" in its command line (a -Dvoxhub.local.home=... marker for
# the JVMs, the binary path for PostgreSQL), so `pgrep -af "$LOCAL_DIR"` lists our processes and a
# recycled pid of someone else's process is never mistaken for ours (is_ours).

ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOCAL_DIR="$ROOT_DIR/.local"
LIB_DIR="$LOCAL_DIR/lib"
RUN_DIR="$LOCAL_DIR/run"
LOG_DIR="$LOCAL_DIR/logs"
KEYS_DIR="$LOCAL_DIR/keys"
PGSQL_DIR="$LOCAL_DIR/pgsql"
PGDATA_DIR="$LOCAL_DIR/pgdata"
KAFKA_DIR="$LOCAL_DIR/kafka"
ENV_FILE="$LOCAL_DIR/env"
DEPLOY_LOCAL="$ROOT_DIR/deploy/local"
MVN_LOCK=/tmp/voxhub-mvn.lock
VERSION=0.1.0-SNAPSHOT

# Ports and credentials: docs/CONVENTIONS.md. Not configurable on purpose: scripts, compose and tests agree.
KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
PG_PORT=55432
PG_USER=postgres
PG_PASSWORD=postgres
SMTP_PORT=3025
DATABASES=(campaign dialer messaging webhook)
KAFKA_BOOTSTRAP=127.0.0.1:$KAFKA_PORT

# name:port, in start order. Each is the Maven module of the same name.
SERVICES=(provider-sandbox:8089 campaign-service:8081 dialer-service:8082 messaging-service:8083 webhook-ingest-service:8084)
INFRA=(kafka postgres greenmail)

ADMIN_TOKEN="${VOXHUB_ADMIN_TOKEN:-local-admin-token}"
TWILIO_AUTH_TOKEN="${TWILIO_AUTH_TOKEN:-sandbox-twilio-auth-token}"
SENDGRID_SIGNING_KEY="${SENDGRID_SIGNING_KEY:-$KEYS_DIR/sendgrid-verification-key.txt}"

JAVA_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAVAC_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}javac"

# JVM flags of the five Spring Boot processes. Goal: the whole stack idles under 3 GiB RSS and the five
# JVMs, started together on 2 cores, are healthy within about a minute.
#  -Xms32m -Xmx256m          heap grows only as needed; 256m is plenty for a local service.
#  -XX:+UseSerialGC          no parallel/concurrent GC threads and the smallest GC footprint for small heaps.
#  -XX:TieredStopAtLevel=1   C1 only: no C2 compiler threads competing for 2 cores at startup and far less
#                            code cache; peak throughput is lower, which a local stack does not need.
#  -XX:ReservedCodeCacheSize=48m, -XX:MaxMetaspaceSize=192m  caps (not reservations) on the non-heap parts
#                            that grow without a limit by default; Boot + Kafka + JDBC + Flyway use ~100m.
#  -Xss512k                  Netty/Kafka/Hikari threads need far less than the 1m default stack.
#  -XX:+ExitOnOutOfMemoryError  a dead process shows in bin/status instead of a half-working one.
# Override all of it with VOXHUB_SERVICE_JAVA_OPTS (e.g. to profile with C2).
SERVICE_JAVA_OPTS="${VOXHUB_SERVICE_JAVA_OPTS:--Xms32m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=192m -Xss512k -XX:+ExitOnOutOfMemoryError}"
# Kafka's own scripts read KAFKA_HEAP_OPTS / KAFKA_JVM_PERFORMANCE_OPTS; keep their names and G1 (Kafka's
# default) with a small heap: the broker keeps data in the page cache, not the heap.
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m}"
KAFKA_JVM_PERFORMANCE_OPTS="${KAFKA_JVM_PERFORMANCE_OPTS:--XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=128m -Xss512k -Djava.awt.headless=true}"
GREENMAIL_JAVA_OPTS="${GREENMAIL_JAVA_OPTS:--Xms16m -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=32m -Xss512k}"
TOOL_JAVA_OPTS="-Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto"

MARKER="-Dvoxhub.local.home=$LOCAL_DIR"

say() { printf '%s\n' "$*"; }
warn() { printf '%s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

service_port() { local s; for s in "${SERVICES[@]}"; do [[ ${s%%:*} == "$1" ]] && { echo "${s##*:}"; return; }; done; }
service_jar() { echo "$ROOT_DIR/$1/target/$1-$VERSION-exec.jar"; }
component_port() {
  case $1 in
    kafka) echo "$KAFKA_PORT" ;;
    postgres) echo "$PG_PORT" ;;
    greenmail) echo "$SMTP_PORT" ;;
    *) service_port "$1" ;;
  esac
}

ensure_dirs() {
  mkdir -p "$LOCAL_DIR" "$RUN_DIR" "$LOG_DIR" "$KEYS_DIR"
  # PostgreSQL runs as an unprivileged user when we are root: it must be able to reach .local.
  chmod o+x "$LOCAL_DIR" 2>/dev/null || true
}

# --- processes -------------------------------------------------------------------------------------

is_ours() { # pid -> 0 when it is one of our JVMs (marker) or our PostgreSQL (binary under .local/pgsql)
  local pid=$1 cmd
  [[ -r /proc/$pid/cmdline ]] || return 1
  cmd=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
  [[ $cmd == *"$MARKER"* || $cmd == "$PGSQL_DIR/bin/"* ]]
}

our_pids() { # every live process of the local stack (a tail -f on a log is not one)
  local pid
  for pid in $(pgrep -f -- "$LOCAL_DIR" || true); do
    [[ $pid != "$$" ]] && is_ours "$pid" && echo "$pid"
  done
  return 0
}

running_pid() { # name -> pid of our live process for that component, or nothing (and drops a stale pid file)
  local file="$RUN_DIR/$1.pid" pid
  [[ -f $file ]] || return 0
  pid=$(head -n1 "$file" 2>/dev/null | tr -dc '0-9')
  if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null && is_ours "$pid"; then
    echo "$pid"
  else
    rm -f "$file"
  fi
}

port_listener_pid() { # port -> pid listening on 127.0.0.1/0.0.0.0/:: (empty when free or not visible)
  local port=$1 line
  if command -v ss >/dev/null 2>&1; then
    line=$(ss -Hltnp "sport = :$port" 2>/dev/null | head -n1)
    [[ -n $line ]] || return 0
    if [[ $line =~ pid=([0-9]+) ]]; then echo "${BASH_REMATCH[1]}"; else echo "?"; fi
  elif command -v lsof >/dev/null 2>&1; then
    lsof -nP -iTCP:"$port" -sTCP:LISTEN -t 2>/dev/null | head -n1
  else
    port_open "$port" && echo "?"
  fi
  return 0
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

describe_pid() { # pid -> "pid 123 (cmd ...)" for error messages
  local pid=$1
  if [[ $pid == "?" ]]; then echo "a process this user cannot see (try: sudo ss -ltnp)"; return; fi
  echo "pid $pid ($(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | cut -c1-160))"
}

# check_port NAME PORT: 0 when free; when held by one of our processes, adopt it as NAME (pid file) and
# return 3; otherwise print who holds it and return 1.
check_port() {
  local name=$1 port=$2 pid
  pid=$(port_listener_pid "$port")
  [[ -z $pid ]] && return 0
  if [[ $pid != "?" ]] && is_ours "$pid"; then
    echo "$pid" >"$RUN_DIR/$name.pid"
    return 3
  fi
  warn "port $port (needed by $name) is taken by $(describe_pid "$pid")"
  return 1
}

# start_bg NAME CMD...: detached (own session, so Ctrl-C on bin/up does not reach it), output appended
# to .local/logs/NAME.log, pid in .local/run/NAME.pid.
start_bg() {
  local name=$1; shift
  local log="$LOG_DIR/$name.log"
  printf '\n=== %s starting %s ===\n' "$(date '+%F %T')" "$name" >>"$log"
  setsid "$@" >>"$log" 2>&1 </dev/null &
  echo $! >"$RUN_DIR/$name.pid"
}

# stop_pid NAME PID [SECONDS]: TERM, wait, then KILL the process (and its process group) after the deadline.
stop_pid() {
  local name=$1 pid=$2 deadline=${3:-30} waited=0
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do
    if (( waited >= deadline * 5 )); then
      warn "$name (pid $pid) still running after ${deadline}s: KILL"
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
      break
    fi
    sleep 0.2; waited=$((waited + 1))
  done
}

tail_log() { # name: the end of its log, to show why it failed
  local log="$LOG_DIR/$1.log"
  warn "----- last 40 lines of $log -----"
  tail -n 40 "$log" >&2 2>/dev/null || true
  warn "-----"
}

# --- tools -----------------------------------------------------------------------------------------

mvn_locked() { # Maven through the team lock: never two builds at once on 2 cores
  if command -v flock >/dev/null 2>&1; then
    flock "$MVN_LOCK" "$ROOT_DIR/mvnw" "$@"
  else
    "$ROOT_DIR/mvnw" "$@"
  fi
}

# The infra jars are fetched again when deploy/local/pom.xml changes (a version bump).
infra_stamp() { sha1sum "$DEPLOY_LOCAL/pom.xml" | cut -c1-40; }

infra_fetched() {
  [[ -f $LIB_DIR/.stamp && $(cat "$LIB_DIR/.stamp") == "$(infra_stamp)" ]] \
    && compgen -G "$LIB_DIR/kafka/kafka_2.13-*.jar" >/dev/null \
    && [[ -f $LIB_DIR/greenmail/greenmail-standalone.jar && -f $LIB_DIR/postgres/postgres-linux-x86_64.txz \
          && -f $LIB_DIR/tools/postgresql.jar ]]
}

fetch_infra() {
  infra_fetched && return 0
  say "fetching Kafka, GreenMail and PostgreSQL from Maven Central into .local/lib (deploy/local/pom.xml) ..."
  rm -rf "$LIB_DIR/kafka" "$LIB_DIR/greenmail" "$LIB_DIR/postgres" "$LIB_DIR/tools"
  mvn_locked -q -B -f "$DEPLOY_LOCAL/pom.xml" generate-resources || die "fetching the infrastructure jars failed"
  infra_stamp >"$LIB_DIR/.stamp"
}

# deploy/local/tools: LocalCheck (pg/kafka readiness, a psql stand-in) and bin/topic's value deserializer;
# compiled once into .local/lib/tools/classes, again when a source changes.
compile_tools() {
  local out="$LIB_DIR/tools/classes" src stale=false
  for src in "$DEPLOY_LOCAL"/tools/*.java; do
    local cls; cls="$out/$(basename "${src%.java}").class"
    [[ -f $cls && ! $src -nt $cls ]] || stale=true
  done
  $stale || return 0
  mkdir -p "$out"
  "$JAVAC_BIN" -nowarn -d "$out" -cp "$LIB_DIR/kafka/*" "$DEPLOY_LOCAL"/tools/*.java || die "cannot compile deploy/local/tools"
}

local_check() {
  compile_tools
  # shellcheck disable=SC2086
  "$JAVA_BIN" $TOOL_JAVA_OPTS -Dlog4j2.configurationFile="$DEPLOY_LOCAL/kafka/log4j2.properties" \
    -Dvoxhub.kafka.log.level=ERROR -cp "$LIB_DIR/tools/classes:$LIB_DIR/tools/postgresql.jar:$LIB_DIR/kafka/*" LocalCheck "$@"
}

kafka_tool() { # main class + args, with the broker's jars (console producer/consumer, kafka-topics ...)
  local main=$1; shift
  # shellcheck disable=SC2086
  "$JAVA_BIN" $TOOL_JAVA_OPTS -Dlog4j2.configurationFile="$DEPLOY_LOCAL/kafka/log4j2.properties" \
    -Dvoxhub.kafka.log.level=WARN -cp "$LIB_DIR/kafka/*" "$main" "$@"
}

# --- PostgreSQL --------------------------------------------------------------------------------------
# PostgreSQL refuses to run as root. When we are root, initdb/pg_ctl/postgres run as "nobody" (setpriv,
# no password prompt, nothing created) and the data directory belongs to nobody; otherwise as ourselves.

pg_user_ids() { echo "$(id -u nobody):$(id -g nobody)"; }

pg_run() {
  if [[ $(id -u) -eq 0 ]]; then
    local ids; ids=$(pg_user_ids)
    setpriv --reuid="${ids%%:*}" --regid="${ids##*:}" --clear-groups -- "$@"
  else
    "$@"
  fi
}

pg_install() {
  local txz="$LIB_DIR/postgres/postgres-linux-x86_64.txz" stamp
  stamp=$(stat -c '%s-%Y' "$txz")
  [[ -x $PGSQL_DIR/bin/postgres && -f $PGSQL_DIR/.stamp && $(cat "$PGSQL_DIR/.stamp") == "$stamp" ]] && return 0
  command -v xz >/dev/null 2>&1 || die "xz is needed to unpack PostgreSQL (Debian: apt-get install xz-utils)"
  rm -rf "$PGSQL_DIR"; mkdir -p "$PGSQL_DIR"
  tar -xJf "$txz" -C "$PGSQL_DIR" || die "cannot unpack $txz"
  chmod -R o+rX "$PGSQL_DIR"
  echo "$stamp" >"$PGSQL_DIR/.stamp"
}

pg_init() {
  [[ -f $PGDATA_DIR/PG_VERSION ]] && return 0
  if [[ $(id -u) -eq 0 ]]; then
    id nobody >/dev/null 2>&1 || die "running as root needs the user 'nobody' to run PostgreSQL"
    pg_run test -x "$PGSQL_DIR/bin/postgres" \
      || die "user nobody cannot reach $PGSQL_DIR (PostgreSQL refuses root); make the path to the repo world-traversable (chmod o+x)"
  fi
  say "initialising PostgreSQL data in .local/pgdata ..."
  rm -rf "$PGDATA_DIR"; mkdir -p "$PGDATA_DIR"; chmod 700 "$PGDATA_DIR"
  local pwfile="$RUN_DIR/pg-password.tmp"
  printf '%s\n' "$PG_PASSWORD" >"$pwfile"; chmod 600 "$pwfile"
  if [[ $(id -u) -eq 0 ]]; then chown "$(pg_user_ids)" "$PGDATA_DIR" "$pwfile"; fi
  # Password auth over TCP (what the services use); the unix socket is disabled below.
  pg_run "$PGSQL_DIR/bin/initdb" -D "$PGDATA_DIR" -U "$PG_USER" --pwfile="$pwfile" \
    --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --locale=C >>"$LOG_DIR/postgres.log" 2>&1
  local rc=$?
  rm -f "$pwfile"
  (( rc == 0 )) || { tail_log postgres; die "initdb failed"; }
  cat >>"$PGDATA_DIR/postgresql.conf" <<EOF

# --- voxhub local stack (deploy/local/lib.sh) ---
port = $PG_PORT
listen_addresses = '127.0.0.1'
# TCP only: no socket file to clean up, nothing in /tmp.
unix_socket_directories = ''
# 4 services x a small Hikari pool + tools.
max_connections = 100
shared_buffers = 64MB
# Local data: a crash may lose the last commits, never corrupts (unlike fsync=off).
synchronous_commit = off
log_min_messages = warning
log_line_prefix = '%m [%p] %d '
EOF
}

pg_start() { # blocks until the postmaster accepts connections (pg_ctl -w); pg_ctl puts it in its own session
  local log="$LOG_DIR/postgres.log"
  touch "$log"
  if [[ $(id -u) -eq 0 ]]; then chown "$(pg_user_ids)" "$log"; fi
  printf '\n=== %s starting postgres ===\n' "$(date '+%F %T')" >>"$log"
  pg_run "$PGSQL_DIR/bin/pg_ctl" -D "$PGDATA_DIR" -l "$log" -w -t 60 -s start </dev/null >>"$log" 2>&1 || return 1
  head -n1 "$PGDATA_DIR/postmaster.pid" >"$RUN_DIR/postgres.pid"
}

pg_stop() {
  [[ -f $PGDATA_DIR/postmaster.pid ]] || return 0
  pg_run "$PGSQL_DIR/bin/pg_ctl" -D "$PGDATA_DIR" -m fast -w -t 30 -s stop >>"$LOG_DIR/postgres.log" 2>&1
}

# --- Kafka -------------------------------------------------------------------------------------------

kafka_random_cluster_id() { # what `kafka-storage random-uuid` prints: 16 random bytes, base64url, no padding
  local id
  # Like Kafka's Uuid.randomUuid, never one starting with "-" (it would read as an option on a command line).
  while id=$(head -c16 /dev/urandom | base64 | tr '+/' '-_' | cut -c1-22); [[ $id == -* ]]; do :; done
  echo "$id"
}

kafka_prepare() {
  mkdir -p "$KAFKA_DIR/data"
  sed "s#@LOG_DIRS@#$KAFKA_DIR/data#" "$DEPLOY_LOCAL/kafka/server.properties" >"$KAFKA_DIR/server.properties"
  [[ -f $KAFKA_DIR/data/meta.properties ]] && return 0
  say "formatting Kafka storage in .local/kafka (KRaft, standalone controller) ..."
  kafka_tool kafka.tools.StorageTool format --standalone --ignore-formatted \
    --cluster-id="$(kafka_random_cluster_id)" --config="$KAFKA_DIR/server.properties" >>"$LOG_DIR/kafka.log" 2>&1 \
    || { tail_log kafka; die "formatting Kafka storage failed"; }
}

kafka_start() {
  # shellcheck disable=SC2086
  start_bg kafka "$JAVA_BIN" $KAFKA_HEAP_OPTS $KAFKA_JVM_PERFORMANCE_OPTS "$MARKER" \
    -Dlog4j2.configurationFile="$DEPLOY_LOCAL/kafka/log4j2.properties" \
    -cp "$LIB_DIR/kafka/*" kafka.Kafka "$KAFKA_DIR/server.properties"
}

greenmail_start() {
  # SMTP only, on 127.0.0.1:3025, no auth so services send without credentials. Host and port per protocol
  # rather than -Dgreenmail.setup.test.smtp -Dgreenmail.hostname=...: with greenmail.hostname set, GreenMail
  # 2.1 also opens its REST API on 8080, a port that is often taken on a developer machine.
  # shellcheck disable=SC2086
  start_bg greenmail "$JAVA_BIN" $GREENMAIL_JAVA_OPTS "$MARKER" \
    -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP_PORT" -Dgreenmail.auth.disabled \
    -jar "$LIB_DIR/greenmail/greenmail-standalone.jar"
}

smtp_ready() { # the server's 220 greeting; in a subshell so the fd and redirections never leak into ours
  (
    exec 3<>"/dev/tcp/127.0.0.1/$SMTP_PORT" || exit 1
    IFS= read -r -t 3 line <&3 || exit 1
    printf 'QUIT\r\n' >&3 || true
    [[ $line == 220* ]]
  ) 2>/dev/null
}

# --- services ----------------------------------------------------------------------------------------

# The environment every Spring Boot process gets: the standard Spring variables and the provider settings
# of docs/CONVENTIONS.md (relaxed-binding names, which win over application.yml whatever its placeholders).
service_env() { # name port -> NAME=value lines
  local name=$1 port=$2 db=""
  case $name in
    campaign-service) db=campaign ;;
    dialer-service) db=dialer ;;
    messaging-service) db=messaging ;;
    webhook-ingest-service) db=webhook ;;
  esac
  echo "SERVER_PORT=$port"
  if [[ -n $db ]]; then
    echo "SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:$PG_PORT/$db"
    echo "SPRING_DATASOURCE_USERNAME=$PG_USER"
    echo "SPRING_DATASOURCE_PASSWORD=$PG_PASSWORD"
  fi
  echo "SPRING_KAFKA_BOOTSTRAP_SERVERS=$KAFKA_BOOTSTRAP"
  echo "MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED=true"
  echo "SPRING_MAIL_HOST=127.0.0.1"
  echo "SPRING_MAIL_PORT=$SMTP_PORT"
  echo "TWILIO_AUTH_TOKEN=$TWILIO_AUTH_TOKEN"
  echo "SENDGRID_SIGNING_KEY=$SENDGRID_SIGNING_KEY"
  echo "VOXHUB_ADMIN_TOKEN=$ADMIN_TOKEN"
  echo "VOXHUB_TWILIO_BASEURL=http://localhost:8089"
  echo "VOXHUB_TWILIO_AUTHTOKEN=$TWILIO_AUTH_TOKEN"
  echo "VOXHUB_SENDGRID_BASEURL=http://localhost:8089"
  echo "VOXHUB_WEBHOOKS_PUBLICBASEURL=http://localhost:8084"
  echo "VOXHUB_WEBHOOKS_SENDGRID_VERIFICATIONKEYFILE=$SENDGRID_SIGNING_KEY"
  echo "VOXHUB_DIALER_PUBLICBASEURL=http://localhost:8082"
  echo "VOXHUB_SANDBOX_SENDGRID_VERIFICATIONKEYFILE=$SENDGRID_SIGNING_KEY"
  echo "VOXHUB_SANDBOX_SENDGRID_EVENTWEBHOOKURL=http://localhost:8084/webhooks/sendgrid/events"
}

# A running service reads classes from its jar lazily, and a teammate's `mvnw package` rewrites
# <module>/target/*-exec.jar in place: run a private copy (.local/jars/NAME.jar), taken once the build has
# finished writing it (unchanged for 3 s). A restart (bin/down + bin/up) picks up a newer build.
service_jar_snapshot() {
  local name=$1 jar copy waited=0
  jar=$(service_jar "$name"); copy="$LOCAL_DIR/jars/$name.jar"
  mkdir -p "$LOCAL_DIR/jars"
  while (( $(date +%s) - $(stat -c %Y "$jar") < 3 && waited < 120 )); do sleep 1; waited=$((waited + 1)); done
  cp -p "$jar" "$copy.tmp" && mv -f "$copy.tmp" "$copy"
  echo "$copy"
}

service_start() {
  local name=$1 port=$2 jar; jar=$(service_jar_snapshot "$name")
  local -a envs; mapfile -t envs < <(service_env "$name" "$port")
  # shellcheck disable=SC2086
  start_bg "$name" env "${envs[@]}" "$JAVA_BIN" $SERVICE_JAVA_OPTS "$MARKER" -jar "$jar"
}

http_code() { curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$1" 2>/dev/null || true; }

service_healthy() { # port: readiness group, else overall health, else (a sandbox without actuator) any answer
  local port=$1 code
  code=$(http_code "http://localhost:$port/actuator/health/readiness")
  [[ $code == 200 ]] && return 0
  [[ $code == 404 ]] || return 1
  code=$(http_code "http://localhost:$port/actuator/health")
  [[ $code == 200 ]] && return 0
  [[ $code == 404 ]] || return 1
  code=$(http_code "http://localhost:$port/sandbox/v1/requests")
  [[ $code == 200 ]]
}

component_healthy() {
  case $1 in
    kafka) port_open "$KAFKA_PORT" && local_check kafka-ready "$KAFKA_BOOTSTRAP" >/dev/null 2>&1 ;;
    postgres) port_open "$PG_PORT" && local_check pg-ready 127.0.0.1 "$PG_PORT" "$PG_USER" "$PG_PASSWORD" >/dev/null 2>&1 ;;
    greenmail) smtp_ready ;;
    *) service_healthy "$(service_port "$1")" ;;
  esac
}
