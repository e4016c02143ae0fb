#!/usr/bin/env bash
# The issue's Clavis-only targets that `clavis bench` can measure on one machine, against a fresh
# `clavis serve` (default configuration: H2 file store with durable group commit, software key
# protection) on a free loopback port. One JSON line per case on stdout; the server's resident
# set size at the end on stderr. Bounded: each case --duration seconds (default 10).
#
#   bench/targets.sh
#   CLAVIS_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/clavis.jfr,settings=profile" bench/targets.sh
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
duration="${BENCH_DURATION:-10}"
tmp="$(mktemp -d /tmp/clavis-targets.XXXXXX)"
pid=""
trap '[ -n "$pid" ] && { kill -TERM "$pid" 2>/dev/null; for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done; kill -KILL "$pid" 2>/dev/null; }; rm -rf "$tmp"' EXIT
"$root/bin/clavis" --version >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
mkdir -p "$tmp/run"
(cd "$tmp/run" && exec "$root/bin/clavis" serve --data-dir "$tmp/clavis" --port "$port" \
  --set limits.max-requests-per-second-per-identity=1000000 >"$tmp/clavis.log" 2>&1) &
pid=$!
for _ in $(seq 1 600); do grep -q "Stop with" "$tmp/clavis.log" 2>/dev/null && break; sleep 0.2; done
run() { "$root/bin/clavis" bench --data-dir "$tmp/clavis" --port "$port" --warmup 3 --json --quiet "$@" | tail -1 || true; }
bench() { run --duration "$duration" "$@"; }
run --mode mixed --conns 16 --duration 5 >/dev/null   # JIT warm-up, not reported
bench --mode get --conns 32
bench --mode get --conns 64
bench --mode create --conns 32
bench --mode locate --conns 8
bench --mode handshake --conns 8
bench --mode handshake --conns 8 --resume | sed 's/"mode":"handshake"/"mode":"handshake-resume"/'
echo "targets.sh: server resident set size $(ps -o rss= -p "$pid") KiB, $(find "$tmp/clavis" -name '*.mv.db' -printf '%s bytes %p\n')" >&2
