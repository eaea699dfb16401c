//! The WebAuthn trigger module: the only WASM on Vestibule's pages, shipped
//! only on pages whose Kratos flow has WebAuthn or passkey nodes. Built by
//! `cargo xtask wasm` into `public/pkg/` (plain wasm-bindgen + web-sys,
//! kept lean: no `format!`, no panicking paths of its own, no serde).
//!
//! Its contract with the server-rendered page:
//!
//! - `<p data-testid="webauthn-message" hidden>` receives every message;
//!   `data-webauthn-error` on it names the failure: `insecure-context`,
//!   `unsupported`, `rp-mismatch`, `script-failed`, `cancelled`,
//!   `already-registered` or `failed`. Its words come from the page, in
//!   the page's language: `data-text-<key>` attributes (`insecure-context`,
//!   `unsupported`, `script-failed`, `cancelled`, `already-registered`,
//!   `security`, `failed`, `failed-detail` with `{detail}`, `not-ready`,
//!   `rp-mismatch` with `{host}` and `{rp_id}`); the English constants
//!   below only stand in for a page without them.
//! - `<div hidden data-webauthn-script data-src data-integrity
//!   data-crossorigin data-referrerpolicy data-type data-async>` describes
//!   Kratos' `webauthn.js`; the module appends that script (never with a
//!   nonce of its own) and waits for its functions.
//! - Elements with `data-onload-trigger="oryX"` name triggers run once when
//!   the script is ready; `[data-trigger="oryX"]` buttons call `window.oryX()`
//!   (or `window.__oryX()`) when clicked. The deprecated `onclick`/`onload`
//!   strings are never read, let alone evaluated.
//! - When all of that is wired, `<html data-webauthn-ready="true">`.
//!
//! Before loading the script it checks what would make the ceremony fail
//! silently (insecure context, no `PublicKeyCredential`, the page's host
//! outside the RP id Kratos put in the options), and it wraps
//! `navigator.credentials.create`/`get` and `window.alert` so that failures
//! become readable text in the page (Kratos v1.3.1 reports them with
//! `alert()` or only on the console).

#![cfg_attr(target_arch = "wasm32", no_std)]

extern crate alloc;

use alloc::string::String;
use alloc::vec::Vec;
use core::sync::atomic::{AtomicBool, Ordering};

use js_sys::{Function, Reflect, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Window};

/// A rejected ceremony was reported (or deliberately ignored); the `alert()`
/// webauthn.js raises for the same failure right after must stay quiet.
static REJECTION_REPORTED: AtomicBool = AtomicBool::new(false);
/// The triggers ran: never twice, whichever readiness signal came first.
static STARTED: AtomicBool = AtomicBool::new(false);

const MESSAGE: &str = "[data-testid=webauthn-message]";
const SCRIPT: &str = "[data-webauthn-script]";
const ONLOAD: &str = "data-onload-trigger";
const ONCLICK: &str = "data-trigger";

const TEXT_INSECURE: &str = "Passkeys and security keys need a secure connection: this page must be served over HTTPS (or from localhost).";
const TEXT_UNSUPPORTED: &str = "This browser does not support passkeys or security keys. Use a current browser, or sign in another way.";
const TEXT_SCRIPT_FAILED: &str =
    "The passkey script could not be loaded. Check your connection and reload the page.";
const TEXT_CANCELLED: &str =
    "The passkey or security key request was cancelled or timed out. Please try again.";
const TEXT_ALREADY_REGISTERED: &str =
    "This passkey or security key is already registered for this account.";
const TEXT_SECURITY: &str = "The browser refused the request: this page's address does not match the domain the passkey belongs to.";
const TEXT_FAILED: &str = "The passkey or security key operation failed";
const TEXT_NOT_READY: &str =
    "This passkey or security key action is not available. Reload the page and try again.";

#[wasm_bindgen]
extern "C" {
    /// Any promise: `credentials.create/get` results are passed on untouched.
    type Thenable;

    #[wasm_bindgen(method, catch)]
    fn then(
        this: &Thenable,
        on_fulfilled: &JsValue,
        on_rejected: &JsValue,
    ) -> Result<JsValue, JsValue>;
}

/// A small free-list allocator instead of std's dlmalloc.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::LockedAllocator<lol_alloc::FreeListAllocator> =
    lol_alloc::LockedAllocator::new(lol_alloc::FreeListAllocator::new());

/// No panic message formatting: nothing here panics on purpose, and a
/// trap is all a panic could do in the browser anyway.
#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

#[wasm_bindgen(start)]
fn start() {
    let _ = run();
}

fn run() -> Option<()> {
    let window = web_sys::window()?;
    let document = window.document()?;
    // An insecure context hides `PublicKeyCredential` too: name the cause.
    if !window.is_secure_context() {
        say("insecure-context", "insecure-context", TEXT_INSECURE);
        return None;
    }
    if function(&get(&window, "PublicKeyCredential")).is_none() {
        say("unsupported", "unsupported", TEXT_UNSUPPORTED);
        return None;
    }
    let host = window.location().hostname().ok()?;
    if let Some(rp_id) = mismatched_rp_id(&document, &host) {
        show_rp_mismatch(&host, &rp_id);
        return None;
    }
    wrap_credentials(&window);
    replace_alert(&window);
    load_script(&document);
    Some(())
}

// --- messages -------------------------------------------------------------

fn message_element() -> Option<Element> {
    web_sys::window()?
        .document()?
        .query_selector(MESSAGE)
        .ok()
        .flatten()
}

/// The page's words for `key` (the `data-text-<key>` attribute the server
/// writes in the page's language), else the English `fallback`.
fn words(key: &str, fallback: &str) -> String {
    let mut name = String::from("data-text-");
    name.push_str(key);
    message_element()
        .and_then(|el| el.get_attribute(&name))
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| String::from(fallback))
}

/// `template` with each `{name}` of `values` filled in. Hand-rolled: the
/// standard library's `str::replace` brings its pattern searcher, 8 KB of
/// wasm.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(ch) = rest.chars().next() {
        let mut skip = ch.len_utf8();
        if ch == '{' {
            for (name, value) in values {
                let end = name.len() + 2;
                if rest.get(1..end - 1) == Some(*name) && rest.get(end - 1..end) == Some("}") {
                    out.push_str(value);
                    skip = end;
                    break;
                }
            }
        }
        if skip == ch.len_utf8() {
            out.push(ch);
        }
        rest = rest.get(skip..).unwrap_or_default();
    }
    out
}

/// Shows the page's words for `key` under error `code`.
fn say(code: &str, key: &str, fallback: &str) {
    show(code, &words(key, fallback));
}

fn show(code: &str, text: &str) {
    if let Some(el) = message_element() {
        el.set_text_content(Some(text));
        let _ = el.set_attribute("data-webauthn-error", code);
        let _ = el.remove_attribute("hidden");
    }
}

fn hide() {
    if let Some(el) = message_element() {
        let _ = el.set_attribute("hidden", "");
        let _ = el.remove_attribute("data-webauthn-error");
        el.set_text_content(None);
    }
}

fn show_rp_mismatch(host: &str, rp_id: &str) {
    let template = words("rp-mismatch", "");
    if !template.is_empty() {
        let text = fill(&template, &[("host", host), ("rp_id", rp_id)]);
        show("rp-mismatch", &text);
        return;
    }
    let mut text = String::with_capacity(160);
    text.push_str("This page is served from ");
    text.push_str(host);
    text.push_str(", but its passkeys and security keys belong to ");
    text.push_str(rp_id);
    text.push_str(". Open the page on ");
    text.push_str(rp_id);
    text.push_str(" (or a subdomain of it).");
    show("rp-mismatch", &text);
}

/// Maps a rejected `credentials.create/get` to a message, by the
/// DOMException's name.
fn show_rejection(name: &str, detail: &str) {
    match name {
        "NotAllowedError" => say("cancelled", "cancelled", TEXT_CANCELLED),
        "InvalidStateError" => say(
            "already-registered",
            "already-registered",
            TEXT_ALREADY_REGISTERED,
        ),
        "SecurityError" => say("rp-mismatch", "security", TEXT_SECURITY),
        _ => show_failed(detail),
    }
}

fn show_failed(detail: &str) {
    let template = words(
        if detail.is_empty() {
            "failed"
        } else {
            "failed-detail"
        },
        "",
    );
    if !template.is_empty() {
        show("failed", &fill(&template, &[("detail", detail)]));
        return;
    }
    let mut text = String::from(TEXT_FAILED);
    if detail.is_empty() {
        text.push('.');
    } else {
        text.push_str(": ");
        text.push_str(detail);
    }
    show("failed", &text);
}

// --- preconditions --------------------------------------------------------

/// Where Kratos puts the RP id, per node: the element's `name`, and the paths
/// to the id inside the JSON in its `value`.
const RP_ID_SOURCES: [(&str, &[&[&str]]); 4] = [
    ("[name=passkey_challenge]", &[&["publicKey", "rpId"]]),
    (
        "[name=passkey_create_data]",
        &[
            &["credentialOptions", "publicKey", "rp", "id"],
            &["publicKey", "rp", "id"],
        ],
    ),
    ("[name=webauthn_login_trigger]", &[&["publicKey", "rpId"]]),
    (
        "[name=webauthn_register_trigger]",
        &[&["publicKey", "rp", "id"]],
    ),
];

/// The first RP id in the page's options that `host` cannot use.
fn mismatched_rp_id(document: &Document, host: &str) -> Option<String> {
    for (selector, paths) in RP_ID_SOURCES {
        let Ok(Some(el)) = document.query_selector(selector) else {
            continue;
        };
        let Some(json) = get(&el, "value").as_string() else {
            continue;
        };
        let Ok(options) = JSON::parse(&json) else {
            continue;
        };
        for path in paths {
            let mut v = options.clone();
            for key in *path {
                v = get(&v, key);
            }
            if let Some(rp_id) = v.as_string() {
                if !rp_id.is_empty() && !host_within_rp_id(host, &rp_id) {
                    return Some(rp_id);
                }
            }
        }
    }
    None
}

/// WebAuthn's rule: the RP id is the page's host or a registrable suffix
/// of it (`login.example.com` may use `example.com`).
pub fn host_within_rp_id(host: &str, rp_id: &str) -> bool {
    let host = host.to_ascii_lowercase();
    let rp_id = rp_id.to_ascii_lowercase();
    host == rp_id
        || host
            .strip_suffix(rp_id.as_str())
            .is_some_and(|sub| sub.ends_with('.'))
}

// --- observing the ceremony -----------------------------------------------

/// Replaces `navigator.credentials.create` and `.get` with functions that
/// call the originals and report a rejection in the page, then pass the
/// very same rejection on to webauthn.js.
fn wrap_credentials(window: &Window) -> Option<()> {
    let credentials = get(&get(window, "navigator"), "credentials");
    if !credentials.is_object() {
        return None;
    }
    let on_rejected: Function =
        Closure::<dyn Fn(JsValue, JsValue) -> Result<JsValue, JsValue>>::own_aborting(on_rejected)
            .into_js_value()
            .unchecked_into();
    for method in ["create", "get"] {
        let Ok(original) = get(&credentials, method).dyn_into::<Function>() else {
            continue;
        };
        let this = credentials.clone();
        let on_rejected = on_rejected.clone();
        let wrapper = Closure::<dyn Fn(JsValue) -> Result<JsValue, JsValue>>::own_aborting(
            move |options: JsValue| {
                ceremony_starts(&options);
                let promise: JsValue = original.call1(&this, &options)?;
                let handler: JsValue = on_rejected.bind1(&JsValue::NULL, &options).into();
                Ok(promise
                    .unchecked_ref::<Thenable>()
                    .then(&JsValue::UNDEFINED, &handler)
                    .unwrap_or(promise))
            },
        );
        let _ = Reflect::set(&credentials, &method.into(), &wrapper.into_js_value());
    }
    Some(())
}

fn ceremony_starts(options: &JsValue) {
    REJECTION_REPORTED.store(false, Ordering::Relaxed);
    // Conditional UI (autofill) starts in the background, also right after
    // a failed explicit attempt: it must not hide that attempt's message.
    if !is_conditional(options) {
        hide();
    }
}

/// `options` is what the ceremony was started with (bound per call).
fn on_rejected(options: JsValue, err: JsValue) -> Result<JsValue, JsValue> {
    REJECTION_REPORTED.store(true, Ordering::Relaxed);
    // Not failures the user asked about: conditional UI (autofill) running
    // in the background, which webauthn.js also aborts itself (with a
    // string reason, not an AbortError) before an explicit request.
    let quiet = is_conditional(&options) || get(&get(&options, "signal"), "aborted").is_truthy();
    let name = get(&err, "name").as_string().unwrap_or_default();
    if !quiet && name != "AbortError" {
        show_rejection(&name, &describe(&err));
    }
    Err(err)
}

fn is_conditional(options: &JsValue) -> bool {
    get(options, "mediation").as_string().as_deref() == Some("conditional")
}

/// `window.alert` as Kratos v1.3.1's webauthn.js uses it for errors: into
/// the page, unless the rejection that caused it was just reported.
fn replace_alert(window: &Window) {
    let alert = Closure::<dyn Fn(JsValue)>::own_aborting(|message: JsValue| {
        if !REJECTION_REPORTED.swap(false, Ordering::Relaxed) {
            show_failed(&describe(&message));
        }
    });
    let _ = Reflect::set(window, &"alert".into(), &alert.into_js_value());
}

/// A string as is; an error by its message.
fn describe(value: &JsValue) -> String {
    value
        .as_string()
        .or_else(|| get(value, "message").as_string())
        .unwrap_or_default()
}

// --- webauthn.js and the triggers -----------------------------------------

fn load_script(document: &Document) -> Option<()> {
    let Ok(Some(desc)) = document.query_selector(SCRIPT) else {
        // No script to load: maybe already there.
        when_defined();
        return Some(());
    };
    if desc
        .get_attribute("data-src")
        .is_none_or(|src| src.is_empty())
    {
        say("script-failed", "script-failed", TEXT_SCRIPT_FAILED);
        return None;
    }
    let script = document.create_element("script").ok()?;
    for (from, to) in [
        ("data-integrity", "integrity"),
        ("data-crossorigin", "crossorigin"),
        ("data-referrerpolicy", "referrerpolicy"),
        ("data-type", "type"),
        ("data-src", "src"),
    ] {
        if let Some(value) = desc.get_attribute(from) {
            let _ = script.set_attribute(to, &value);
        }
    }
    let asynchronous = desc.get_attribute("data-async").as_deref() == Some("true");
    let _ = Reflect::set(&script, &"async".into(), &asynchronous.into());
    listen(&script, "load", |_| {
        when_defined();
    });
    listen(&script, "error", |_| {
        say("script-failed", "script-failed", TEXT_SCRIPT_FAILED)
    });
    let parent = match document.query_selector("head") {
        Ok(Some(head)) => head,
        _ => document.document_element()?,
    };
    parent.append_child(&script).ok()?;
    Some(())
}

fn listen(target: &web_sys::EventTarget, event: &str, f: impl Fn(JsValue) + 'static) {
    let f = Closure::<dyn Fn(JsValue)>::own_aborting(f).into_js_value();
    let _ = target.add_event_listener_with_callback(event, f.unchecked_ref());
}

/// Starts once webauthn.js says it is done (`__oryWebAuthnInitialized`, its
/// last statement in v1.3.1, which fires no event) or every trigger the page
/// names is a function; otherwise waits for newer Kratos'
/// `oryWebAuthnInitialized` event.
fn when_defined() -> Option<()> {
    let window = web_sys::window()?;
    let document = window.document()?;
    // `=== true`, not truthiness: until webauthn.js sets the flag, an
    // element with that id answers `window.__oryWebAuthnInitialized`.
    let ready = get(&window, "__oryWebAuthnInitialized").as_bool() == Some(true)
        || trigger_elements(&document, ONLOAD)
            .chain(trigger_elements(&document, ONCLICK))
            .all(|(_, name)| resolve(&window, &name).is_some());
    if ready {
        start_triggers();
    } else {
        listen(&window, "oryWebAuthnInitialized", |_| {
            start_triggers();
        });
    }
    Some(())
}

fn start_triggers() -> Option<()> {
    if STARTED.swap(true, Ordering::Relaxed) {
        return None;
    }
    let document = web_sys::window()?.document()?;
    let mut ran: Vec<String> = Vec::new();
    for (_, name) in trigger_elements(&document, ONLOAD) {
        if !ran.contains(&name) {
            // Quiet when missing: a background extra such as autofill.
            call_trigger(&name, false);
            ran.push(name);
        }
    }
    let on_click = Closure::<dyn Fn(JsValue)>::own_aborting(on_click).into_js_value();
    for (el, _) in trigger_elements(&document, ONCLICK) {
        let _ = el.add_event_listener_with_callback("click", on_click.unchecked_ref());
    }
    document
        .document_element()?
        .set_attribute("data-webauthn-ready", "true")
        .ok()
}

fn on_click(event: JsValue) {
    let event: web_sys::Event = event.unchecked_into();
    event.prevent_default();
    let name = event
        .current_target()
        .and_then(|t| t.unchecked_into::<Element>().get_attribute(ONCLICK));
    if let Some(name) = name {
        call_trigger(&name, true);
    }
}

/// The elements carrying `attr`, with its value.
fn trigger_elements(document: &Document, attr: &str) -> impl Iterator<Item = (Element, String)> {
    let mut selector = String::with_capacity(attr.len() + 2);
    selector.push('[');
    selector.push_str(attr);
    selector.push(']');
    let list = document.query_selector_all(&selector).ok();
    let len = list.as_ref().map_or(0, |l| l.length());
    let attr = String::from(attr);
    (0..len).filter_map(move |i| {
        let el: Element = list.as_ref()?.get(i)?.unchecked_into();
        let name = el.get_attribute(&attr)?;
        Some((el, name))
    })
}

/// `window[name]`, else `window["__" + name]`, when it is a function
/// ([`function`]); only Kratos' `ory…` names.
fn resolve(window: &Window, name: &str) -> Option<Function> {
    if !name.starts_with("ory") {
        return None;
    }
    let mut legacy = String::from("__");
    legacy.push_str(name);
    function(&get(window, name)).or_else(|| function(&get(window, &legacy)))
}

/// `value` when it is a plain function. Page elements whose id names a
/// global (DOM clobbering: a Kratos node `id="oryPasskeyLogin"`) are
/// never functions, and an element that is callable (legacy `<embed>`)
/// is refused too.
fn function(value: &JsValue) -> Option<Function> {
    if value.is_instance_of::<Element>() {
        return None;
    }
    value.dyn_ref::<Function>().cloned()
}

/// Calls the trigger; a synchronous throw is shown, and so is a missing
/// function if `report_missing`.
fn call_trigger(name: &str, report_missing: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    match resolve(&window, name) {
        Some(f) => {
            if let Err(err) = f.call0(&window) {
                show_failed(&describe(&err));
            }
        }
        None if report_missing => say("failed", "not-ready", TEXT_NOT_READY),
        None => {}
    }
}

/// `target[key]`, or `undefined` when that throws (e.g. on a primitive).
fn get(target: &JsValue, key: &str) -> JsValue {
    Reflect::get(target, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

#[cfg(test)]
mod tests {
    use super::{fill, host_within_rp_id};

    #[test]
    fn page_templates_get_their_values() {
        let t = "Seite von {host}, Passkeys für {rp_id}. Öffnen Sie {rp_id}.";
        assert_eq!(
            fill(t, &[("host", "a.example"), ("rp_id", "b.example")]),
            "Seite von a.example, Passkeys für b.example. Öffnen Sie b.example."
        );
        // Unknown or unclosed markers stay as they are.
        assert_eq!(fill("{x} {detail", &[("detail", "d")]), "{x} {detail");
        assert_eq!(
            fill("失敗：{detail}", &[("detail", "NotReadableError")]),
            "失敗：NotReadableError"
        );
    }

    #[test]
    fn rp_id_is_the_host_or_a_parent_domain() {
        assert!(host_within_rp_id("localhost", "localhost"));
        assert!(host_within_rp_id("login.example.com", "example.com"));
        assert!(host_within_rp_id("Login.Example.com", "example.COM"));
        assert!(!host_within_rp_id("example.com", "login.example.com"));
        assert!(!host_within_rp_id("evilexample.com", "example.com"));
        assert!(!host_within_rp_id("127.0.0.1", "localhost"));
    }
}
