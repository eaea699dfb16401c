//! Pure decision: whether `/continue`'s email form can offer a passkey by
//! autofill, and what it must post for it. With passkeys enabled, Kratos
//! v1.3.1 puts its passkey fields into a new browser sign-in flow, in the
//! one-step and the identifier-first style alike (recorded in
//! `app/tests/fixtures/login.json`, `login_identifier_first.json`):
//! `passkey_challenge` (the options), `passkey_login` (the result, with
//! the `oryPasskeyLoginAutocompleteInit` onload trigger) and the script
//! node of `webauthn.js`.

use app::flow_ui::webauthn::WEBAUTHN_JS_PATH;
use app::kratos::ui::InputAttributes;
use app::kratos::{Flow, UiNode};
use app::pages::PasskeyView;

use super::decide::{csrf_token, inputs, CSRF_FIELD};

/// The field Kratos' passkey options arrive in.
const CHALLENGE_FIELD: &str = "passkey_challenge";

/// The field `webauthn.js` writes the signed assertion into; its onload
/// trigger asks the browser for a passkey by autofill.
const RESULT_FIELD: &str = "passkey_login";

/// The passkey form for `flow`, with Kratos' script loaded from `local_js`
/// (Vestibule's copy of `webauthn.js`), or none when the flow lacks any
/// of what the ceremony needs: the options, the result field and its
/// trigger, Kratos' own script, the CSRF token. A script node that is
/// not Kratos' `webauthn.js` is never loaded.
pub fn prompt(flow: &Flow, local_js: &str) -> Option<PasskeyView> {
    let input = |name: &str| inputs(flow).find(|a| a.name == name);
    let challenge = input(CHALLENGE_FIELD)
        .map(InputAttributes::value_string)
        .filter(|v| !v.is_empty())?;
    let trigger = input(RESULT_FIELD)?.onload_trigger.clone()?;
    let mut script = flow.ui.nodes.iter().find_map(|n| match n {
        UiNode::Script(s) if s.attributes.src.ends_with(WEBAUTHN_JS_PATH) => {
            Some(s.attributes.clone())
        }
        _ => None,
    })?;
    local_js.clone_into(&mut script.src);
    Some(PasskeyView {
        action: flow.ui.action.clone(),
        hidden: vec![
            (CSRF_FIELD.to_owned(), csrf_token(flow)?),
            (CHALLENGE_FIELD.to_owned(), challenge),
        ],
        result_field: RESULT_FIELD.to_owned(),
        trigger,
        script,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::super::recorded;

    const LOCAL: &str = "/base/.well-known/ory/webauthn.js";

    /// What a case does to a recorded flow.
    type Change = Box<dyn Fn(&mut Flow)>;

    #[test]
    fn a_login_flow_with_passkeys_gives_the_form_both_styles() {
        for name in ["login", "login_identifier_first"] {
            let flow = recorded(name);
            let p = prompt(&flow, LOCAL).unwrap_or_else(|| panic!("{name}: no prompt"));
            assert_eq!(p.action, flow.ui.action, "{name}");
            assert_eq!(p.trigger, "oryPasskeyLoginAutocompleteInit", "{name}");
            assert_eq!(p.result_field, "passkey_login", "{name}");
            assert_eq!(p.script.src, LOCAL, "{name}");
            assert!(
                p.script.integrity.is_some(),
                "{name}: the integrity hash is kept"
            );
            let names: Vec<&str> = p.hidden.iter().map(|(n, _)| n.as_str()).collect();
            assert_eq!(names, ["csrf_token", "passkey_challenge"], "{name}");
            assert!(p.hidden.iter().all(|(_, v)| !v.is_empty()), "{name}");
            assert!(
                p.hidden[1].1.contains("\"challenge\""),
                "{name}: {}",
                p.hidden[1].1
            );
        }
    }

    #[test]
    fn a_login_flow_without_passkeys_gives_none() {
        for name in ["continue_login_known", "login_refresh", "login_aal2"] {
            assert_eq!(prompt(&recorded(name), LOCAL), None, "{name}");
        }
    }

    #[test]
    fn a_missing_piece_or_a_foreign_script_gives_none() {
        let drop_input = |name: &'static str| {
            move |flow: &mut Flow| {
                flow.ui
                    .nodes
                    .retain(|n| n.as_input().is_none_or(|a| a.name != name));
            }
        };
        let cases: [(&str, Change); 5] = [
            ("no challenge", Box::new(drop_input(CHALLENGE_FIELD))),
            ("no result field", Box::new(drop_input(RESULT_FIELD))),
            ("no csrf token", Box::new(drop_input(CSRF_FIELD))),
            (
                "no trigger",
                Box::new(|flow: &mut Flow| {
                    for n in &mut flow.ui.nodes {
                        if let UiNode::Input(i) = n {
                            i.attributes.onload_trigger = None;
                        }
                    }
                }),
            ),
            (
                "a foreign script",
                Box::new(|flow: &mut Flow| {
                    for n in &mut flow.ui.nodes {
                        if let UiNode::Script(s) = n {
                            s.attributes.src = "https://elsewhere.example/x.js".to_owned();
                        }
                    }
                }),
            ),
        ];
        for (what, change) in cases {
            let mut flow = recorded("login");
            change(&mut flow);
            assert_eq!(prompt(&flow, LOCAL), None, "{what}");
        }
    }
}
