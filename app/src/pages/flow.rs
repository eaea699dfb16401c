use leptos::prelude::*;

use super::shell::Shell;
use crate::flow_ui::card::flow_title;
use crate::flow_ui::webauthn::needs_webauthn;
use crate::flow_ui::{FlowCard, FlowNav};
use crate::i18n::t;
use crate::kratos::{Flow, FlowKind};

/// A flow's page. `nonce` is this response's CSP nonce; the WebAuthn
/// module is booted with it only when the flow has WebAuthn nodes.
pub fn flow_page(shell: &Shell, kind: FlowKind, flow: Flow, nav: FlowNav, nonce: &str) -> String {
    // No nonce (no randomness): no inline script at all, not one the CSP
    // would merely block.
    let webauthn = needs_webauthn(&flow)
        .then_some(nonce)
        .filter(|n| !n.is_empty());
    shell.document(webauthn, move || {
        let title = t(flow_title(kind, &flow));
        (title, view! { <FlowCard kind=kind flow=flow nav=nav/> })
    })
}
