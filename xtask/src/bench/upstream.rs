//! A hand-written stand-in for Kratos' public API, for the two parts of the
//! benchmark the shared stub cannot serve: flows of 10 to 1,000 nodes, and
//! an upstream that takes 200 ms to answer. It answers
//! `GET /self-service/login/flows?id=<id>` from the bodies it was given
//! (after that flow's delay), `/health/{alive,ready}` at once, anything
//! else 404, over HTTP/1.1 keep-alive; one thread per connection, so a
//! slow answer holds only its own connection. It counts the connections it
//! accepted, which shows whether Vestibule reuses them.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result};
use serde_json::{json, Value};

/// One flow the stand-in serves.
pub struct Fixture {
    pub id: String,
    pub body: Vec<u8>,
    pub delay: Duration,
}

#[derive(Default)]
pub struct Counters {
    pub connections: AtomicU64,
    pub flows: AtomicU64,
}

pub struct StandIn {
    pub port: u16,
    pub counters: Arc<Counters>,
}

impl StandIn {
    /// Listens on an ephemeral port of 127.0.0.1 until the process exits.
    pub fn start(fixtures: Vec<Fixture>) -> Result<StandIn> {
        let listener =
            TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).context("binding the stand-in")?;
        let port = listener.local_addr()?.port();
        let counters = Arc::new(Counters::default());
        let flows: Arc<HashMap<String, (Vec<u8>, Duration)>> = Arc::new(
            fixtures
                .into_iter()
                .map(|f| (f.id, (f.body, f.delay)))
                .collect(),
        );
        let c = counters.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                c.connections.fetch_add(1, Ordering::Relaxed);
                let (flows, c) = (flows.clone(), c.clone());
                std::thread::spawn(move || {
                    let _ = serve(stream, &flows, &c);
                });
            }
        });
        Ok(StandIn { port, counters })
    }

    pub fn connections(&self) -> u64 {
        self.counters.connections.load(Ordering::Relaxed)
    }

    pub fn flows(&self) -> u64 {
        self.counters.flows.load(Ordering::Relaxed)
    }
}

fn response(status: &str, body: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "HTTP/1.1 {status}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(body);
    out
}

fn serve(
    stream: TcpStream,
    flows: &HashMap<String, (Vec<u8>, Duration)>,
    counters: &Counters,
) -> std::io::Result<()> {
    stream.set_nodelay(true)?;
    let mut writer = stream.try_clone()?;
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    loop {
        line.clear();
        if reader.read_line(&mut line)? == 0 {
            return Ok(());
        }
        let target = line.split_whitespace().nth(1).unwrap_or("").to_owned();
        // Headers up to the blank line; GETs carry no body.
        let mut close = false;
        loop {
            let mut h = String::new();
            if reader.read_line(&mut h)? == 0 {
                return Ok(());
            }
            if h.trim().is_empty() {
                break;
            }
            if h.to_ascii_lowercase().starts_with("connection:") && h.contains("close") {
                close = true;
            }
        }
        let (path, query) = target.split_once('?').unwrap_or((&target, ""));
        let answer = match path {
            "/health/alive" | "/health/ready" => response("200 OK", br#"{"status":"ok"}"#),
            "/self-service/login/flows" => {
                let id = query
                    .split('&')
                    .find_map(|kv| kv.strip_prefix("id="))
                    .unwrap_or("");
                match flows.get(id) {
                    Some((body, delay)) => {
                        counters.flows.fetch_add(1, Ordering::Relaxed);
                        if !delay.is_zero() {
                            std::thread::sleep(*delay);
                        }
                        response("200 OK", body)
                    }
                    None => response("404 Not Found", br#"{"error":{"code":404}}"#),
                }
            }
            _ => response("404 Not Found", br#"{"error":{"code":404}}"#),
        };
        writer.write_all(&answer)?;
        if close {
            return Ok(());
        }
    }
}

/// The id of the generated flow of `nodes` nodes.
pub fn flow_id(nodes: usize) -> String {
    format!("00000000-0000-4000-8000-{nodes:012}")
}

/// The shared login flow grown (or cut) to `nodes` nodes, the same rule as
/// `app/benches/render.rs`: its own nodes first, then, alternately, an
/// OIDC provider button and a passkey button (what a settings page with
/// many linked providers and passkeys holds), each with a distinct value.
pub fn grown_flow(base: &Value, nodes: usize, id: &str) -> Value {
    let mut flow = base.clone();
    flow["id"] = json!(id);
    let list = flow["ui"]["nodes"].as_array_mut().map(std::mem::take);
    let mut list = list.unwrap_or_default();
    list.truncate(nodes);
    let mut k = 0;
    while list.len() < nodes {
        let node = if k % 2 == 0 {
            json!({"type": "input", "group": "oidc", "attributes": {
                "name": "link", "type": "submit", "value": format!("provider-{k}"),
                "disabled": false, "node_type": "input"},
                "messages": [], "meta": {"label": {"id": 1050002, "type": "info",
                "text": format!("Link provider-{k}"), "context": {"provider": format!("provider-{k}")}}}})
        } else {
            json!({"type": "input", "group": "passkey", "attributes": {
                "name": "passkey_remove", "type": "submit", "value": format!("credential-{k:06}"),
                "disabled": false, "node_type": "input"},
                "messages": [], "meta": {"label": {"id": 1050018, "type": "info",
                "text": format!("Remove security key \"key {k}\""), "context": {"display_name": format!("key {k}")}}}})
        };
        list.push(node);
        k += 1;
    }
    flow["ui"]["nodes"] = Value::Array(list);
    flow
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flows_grow_and_shrink_to_the_asked_size_with_distinct_buttons() {
        let base = json!({"id": "x", "ui": {"nodes": [{"type": "text"}, {"type": "text"}, {"type": "text"}]}});
        let small = grown_flow(&base, 2, "a");
        assert_eq!(small["ui"]["nodes"].as_array().map(Vec::len), Some(2));
        let big = grown_flow(&base, 1000, &flow_id(1000));
        let nodes = big["ui"]["nodes"].as_array().unwrap();
        assert_eq!(nodes.len(), 1000);
        assert_eq!(big["id"], json!("00000000-0000-4000-8000-000000001000"));
        let values: std::collections::HashSet<&str> = nodes[3..]
            .iter()
            .filter_map(|n| n["attributes"]["value"].as_str())
            .collect();
        assert_eq!(values.len(), 997);
    }
}
