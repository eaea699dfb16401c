//! The two facts the doctor reads from a flow's JSON. Read from
//! `serde_json::Value`, not the page model, so a flow the pages could not
//! render still yields what it can.

use serde_json::Value;

/// Where the flow's forms post (`ui.action`).
pub fn action(flow: &Value) -> Option<&str> {
    flow.pointer("/ui/action").and_then(Value::as_str)
}

/// Whether a page of this flow loads `webauthn.js`: a passkey or WebAuthn
/// node, or a script node.
pub fn needs_webauthn_js(flow: &Value) -> bool {
    let nodes = flow.pointer("/ui/nodes").and_then(Value::as_array);
    nodes.into_iter().flatten().any(|node| {
        matches!(
            node.get("group").and_then(Value::as_str),
            Some("passkey" | "webauthn")
        ) || node.get("type").and_then(Value::as_str) == Some("script")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_the_action_and_spots_webauthn_nodes() {
        let flow = json!({"ui": {"action": "http://k/self-service/login?flow=1", "nodes": [
            {"type": "input", "group": "default"},
            {"type": "input", "group": "passkey"}
        ]}});
        assert_eq!(action(&flow), Some("http://k/self-service/login?flow=1"));
        assert!(needs_webauthn_js(&flow));
        let script = json!({"ui": {"nodes": [{"type": "script", "group": "default"}]}});
        assert!(needs_webauthn_js(&script));
        let plain = json!({"ui": {"nodes": [{"type": "input", "group": "password"}]}});
        assert!(!needs_webauthn_js(&plain));
        assert_eq!(action(&json!({})), None);
    }
}
