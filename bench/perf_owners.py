#!/usr/bin/env python3
"""Who owns login-svc's CPU: each perf sample goes to the innermost frame
of its stack that belongs to a known part (gzip, rendering, JSON, the
upstream client, ...), so malloc and memcpy count for whoever called
them. Kernel leaves count as the kernel.

    perf record -F 1999 --call-graph dwarf,32768 -p <login-svc pid> -o perf.data -- sleep 8
    perf script -i perf.data -F comm,ip,sym,dso | python3 bench/perf_owners.py

Needs a build with line tables (CARGO_PROFILE_DIST_DEBUG=line-tables-only
CARGO_PROFILE_DIST_STRIP=false cargo build --profile dist -p server --bin
login-svc, glibc: musl's memcpy has no unwind info).

    ... | python3 bench/perf_owners.py --detail "axum/tower plumbing"

breaks one part down by (the sampled function, the part's frame that owns
it); `--detail kernel` breaks the kernel's share down by the user-space
function that entered it (writev, recv, getrandom, epoll_wait)."""
import collections
import re
import sys

PARTS = [
    ("gzip", r"libdeflate|zlib_rs|flate2::|compression::gzip_with|compression::gzip\b"),
    ("render: to_html", r"to_html|escape_attr|tachys|html_len"),
    ("render: components", r"__component_|flow_page|leptos::|reactive_graph|IntoView|into_view|collect_view"),
    ("i18n: Fluent", r"fluent|I18n::|intl_"),
    ("JSON: the flow", r"serde_json|UiNode::from_raw|tolerant::|Deserialize"),
    ("upstream client", r"hyper_util::client|reqwest::|KratosClient|upstream::"),
    ("hyper server", r"hyper::proto|hyper::server|Dispatcher"),
    ("middleware: own", r"security_headers|CspNonce|getrandom|i18n::negotiate|shell_for|error_pages::|metrics::|hsts::|cookie_domain::|host_header::|deadline::"),
    ("tracing, request ids", r"tower_http::trace|tracing::|tracing_core|telemetry::|request_id|uuid::"),
    ("axum/tower plumbing", r"axum::|matchit|tower::"),
    ("tokio", r"tokio::|mio::"),
]
PARTS = [(name, re.compile(p)) for name, p in PARTS]
FRAME = re.compile(r"(\S+) (.*) \((.*)\)$")


def owner(stack):
    if stack and stack[0][1]:
        return "kernel"
    for sym, _ in stack:
        for name, pattern in PARTS:
            if pattern.search(sym):
                return name
    return "other"


def detail(stack, part):
    """The key `--detail part` counts `stack` under, or None."""
    if stack and stack[0][1]:
        if part != "kernel":
            return None
        user = [sym for sym, in_kernel in stack if not in_kernel]
        return user[0][:70] if user else "?"
    if part == "kernel":
        return None
    for sym, _ in stack:
        for name, pattern in PARTS:
            if pattern.search(sym):
                return (stack[0][0][:60], sym[:90]) if name == part else None
    return None


def stacks(source):
    stack = []
    for line in source:
        if not line.startswith(("\t", " ")):
            if stack:
                yield stack
            stack = []
            continue
        m = FRAME.match(line.strip())
        if m:
            stack.append((m.group(2), "kernel" in m.group(3)))
    if stack:
        yield stack


def main():
    args = sys.argv[1:]
    part = None
    if args[:1] == ["--detail"] and len(args) > 1:
        part, args = args[1], args[2:]
    source = open(args[0]) if args else sys.stdin
    counts, total = collections.Counter(), 0
    for stack in stacks(source):
        total += 1
        key = owner(stack) if part is None else detail(stack, part)
        if key is not None:
            counts[key] += 1
    for name, n in counts.most_common(None if part is None else 30):
        print(f"{100 * n / max(total, 1):5.2f} %  {name}")
    print(f"{total} samples")


if __name__ == "__main__":
    main()
