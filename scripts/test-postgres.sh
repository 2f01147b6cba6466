#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: its data, socket and log live in one temporary folder, it listens on a
# free port of 127.0.0.1 only, with trust authentication for one local user, and `stop` removes every trace of it.
#
#   eval "$(scripts/test-postgres.sh start [--install])"   # sets INDIKATOR_TEST_PG and INDIKATOR_TEST_PG_DIR
#   scripts/test-postgres.sh stop "$INDIKATOR_TEST_PG_DIR"
#
# `start` prints only the two assignments on standard output; progress and errors go to standard error. With
# --install it installs Debian's postgresql package when no server binaries are found (as root, or with sudo).
# initdb refuses to run as root, so as root the cluster runs as the `postgres` user (or `nobody` if that is absent).
set -euo pipefail

say() { echo "test-postgres: $*" >&2; }

find_bin() {
  local dir
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    dir="$(dirname "$(readlink -f "$(command -v pg_ctl)")")"
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  fi
  # Debian keeps the server binaries out of PATH, one folder per major version; take the newest.
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  [ -n "$dir" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  return 1
}

install_server() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { say "no PostgreSQL server and not root: install it with 'apt-get install -y postgresql'"; return 1; }
    sudo="sudo"
  fi
  say "installing Debian's postgresql package"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get install -y postgresql >&2 || { $sudo apt-get update >&2 && $sudo apt-get install -y postgresql >&2; }
}

free_port() {
  local port
  for port in $(seq 55432 55532); do
    # A refused connection means nothing listens there.
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  return 1
}

start() {
  local install=false bin dir port user as=()
  [ "${1:-}" = "--install" ] && install=true
  if ! bin="$(find_bin)"; then
    $install || { say "no pg_ctl/initdb found; install PostgreSQL (apt-get install -y postgresql) or set INDIKATOR_TEST_PG"; exit 1; }
    install_server
    bin="$(find_bin)" || { say "postgresql was installed but pg_ctl/initdb are still not found"; exit 1; }
  fi

  dir="$(mktemp -d "${TMPDIR:-/tmp}/indikator-pg.XXXXXX")"
  if [ "$(id -u)" -eq 0 ]; then
    user=postgres
    id "$user" >/dev/null 2>&1 || user=nobody
    chown "$user" "$dir"
    chmod 700 "$dir"
    as=(runuser -u "$user" --)
  fi

  port="$(free_port)" || { say "no free port in 55432-55532"; exit 1; }
  "${as[@]}" "$bin/initdb" -D "$dir/data" -U indikator --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; say "initdb failed"; exit 1; }
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >&2 \
    || { cat "$dir/server.log" >&2; say "the server did not start"; exit 1; }
  "${as[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U indikator indikator >&2
  say "PostgreSQL $("$bin/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$port, data in $dir"
  echo "export INDIKATOR_TEST_PG='Host=127.0.0.1;Port=$port;Username=indikator;Database=indikator;Pooling=false'"
  echo "export INDIKATOR_TEST_PG_DIR='$dir'"
}

stop() {
  local dir="${1:?usage: test-postgres.sh stop DIR}" bin as=()
  [ -d "$dir/data" ] || { rm -rf "$dir"; return 0; }
  bin="$(find_bin)" || { say "pg_ctl not found; cannot stop the server in $dir"; return 1; }
  [ "$(id -u)" -eq 0 ] && as=(runuser -u "$(stat -c %U "$dir")" --)
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) shift; stop "$@" ;;
  *) echo "usage: $0 start [--install] | stop DIR" >&2; exit 2 ;;
esac
