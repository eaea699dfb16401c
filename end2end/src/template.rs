//! `{{NAME}}` placeholders of the config templates under end2end/.

use anyhow::{bail, Result};

/// Fills every `{{NAME}}` of `template` from `values`; a placeholder left
/// over is an error naming the file, not a silently broken config.
pub fn render(file: &str, template: &str, values: &[(&str, String)]) -> Result<String> {
    let mut out = template.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{{{name}}}}}"), value);
    }
    if let Some(at) = out.find("{{") {
        let end = out[at..].find("}}").map_or(out.len(), |e| at + e + 2);
        bail!("{file} has a placeholder no one fills: {}", &out[at..end]);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_and_refuses_leftovers() {
        let values = [("A", "1".to_owned())];
        assert_eq!(render("f", "a: {{A}}", &values).unwrap(), "a: 1");
        let err = render("f.yml", "a: {{A}} b: {{B}}", &values).unwrap_err();
        assert_eq!(
            err.to_string(),
            "f.yml has a placeholder no one fills: {{B}}"
        );
    }
}
