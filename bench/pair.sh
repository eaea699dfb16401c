#!/bin/bash
# One login-svc binary under the benchmark's load, for before/after pairs
# of one change (run the two binaries back to back, more than once: one
# binary's figures move by 10-15 % between runs on a shared VM).
#
#   bench/pair.sh path/to/login-svc [seconds]     # default 10 s per run
#
# Pins login-svc to CPU 1 and the shared Kratos stand-in and wrk to CPU 0
# (as `cargo xtask bench` does), warms up for 2 s, then runs wrk at c32
# and at c1. Prints CPU per request (utime + stime of login-svc over the
# requests wrk counted), idle VmRSS 1.5 s after start, and VmHWM after the
# runs. Only talks to 127.0.0.1; stops what it started.
set -eu
BIN=$1
SECS=${2:-10}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${VESTIBULE_BENCH_DIR:-$ROOT/../shared/bench}
STUB_PORT=${STUB_PORT:-24443}
UI_PORT=${UI_PORT:-23010}
TCK=$(getconf CLK_TCK)
U="http://127.0.0.1:$UI_PORT/login?flow=8a5f1b0e-3c2d-4e7f-9a1b-2c3d4e5f6a7b"

STUB_PORT=$STUB_PORT UI_URL=http://127.0.0.1:$UI_PORT \
    taskset -c 0 python3 "$SHARED/kratos_stub.py" >/dev/null 2>&1 &
SP=$!
KRATOS_PUBLIC_URL=http://127.0.0.1:$STUB_PORT \
    HOST=127.0.0.1 PORT=$UI_PORT LOG_FORMAT=json RUST_LOG=warn taskset -c 1 "$BIN" >/dev/null 2>&1 &
VP=$!
trap 'kill $VP $SP 2>/dev/null || true; wait 2>/dev/null || true' EXIT
sleep 1.5
curl -s -o /dev/null "http://127.0.0.1:$UI_PORT/health/alive"
idle=$(awk '/VmRSS/{print $2}' /proc/$VP/status)
taskset -c 0 wrk -t1 -c32 -d2s -H 'Accept-Encoding: br, gzip' "$U" >/dev/null
cpu() { awk '{print $14 + $15}' /proc/$VP/stat; }
for c in 32 1; do
    a=$(cpu)
    out=$(taskset -c 0 wrk -t1 -c$c -d${SECS}s --latency -H 'Accept-Encoding: br, gzip' "$U")
    b=$(cpu)
    n=$(echo "$out" | awk '/requests in/{print $1}')
    p99=$(echo "$out" | awk '$1=="99%"{print $2}')
    rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
    echo "c$c: $rps req/s, CPU per request $(echo "scale=1; ($b - $a) * 1000000 / $TCK / $n" | bc) µs, p99 $p99"
done
echo "RSS idle ${idle} kB, peak $(awk '/VmHWM/{print $2}' /proc/$VP/status) kB"
