//! Pure layout: which forms a flow's nodes go into, and in what order.
//!
//! Each strategy group gets its own `<form>`, as in the Node reference UI
//! (Kratos' e2e suite looks inputs up inside `login-flow`,
//! `login-flow-code`, … forms). The `default` group is shared: its hidden
//! inputs (csrf_token, traits carried over from an earlier step) go into
//! every form, its visible inputs (identifier, traits) into the forms of the
//! groups that submit them. Script nodes are page-level, never in a form.

use crate::kratos::{FlowKind, Group, InputType, UiNode};

/// One `<form>` of the page.
#[derive(Debug, PartialEq)]
pub struct Section<'a> {
    pub group: Group,
    /// Unique on the page; see [`section_test_ids`].
    pub test_id: String,
    pub nodes: Vec<&'a UiNode>,
}

#[derive(Debug, PartialEq)]
pub struct Layout<'a> {
    pub sections: Vec<Section<'a>>,
    pub scripts: Vec<&'a UiNode>,
}

/// Groups whose submit needs the visible `default` inputs (the identifier
/// on login, the traits on registration).
fn takes_visible_defaults(group: &Group) -> bool {
    matches!(
        group,
        Group::Password
            | Group::Code
            | Group::Webauthn
            | Group::Profile
            | Group::IdentifierFirst
            | Group::Default
    )
}

/// Where a group's form stands on the page. Sign-in pages lead with social
/// sign-in; settings lead with the profile. Unknown groups come last, in
/// the order Kratos sent them.
fn rank(kind: FlowKind, group: &Group) -> u8 {
    let order: &[Group] = match kind {
        FlowKind::Settings => &[
            Group::Default,
            Group::Profile,
            Group::Password,
            Group::Passkey,
            Group::Webauthn,
            Group::Totp,
            Group::LookupSecret,
            Group::Oidc,
            Group::Saml,
            Group::Link,
            Group::Code,
        ],
        _ => &[
            Group::Oidc,
            Group::Saml,
            Group::IdentifierFirst,
            Group::Default,
            Group::Profile,
            Group::Password,
            Group::Code,
            Group::Link,
            Group::Passkey,
            Group::Webauthn,
            Group::Totp,
            Group::LookupSecret,
        ],
    };
    order
        .iter()
        .position(|g| g == group)
        .map_or(u8::MAX, |p| p as u8)
}

fn is_script(node: &UiNode) -> bool {
    matches!(node, UiNode::Script(_))
}

fn is_submit(node: &UiNode) -> bool {
    matches!(
        node.as_input().and_then(|a| a.known_type()),
        Some(InputType::Submit | InputType::Button)
    )
}

pub fn layout(kind: FlowKind, nodes: &[UiNode]) -> Layout<'_> {
    let scripts: Vec<&UiNode> = nodes.iter().filter(|n| is_script(n)).collect();
    let defaults: Vec<&UiNode> = nodes
        .iter()
        .filter(|n| *n.group() == Group::Default && !is_script(n))
        .collect();
    let hidden_defaults: Vec<&UiNode> = defaults
        .iter()
        .copied()
        .filter(|n| n.is_hidden_input())
        .collect();
    let visible_defaults: Vec<&UiNode> = defaults
        .iter()
        .copied()
        .filter(|n| !n.is_hidden_input())
        .collect();

    // Groups in the order Kratos first mentions them, then ranked.
    let mut groups: Vec<&Group> = Vec::new();
    for node in nodes.iter().filter(|n| !is_script(n)) {
        let g = node.group();
        if *g != Group::Default && !groups.contains(&g) {
            groups.push(g);
        }
    }
    groups.sort_by_key(|g| rank(kind, g));

    let mut visible_placed = false;
    let mut sections: Vec<Section> = groups
        .into_iter()
        .map(|group| {
            let mut section_nodes = hidden_defaults.clone();
            if takes_visible_defaults(group) {
                section_nodes.extend(visible_defaults.iter().copied());
                visible_placed = true;
            }
            section_nodes.extend(nodes.iter().filter(|n| n.group() == group && !is_script(n)));
            Section {
                group: group.clone(),
                test_id: String::new(),
                nodes: section_nodes,
            }
        })
        // A form whose group contributes nothing but hidden inputs is
        // dropped, unless a script drives it (identifier-first login has
        // only the hidden passkey fields that conditional UI fills).
        .filter(|s| {
            s.nodes.iter().any(|n| {
                !n.is_hidden_input()
                    || (*n.group() != Group::Default
                        && n.as_input().is_some_and(|a| a.onload_trigger.is_some()))
            })
        })
        .collect();

    // Visible default nodes no group took (or a flow of default nodes only)
    // get a form of their own rather than being dropped.
    if !visible_placed && !visible_defaults.is_empty() {
        let mut section_nodes = hidden_defaults.clone();
        section_nodes.extend(visible_defaults.iter().copied());
        let at = sections
            .iter()
            .position(|s| rank(kind, &s.group) > rank(kind, &Group::Default))
            .unwrap_or(sections.len());
        sections.insert(
            at,
            Section {
                group: Group::Default,
                test_id: String::new(),
                nodes: section_nodes,
            },
        );
    }

    // Inside a form: inputs before the buttons that submit them, otherwise
    // Kratos' order (a stable sort keeps it).
    for section in &mut sections {
        section.nodes.sort_by_key(|n| is_submit(n));
    }
    // A form holding nothing but "Back" (two-step registration's
    // `screen=previous`) goes below the method choices.
    sections.sort_by_key(is_navigation_only);
    section_test_ids(kind, &mut sections);

    Layout { sections, scripts }
}

fn is_navigation_only(section: &Section) -> bool {
    section
        .nodes
        .iter()
        .filter(|n| !n.is_hidden_input())
        .all(|n| matches!(n.as_input(), Some(a) if a.name == "screen"))
}

/// `data-testid`s after the reference UI, which Kratos' e2e suite selects
/// on: the first credential form is `<flow>-flow`, code is
/// `<flow>-flow-code`, passkey `passkey-flow`, webauthn sign-in
/// `passwordless-flow`; any other form is `<flow>-flow-<group>`.
fn section_test_ids(kind: FlowKind, sections: &mut [Section]) {
    let flow = kind.as_str();
    let mut main_taken = false;
    for section in sections {
        section.test_id = match &section.group {
            Group::Default | Group::Password | Group::Profile | Group::IdentifierFirst
                if !main_taken =>
            {
                main_taken = true;
                format!("{flow}-flow")
            }
            Group::Passkey if kind != FlowKind::Settings => "passkey-flow".to_owned(),
            Group::Webauthn if matches!(kind, FlowKind::Login | FlowKind::Registration) => {
                "passwordless-flow".to_owned()
            }
            other => format!("{flow}-flow-{}", other.as_str()),
        };
    }
}

/// Settings forms carry a heading per group, with the reference UI's
/// wording that Kratos' e2e suite asserts on.
pub fn settings_heading(group: &Group) -> Option<&'static str> {
    Some(match group {
        Group::Profile => "Profile",
        Group::Password => "Password",
        Group::LookupSecret => "Manage 2FA Backup Recovery Codes",
        Group::Totp => "Manage 2FA TOTP Authenticator App",
        Group::Webauthn => "Manage Hardware Tokens",
        Group::Passkey => "Manage Passkeys",
        Group::Oidc | Group::Saml => "Manage Social Sign In",
        _ => return None,
    })
}
