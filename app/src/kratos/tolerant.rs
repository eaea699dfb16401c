//! Serde helpers that keep parsing when Kratos sends something new.

use std::fmt;
use std::marker::PhantomData;

use serde::de::Visitor;
use serde::{Deserialize, Deserializer};

/// `null` (or a missing field, with `#[serde(default)]`) becomes the
/// type's default instead of an error.
pub fn nullable<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

/// A closed set of string values this build knows.
pub trait Closed: Sized {
    fn parse(s: &str) -> Option<Self>;
    fn as_str(&self) -> &'static str;
}

/// A known value, or the string Kratos sent that this build does not know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Open<T> {
    Known(T),
    Other(String),
}

impl<T: Closed + Copy> Open<T> {
    pub fn known(&self) -> Option<T> {
        match self {
            Open::Known(t) => Some(*t),
            Open::Other(_) => None,
        }
    }
}

impl<T: Closed> Open<T> {
    pub fn as_str(&self) -> &str {
        match self {
            Open::Known(t) => t.as_str(),
            Open::Other(s) => s,
        }
    }
}

impl<T: Closed> PartialEq<T> for Open<T>
where
    T: PartialEq,
{
    fn eq(&self, other: &T) -> bool {
        matches!(self, Open::Known(t) if t == other)
    }
}

/// Reads the string in place: only a value this build does not know is
/// copied into an [`Open::Other`].
struct OpenVisitor<T>(PhantomData<T>);

impl<T: Closed> Visitor<'_> for OpenVisitor<T> {
    type Value = Open<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Open<T>, E> {
        Ok(match T::parse(s) {
            Some(t) => Open::Known(t),
            None => Open::Other(s.to_owned()),
        })
    }
}

impl<'de, T: Closed> Deserialize<'de> for Open<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(OpenVisitor(PhantomData))
    }
}
