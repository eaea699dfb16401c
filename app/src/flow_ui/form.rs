//! One `<form>` per layout section, posting natively to Kratos.

use leptos::prelude::*;

use super::layout::{settings_button_label, settings_heading, Section};
use super::messages::Messages;
use super::node::NodeView;
use crate::i18n::t;
use crate::kratos::{FlowKind, Group, UiNode, UiText};

/// A section of a flow as owned data, ready to render.
pub struct FormSection {
    pub group: Group,
    pub test_id: String,
    pub nodes: Vec<UiNode>,
    /// Messages on the form's hidden inputs.
    pub messages: Vec<UiText>,
    pub navigation: bool,
}

impl From<Section<'_>> for FormSection {
    fn from(s: Section<'_>) -> Self {
        FormSection {
            group: s.group,
            test_id: s.test_id,
            nodes: s.nodes.into_iter().cloned().collect(),
            messages: s.messages.into_iter().cloned().collect(),
            navigation: s.navigation,
        }
    }
}

#[component]
pub fn FlowForm(
    kind: FlowKind,
    /// Already checked; `None` renders a form without `action`.
    action: Option<String>,
    method: String,
    section: FormSection,
) -> impl IntoView {
    let heading = match kind {
        FlowKind::Settings => settings_heading(&section.group).map(t),
        _ => None,
    };
    let form_id = section.test_id.clone();
    let nodes = section
        .nodes
        .into_iter()
        .map(|node| match kind {
            FlowKind::Settings => with_settings_label(node),
            _ => node,
        })
        .map(|node| view! { <NodeView node=node form_id=form_id.clone()/> })
        .collect_view();
    view! {
        <form
            class=format!("flow-form group-{}", section.group.as_str())
            action=action
            method=method
            data-testid=section.test_id.clone()
            id=section.test_id
        >
            {heading.map(|h| view! { <h3>{h}</h3> })}
            <Messages messages=section.messages/>
            {nodes}
        </form>
    }
}

/// The id of a label Vestibule wrote itself, already in the page's
/// language: no Kratos message has it (theirs start at 1000000), so the
/// catalogue lookup falls back to the text.
const OWN_LABEL_ID: i64 = 0;

/// A settings submit with its distinct label ([`settings_button_label`]).
fn with_settings_label(node: UiNode) -> UiNode {
    match node {
        UiNode::Input(mut n) => {
            let group = n.group.clone();
            if let Some(label) = n.meta.label.as_mut() {
                if let Some(id) = settings_button_label(&group, &n.attributes.name, label.id) {
                    label.text = t(id);
                    label.id = OWN_LABEL_ID;
                }
            }
            UiNode::Input(n)
        }
        other => other,
    }
}
