#!/usr/bin/env python3
"""Holds N idle mutual-TLS connections to a KMIP server on loopback, for a bounded time.

    bench/idle-conns.py --port 5696 --cert client.pem --key client.key --ca ca.pem \
        --count 1000 --hold 30 [--server-pid PID]

Opens --count connections (TLS handshake with the client certificate, nothing sent after it),
keeps them open for --hold seconds (at most 600), prints one JSON line — connections opened,
failures, seconds to open them, and with --server-pid the server's VmRSS/VmHWM (kB, from
/proc/<pid>/status) before opening, once all are open, and at the end of the hold — then closes
them all. Loopback only (the host must be a loopback address). Needs a server whose
limits.max-connections and limits.max-connections-per-address allow --count.
"""
import argparse
import ipaddress
import json
import resource
import socket
import ssl
import sys
import time


def rss(pid):
    if not pid:
        return None
    out = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(("VmRSS:", "VmHWM:")):
                out[line.split(":")[0]] = int(line.split()[1])
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--cert", required=True)
    p.add_argument("--key", required=True)
    p.add_argument("--ca", required=True)
    p.add_argument("--count", type=int, default=1000)
    p.add_argument("--hold", type=float, default=30)
    p.add_argument("--server-pid", type=int)
    a = p.parse_args()
    if not ipaddress.ip_address(a.host).is_loopback:
        sys.exit("idle-conns.py: loopback only (expected: 127.0.0.1 or ::1)")
    if not 1 <= a.count <= 20000 or not 0 <= a.hold <= 600:
        sys.exit("idle-conns.py: --count 1..20000, --hold 0..600")
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = a.count + 64
    if soft < want:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(want, hard), hard))

    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_cert_chain(a.cert, a.key)
    ctx.load_verify_locations(a.ca)
    before = rss(a.server_pid)
    conns, failures, first_error = [], 0, None
    t0 = time.monotonic()
    deadline = t0 + 300
    for _ in range(a.count):
        if time.monotonic() > deadline:
            break
        try:
            raw = socket.create_connection((a.host, a.port), timeout=10)
            s = ctx.wrap_socket(raw, server_hostname="localhost")
            conns.append(s)
        except (OSError, ssl.SSLError) as e:
            failures += 1
            first_error = first_error or f"{type(e).__name__}: {e}"
    opened_s = time.monotonic() - t0
    time.sleep(min(2.0, a.hold))  # let the server finish its side of the last handshakes
    all_open = rss(a.server_pid)
    time.sleep(max(0.0, a.hold - 2.0))
    alive = 0
    for s in conns:
        try:
            s.setblocking(False)
            try:
                if s.recv(1) == b"":
                    continue  # closed by the server
            except (ssl.SSLWantReadError, BlockingIOError):
                pass
            alive += 1
        except OSError:
            pass
    end = rss(a.server_pid)
    for s in conns:
        try:
            s.close()
        except OSError:
            pass
    print(json.dumps({"opened": len(conns), "failures": failures, "first_error": first_error,
                      "open_seconds": round(opened_s, 1), "alive_at_end": alive, "hold_seconds": a.hold,
                      "server_kb_before": before, "server_kb_all_open": all_open, "server_kb_end": end}))


if __name__ == "__main__":
    main()
