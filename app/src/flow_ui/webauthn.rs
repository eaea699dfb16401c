//! What a page needs for WebAuthn and passkeys: whether to boot the module
//! at all, where Kratos' script is loaded from, and the hooks the module
//! reads (see webauthn/src for the other side of this contract).

use leptos::prelude::*;

use fluent_bundle::FluentValue;

use crate::i18n::use_i18n;
use crate::kratos::ui::ScriptAttributes;
use crate::kratos::{Flow, UiNode};
use crate::safe_url;

/// Kratos' WebAuthn script, as its script node names it.
pub const WEBAUTHN_JS_PATH: &str = "/.well-known/ory/webauthn.js";

/// A flow needs the module when it has a script node or a node whose
/// trigger must run (a passkey button, conditional UI).
pub fn needs_webauthn(flow: &Flow) -> bool {
    flow.ui.nodes.iter().any(|n| match n {
        UiNode::Script(_) => true,
        UiNode::Input(i) => {
            i.attributes.onclick_trigger.is_some() || i.attributes.onload_trigger.is_some()
        }
        _ => false,
    })
}

/// Points Kratos' webauthn.js at Vestibule's own origin (`local`), which
/// serves the same bytes: the script node asks for `crossorigin` and an
/// integrity hash, and Kratos sends no CORS headers by default.
pub fn localize_webauthn_script(flow: &mut Flow, local: &str) {
    for node in &mut flow.ui.nodes {
        if let UiNode::Script(s) = node {
            if s.attributes.src.ends_with(WEBAUTHN_JS_PATH) {
                s.attributes.src = local.to_owned();
            }
        }
    }
}

/// The description of Kratos' script node that the module turns into a
/// `<script>` element once it has checked the browser can do WebAuthn.
#[component]
pub fn WebauthnScript(attributes: ScriptAttributes) -> impl IntoView {
    view! {
        <div
            hidden
            data-webauthn-script=""
            data-testid=format!("node/script/{}", attributes.id)
            data-src=safe_url::for_page(attributes.src, "script node src", safe_url::link)
            data-integrity=attributes.integrity
            data-crossorigin=attributes.crossorigin
            data-referrerpolicy=attributes.referrerpolicy
            data-type=attributes.script_type
            data-async=attributes.is_async.then_some("true")
        ></div>
    }
}

/// Where the module writes what went wrong, in words (unsupported browser,
/// insecure context, script failed, cancelled, …). The words come from the
/// page's catalogue as `data-text-<what>` attributes, so the module holds
/// no language; `{host}`, `{rp_id}` and `{detail}` are filled in by it.
#[component]
pub fn WebauthnMessage() -> impl IntoView {
    let i18n = use_i18n();
    let t = |id: &str| i18n.text(id);
    let marked = |id: &str, args: &[&str]| {
        let args: Vec<(&str, FluentValue)> = args
            .iter()
            .map(|a| (*a, FluentValue::from(format!("{{{a}}}"))))
            .collect();
        i18n.text_with(id, &args)
    };
    view! {
        <p
            class="message error"
            role="alert"
            hidden
            data-testid="webauthn-message"
            data-text-insecure-context=t("webauthn-insecure-context")
            data-text-unsupported=t("webauthn-unsupported")
            data-text-script-failed=t("webauthn-script-failed")
            data-text-cancelled=t("webauthn-cancelled")
            data-text-already-registered=t("webauthn-already-registered")
            data-text-security=t("webauthn-security")
            data-text-failed=t("webauthn-failed")
            data-text-failed-detail=marked("webauthn-failed-detail", &["detail"])
            data-text-not-ready=t("webauthn-not-ready")
            data-text-rp-mismatch=marked("webauthn-rp-mismatch", &["host", "rp_id"])
        ></p>
    }
}
