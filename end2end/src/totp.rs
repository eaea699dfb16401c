//! TOTP codes as Kratos checks them, for the tests and the fixture
//! recorder that enrol an authenticator app.

use anyhow::{anyhow, Result};

/// The current code for a base32 secret (SHA-1, 6 digits, 30 s).
pub fn current_code(secret: &str) -> Result<String> {
    let bytes = totp_rs::Secret::Encoded(secret.to_owned())
        .to_bytes()
        .map_err(|e| anyhow!("TOTP secret is not base32: {e:?}"))?;
    let totp = totp_rs::TOTP::new_unchecked(totp_rs::Algorithm::SHA1, 6, 1, 30, bytes);
    Ok(totp.generate_current()?)
}
