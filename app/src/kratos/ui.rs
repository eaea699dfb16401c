//! The `ui` container Kratos attaches to every self-service flow.
//!
//! Kratos adds node types, groups and input types from release to release,
//! so every closed set here has an open fallback: a flow from a newer Kratos
//! still parses and the unknown parts degrade to plain text or nothing.

use std::borrow::Cow;
use std::fmt;

use serde::de::{DeserializeOwned, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;
use serde_json::Value;

use super::text::UiText;
use super::tolerant::{nullable, Closed, Open};

/// `flow.ui`: where the form posts and what it holds.
#[derive(Debug, Clone, Deserialize)]
pub struct UiContainer {
    pub action: String,
    #[serde(default = "default_method")]
    pub method: String,
    #[serde(default, deserialize_with = "nullable")]
    pub nodes: Vec<UiNode>,
    #[serde(default, deserialize_with = "nullable")]
    pub messages: Vec<UiText>,
}

fn text_input() -> Open<InputType> {
    Open::Known(InputType::Text)
}

fn default_method() -> String {
    "POST".to_owned()
}

/// One node, tagged by its `type`. Parsed through `RawNode` so that a
/// node whose type is unknown, or whose attributes do not match its type,
/// becomes [`UiNode::Unknown`] instead of failing the whole flow.
#[derive(Debug, Clone, PartialEq)]
pub enum UiNode {
    Input(Node<InputAttributes>),
    Img(Node<ImgAttributes>),
    A(Node<AnchorAttributes>),
    Text(Node<TextAttributes>),
    Script(Node<ScriptAttributes>),
    Div(Node<DivAttributes>),
    /// A node this build does not understand; its label and messages are
    /// kept so the page can still show them as text.
    Unknown(Node<UnknownAttributes>),
}

/// The parts every node kind shares, around its kind's attributes.
#[derive(Debug, Clone, PartialEq)]
pub struct Node<A> {
    pub group: Group,
    pub attributes: A,
    pub messages: Vec<UiText>,
    pub meta: Meta,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct Meta {
    #[serde(default)]
    pub label: Option<UiText>,
}

/// A node as Kratos sends it, its attributes kept as their JSON text
/// until its `type` says which struct they must fit. Kratos' own field
/// order puts `type` first, but JSON objects have no order, so the
/// attributes cannot be parsed typed on the way in; their text is cheap
/// to keep (one copy) where a `serde_json::Value` was a tree of maps and
/// strings that the typed parse then copied again.
#[derive(Deserialize)]
struct RawNode<'a> {
    #[serde(rename = "type", default, borrow)]
    kind: Cow<'a, str>,
    #[serde(default)]
    group: Group,
    #[serde(default)]
    attributes: Option<Box<RawValue>>,
    #[serde(default, deserialize_with = "nullable")]
    messages: Vec<UiText>,
    #[serde(default, deserialize_with = "nullable")]
    meta: Meta,
}

impl<'de> Deserialize<'de> for UiNode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = RawNode::deserialize(deserializer)?;
        Ok(UiNode::from_raw(raw))
    }
}

impl UiNode {
    fn from_raw(raw: RawNode<'_>) -> Self {
        match &*raw.kind {
            "input" => typed(raw, UiNode::Input),
            "img" => typed(raw, UiNode::Img),
            "a" => typed(raw, UiNode::A),
            "text" => typed(raw, UiNode::Text),
            "script" => typed(raw, UiNode::Script),
            "div" => typed(raw, UiNode::Div),
            _ => unknown(raw, None),
        }
    }

    pub fn group(&self) -> &Group {
        match self {
            UiNode::Input(n) => &n.group,
            UiNode::Img(n) => &n.group,
            UiNode::A(n) => &n.group,
            UiNode::Text(n) => &n.group,
            UiNode::Script(n) => &n.group,
            UiNode::Div(n) => &n.group,
            UiNode::Unknown(n) => &n.group,
        }
    }

    pub fn as_input(&self) -> Option<&InputAttributes> {
        match self {
            UiNode::Input(n) => Some(&n.attributes),
            _ => None,
        }
    }

    /// The messages Kratos attached to this node.
    pub fn messages(&self) -> &[UiText] {
        match self {
            UiNode::Input(n) => &n.messages,
            UiNode::Img(n) => &n.messages,
            UiNode::A(n) => &n.messages,
            UiNode::Text(n) => &n.messages,
            UiNode::Script(n) => &n.messages,
            UiNode::Div(n) => &n.messages,
            UiNode::Unknown(n) => &n.messages,
        }
    }

    /// Hidden inputs carry state (csrf_token, traits from an earlier step,
    /// the identifier of identifier-first sign-in) that forms must post.
    pub fn is_hidden_input(&self) -> bool {
        matches!(self.as_input(), Some(a) if a.input_type == Open::Known(InputType::Hidden))
    }
}

fn node<A>(raw: RawNode<'_>, attributes: A) -> Node<A> {
    Node {
        group: raw.group,
        attributes,
        messages: raw.messages,
        meta: raw.meta,
    }
}

/// The attributes' JSON text; absent attributes read as `null`, which no
/// known kind accepts.
fn attributes_text<'r>(raw: &'r RawNode<'_>) -> &'r str {
    raw.attributes.as_deref().map_or("null", RawValue::get)
}

/// Parses the attributes of a known node type; attributes that do not fit
/// (a missing `name`, a wrong type) make it an unknown node, not an error.
fn typed<A: DeserializeOwned>(raw: RawNode<'_>, make: fn(Node<A>) -> UiNode) -> UiNode {
    match serde_json::from_str::<A>(attributes_text(&raw)) {
        Ok(parsed) => make(node(raw, parsed)),
        Err(e) => unknown(raw, Some(e.to_string())),
    }
}

/// The node's `id` (else `name`) when it is a string, read from
/// attributes that fit no known kind (the rare path, so a `Value`).
fn unknown(raw: RawNode<'_>, problem: Option<String>) -> UiNode {
    let attributes: Value = serde_json::from_str(attributes_text(&raw)).unwrap_or_default();
    let id = attributes
        .get("id")
        .or_else(|| attributes.get("name"))
        .and_then(Value::as_str)
        .map(str::to_owned);
    let node_type = raw.kind.clone().into_owned();
    UiNode::Unknown(node(
        raw,
        UnknownAttributes {
            node_type,
            id,
            problem,
        },
    ))
}

/// Node groups, one per Kratos strategy plus `default`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub enum Group {
    #[default]
    Default,
    Password,
    Code,
    Passkey,
    Webauthn,
    Oidc,
    Saml,
    Totp,
    LookupSecret,
    Profile,
    IdentifierFirst,
    Link,
    Captcha,
    Other(String),
}

impl Group {
    pub fn as_str(&self) -> &str {
        match self {
            Group::Default => "default",
            Group::Password => "password",
            Group::Code => "code",
            Group::Passkey => "passkey",
            Group::Webauthn => "webauthn",
            Group::Oidc => "oidc",
            Group::Saml => "saml",
            Group::Totp => "totp",
            Group::LookupSecret => "lookup_secret",
            Group::Profile => "profile",
            Group::IdentifierFirst => "identifier_first",
            Group::Link => "link",
            Group::Captcha => "captcha",
            Group::Other(s) => s,
        }
    }
}

impl From<String> for Group {
    fn from(s: String) -> Self {
        Group::known(&s).unwrap_or(Group::Other(s))
    }
}

impl Group {
    /// One of the groups this build names, else `None`.
    fn known(s: &str) -> Option<Group> {
        Some(match s {
            "default" => Group::Default,
            "password" => Group::Password,
            "code" => Group::Code,
            "passkey" => Group::Passkey,
            "webauthn" => Group::Webauthn,
            "oidc" => Group::Oidc,
            "saml" => Group::Saml,
            "totp" => Group::Totp,
            "lookup_secret" => Group::LookupSecret,
            "profile" => Group::Profile,
            "identifier_first" => Group::IdentifierFirst,
            "link" => Group::Link,
            "captcha" => Group::Captcha,
            _ => return None,
        })
    }
}

/// A string (a known group allocates nothing) or `null` (the default).
struct GroupVisitor;

impl<'de> Visitor<'de> for GroupVisitor {
    type Value = Group;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a node group name or null")
    }

    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Group, E> {
        Ok(Group::known(s).unwrap_or_else(|| Group::Other(s.to_owned())))
    }

    fn visit_none<E: serde::de::Error>(self) -> Result<Group, E> {
        Ok(Group::default())
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<Group, E> {
        Ok(Group::default())
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Group, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Deserialize<'de> for Group {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_option(GroupVisitor)
    }
}

/// `input` types Kratos emits (node/attributes.go).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputType {
    Text,
    Password,
    Number,
    Checkbox,
    Hidden,
    Email,
    Tel,
    Submit,
    Button,
    DatetimeLocal,
    Date,
    Url,
}

impl Closed for InputType {
    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "text" => Self::Text,
            "password" => Self::Password,
            "number" => Self::Number,
            "checkbox" => Self::Checkbox,
            "hidden" => Self::Hidden,
            "email" => Self::Email,
            "tel" => Self::Tel,
            "submit" => Self::Submit,
            "button" => Self::Button,
            "datetime-local" => Self::DatetimeLocal,
            "date" => Self::Date,
            "url" => Self::Url,
            _ => return None,
        })
    }

    fn as_str(&self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::Password => "password",
            Self::Number => "number",
            Self::Checkbox => "checkbox",
            Self::Hidden => "hidden",
            Self::Email => "email",
            Self::Tel => "tel",
            Self::Submit => "submit",
            Self::Button => "button",
            Self::DatetimeLocal => "datetime-local",
            Self::Date => "date",
            Self::Url => "url",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct InputAttributes {
    pub name: String,
    #[serde(rename = "type", default = "text_input")]
    pub input_type: Open<InputType>,
    /// Any JSON: string, number, bool or null (a checkbox's `true`, a
    /// webauthn trigger's options object).
    #[serde(default)]
    pub value: Value,
    #[serde(default, deserialize_with = "nullable")]
    pub required: bool,
    #[serde(default, deserialize_with = "nullable")]
    pub disabled: bool,
    #[serde(default)]
    pub autocomplete: Option<String>,
    #[serde(default)]
    pub label: Option<UiText>,
    #[serde(default)]
    pub pattern: Option<String>,
    #[serde(default)]
    pub maxlength: Option<u32>,
    /// The trigger names that replace the deprecated `onclick`/`onload`
    /// strings. Those strings are JavaScript meant for eval and are
    /// deliberately not parsed.
    #[serde(rename = "onclickTrigger", default)]
    pub onclick_trigger: Option<String>,
    #[serde(rename = "onloadTrigger", default)]
    pub onload_trigger: Option<String>,
    /// Schema enums (newer Kratos), drawn as a select.
    #[serde(default, deserialize_with = "nullable")]
    pub options: Vec<InputOption>,
}

impl InputAttributes {
    /// The value as it goes into an HTML `value` attribute.
    pub fn value_string(&self) -> String {
        value_to_form_string(&self.value)
    }

    pub fn known_type(&self) -> Option<InputType> {
        self.input_type.known()
    }
}

/// How a JSON value is written into a form field: strings as they are,
/// null as empty, anything else as its JSON text.
pub fn value_to_form_string(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct InputOption {
    #[serde(default)]
    pub value: Value,
    #[serde(default)]
    pub label: Option<UiText>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ImgAttributes {
    #[serde(default)]
    pub id: String,
    pub src: String,
    #[serde(default)]
    pub width: Option<u32>,
    #[serde(default)]
    pub height: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct AnchorAttributes {
    #[serde(default)]
    pub id: String,
    pub href: String,
    #[serde(default)]
    pub title: Option<UiText>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct TextAttributes {
    #[serde(default)]
    pub id: String,
    pub text: UiText,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ScriptAttributes {
    #[serde(default)]
    pub id: String,
    pub src: String,
    #[serde(default, rename = "async", deserialize_with = "nullable")]
    pub is_async: bool,
    #[serde(default)]
    pub referrerpolicy: Option<String>,
    #[serde(default)]
    pub crossorigin: Option<String>,
    #[serde(default)]
    pub integrity: Option<String>,
    #[serde(rename = "type", default)]
    pub script_type: Option<String>,
    // `nonce` is Kratos' own random value, not this page's CSP nonce; it is
    // deliberately not kept.
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct DivAttributes {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub class: Option<String>,
    #[serde(default)]
    pub data: Option<serde_json::Map<String, Value>>,
}

/// What is known of a node that could not be parsed as any known kind.
#[derive(Debug, Clone, PartialEq)]
pub struct UnknownAttributes {
    pub node_type: String,
    pub id: Option<String>,
    /// Why a known node type did not parse (empty for unknown types).
    pub problem: Option<String>,
}
