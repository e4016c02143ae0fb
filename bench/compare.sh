#!/usr/bin/env bash
# Clavis vs PyKMIP, side by side, in one run on this machine.
#
# Starts a Clavis server and a PyKMIP server (Debian python3-pykmip) on loopback with the same
# throwaway PKI (the development PKI `clavis serve` writes: EC P-256 by default, RSA-3072 with
# BENCH_PKI_KEY=rsa; SANs localhost/127.0.0.1/::1,
# client certificate with clientAuth), runs the same `clavis bench` cases against both with --json,
# stops both (by pid), and replaces the "Clavis vs PyKMIP" section of docs/performance.md with the
# table and the ratios.
#
#   bench/compare.sh                 # default: 6 s measured + 10 s warm-up per case, cases stop after 600 s
#   BENCH_DURATION=4 bench/compare.sh
#   BENCH_OUT=/tmp/perf.md bench/compare.sh   # write elsewhere than docs/performance.md
#   BENCH_JIT_WARMUP=60 bench/compare.sh      # longer JIT warm-up of Clavis before the cases (default 30 s)
#
# Loopback only; every run is bounded by --duration and --max-ops; the script by BENCH_DEADLINE.
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
. "$root/bench/keep-errors.sh"
duration="${BENCH_DURATION:-6}"
warmup="${BENCH_WARMUP:-10}"   # per case, not counted: each case is a new bench JVM that needs its own JIT warm-up
deadline_s="${BENCH_DEADLINE:-600}"
kmip_version="${BENCH_KMIP_VERSION:-1.4}"
out="${BENCH_OUT:-$root/docs/performance.md}"
# mode:conns, in this order: Locate runs before the create cases fill the stores (PyKMIP's Locate
# reads every object), Get first of all.
cases="${BENCH_CASES:-get:1 get:8 get:32 locate:8 handshake:1 handshake:8 create:1 create:8 create:32 create-get:8 mixed:8}"

command -v pykmip-server >/dev/null || { echo "compare.sh: pykmip-server not found (expected: Debian package python3-pykmip)" >&2; exit 2; }

tmp="$(mktemp -d /tmp/clavis-compare.XXXXXX)"
clavis_pid=""
pykmip_pid=""
stop() {
  for pid in $clavis_pid $pykmip_pid; do
    kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in $clavis_pid $pykmip_pid; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  keep_errors "$tmp/clavis.log"
  rm -rf "$tmp"
}
trap stop EXIT
trap 'exit 130' INT TERM
started=$(date +%s)
over() { [ $(( $(date +%s) - started )) -ge "$deadline_s" ]; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
wait_port() { # port seconds
  for _ in $(seq 1 $(( $2 * 5 ))); do
    python3 -c "import socket,sys; s=socket.socket(); s.settimeout(0.5); sys.exit(s.connect_ex(('127.0.0.1',$1)))" && return 0
    sleep 0.2
  done
  return 1
}

echo "compare.sh: building (bin/clavis --version) …" >&2
"$root/bin/clavis" --version >/dev/null

# --- Clavis: the default configuration (H2 file store, software key protection), its development PKI;
# the per-identity request rate limit (default 1,000/s) is lifted, since the bench is one identity.
clavis_port=$(free_port)
mkdir -p "$tmp/run"
(cd "$tmp/run" && exec "$root/bin/clavis" serve --data-dir "$tmp/clavis" --port "$clavis_port" \
  --dev-pki-key "${BENCH_PKI_KEY:-ec}" \
  --set limits.max-requests-per-second-per-identity=1000000 >"$tmp/clavis.log" 2>&1) &
clavis_pid=$!
wait_port "$clavis_port" 120 || { echo "compare.sh: Clavis did not start; log:" >&2; tail -20 "$tmp/clavis.log" >&2; exit 1; }
pki="$tmp/clavis/pki"
pki_key=$(openssl x509 -in "$pki/server.pem" -noout -text 2>/dev/null | grep -m1 -o 'id-ecPublicKey\|rsaEncryption' \
  | sed 's/id-ecPublicKey/EC P-256/; s/rsaEncryption/RSA-3072/' || true)

# --- PyKMIP with the same PKI: TLS 1.2 authentication suite, client certificates required.
pykmip_port=$(free_port)
mkdir -p "$tmp/pykmip-policies"
cat >"$tmp/pykmip.conf" <<EOF
[server]
hostname=127.0.0.1
port=$pykmip_port
certificate_path=$pki/server.pem
key_path=$pki/server.key
ca_path=$pki/ca.pem
auth_suite=TLS1.2
enable_tls_client_auth=True
policy_path=$tmp/pykmip-policies
database_path=$tmp/pykmip.db
logging_level=WARNING
EOF
pykmip-server -f "$tmp/pykmip.conf" -l "$tmp/pykmip-server.log" >"$tmp/pykmip.out" 2>&1 &
pykmip_pid=$!
wait_port "$pykmip_port" 60 || { echo "compare.sh: PyKMIP did not start; output:" >&2; tail -20 "$tmp/pykmip.out" >&2; exit 1; }

bench() { # port mode conns [extra…]
  local port=$1 mode=$2 conns=$3; shift 3
  "$root/bin/clavis" bench --host 127.0.0.1 --port "$port" --cert "$pki/client.pem" --key "$pki/client.key" --ca "$pki/ca.pem" \
    --kmip-version "$kmip_version" --mode "$mode" --conns "$conns" --duration "$duration" --warmup "$warmup" \
    --max-ops 10000000 --timeout 30 --json "$@" 2>>"$tmp/bench.err" | tail -1
}

# One warm-up pass on each server, not recorded: the JVM's JIT compiles for ~45 s of CPU before a
# Get reaches its steady rate (BENCH_JIT_WARMUP seconds, default 30); PyKMIP has no JIT.
jit_warmup="${BENCH_JIT_WARMUP:-30}"
echo "compare.sh: warming up both servers …" >&2
bench "$clavis_port" mixed 8 --quiet --duration $((jit_warmup / 3 + 1)) >/dev/null || true
bench "$clavis_port" get 32 --quiet --duration $((jit_warmup * 2 / 3 + 1)) >/dev/null || true
bench "$pykmip_port" get 2 --quiet --duration 2 >/dev/null || true

empty="{}"
: >"$tmp/results.tsv"
for c in $cases; do
  mode=${c%%:*}; conns=${c##*:}
  if over; then
    echo "compare.sh: deadline of ${deadline_s}s reached, skipping $c" >&2
    printf '%s\t%s\t%s\t%s\n' "$mode" "$conns" "$empty" "$empty" >>"$tmp/results.tsv"
    continue
  fi
  echo "compare.sh: $mode, $conns connection(s): Clavis …" >&2
  a=$(bench "$clavis_port" "$mode" "$conns" || true)
  echo "compare.sh: $mode, $conns connection(s): PyKMIP …" >&2
  b=$(bench "$pykmip_port" "$mode" "$conns" || true)
  printf '%s\t%s\t%s\t%s\n' "$mode" "$conns" "${a:-$empty}" "${b:-$empty}" >>"$tmp/results.tsv"
done

tls_of() { grep -F ":$1, KMIP" "$tmp/bench.err" | grep -o 'TLSv[^ ]* [A-Z0-9_]*' | head -1 || true; }
tls_clavis=$(tls_of "$clavis_port")
tls_pykmip=$(tls_of "$pykmip_port")
load=$(cut -d' ' -f1-3 /proc/loadavg)
cpu=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')
jdk=$("$("$root/bin/java-home")/bin/java" -version 2>&1 | head -1)
pyk=$(python3 -c 'import kmip; print(kmip.__version__)' 2>/dev/null || /usr/bin/python3 -c 'import kmip; print(kmip.__version__)')

python3 - "$tmp/results.tsv" "$out" "$duration" "$warmup" "$kmip_version" "$(nproc)" "$cpu" "$load" "$jdk" "$pyk" \
  "$tls_clavis" "$tls_pykmip" "$(date -u +%Y-%m-%dT%H:%MZ)" "$tmp/bench.err" "${pki_key:-?}" <<'PY'
import json, sys, os, re
(tsv, out, duration, warmup, version, nproc, cpu, load, jdk, pyk, tls_c, tls_p, when, errfile, pki_key) = sys.argv[1:16]
rows = []
for line in open(tsv):
    mode, conns, a, b = line.rstrip("\n").split("\t")
    rows.append((mode, int(conns), json.loads(a or "{}"), json.loads(b or "{}")))

def ops(r): return r.get("ops_per_sec")
def fmt(x, d=0):
    return "—" if x is None else f"{x:,.{d}f}"
def lat(r):
    return "—" if not r or r.get("ops", 0) == 0 else f"{r['p50_ms']:.2f} / {r['p99_ms']:.2f}"
def ratio(a, b):
    if not a or not b or not ops(a) or not ops(b): return "—"
    return f"{ops(a) / ops(b):,.1f}×"

lines = []
lines.append("<!-- bench/compare.sh:begin (generated: edit bench/compare.sh, not this section) -->")
lines.append("## Clavis vs PyKMIP")
lines.append("")
lines.append(f"Generated by `bench/compare.sh` on {when}: both servers on 127.0.0.1 with the same throwaway PKI "
             f"({pki_key}), the same `clavis bench` client, KMIP {version}, {warmup} s warm-up (not counted) + "
             f"{duration} s measured per case; the client runs on the same machine as the servers.")
lines.append("")
lines.append(f"- Machine: {nproc} vCPUs ({cpu}), load average at the end {load} (the bench client's own threads count "
             "in it; anything else running on the machine shows as a higher figure, and then the table measures the scheduler).")
lines.append(f"- Clavis: `bin/clavis serve` defaults (H2 file store with durable commits, software key protection), {jdk}; "
             f"TLS as negotiated with the bench client: {tls_c or 'n/a'}.")
lines.append(f"- PyKMIP {pyk} (Debian `python3-pykmip`), `auth_suite=TLS1.2`, `enable_tls_client_auth=True`, SQLite database; "
             f"TLS negotiated: {tls_p or 'n/a'}.")
lines.append("- One operation of `create-get` / `create-destroy` is the pair; `handshake` is TCP connect + full mutual-TLS "
             "handshake (no session resumption) + one Discover Versions + close; `mixed` is 80 % Get, 10 % Create, 10 % Locate.")
lines.append("")
lines.append("| mode | conns | Clavis ops/s | Clavis p50 / p99 ms | PyKMIP ops/s | PyKMIP p50 / p99 ms | Clavis ÷ PyKMIP | errors (Clavis / PyKMIP) |")
lines.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for mode, conns, a, b in rows:
    lines.append(f"| {mode} | {conns} | {fmt(ops(a))} | {lat(a)} | {fmt(ops(b), 1)} | {lat(b)} | {ratio(a, b)} | "
                 f"{a.get('errors', '—')} / {b.get('errors', '—')} |")
lines.append("")
lines.append("— : not measured (no operation succeeded, or the case was skipped at the script's deadline). "
             "Ratios compare ops/s.")
lines.append("")
errs = sorted({m.group(1) for m in re.finditer(r"first failure: (.*)", open(errfile).read())}) if os.path.exists(errfile) else []
if errs:
    lines.append("First failures reported by the bench client:")
    lines.append("")
    for e in errs[:8]:
        lines.append(f"- `{e[:200]}`")
    lines.append("")
lines.append("Re-run: `bench/compare.sh` (needs `pykmip-server`; `BENCH_DURATION`, `BENCH_WARMUP`, `BENCH_CASES` to change the runs).")
lines.append("<!-- bench/compare.sh:end -->")
section = "\n".join(lines) + "\n"

text = open(out).read() if os.path.exists(out) else "# Performance\n\n"
pattern = re.compile(r"<!-- bench/compare.sh:begin.*?<!-- bench/compare.sh:end -->\n?", re.S)
if pattern.search(text):
    text = pattern.sub(lambda m: section, text)
else:
    text = text.rstrip("\n") + "\n\n" + section
open(out, "w").write(text)
print(section)
PY
echo "compare.sh: wrote $out ($(( $(date +%s) - started )) s)" >&2
