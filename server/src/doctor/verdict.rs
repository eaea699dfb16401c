//! What one check found, and how the report prints it.

use std::fmt;

/// The outcome of one check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Fine; the sentence says what was seen.
    Pass(String),
    /// Wrong; what is wrong and what to change.
    Fail { problem: String, fix: String },
    /// Not checked, and why (nothing observable from here, or an earlier
    /// check failed). Does not change the exit code.
    Skipped(String),
}

impl Verdict {
    pub fn fail(problem: impl Into<String>, fix: impl Into<String>) -> Verdict {
        Verdict::Fail {
            problem: problem.into(),
            fix: fix.into(),
        }
    }

    pub fn is_fail(&self) -> bool {
        matches!(self, Verdict::Fail { .. })
    }
}

/// One line of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    pub name: String,
    pub verdict: Verdict,
}

impl Check {
    pub fn new(name: impl Into<String>, verdict: Verdict) -> Check {
        Check {
            name: name.into(),
            verdict,
        }
    }
}

impl fmt::Display for Check {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.verdict {
            Verdict::Pass(seen) => write!(f, "✓ {}: {seen}", self.name),
            Verdict::Fail { problem, fix } => write!(f, "✗ {}: {problem} Fix: {fix}", self.name),
            Verdict::Skipped(why) => write!(f, "– {}: {why}", self.name),
        }
    }
}

/// The report: one line per check, then a summary line.
pub fn report(checks: &[Check]) -> String {
    let mut out = String::new();
    for check in checks {
        out.push_str(&check.to_string());
        out.push('\n');
    }
    let failed = checks.iter().filter(|c| c.verdict.is_fail()).count();
    if failed == 0 {
        out.push_str("All checks passed.\n");
    } else {
        out.push_str(&format!("{failed} of {} checks failed.\n", checks.len()));
    }
    out
}

/// 0 when nothing failed, 1 otherwise.
pub fn exit_code(checks: &[Check]) -> u8 {
    u8::from(checks.iter().any(|c| c.verdict.is_fail()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_verdict_prints_its_mark_and_a_failure_its_fix() {
        let checks = [
            Check::new("a", Verdict::Pass("seen".into())),
            Check::new("b", Verdict::fail("broken.", "mend it.")),
            Check::new("c", Verdict::Skipped("not visible.".into())),
        ];
        assert_eq!(
            report(&checks),
            "✓ a: seen\n✗ b: broken. Fix: mend it.\n– c: not visible.\n1 of 3 checks failed.\n"
        );
        assert_eq!(exit_code(&checks), 1);
        assert_eq!(exit_code(&[checks[0].clone(), checks[2].clone()]), 0);
    }
}
