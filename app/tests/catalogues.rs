//! The translation catalogues in `app/locales`: every locale parses, has
//! exactly the English ids with exactly the English variables, covers its
//! language's plural forms, and every Kratos v1.3.1 message renders with
//! the context Kratos sends. The list of Kratos messages is generated from
//! Kratos' source (`cargo xtask kratos-ids`), not written by hand.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

/// The locales Vestibule ships (issue 11), English first.
const LOCALES: &[&str] = &[
    "en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "fi", "ru", "zh", "ja",
];
const FILES: &[&str] = &["kratos.ftl", "vestibule.ftl"];
const KRATOS_IDS: &str = "kratos-v1.3.1-ids.txt";

fn locales_dir() -> PathBuf {
    // Run-time first, as in support/mod.rs.
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from)
        .join("locales")
}

fn read(locale: &str, file: &str) -> String {
    let path = locales_dir().join(locale).join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn line_of(source: &str, offset: usize) -> usize {
    source[..offset.min(source.len())].matches('\n').count() + 1
}

/// The messages of one file: id → the variables its value (all variants,
/// selectors included) refers to. Panics with file and line on a syntax
/// error.
fn messages(locale: &str, file: &str) -> BTreeMap<String, BTreeSet<String>> {
    let source = read(locale, file);
    let resource = fluent_syntax::parser::parse(source.as_str()).unwrap_or_else(|(_, errors)| {
        let described: Vec<String> = errors
            .iter()
            .map(|e| format!("line {}: {:?}", line_of(&source, e.pos.start), e.kind))
            .collect();
        panic!("{locale}/{file} does not parse: {}", described.join("; "))
    });
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let value = m
                    .value
                    .unwrap_or_else(|| panic!("{locale}/{file}: {} has no value", m.id.name));
                let mut vars = BTreeSet::new();
                pattern_vars(&value, &mut vars);
                let duplicate = out.insert(m.id.name.to_owned(), vars).is_some();
                assert!(
                    !duplicate,
                    "{locale}/{file}: {} is defined twice",
                    m.id.name
                );
            }
            ast::Entry::Junk { content } => {
                panic!("{locale}/{file}: unparsable entry {content:?}")
            }
            _ => {}
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_vars(i, vars),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
            for a in &arguments.named {
                inline_vars(&a.value, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

/// One message of `kratos-v1.3.1-ids.txt`.
struct KratosMessage {
    id: u32,
    /// Context key → the Go type of its value.
    context: BTreeMap<String, String>,
}

fn kratos_messages() -> Vec<KratosMessage> {
    let text = std::fs::read_to_string(locales_dir().join(KRATOS_IDS)).expect(KRATOS_IDS);
    let list: Vec<KratosMessage> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(cols.len(), 6, "{KRATOS_IDS}: bad line {l:?}");
            let context = cols[3]
                .split(',')
                .filter(|kv| !kv.is_empty())
                .map(|kv| {
                    let (k, t) = kv.split_once(':').expect("key:type");
                    (k.to_owned(), t.to_owned())
                })
                .collect();
            KratosMessage {
                id: cols[0].parse().expect("numeric id"),
                context,
            }
        })
        .collect();
    // Kratos v1.3.1 builds 135 distinct messages; a much shorter list means
    // the generator or the file broke.
    assert!(
        list.len() >= 130,
        "{KRATOS_IDS} lists only {} ids",
        list.len()
    );
    list
}

/// The Fluent variables a Kratos message may use: its context keys, plus
/// what Vestibule derives from them (README.md in app/locales):
/// `<k>_minutes` and `<k>_date` for a `<k>_unix` timestamp, `<k>_count`
/// for a list.
fn allowed_vars(m: &KratosMessage) -> BTreeSet<String> {
    let mut vars = BTreeSet::new();
    for (key, ty) in &m.context {
        vars.insert(key.clone());
        if let Some(stem) = key.strip_suffix("_unix") {
            vars.insert(format!("{stem}_minutes"));
            vars.insert(format!("{stem}_date"));
        }
        if ty.starts_with("[]") {
            vars.insert(format!("{key}_count"));
        }
    }
    vars
}

/// Sample arguments as the wiring will pass them: numbers for Go numbers
/// and derived counts/minutes, strings for the rest (lists already joined).
fn sample_args(m: &KratosMessage, n: i64) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for var in allowed_vars(m) {
        let ty = m.context.get(&var).map(String::as_str);
        let value: FluentValue = match ty {
            Some("int" | "int64" | "float64") => FluentValue::from(n),
            // Derived: `_date` is text, `_minutes` and `_count` numbers.
            None if var.ends_with("_date") => FluentValue::from(format!("sample-{var}")),
            None => FluentValue::from(n),
            Some(_) => FluentValue::from(format!("sample-{var}")),
        };
        args.set(var, value);
    }
    args
}

fn bundle(locale: &str, file: &str) -> FluentBundle<FluentResource> {
    let langid: LanguageIdentifier = locale.parse().expect("locale id");
    let mut bundle = FluentBundle::new(vec![langid]);
    bundle.set_use_isolating(false);
    let resource = FluentResource::try_new(read(locale, file))
        .unwrap_or_else(|_| panic!("{locale}/{file} does not parse"));
    bundle
        .add_resource(resource)
        .unwrap_or_else(|e| panic!("{locale}/{file}: {e:?}"));
    bundle
}

fn render(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: &FluentArgs,
) -> Result<String, String> {
    let msg = bundle
        .get_message(id)
        .ok_or_else(|| format!("{id} missing"))?;
    let pattern = msg.value().ok_or_else(|| format!("{id} has no value"))?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(args), &mut errors);
    if errors.is_empty() {
        Ok(text.into_owned())
    } else {
        Err(format!("{id}: {errors:?}"))
    }
}

/// Counts that reach every plural form of every shipped locale.
const SAMPLE_NUMBERS: &[i64] = &[0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 1_000_000];

#[test]
fn the_shipped_locales_are_exactly_the_listed_ones() {
    let mut found: Vec<String> = std::fs::read_dir(locales_dir())
        .expect("locales dir")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    found.sort();
    let mut expected: Vec<String> = LOCALES.iter().map(|s| (*s).to_owned()).collect();
    expected.sort();
    assert_eq!(
        found, expected,
        "locale folders (Swedish is `sv`, never `se`)"
    );
}

#[test]
fn every_locale_has_the_english_ids_and_variables() {
    let mut problems = Vec::new();
    for file in FILES {
        let english = messages("en", file);
        for locale in &LOCALES[1..] {
            let translated = messages(locale, file);
            for (id, vars) in &english {
                match translated.get(id) {
                    None => problems.push(format!("{locale}/{file}: {id} is missing")),
                    Some(t) if t != vars => problems.push(format!(
                        "{locale}/{file}: {id} uses {t:?}, English uses {vars:?}"
                    )),
                    Some(_) => {}
                }
            }
            for id in translated.keys().filter(|id| !english.contains_key(*id)) {
                problems.push(format!("{locale}/{file}: {id} is not in English"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn english_has_every_kratos_message_and_only_its_context() {
    let english = messages("en", "kratos.ftl");
    let list = kratos_messages();
    let mut problems = Vec::new();
    for m in &list {
        let id = format!("kratos-{}", m.id);
        match english.get(&id) {
            None => problems.push(format!("en/kratos.ftl lacks {id}")),
            Some(vars) => {
                let allowed = allowed_vars(m);
                for v in vars.difference(&allowed) {
                    problems.push(format!(
                        "{id} uses ${v}, which Kratos' context does not give ({allowed:?})"
                    ));
                }
            }
        }
    }
    let listed: BTreeSet<String> = list.iter().map(|m| format!("kratos-{}", m.id)).collect();
    for id in english.keys() {
        let numeric = id
            .strip_prefix("kratos-")
            .is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()));
        if numeric && !listed.contains(id) {
            problems.push(format!("{id} is not a Kratos v1.3.1 message id"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_kratos_message_renders_with_its_context_in_every_locale() {
    let list = kratos_messages();
    let mut problems = Vec::new();
    for locale in LOCALES {
        let bundle = bundle(locale, "kratos.ftl");
        for m in &list {
            let id = format!("kratos-{}", m.id);
            // The first problem per message is enough to point at it.
            let problem = SAMPLE_NUMBERS.iter().find_map(|&n| {
                match render(&bundle, &id, &sample_args(m, n)) {
                    Ok(text) if text.trim().is_empty() => Some(format!("{id} renders empty")),
                    Ok(text) if text.contains('{') || text.contains('}') => {
                        Some(format!("{id} renders a brace with {n}: {text}"))
                    }
                    Ok(_) => None,
                    Err(e) => Some(format!("{e} (with {n})")),
                }
            });
            problems.extend(problem.map(|p| format!("{locale}: {p}")));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_vestibule_string_renders_in_every_locale() {
    let english = messages("en", "vestibule.ftl");
    let mut problems = Vec::new();
    for locale in LOCALES {
        let bundle = bundle(locale, "vestibule.ftl");
        for (id, vars) in &english {
            let mut args = FluentArgs::new();
            for v in vars {
                args.set(v.clone(), FluentValue::from(format!("sample-{v}")));
            }
            match render(&bundle, id, &args) {
                Ok(text) if text.trim().is_empty() => {
                    problems.push(format!("{locale}: {id} renders empty"))
                }
                Ok(_) => {}
                Err(e) => problems.push(format!("{locale}: {e}")),
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The plural categories integers reach in `locale` (CLDR, as the bundle
/// selects them).
fn integer_categories(locale: &str) -> BTreeSet<&'static str> {
    let langid: LanguageIdentifier = locale.parse().expect("locale id");
    let rules = PluralRules::create(langid, PluralRuleType::CARDINAL).expect("plural rules");
    (0..=1000)
        .chain([1_000_000])
        .map(|n: i64| match rules.select(n).expect("select") {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        })
        .collect()
}

const CATEGORIES: &[&str] = &["zero", "one", "two", "few", "many", "other"];

/// Every selector that picks a plural form (a variant named for a CLDR
/// category) offers all the forms the locale's integers take, e.g. Polish
/// and Russian `few` and `many`.
#[test]
fn plural_selectors_cover_the_locales_forms() {
    let mut problems = Vec::new();
    for locale in LOCALES {
        let needed = integer_categories(locale);
        for file in FILES {
            let source = read(locale, file);
            let resource = fluent_syntax::parser::parse(source.as_str())
                .unwrap_or_else(|_| panic!("{locale}/{file} does not parse"));
            for entry in &resource.body {
                let ast::Entry::Message(m) = entry else {
                    continue;
                };
                let Some(value) = &m.value else { continue };
                let mut selects = Vec::new();
                collect_selects(value, &mut selects);
                for keys in selects {
                    // `*[other]` alone, or beside exact numbers (`[0]`), is no
                    // plural choice.
                    if !keys
                        .iter()
                        .any(|k| k != "other" && CATEGORIES.contains(&k.as_str()))
                    {
                        continue;
                    }
                    let missing: Vec<_> = needed
                        .iter()
                        .filter(|c| **c != "other" && !keys.contains(**c))
                        .collect();
                    if !missing.is_empty() {
                        problems.push(format!(
                            "{locale}/{file}: {} lacks plural forms {missing:?}",
                            m.id.name
                        ));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn collect_selects(p: &ast::Pattern<&str>, out: &mut Vec<BTreeSet<String>>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable {
            expression: ast::Expression::Select { variants, .. },
        } = el
        {
            out.push(
                variants
                    .iter()
                    .map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => (*name).to_owned(),
                        ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
                    })
                    .collect(),
            );
            for v in variants {
                collect_selects(&v.value, out);
            }
        }
    }
}

/// The directory loads with fluent-templates (the loader the wiring will
/// use), and each locale answers in its own words, not English's.
#[test]
fn fluent_templates_loads_every_locale() {
    use fluent_templates::{ArcLoader, Loader};
    let en: LanguageIdentifier = "en".parse().expect("en");
    let loader = ArcLoader::builder(&locales_dir(), en.clone())
        .build()
        .expect("catalogues load");
    let english = loader.lookup(&en, "link-forgot-password");
    assert_eq!(english, "Forgot your password?");
    for locale in &LOCALES[1..] {
        let lang: LanguageIdentifier = locale.parse().expect("locale id");
        let text = loader.lookup(&lang, "link-forgot-password");
        assert_ne!(text, english, "{locale} falls back to English");
    }
}
