//! ID-token claims from a Kratos identity, per granted scope (OpenID
//! Connect Core §5.4): `email` gives `email` and `email_verified`,
//! `profile` gives `name`, `given_name` and `family_name`. The mapping
//! from traits (the README's "Claims" section):
//!
//! | claim | from |
//! |---|---|
//! | `email` | `traits.email` |
//! | `email_verified` | the verifiable address equal to `traits.email` is verified |
//! | `given_name` | `traits.name.first`, else `traits.name.given_name` |
//! | `family_name` | `traits.name.last`, else `traits.name.family_name` |
//! | `name` | `traits.name` when it is a string, else given and family name joined |
//!
//! A claim whose trait is missing or empty is left out. Change the
//! mapping here for another identity schema.

use serde_json::{Map, Value};

use crate::kratos::Identity;

pub const EMAIL_SCOPE: &str = "email";
pub const PROFILE_SCOPE: &str = "profile";

fn text(v: Option<&Value>) -> Option<&str> {
    v.and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

pub fn id_token_claims(identity: &Identity, granted_scope: &[String]) -> Map<String, Value> {
    let granted = |s: &str| granted_scope.iter().any(|g| g == s);
    let traits = &identity.traits;
    let mut claims = Map::new();
    if granted(EMAIL_SCOPE) {
        if let Some(email) = text(traits.get("email")) {
            let verified = identity
                .verifiable_addresses
                .iter()
                .any(|a| a.verified && a.value.eq_ignore_ascii_case(email));
            claims.insert("email".to_owned(), Value::from(email));
            claims.insert("email_verified".to_owned(), Value::from(verified));
        }
    }
    if granted(PROFILE_SCOPE) {
        let name = traits.get("name");
        let part = |a: &str, b: &str| name.and_then(|n| text(n.get(a)).or_else(|| text(n.get(b))));
        let given = part("first", "given_name");
        let family = part("last", "family_name");
        if let Some(g) = given {
            claims.insert("given_name".to_owned(), Value::from(g));
        }
        if let Some(f) = family {
            claims.insert("family_name".to_owned(), Value::from(f));
        }
        let full = match (text(name), given, family) {
            (Some(whole), _, _) => Some(whole.to_owned()),
            (None, Some(g), Some(f)) => Some(format!("{g} {f}")),
            (None, Some(one), None) | (None, None, Some(one)) => Some(one.to_owned()),
            (None, None, None) => None,
        };
        if let Some(full) = full {
            claims.insert("name".to_owned(), Value::from(full));
        }
    }
    claims
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn identity(traits: Value, verified: bool) -> Identity {
        serde_json::from_value(json!({
            "id": "i",
            "traits": traits,
            "verifiable_addresses": [{"value": "Ada@Example.org", "verified": verified, "via": "email"}]
        }))
        .unwrap()
    }

    fn scopes(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn email_and_profile_claims_follow_the_granted_scopes() {
        let ada = identity(
            json!({"email": "ada@example.org", "name": {"first": "Ada", "last": "Lovelace"}}),
            true,
        );
        let all = id_token_claims(&ada, &scopes(&["openid", "email", "profile"]));
        assert_eq!(
            Value::Object(all),
            json!({"email": "ada@example.org", "email_verified": true,
                   "given_name": "Ada", "family_name": "Lovelace", "name": "Ada Lovelace"})
        );
        let email_only = id_token_claims(&ada, &scopes(&["openid", "email"]));
        assert_eq!(
            Value::Object(email_only),
            json!({"email": "ada@example.org", "email_verified": true})
        );
        assert!(id_token_claims(&ada, &scopes(&["openid"])).is_empty());
    }

    #[test]
    fn missing_traits_give_no_claims_and_unverified_is_false() {
        let bare = identity(
            json!({"email": "ada@example.org", "name": {"first": " "}}),
            false,
        );
        let claims = id_token_claims(&bare, &scopes(&["email", "profile"]));
        assert_eq!(
            Value::Object(claims),
            json!({"email": "ada@example.org", "email_verified": false})
        );
        let string_name = identity(json!({"email": "a@b.c", "name": "Ada L."}), false);
        let claims = id_token_claims(&string_name, &scopes(&["profile"]));
        assert_eq!(Value::Object(claims), json!({"name": "Ada L."}));
    }
}
