//! Kratos message ids the UI treats specially (text/id.go).

/// 4000006: "The provided credentials are invalid…"
pub const INVALID_CREDENTIALS: i64 = 4000006;
/// 4000010: the address must be verified before signing in.
pub const ADDRESS_NOT_VERIFIED: i64 = 4000010;
/// 1050015: the lookup secret codes, in `context.secrets`.
pub const LOOKUP_SECRETS_LIST: i64 = 1050015;
/// 1040009: "Please choose a credential to authenticate yourself with."
pub const REGISTRATION_CHOOSE_CREDENTIAL: i64 = 1040009;
/// 1010004: "Please complete the second authentication challenge."
pub const LOGIN_SECOND_FACTOR: i64 = 1010004;
/// 1010003: "Please confirm this action by verifying that it is you."
pub const LOGIN_REFRESH: i64 = 1010003;

/// Flow-expired messages (login, registration, settings, recovery,
/// verification); they carry `expired_at` in the context.
pub const FLOW_EXPIRED: [i64; 5] = [4010001, 4040001, 4050001, 4060005, 4070005];
