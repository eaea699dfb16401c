#!/bin/bash
# Instructions per /login request, counted by callgrind, for before/after
# comparisons of one change that the VM's timing noise would hide: one
# binary's CPU per request moves by 10-15 % from one `pair.sh` run to the
# next, its instruction count by less than 0.01 %.
#
#   bench/instructions.sh path/to/login-svc [path/to/other-login-svc ...]
#
# For each binary: login-svc under `valgrind --tool=callgrind` with one
# tokio worker, in front of the shared Kratos stand-in, answers 200 and
# then (in a second run) 1,200 keep-alive requests for the bench's login
# page from one client; the difference of the two totals over 1,000 is
# what one request costs, start-up and shutdown cancelled out. User-space
# instructions only: what the kernel does, cache misses and stalls are not
# in the count (`pair.sh` and `cargo xtask bench` measure time). Needs
# valgrind (`apt-get install valgrind`). Only talks to 127.0.0.1.
# login-svc logs at `warn`, as the bench runs it (nginx's floor has no
# access log either); `RUST_LOG=info bench/instructions.sh BIN` counts the
# default level's one JSON line per response too (written to /dev/null).
set -eu
[ $# -ge 1 ] || { echo "usage: $0 LOGIN_SVC [LOGIN_SVC ...]" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "$0: needs valgrind (apt-get install valgrind)" >&2; exit 1; }
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${VESTIBULE_BENCH_DIR:-$ROOT/../shared/bench}
STUB_PORT=${STUB_PORT:-24473}
UI_PORT=${UI_PORT:-23040}
LOG_LEVEL=${RUST_LOG:-warn}
PAGE="/login?flow=8a5f1b0e-3c2d-4e7f-9a1b-2c3d4e5f6a7b"

# Total instructions of one run of $1 that answers $2 page requests.
run() {
    local bin=$1 n=$2 out sp vp
    out=$(mktemp -d)
    STUB_PORT=$STUB_PORT UI_URL=http://127.0.0.1:$UI_PORT \
        taskset -c 0 python3 "$SHARED/kratos_stub.py" >/dev/null 2>&1 &
    sp=$!
    KRATOS_PUBLIC_URL=http://127.0.0.1:$STUB_PORT HOST=127.0.0.1 PORT=$UI_PORT \
        LOG_FORMAT=json RUST_LOG=$LOG_LEVEL TOKIO_WORKER_THREADS=1 \
        taskset -c 1 valgrind --tool=callgrind --callgrind-out-file="$out/cg.out" "$bin" \
        >/dev/null 2>"$out/valgrind.log" &
    vp=$!
    for _ in $(seq 1 150); do
        curl -s -o /dev/null "http://127.0.0.1:$UI_PORT/health/alive" && break
        sleep 0.2
    done
    taskset -c 0 python3 - "$UI_PORT" "$PAGE" "$n" <<'PY'
import http.client, sys
port, page, n = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
conn = http.client.HTTPConnection("127.0.0.1", port)
for _ in range(n):
    conn.request("GET", page, headers={"Accept-Encoding": "br, gzip"})
    answer = conn.getresponse()
    answer.read()
    if answer.status != 200:
        sys.exit(f"the page answered {answer.status}")
PY
    kill "$vp"; wait "$vp" 2>/dev/null || true
    kill "$sp"; wait "$sp" 2>/dev/null || true
    awk '/^summary:/{print $2}' "$out/cg.out"
    rm -rf "$out"
}

for bin in "$@"; do
    a=$(run "$bin" 200)
    b=$(run "$bin" 1200)
    echo "$bin: $(( (b - a) / 1000 )) instructions per request ($a for 200, $b for 1,200)"
done
