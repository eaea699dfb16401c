//! Rendering of flows: pure layout logic in [`layout`], one component per
//! node kind, dispatch at the top ([`node::NodeView`]).

pub mod anchor;
pub mod card;
pub mod div;
pub mod form;
pub mod image;
pub mod input;
pub mod joined_form;
pub mod layout;
pub mod messages;
pub mod node;
pub mod provider_marks;
pub mod providers;
pub mod settings_landing;
pub mod text;
pub mod unknown;
pub mod webauthn;

pub use card::{FlowCard, FlowNav};
pub use messages::Messages;
