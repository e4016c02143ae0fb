#!/usr/bin/env bash
# Server CPU time per operation: runs one `clavis bench` case against a server already running on
# this machine and divides the CPU time the server process used during the measured window (user
# + system, from /proc/<pid>/stat, sampled when the bench's progress lines say the warm-up ended
# and the window closed) by the operations measured. On a shared machine ops/s measure the
# scheduler as much as the server; CPU per operation measures the server's own cost.
#
#   bench/server-cpu.sh <server-pid> <clavis bench arguments…>
#   bench/server-cpu.sh 1234 --port 5696 --data-dir clavis-data --mode get --conns 32 --duration 20
#
# Prints the bench's JSON line with server_cpu_ms and server_cpu_us_per_op added, and the load
# average at the end. Loopback only; bounded by the bench's --duration and --timeout.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
pid="$1"; shift
[ -r "/proc/$pid/stat" ] || { echo "server-cpu.sh: no process $pid" >&2; exit 2; }
ticks=$(getconf CLK_TCK)
tmp="$(mktemp -d /tmp/clavis-server-cpu.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
cpu() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
# The progress lines: "…: warm-up W/W s" just before the window opens, "…: N/N s, …" when it closes.
"$root/bin/clavis" bench --json "$@" 2> >(
  while IFS= read -r l; do
    case "$l" in
      *"warm-up "*) cpu >"$tmp/start" ;;
      *": "[0-9]*"/"[0-9]*" s, "*) cpu >"$tmp/end" ;;
    esac
  done) | tail -1 >"$tmp/json"
sleep 0.3
python3 - "$(cat "$tmp/json")" "$(cat "$tmp/start" 2>/dev/null || echo 0)" "$(cat "$tmp/end" 2>/dev/null || echo 0)" \
  "$ticks" "$(cut -d' ' -f1-3 /proc/loadavg)" <<'PY'
import json, sys
line, a, b, ticks, load = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
r = json.loads(line)
cpu_ms = (b - a) * 1000.0 / ticks
ops = r.get("ops", 0)
r["server_cpu_ms"] = round(cpu_ms)
r["server_cpu_us_per_op"] = round(cpu_ms * 1000.0 / ops, 1) if ops and a else None
r["load"] = load
print(json.dumps(r))
PY
