//! One `<form>` per layout section, posting natively to Kratos.

use leptos::prelude::*;

use super::layout::{settings_button_label, settings_heading, Section};
use super::messages::Messages;
use super::node::NodeView;
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
        FlowKind::Settings => settings_heading(&section.group),
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

/// A settings submit with its distinct label ([`settings_button_label`]).
fn with_settings_label(node: UiNode) -> UiNode {
    match node {
        UiNode::Input(mut n) => {
            let group = n.group.clone();
            if let Some(label) = n.meta.label.as_mut() {
                if let Some(text) = settings_button_label(&group, &n.attributes.name, label.id) {
                    text.clone_into(&mut label.text);
                }
            }
            UiNode::Input(n)
        }
        other => other,
    }
}
