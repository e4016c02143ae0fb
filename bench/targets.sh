#!/usr/bin/env bash
# The issue's Clavis-only targets that `clavis bench` can measure on one machine, against a fresh
# `clavis serve` (default configuration: H2 file store with durable group commit, software key
# protection) on a free loopback port. One JSON line per case on stdout; the server's resident
# set size at the end on stderr. Bounded: each case --duration seconds (default 10), after a JIT
# warm-up of BENCH_JIT_WARMUP seconds (default 40: C2 compiles for ~45 s of CPU before a Get
# reaches its steady rate). When SoftHSM2 is installed, a second server with PKCS#11 key
# protection on a throwaway SoftHSM2 token measures Get through the token (case "get-softhsm2").
#
#   bench/targets.sh
#   CLAVIS_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/clavis.jfr,settings=profile" bench/targets.sh
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
. "$root/bench/keep-errors.sh"
duration="${BENCH_DURATION:-10}"
tmp="$(mktemp -d /tmp/clavis-targets.XXXXXX)"
pid=""
# Stops both servers (by pid) and removes the directory; every kill may find its process gone
# already, so none of them may end the trap early under set -e.
cleanup() {
  if [ -n "${hpid:-}" ]; then kill -KILL "$hpid" 2>/dev/null || true; fi
  if [ -n "${pid:-}" ]; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  keep_errors "$tmp/clavis.log" "$tmp/clavis-hsm.log"
  rm -rf "$tmp"
}
trap cleanup EXIT
"$root/bin/clavis" --version >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
mkdir -p "$tmp/run"
(cd "$tmp/run" && exec "$root/bin/clavis" serve --data-dir "$tmp/clavis" --port "$port" \
  --set limits.max-requests-per-second-per-identity=1000000 >"$tmp/clavis.log" 2>&1) &
pid=$!
for _ in $(seq 1 600); do grep -q "Stop with" "$tmp/clavis.log" 2>/dev/null && break; sleep 0.2; done
# Each case runs a new bench JVM: its own JIT needs a warm-up too (measured: 5,005–8,090 Get/s with
# 3 s, 10,517–10,962 with 15 s against the same warm server), BENCH_CLIENT_WARMUP seconds.
client_warmup="${BENCH_CLIENT_WARMUP:-15}"
run() { "$root/bin/clavis" bench --data-dir "$tmp/clavis" --port "$port" --warmup "$client_warmup" --json --quiet "$@" | tail -1 || true; }
bench() { run --duration "$duration" "$@"; }
warm="${BENCH_JIT_WARMUP:-40}"
run --mode mixed --conns 16 --duration $((warm / 4 + 1)) >/dev/null   # JIT warm-up, not reported
run --mode get --conns 32 --duration $((warm * 3 / 4 + 1)) >/dev/null
bench --mode get --conns 32
bench --mode get --conns 64
bench --mode create --conns 32
bench --mode locate --conns 8
run --mode handshake --conns 8 --duration $((warm / 2 + 1)) >/dev/null   # the handshake path's own JIT warm-up
bench --mode handshake --conns 8
bench --mode handshake --conns 8 --resume | sed 's/"mode":"handshake"/"mode":"handshake-resume"/'
# the same full handshakes with a BoringSSL client: the load generator's JDK TLS is then not what limits
bench --mode handshake --conns 8 --tls-provider openssl | sed 's/"mode":"handshake"/"mode":"handshake-openssl-client"/'
softhsm_get() {
  command -v softhsm2-util >/dev/null && [ -f /usr/lib/softhsm/libsofthsm2.so ] || {
    echo "targets.sh: SoftHSM2 not installed (Debian softhsm2): case get-softhsm2 skipped" >&2; return 0; }
  mkdir -p "$tmp/hsm/tokens" "$tmp/run-hsm"
  printf 'directories.tokendir = %s\nobjectstore.backend = file\n' "$tmp/hsm/tokens" >"$tmp/hsm/softhsm2.conf"
  (umask 077 && printf '1234\n' >"$tmp/hsm/pin")   # the server refuses a PIN file others can read
  export SOFTHSM2_CONF="$tmp/hsm/softhsm2.conf"
  softhsm2-util --init-token --free --label clavis-bench --so-pin 5678 --pin 1234 >/dev/null
  local hport
  hport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  (cd "$tmp/run-hsm" && exec "$root/bin/clavis" serve --data-dir "$tmp/clavis-hsm" --port "$hport" \
    --key-protection pkcs11 --pkcs11-library /usr/lib/softhsm/libsofthsm2.so --pkcs11-token-label clavis-bench \
    --pkcs11-pin-file "$tmp/hsm/pin" --set limits.max-requests-per-second-per-identity=1000000 >"$tmp/clavis-hsm.log" 2>&1) &
  hpid=$!
  for _ in $(seq 1 600); do grep -q "Stop with" "$tmp/clavis-hsm.log" 2>/dev/null && break; kill -0 "$hpid" 2>/dev/null || break; sleep 0.2; done
  kill -0 "$hpid" 2>/dev/null || { echo "targets.sh: the SoftHSM2 server did not start: $(tail -3 "$tmp/clavis-hsm.log")" >&2; return 0; }
  hrun() { "$root/bin/clavis" bench --data-dir "$tmp/clavis-hsm" --port "$hport" --warmup "$client_warmup" --json --quiet "$@" | tail -1 || true; }
  hrun --mode get --conns 32 --duration "$warm" >/dev/null
  hrun --mode get --conns 32 --duration "$duration" | sed 's/"mode":"get"/"mode":"get-softhsm2"/'
  kill -TERM "$hpid" 2>/dev/null || true; wait "$hpid" 2>/dev/null || true
}
hpid=""
softhsm_get
echo "targets.sh: server resident set size $(ps -o rss= -p "$pid") KiB, $(find "$tmp/clavis" -name '*.mv.db' -printf '%s bytes %p\n')" >&2
