//! Which certificates an `https://` Kratos or Hydra may present: the
//! Mozilla roots built into the binary, plus the CAs of
//! `UPSTREAM_CA_FILE` (a cluster's own CA, for instance). Read and
//! checked once at start, so a wrong file stops the server with its name
//! instead of failing every call later.

use std::path::Path;
use std::sync::Arc;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::CertificateDer;
use rustls::{ClientConfig, RootCertStore};

/// The TLS settings of every upstream call; cheap to clone.
#[derive(Clone)]
pub struct UpstreamTls(Arc<ClientConfig>);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum UpstreamTlsError {
    #[error("UPSTREAM_CA_FILE {path}: cannot be read: {cause}")]
    Unreadable { path: String, cause: String },
    #[error("UPSTREAM_CA_FILE {path}: no PEM certificate (-----BEGIN CERTIFICATE-----) in it")]
    Empty { path: String },
    #[error(
        "UPSTREAM_CA_FILE {path}: certificate {index} cannot be used as a trust anchor: {cause}"
    )]
    BadCertificate {
        path: String,
        index: usize,
        cause: String,
    },
    /// ring offers both TLS versions; this would be a build without them.
    #[error("the TLS library refused its own defaults: {0}")]
    Defaults(String),
}

impl std::fmt::Debug for UpstreamTls {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpstreamTls").finish_non_exhaustive()
    }
}

impl UpstreamTls {
    /// The Mozilla roots, plus each certificate in `ca_file`.
    pub fn new(ca_file: Option<&Path>) -> Result<UpstreamTls, UpstreamTlsError> {
        let mut roots = RootCertStore {
            roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
        };
        if let Some(path) = ca_file {
            for (index, cert) in read_pem(path)?.into_iter().enumerate() {
                roots
                    .add(cert)
                    .map_err(|e| UpstreamTlsError::BadCertificate {
                        path: path.display().to_string(),
                        index: index + 1,
                        cause: e.to_string(),
                    })?;
            }
        }
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| UpstreamTlsError::Defaults(e.to_string()))?
            .with_root_certificates(roots)
            .with_no_client_auth();
        Ok(UpstreamTls(Arc::new(config)))
    }

    /// The client configuration for hyper-rustls (which sets ALPN on its
    /// own copy).
    pub fn client_config(&self) -> ClientConfig {
        (*self.0).clone()
    }
}

fn read_pem(path: &Path) -> Result<Vec<CertificateDer<'static>>, UpstreamTlsError> {
    let shown = || path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| UpstreamTlsError::Unreadable {
        path: shown(),
        cause: e.to_string(),
    })?;
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(&bytes)
        .collect::<Result<_, _>>()
        .map_err(|e| UpstreamTlsError::Unreadable {
            path: shown(),
            cause: format!("not PEM: {e}"),
        })?;
    if certs.is_empty() {
        return Err(UpstreamTlsError::Empty { path: shown() });
    }
    Ok(certs)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/tls");

    #[test]
    fn a_ca_file_is_read_and_a_wrong_one_named() {
        let ca = Path::new(FIXTURES).join("ca.pem");
        assert!(UpstreamTls::new(Some(&ca)).is_ok());
        assert!(UpstreamTls::new(None).is_ok());

        let missing = Path::new(FIXTURES).join("missing.pem");
        assert!(matches!(
            UpstreamTls::new(Some(&missing)),
            Err(UpstreamTlsError::Unreadable { .. })
        ));
        // A key is PEM, but no certificate.
        let key = Path::new(FIXTURES).join("server.key.pem");
        assert_eq!(
            UpstreamTls::new(Some(&key)).err(),
            Some(UpstreamTlsError::Empty {
                path: key.display().to_string()
            })
        );
    }
}
