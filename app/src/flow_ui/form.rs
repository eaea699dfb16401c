//! A `<form>` posting natively to Kratos: the fields its methods share,
//! then each method's part (see [`super::joined_form`]).

use leptos::prelude::*;

use super::input::Label;
use super::joined_form::JoinedForm;
use super::layout::{settings_button_label, settings_heading};
use super::messages::Messages;
use super::node::NodeView;
use super::settings_landing::answer_id;
use crate::i18n::t;
use crate::kratos::{FlowKind, UiNode, UiText};

/// The flow's own messages in a form (see [`super::settings_landing`]).
#[derive(Debug, Clone, Default)]
pub enum Answer {
    #[default]
    None,
    /// This form answered: the messages at its top, focused unless a field
    /// is in error.
    Here { messages: Vec<UiText>, focus: bool },
    /// A copy, shown if the URL's fragment names this form's anchor.
    IfTarget(Vec<UiText>),
}

#[component]
pub fn FlowForm(
    kind: FlowKind,
    /// Already checked; `None` renders a form without `action`.
    action: Option<String>,
    method: String,
    form: JoinedForm,
    #[prop(optional)] answer: Answer,
) -> impl IntoView {
    // Settings land on the submitted section (settings_landing).
    let action = match kind {
        FlowKind::Settings => action.map(|a| format!("{a}#{}", answer_id(&form.test_id))),
        _ => action,
    };
    let answer = match answer {
        Answer::None => None,
        Answer::Here { messages, focus } => {
            Some(view! { <Messages messages=messages focus=focus/> }.into_any())
        }
        Answer::IfTarget(messages) => Some(
            view! {
                <div class="answer" id=answer_id(&form.test_id)>
                    <Messages messages=messages/>
                </div>
            }
            .into_any(),
        ),
    };
    let heading = match kind {
        FlowKind::Settings => settings_heading(&form.group).map(t),
        _ => None,
    };
    let form_id = form.test_id.clone();
    let own_label = move |node: &UiNode| match kind {
        FlowKind::Settings => settings_label(node),
        _ => None,
    };
    let shared = form
        .shared
        .into_iter()
        .map(|node| view! { <NodeView node=node form_id=form_id.clone()/> })
        .collect_view();
    let mut shown_before = false;
    let parts = form
        .parts
        .into_iter()
        .map(|part| {
            // The parts of a joined form are alternatives: an "or" between
            // those that show something.
            let shows = part.nodes.iter().any(|n| !n.is_hidden_input());
            let divider = (part.test_id.is_some() && shows && shown_before).then(|| {
                view! { <p class="divider" aria-hidden="true"><span>{t("forms-divider-or")}</span></p> }
            });
            shown_before |= shows;
            let nodes = part
                .nodes
                .into_iter()
                .map(|node| {
                    let label = Label(own_label(&node));
                    view! { <NodeView node=node form_id=form_id.clone() label=label/> }
                })
                .collect_view();
            let inner = view! {
                <Messages messages=part.messages/>
                {nodes}
            };
            match part.test_id {
                Some(test_id) => view! {
                    {divider}
                    <div class=format!("method group-{}", part.group.as_str()) data-testid=test_id>
                        {inner}
                    </div>
                }
                .into_any(),
                None => inner.into_any(),
            }
        })
        .collect_view();
    view! {
        <form
            class=format!("flow-form group-{}", form.group.as_str())
            action=action
            method=method
            data-testid=form.test_id.clone()
            id=form.test_id
        >
            {heading.map(|h| view! { <h3>{h}</h3> })}
            {answer}
            {shared}
            {parts}
        </form>
    }
}

/// The catalogue id of the words a settings submit says instead of
/// Kratos' "Save" ([`settings_button_label`]); `None` keeps Kratos' label.
fn settings_label(node: &UiNode) -> Option<&'static str> {
    match node {
        UiNode::Input(n) => n
            .meta
            .label
            .as_ref()
            .and_then(|l| settings_button_label(&n.group, &n.attributes.name, l.id)),
        _ => None,
    }
}
