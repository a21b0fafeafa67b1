//! Where a `TimingConfig` comes from: a named preset, a TOML file that may
//! start from a preset (`base = "tiny"`) and change some fields, and
//! `key=value` overrides from the command line (`l1d.size=16K`,
//! `tlb.entries=16`, `l2.enabled=false`).
//!
//! Everything is merged as TOML value trees first (base, then file, then
//! overrides) and deserialised once at each stage, so an override can name
//! any field a file can, and an unknown key is an error naming it.

use super::config::{ConfigError, TimingConfig};
use toml::{Table, Value};

/// The built-in presets: name and TOML text (the files in `presets/`).
pub const PRESETS: [(&str, &str); 3] = [
    ("small-inorder", include_str!("presets/small-inorder.toml")),
    ("tiny", include_str!("presets/tiny.toml")),
    ("ideal", include_str!("presets/ideal.toml")),
];

/// The preset used when none is named, and the base of files without `base`.
pub const DEFAULT_PRESET: &str = "small-inorder";

/// Other names accepted for presets.
const ALIASES: [(&str, &str); 2] = [("no-cache", "ideal"), ("default", DEFAULT_PRESET)];

/// The TOML text of a preset (to copy as a starting point).
pub fn preset_text(name: &str) -> Option<&'static str> {
    let name = ALIASES
        .iter()
        .find(|(alias, _)| *alias == name)
        .map_or(name, |&(_, n)| n);
    PRESETS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(_, text)| text)
}

fn unknown_preset(name: &str) -> ConfigError {
    let mut known: Vec<&str> = PRESETS.iter().map(|(n, _)| *n).collect();
    known.extend(ALIASES.iter().map(|(a, _)| *a));
    ConfigError::UnknownPreset {
        name: name.to_string(),
        known: known.join(", "),
    }
}

fn parse_err(origin: &str, e: impl std::fmt::Display) -> ConfigError {
    let text = e.to_string();
    let text = text.trim_end();
    // toml ends value errors with a line "in `l1d.ways`": put the key first.
    let message = match text.rsplit_once('\n') {
        Some((what, key)) if key.starts_with("in `") && key.ends_with('`') => {
            format!("{}: {what}", &key[3..])
        }
        _ => text.to_string(),
    };
    ConfigError::Parse {
        origin: origin.to_string(),
        message,
    }
}

/// Parses `text` and, if it names a `base` (or `default_base` applies),
/// lays it over that preset's tree.
fn resolve(
    text: &str,
    origin: &str,
    default_base: Option<&str>,
    depth: u32,
) -> Result<Table, ConfigError> {
    let mut table: Table = text.parse().map_err(|e| parse_err(origin, e))?;
    let base = match table.remove("base") {
        Some(Value::String(name)) => Some(name),
        Some(other) => {
            return Err(parse_err(
                origin,
                format!("`base` must be a preset name, not {other}"),
            ))
        }
        None => default_base.map(str::to_string),
    };
    let Some(base) = base else { return Ok(table) };
    if depth > 8 {
        return Err(parse_err(
            origin,
            "presets name each other as `base` in a cycle",
        ));
    }
    let base_text = preset_text(&base).ok_or_else(|| unknown_preset(&base))?;
    let mut tree = resolve(base_text, &format!("preset {base}"), None, depth + 1)?;
    merge(&mut tree, table);
    Ok(tree)
}

/// Lays `over` onto `base`: tables merge key by key, anything else replaces.
fn merge(base: &mut Table, over: Table) {
    for (key, value) in over {
        match (base.get_mut(&key), value) {
            (Some(Value::Table(b)), Value::Table(o)) => merge(b, o),
            (_, value) => {
                base.insert(key, value);
            }
        }
    }
}

fn finish(tree: Table, origin: &str) -> Result<TimingConfig, ConfigError> {
    let config: TimingConfig = tree.try_into().map_err(|e| parse_err(origin, e))?;
    config.validate()?;
    Ok(config)
}

impl TimingConfig {
    /// A built-in preset by name (`small-inorder`, `tiny`, `ideal`, or an
    /// alias: `no-cache`, `default`).
    pub fn preset(name: &str) -> Result<TimingConfig, ConfigError> {
        let text = preset_text(name).ok_or_else(|| unknown_preset(name))?;
        let origin = format!("preset {name}");
        finish(resolve(text, &origin, None, 0)?, &origin)
    }

    /// A configuration from TOML text; without `base`, it starts from the
    /// default preset. `origin` (a file name) prefixes errors.
    pub fn from_toml(text: &str, origin: &str) -> Result<TimingConfig, ConfigError> {
        let tree = resolve(text, origin, Some(DEFAULT_PRESET), 0)?;
        let mut config = finish(tree, origin)?;
        // A file that does not name itself is called after its origin, not
        // after the preset it started from.
        let named = text.parse::<Table>().is_ok_and(|t| t.contains_key("name"));
        if !named {
            config.name = origin.to_string();
        }
        Ok(config)
    }

    /// The configuration `spec` names (a preset name, or else the path of a
    /// TOML file; `None` for the default preset), with `overrides` applied.
    pub fn load(
        spec: Option<&str>,
        overrides: &[impl AsRef<str>],
    ) -> Result<TimingConfig, ConfigError> {
        let spec = spec.unwrap_or(DEFAULT_PRESET);
        let config = if preset_text(spec).is_some() {
            TimingConfig::preset(spec)?
        } else if spec.ends_with(".toml") || std::path::Path::new(spec).exists() {
            let text = std::fs::read_to_string(spec).map_err(|e| parse_err(spec, e))?;
            TimingConfig::from_toml(&text, spec)?
        } else {
            return Err(unknown_preset(spec));
        };
        config.with_overrides(overrides)
    }

    /// This configuration with `key=value` overrides applied in order.
    /// Values are TOML (`16384`, `false`, `"lru"`); anything that is not
    /// valid TOML is taken as a string, so `replacement=fifo` and `size=16K`
    /// work unquoted.
    pub fn with_overrides(
        &self,
        overrides: &[impl AsRef<str>],
    ) -> Result<TimingConfig, ConfigError> {
        if overrides.is_empty() {
            return Ok(self.clone());
        }
        let mut tree = Table::try_from(self).map_err(|e| parse_err("configuration", e))?;
        for given in overrides {
            apply_override(&mut tree, given.as_ref())?;
        }
        finish(tree, "command-line overrides")
    }
}

/// Sets one dotted key in the tree.
fn apply_override(tree: &mut Table, given: &str) -> Result<(), ConfigError> {
    let err = |reason: String| ConfigError::Override {
        given: given.to_string(),
        reason,
    };
    let Some((key, text)) = given.split_once('=') else {
        return Err(err("not of the form key=value (e.g. l1d.size=16K)".into()));
    };
    let (key, text) = (key.trim(), text.trim());
    let value = match format!("v = {text}").parse::<Table>() {
        Ok(mut t) => t
            .remove("v")
            .unwrap_or_else(|| Value::String(text.to_string())),
        Err(_) => Value::String(text.to_string()),
    };
    let path: Vec<&str> = key.split('.').collect();
    if path.iter().any(|p| p.is_empty()) {
        return Err(err(format!("`{key}` is not a dotted key like l1d.size")));
    }
    let (leaf, sections) = path.split_last().expect("split yields at least one piece");
    let mut table = tree;
    for (i, section) in sections.iter().enumerate() {
        if !table.get(*section).is_some_and(Value::is_table) {
            let known: Vec<&str> = table
                .iter()
                .filter(|(_, v)| v.is_table())
                .map(|(k, _)| k.as_str())
                .collect();
            let at = if i == 0 {
                String::new()
            } else {
                format!(" in [{}]", sections[..i].join("."))
            };
            return Err(err(format!(
                "no section `{section}`{at} (sections: {})",
                known.join(", ")
            )));
        }
        table = table
            .get_mut(*section)
            .and_then(Value::as_table_mut)
            .expect("checked just above");
    }
    if let Some(Value::Table(_)) = table.get(*leaf) {
        return Err(err(format!("`{key}` is a section; name one of its fields")));
    }
    table.insert(leaf.to_string(), value);
    Ok(())
}

#[cfg(test)]
#[path = "load_tests.rs"]
mod tests;
