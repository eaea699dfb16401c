//! Kratos message ids the UI treats specially (text/id.go).

/// 1050015: the lookup secret codes, in `context.secrets`.
pub const LOOKUP_SECRETS_LIST: i64 = 1050015;
