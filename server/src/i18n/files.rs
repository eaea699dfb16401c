//! Reading `TRANSLATIONS_DIR`: `<dir>/<locale>/*.ftl`, in name order so
//! that later files override earlier ones predictably.

use std::path::Path;

use app::i18n::Source;

use super::I18nConfigError;

fn dir_error(path: &Path, reason: impl std::fmt::Display) -> I18nConfigError {
    I18nConfigError::Dir {
        path: path.display().to_string(),
        reason: reason.to_string(),
    }
}

fn sorted_entries(dir: &Path) -> Result<Vec<std::path::PathBuf>, I18nConfigError> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| dir_error(dir, e))?
        .map(|e| e.map(|e| e.path()).map_err(|e| dir_error(dir, e)))
        .collect::<Result<_, _>>()?;
    entries.sort();
    Ok(entries)
}

/// Every `.ftl` file under `dir`'s locale folders. A missing folder, an
/// unreadable or non-UTF-8 file, or a folder without any `.ftl` file is
/// an error (a typo in the path should not pass silently).
pub fn read(dir: &Path) -> Result<Vec<Source>, I18nConfigError> {
    if !dir.is_dir() {
        return Err(dir_error(dir, "is not a directory"));
    }
    let mut sources = Vec::new();
    for locale_dir in sorted_entries(dir)?.into_iter().filter(|p| p.is_dir()) {
        let locale = locale_dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        for file in sorted_entries(&locale_dir)? {
            if file.extension().is_none_or(|e| e != "ftl") {
                continue;
            }
            let text = std::fs::read_to_string(&file).map_err(|e| dir_error(&file, e))?;
            sources.push(Source {
                locale: locale.clone(),
                file: file.display().to_string(),
                text: text.into(),
            });
        }
    }
    if sources.is_empty() {
        return Err(dir_error(
            dir,
            "holds no <locale>/*.ftl file (expected e.g. de/custom.ftl)",
        ));
    }
    Ok(sources)
}

#[cfg(test)]
mod tests {
    use super::super::{I18nArgs, I18nConfig};
    use super::*;

    fn temp_dir(name: &str) -> std::path::PathBuf {
        let dir =
            std::env::temp_dir().join(format!("vestibule-i18n-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn load(dir: &Path) -> Result<I18nConfig, I18nConfigError> {
        I18nConfig::from_args(&I18nArgs {
            default_locale: "en".to_owned(),
            translations_dir: Some(dir.to_owned()),
        })
    }

    #[test]
    fn operator_files_override_and_add() {
        let dir = temp_dir("ok");
        std::fs::create_dir_all(dir.join("de")).unwrap();
        std::fs::create_dir_all(dir.join("eo")).unwrap();
        std::fs::write(dir.join("de/brand.ftl"), "flow-title-login = Einloggen\n").unwrap();
        std::fs::write(dir.join("eo/all.ftl"), "locale-name = Esperanto\n").unwrap();
        std::fs::write(dir.join("eo/README.txt"), "not a catalogue").unwrap();
        let c = load(&dir).unwrap().catalogues;
        assert_eq!(
            c.format("de", "flow-title-login", None).as_deref(),
            Some("Einloggen")
        );
        assert!(c.locales().contains(&"eo"));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_broken_file_stops_the_start_naming_file_and_line() {
        let dir = temp_dir("broken");
        std::fs::create_dir_all(dir.join("fr")).unwrap();
        let file = dir.join("fr/custom.ftl");
        std::fs::write(&file, "ok = fine\nbroken = { $x\n").unwrap();
        let e = load(&dir).unwrap_err().to_string();
        assert!(
            e.starts_with(&format!(
                "TRANSLATIONS_DIR: {}:2: does not parse",
                file.display()
            )),
            "{e}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_wrong_path_or_empty_folder_is_an_error() {
        let e = load(Path::new("/nonexistent/vestibule"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("is not a directory"), "{e}");
        let dir = temp_dir("empty");
        let e = load(&dir).unwrap_err().to_string();
        assert!(e.contains("holds no"), "{e}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
