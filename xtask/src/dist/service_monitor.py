"""The chart's ServiceMonitors, checked against what they scrape.

kubernetes-validate has no schema for prometheus-operator's CRDs, so
`cargo xtask dist manifests` takes the ServiceMonitors out of a rendered
file (the rest, written to OUT, is validated as before) and checks here
what breaks in practice: the selector finds exactly one ClusterIP Service,
each endpoint names a port of it and scrapes /metrics, and that port leads
to the container port serving /metrics (`metrics` with METRICS_PORT set to
it, else `http` without METRICS_PORT). A ServiceMonitor whose endpoint
names no port must be refused, or the check proves nothing.

    python service_monitor.py RENDERED.yaml OUT.yaml  -> prints how many
"""
import copy
import sys

import yaml


def problems(docs, monitor):
    """What is wrong with `monitor` among `docs` (empty: nothing)."""
    spec = monitor.get("spec", {})
    wanted = spec.get("selector", {}).get("matchLabels") or {}
    if not wanted:
        return ["selects every Service (no matchLabels)"]
    services = [
        d for d in docs
        if d.get("kind") == "Service"
        and wanted.items() <= (d["metadata"].get("labels") or {}).items()
    ]
    if len(services) != 1:
        return [f"selects {len(services)} Services, not one"]
    service = services[0]
    if service["spec"].get("type", "ClusterIP") != "ClusterIP":
        return [f"scrapes a {service['spec']['type']} Service"]
    ports = {p["name"]: p for p in service["spec"].get("ports", [])}
    pods = [
        d["spec"]["template"] for d in docs
        if d.get("kind") == "Deployment"
        and service["spec"]["selector"].items()
        <= d["spec"]["template"]["metadata"]["labels"].items()
    ]
    if len(pods) != 1:
        return [f"its Service selects {len(pods)} Deployments, not one"]
    container = pods[0]["spec"]["containers"][0]
    container_ports = {p["name"]: p["containerPort"] for p in container.get("ports", [])}
    env = {e["name"]: e.get("value") for e in container.get("env", [])}
    found = []
    for endpoint in spec.get("endpoints") or [{}]:
        port = ports.get(endpoint.get("port"))
        if port is None:
            found.append(f"endpoint port {endpoint.get('port')!r} is not a port of its Service")
            continue
        if endpoint.get("path") != "/metrics":
            found.append(f"endpoint path {endpoint.get('path')!r}, not /metrics")
        target = port.get("targetPort")
        if target not in container_ports:
            found.append(f"the Service's targetPort {target!r} is no container port")
        elif target == "metrics" and env.get("METRICS_PORT") != str(container_ports[target]):
            found.append("targets the metrics port, but METRICS_PORT is not that port")
        elif target == "http" and "METRICS_PORT" in env:
            found.append("targets the http port, but METRICS_PORT moves /metrics off it")
    return found


def main(rendered, out):
    with open(rendered) as f:
        docs = [d for d in yaml.safe_load_all(f) if d]
    monitors = [d for d in docs if d.get("kind") == "ServiceMonitor"]
    rest = [d for d in docs if d.get("kind") != "ServiceMonitor"]
    for monitor in monitors:
        found = problems(rest, monitor)
        if found:
            sys.exit(f"{rendered}: ServiceMonitor {monitor['metadata']['name']}: " + "; ".join(found))
        broken = copy.deepcopy(monitor)
        broken["spec"]["endpoints"][0]["port"] = "no-such-port"
        if not problems(rest, broken):
            sys.exit(f"{rendered}: a ServiceMonitor naming no port passed the check")
    with open(out, "w") as f:
        yaml.safe_dump_all(rest, f)
    print(len(monitors))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
