//! Pure decisions: what Kratos' answer to a server-side submission
//! means for `/continue`, and what the code screen needs from a flow.
//! Tested on the answers recorded from Kratos v1.3.1 (`cargo xtask
//! record-fixtures continue`, `app/tests/fixtures/continue_*.json`).

use app::kratos::ui::InputAttributes;
use app::kratos::{Flow, InputType, MessageKind, UiNode, UiText};
use axum::http::StatusCode;

/// Kratos v1.3.1's "This account does not exist or has not setup sign in
/// with code." (text/id.go `ErrorValidationNoCodeUser`): the answer of a
/// code login for an address no identity has. Kratos gives it with and
/// without `security.account_enumeration.mitigate` (recorded in
/// `continue_login_unknown_mitigated.json`).
pub const NO_CODE_USER: i64 = 4_000_035;

/// The flow state once Kratos mailed a code.
const SENT_EMAIL: &str = "sent_email";

/// The input that takes the mailed code.
const CODE_FIELD: &str = "code";

/// Kratos' CSRF token field.
pub(super) const CSRF_FIELD: &str = "csrf_token";

/// Where the address sits in a flow waiting for its code: a hidden input
/// of the login (`identifier`) or registration (`traits.email`) flow.
const ADDRESS_FIELDS: [&str; 2] = ["identifier", "traits.email"];

/// What a code login submission led to.
#[derive(Debug, PartialEq)]
pub enum LoginAnswer {
    /// A sign-in code was mailed; the flow waits for it.
    CodeSent,
    /// No identity can sign in with a code to this address: sign up.
    NoAccount,
    /// Kratos refused the address, saying why (messages may be empty).
    Refused(Vec<UiText>),
}

/// What a code registration submission led to.
#[derive(Debug, PartialEq)]
pub enum RegistrationAnswer {
    CodeSent,
    Refused(Vec<UiText>),
}

/// Whether a new login flow is for a person Kratos already knows: a
/// re-authentication (`refresh`, which Kratos v1.3.1 also makes of every
/// login challenge Hydra does not let it skip when the browser has a
/// session) or a second factor. Neither has a sign-up branch, so the
/// browser goes to `/login`, which draws such flows as they are.
pub fn is_for_a_known_person(flow: &Flow) -> bool {
    flow.refresh == Some(true) || flow.is_second_factor()
}

/// Whether `flow` waits for a mailed code: its state says so and it has
/// the field for it.
pub fn waits_for_code(flow: &Flow) -> bool {
    flow.state() == Some(SENT_EMAIL) && code_input(flow).is_some()
}

fn code_input(flow: &Flow) -> Option<&InputAttributes> {
    inputs(flow).find(|a| a.name == CODE_FIELD && a.known_type() != Some(InputType::Hidden))
}

/// The attributes of every input node of `flow`.
pub(super) fn inputs(flow: &Flow) -> impl Iterator<Item = &InputAttributes> {
    flow.ui.nodes.iter().filter_map(|n| match n {
        UiNode::Input(n) => Some(&n.attributes),
        _ => None,
    })
}

/// The flow's messages and every node's, errors first, in Kratos' order.
fn messages(flow: &Flow) -> Vec<UiText> {
    let all = flow
        .ui
        .messages
        .iter()
        .chain(flow.ui.nodes.iter().flat_map(UiNode::messages));
    let (mut errors, rest): (Vec<&UiText>, Vec<&UiText>) =
        all.partition(|m| m.kind() == MessageKind::Error);
    errors.extend(rest);
    errors.into_iter().cloned().collect()
}

pub fn after_login(status: StatusCode, flow: &Flow) -> LoginAnswer {
    if waits_for_code(flow) {
        return LoginAnswer::CodeSent;
    }
    let messages = messages(flow);
    if status == StatusCode::BAD_REQUEST && messages.iter().any(|m| m.id == NO_CODE_USER) {
        return LoginAnswer::NoAccount;
    }
    LoginAnswer::Refused(messages)
}

pub fn after_registration(flow: &Flow) -> RegistrationAnswer {
    if waits_for_code(flow) {
        return RegistrationAnswer::CodeSent;
    }
    RegistrationAnswer::Refused(messages(flow))
}

/// The address a flow waiting for its code was sent to.
pub fn address(flow: &Flow) -> Option<String> {
    ADDRESS_FIELDS.iter().find_map(|field| {
        inputs(flow)
            .find(|a| a.name == *field && a.known_type() == Some(InputType::Hidden))
            .map(InputAttributes::value_string)
            .filter(|v| !v.is_empty())
    })
}

/// The flow's CSRF token, which every submission must repeat.
pub fn csrf_token(flow: &Flow) -> Option<String> {
    inputs(flow)
        .find(|a| a.name == CSRF_FIELD)
        .map(InputAttributes::value_string)
        .filter(|v| !v.is_empty())
}

/// The hidden fields the code form must post back (CSRF token, method,
/// the address); empty values (unset traits) are left out, as a browser
/// would have nothing to say for them.
pub fn hidden_fields(flow: &Flow) -> Vec<(String, String)> {
    inputs(flow)
        .filter(|a| a.known_type() == Some(InputType::Hidden))
        .map(|a| (a.name.clone(), a.value_string()))
        .filter(|(_, v)| !v.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refresh_and_second_factor_flows_go_to_the_login_page() {
        for (name, known) in [
            ("login_refresh", true),
            ("login_aal2", true),
            ("login", false),
            ("login_identifier_first", false),
            ("login_oauth2", false),
        ] {
            assert_eq!(is_for_a_known_person(&recorded(name)), known, "{name}");
        }
    }

    use super::super::recorded;

    const STYLES: [&str; 3] = ["", "_mitigated", "_identifier_first"];

    #[test]
    fn a_known_address_gets_a_sign_in_code_in_every_style() {
        for style in STYLES {
            let flow = recorded(&format!("continue_login_known{style}"));
            assert_eq!(
                after_login(StatusCode::BAD_REQUEST, &flow),
                LoginAnswer::CodeSent,
                "{style}"
            );
            assert_eq!(address(&flow).as_deref(), Some("known@example.com"));
        }
    }

    #[test]
    fn an_unknown_address_is_no_account_even_with_mitigation() {
        for style in STYLES {
            let flow = recorded(&format!("continue_login_unknown{style}"));
            assert_eq!(
                after_login(StatusCode::BAD_REQUEST, &flow),
                LoginAnswer::NoAccount,
                "{style}"
            );
            // Any other status with that message is not Kratos' answer.
            assert!(matches!(
                after_login(StatusCode::OK, &flow),
                LoginAnswer::Refused(_)
            ));
        }
    }

    #[test]
    fn the_sign_up_code_is_sent_and_the_address_carried() {
        for style in STYLES {
            let flow = recorded(&format!("continue_registration_unknown{style}"));
            assert_eq!(after_registration(&flow), RegistrationAnswer::CodeSent);
            assert_eq!(address(&flow).as_deref(), Some("unknown@example.com"));
            let hidden = hidden_fields(&flow);
            let names: Vec<&str> = hidden.iter().map(|(n, _)| n.as_str()).collect();
            assert!(names.contains(&"csrf_token"), "{names:?}");
            assert!(names.contains(&"traits.email"), "{names:?}");
            // Unset traits are not posted as empty strings.
            assert!(!names.contains(&"traits.name.first"), "{names:?}");
        }
    }

    #[test]
    fn an_invalid_address_is_refused_with_kratos_message_on_sign_up() {
        let flow = recorded("continue_registration_invalid");
        match after_registration(&flow) {
            RegistrationAnswer::Refused(messages) => {
                assert_eq!(messages.first().map(|m| m.id), Some(4_000_001));
            }
            other => panic!("{other:?}"),
        }
        // A flow still choosing a method does not wait for a code.
        assert!(!waits_for_code(&recorded("continue_login_invalid")));
    }

    #[test]
    fn a_flow_without_the_message_is_refused_not_taken_for_no_account() {
        let mut flow = recorded("continue_login_unknown");
        flow.ui.messages.clear();
        assert_eq!(
            after_login(StatusCode::BAD_REQUEST, &flow),
            LoginAnswer::Refused(Vec::new())
        );
    }
}
