//! Dispatch on the node kind: one component per kind.

use leptos::prelude::*;

use super::anchor::AnchorNode;
use super::div::DivNode;
use super::image::ImageNode;
use super::input::{InputNode, Label};
use super::text::TextNode;
use super::unknown::UnknownNode;
use crate::kratos::UiNode;

/// Renders one node inside the form whose element ids start with `form_id`.
/// `label`, a catalogue id of Vestibule's own, replaces the label Kratos
/// sent (settings' distinct button words).
#[component]
pub fn NodeView(node: UiNode, form_id: String, #[prop(optional)] label: Label) -> impl IntoView {
    match node {
        UiNode::Input(n) => view! { <InputNode node=n form_id=form_id label=label/> }.into_any(),
        UiNode::Img(n) => view! { <ImageNode node=n/> }.into_any(),
        UiNode::A(n) => view! { <AnchorNode node=n/> }.into_any(),
        UiNode::Text(n) => view! { <TextNode node=n/> }.into_any(),
        UiNode::Div(n) => view! { <DivNode node=n/> }.into_any(),
        // Scripts are page-level (see layout); inside a form they are inert.
        UiNode::Script(_) => ().into_any(),
        UiNode::Unknown(n) => view! { <UnknownNode node=n/> }.into_any(),
    }
}
