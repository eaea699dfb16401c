#!/bin/sh
# Where login-svc's CPU goes under the benchmark's load: a perf profile of
# the release build serving GET /login?flow=… at 32 connections in front of
# the shared Kratos stand-in, pinned as `cargo xtask bench` pins it
# (login-svc on CPU 1, the stub and wrk on CPU 0).
#
#   bench/profile.sh [seconds]      # default 10; needs perf (Debian linux-perf) and wrk
#   VESTIBULE_BIN=path bench/profile.sh   # that login-svc instead of a fresh release build
#                                         # (an unstripped one: CARGO_PROFILE_DIST_STRIP=false
#                                         # cargo build --profile dist --target x86_64-unknown-linux-musl)
#
# Writes <target>/bench/perf/{perf.data,top.txt,groups.txt} and prints the
# groups (brotli, allocator, kernel, JSON, rendering, …). Everything it
# starts it stops by PID on exit; it only talks to 127.0.0.1.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${VESTIBULE_BENCH_DIR:-$ROOT/../shared/bench}
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
SECONDS_TO_RECORD=${1:-10}
OUT=$TARGET/bench/perf
FLOW=8a5f1b0e-3c2d-4e7f-9a1b-2c3d4e5f6a7b
STUB_PORT=${STUB_PORT:-24443}
UI_PORT=${UI_PORT:-23010}

[ -f "$SHARED/kratos_stub.py" ] || { echo "profile: $SHARED/kratos_stub.py is absent" >&2; exit 1; }
command -v perf >/dev/null || { echo "profile: perf is missing (apt-get install linux-perf)" >&2; exit 1; }
command -v wrk >/dev/null || { echo "profile: wrk is missing (apt-get install wrk)" >&2; exit 1; }

if [ -z "${VESTIBULE_BIN:-}" ]; then
    (cd "$ROOT" && cargo build --quiet --release -p server --bin login-svc)
    VESTIBULE_BIN=$TARGET/release/login-svc
fi
mkdir -p "$OUT"

STUB_PID= SVC_PID= WRK_PID=
cleanup() {
    for pid in $WRK_PID $SVC_PID $STUB_PID; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

STUB_PORT=$STUB_PORT UI_URL=http://127.0.0.1:$UI_PORT \
    taskset -c 0 python3 "$SHARED/kratos_stub.py" >"$OUT/stub.log" 2>&1 &
STUB_PID=$!
KRATOS_PUBLIC_URL=http://127.0.0.1:$STUB_PORT HOST=127.0.0.1 PORT=$UI_PORT LOG_FORMAT=json RUST_LOG=warn \
    taskset -c 1 "$VESTIBULE_BIN" >"$OUT/login-svc.log" 2>&1 &
SVC_PID=$!

i=0
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$UI_PORT/health/ready")" = 200 ]; do
    i=$((i + 1))
    [ $i -lt 200 ] || { echo "profile: login-svc not ready; see $OUT/login-svc.log" >&2; exit 1; }
    sleep 0.05
done

taskset -c 0 wrk -t1 -c32 -d$((SECONDS_TO_RECORD + 4))s -H 'Accept-Encoding: br, gzip' \
    "http://127.0.0.1:$UI_PORT/login?flow=$FLOW" >"$OUT/wrk.txt" 2>&1 &
WRK_PID=$!
sleep 2
perf record -q -F 999 -g -p "$SVC_PID" -o "$OUT/perf.data" -- sleep "$SECONDS_TO_RECORD" 2>/dev/null
wait "$WRK_PID" || true
WRK_PID=

perf report -i "$OUT/perf.data" --no-children --sort dso,sym -g none 2>/dev/null \
    | grep '%' | head -60 >"$OUT/top.txt"
perf report -i "$OUT/perf.data" --no-children --sort dso,sym -g none 2>/dev/null | grep '%' | awk '
{
    pct = $1; sub("%", "", pct); line = $0
    if (line ~ /\[k\]/)                                          g = "kernel (TCP over loopback, scheduling, syscalls)"
    else if (line ~ /brotli|BrotliEnc|Brotli/)                   g = "brotli (compressing the page)"
    else if (line ~ /flate|deflate|miniz|crc32|adler/)           g = "gzip"
    else if (line ~ /malloc|free|realloc|unlink_chunk|consolidate|calloc/) g = "allocator (malloc/free)"
    else if (line ~ /memset|memmove|memcpy|memcmp/)              g = "memset/memcpy"
    else if (line ~ /serde_json|serde::/)                        g = "serde_json (parsing the flow)"
    else if (line ~ /tachys|leptos|reactive_graph|escape_attr/)  g = "leptos (rendering)"
    else if (line ~ /hyper|http::|httparse|h1::|reqwest/)        g = "hyper/reqwest (HTTP in and out)"
    else if (line ~ /tokio|mio::|parking/)                       g = "tokio"
    else if (line ~ /tracing|tower/)                             g = "tower/tracing middleware"
    else                                                         g = "other"
    total[g] += pct
}
END { for (g in total) printf "%6.1f%%  %s\n", total[g], g }' | sort -rn >"$OUT/groups.txt"

grep -E 'Requests/sec|requests in' "$OUT/wrk.txt" || true
echo "login-svc CPU by group (perf, ${SECONDS_TO_RECORD} s at c32; profiling slows it down):"
cat "$OUT/groups.txt"
echo "top symbols: $OUT/top.txt"
