//! The layout's rules, read from the source in the manner of rust-analyzer's `tidy`: stages
//! import only the stages before them, emitters do not import one another, and only the
//! `progenitor` boundary touches progenitor, typify or the text of what they print.
//!
//! Comment lines, each file's `#[cfg(test)]` tail and `tests.rs` files are not read: docs may
//! name anything, and a unit test may inspect generated tokens or use a later stage to set up.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The pipeline's stages in order, and the shared modules (rank 0) every stage may use. A module
/// may import only modules of a lower rank than its own, and its own submodules.
const RANKS: &[(&str, u8)] = &[
    ("error", 0),
    ("naming", 0),
    ("openapi", 0),
    ("spec", 1),
    ("check", 2),
    ("model", 3),
    ("progenitor", 4),
    ("emit", 5),
    ("format", 6),
    ("report", 7),
    ("drift", 8),
];

/// One source file: its top-level module (`emit`), its own path below that (`mock` for
/// `emit/mock.rs`, empty for `emit/mod.rs` or `format.rs`), and its code lines.
struct Source {
    module: String,
    submodule: String,
    path: PathBuf,
    code: Vec<(usize, String)>,
}

fn sources() -> Vec<Source> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&src, &mut files);
    files.sort();
    files
        .into_iter()
        // `lib.rs` wires the stages together; a `tests.rs` is a `#[cfg(test)]` module.
        .filter(|path| path.file_name().is_some_and(|n| n != "lib.rs" && n != "tests.rs"))
        .map(|path| {
            let relative = path.strip_prefix(&src).unwrap();
            let parts: Vec<String> = relative.with_extension("").iter().map(|p| p.to_string_lossy().into_owned()).collect();
            let module = parts[0].clone();
            let submodule = parts[1..].iter().filter(|p| *p != "mod").cloned().collect::<Vec<_>>().join("/");
            let text = std::fs::read_to_string(&path).unwrap();
            let code = text
                .lines()
                .enumerate()
                .take_while(|(_, line)| !line.trim_start().starts_with("#[cfg(test)]"))
                .filter(|(_, line)| !line.trim_start().starts_with("//"))
                .map(|(n, line)| (n + 1, line.to_owned()))
                .collect();
            Source { module, submodule, path, code }
        })
        .collect()
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            walk(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

fn rank(module: &str) -> Option<u8> {
    RANKS.iter().find(|(name, _)| *name == module).map(|(_, rank)| *rank)
}

/// The `crate::a::b` paths a line names, as `(a, b)` (`b` empty when there is none).
fn crate_paths(line: &str) -> Vec<(String, String)> {
    let word = |s: &str| s.chars().take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_').collect::<String>();
    line.match_indices("crate::")
        .map(|(at, _)| {
            let rest = &line[at + 7..];
            let first = word(rest);
            let second = rest[first.len()..].strip_prefix("::").map(word).unwrap_or_default();
            (first, second)
        })
        .collect()
}

#[test]
fn every_module_has_a_rank() {
    let unknown: Vec<String> = sources().iter().filter(|s| rank(&s.module).is_none()).map(|s| s.path.display().to_string()).collect();
    assert!(unknown.is_empty(), "modules without a place in the pipeline (add them to RANKS): {unknown:?}");
}

#[test]
fn stages_import_only_the_stages_before_them() {
    let mut wrong = Vec::new();
    for source in sources() {
        let Some(own) = rank(&source.module) else { continue };
        for (n, line) in &source.code {
            for (used, _) in crate_paths(line) {
                if used == source.module {
                    continue;
                }
                match rank(&used) {
                    Some(r) if r < own || r == 0 && own == 0 && used != source.module => {}
                    Some(r) => {
                        wrong.push(format!("{}:{n}: `{}` (stage {own}) uses `{used}` (stage {r})", source.path.display(), source.module))
                    }
                    None => {}
                }
            }
        }
    }
    assert!(wrong.is_empty(), "imports against the pipeline's direction:\n{}", wrong.join("\n"));
}

#[test]
fn emitters_do_not_import_one_another() {
    let mut wrong = Vec::new();
    for source in sources().into_iter().filter(|s| s.module == "emit" && !s.submodule.is_empty()) {
        for (n, line) in &source.code {
            for (module, sub) in crate_paths(line) {
                if module == "emit" && !sub.is_empty() && sub != source.submodule {
                    wrong.push(format!("{}:{n}: emitter `{}` uses emitter `{sub}`", source.path.display(), source.submodule));
                }
            }
            // `super::<sibling>::<item>` (generated code in `quote!` names its own modules with
            // `#` interpolations, `super::errors::#name`, or inside strings).
            let code = without_strings(line);
            for (at, _) in code.match_indices("super::") {
                let rest = &code[at + 7..];
                let name: String = rest.chars().take_while(|c| c.is_ascii_lowercase() || *c == '_').collect();
                let after = &rest[name.len()..];
                let sibling = name != source.submodule && source.path.with_file_name(format!("{name}.rs")).exists();
                if sibling && after.strip_prefix("::").is_some_and(|a| a.starts_with(|c: char| c.is_ascii_alphabetic())) {
                    wrong.push(format!("{}:{n}: emitter `{}` uses emitter `{name}`", source.path.display(), source.submodule));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "emitters share data through `emit`'s own types, not through each other:\n{}", wrong.join("\n"));
}

/// What only the boundary may write: progenitor's and typify's crates, and reading the text of
/// what they print (a doc string, a token stream turned into a string).
const BOUNDARY_ONLY: &[&str] = &[
    "::progenitor",
    "progenitor::{",
    "progenitor_client::",
    "typify",
    "to_token_stream().to_string()",
    "stream().to_string()",
    "doc_text(",
    "Sends a `",
    "syntax::",
];

#[test]
fn only_the_boundary_touches_progenitor_and_its_printed_output() {
    let mut wrong: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for source in sources().into_iter().filter(|s| s.module != "progenitor") {
        for (n, line) in &source.code {
            // Strings say what progenitor is (`"progenitor panicked"`); code does not use it. The
            // boundary module's own path (`crate::progenitor::Surface`) is not the crate.
            let code = without_strings(line).replace("crate::progenitor", "crate::boundary");
            for pattern in BOUNDARY_ONLY {
                // The report renders generated types as text for a reviewer: that is its output,
                // not a fact it learns from them.
                let rendering = source.module == "report" && pattern.ends_with(".to_string()");
                if code.contains(pattern) && !rendering {
                    wrong.entry(pattern.to_string()).or_default().push(format!("{}:{n}", source.path.display()));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "outside `progenitor/`:\n{wrong:#?}");
}

/// Emitters take the model and the surface and return tokens: they do not walk progenitor's items.
#[test]
fn emitters_read_the_surface_not_progenitors_items() {
    let mut wrong = Vec::new();
    for source in sources().into_iter().filter(|s| s.module == "emit") {
        for (n, line) in &source.code {
            let code = without_strings(line);
            for pattern in ["syn::Item", "ItemMod", "ItemStruct", "ImplItem", "ItemImpl", "&[Item]", "Vec<Item>"] {
                if code.contains(pattern) {
                    wrong.push(format!("{}:{n}: `{pattern}`", source.path.display()));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "emitters reading progenitor's items:\n{}", wrong.join("\n"));
}

/// `line` with the contents of its string literals blanked.
fn without_strings(line: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    let mut escaped = false;
    for c in line.chars() {
        match (inside, escaped, c) {
            (true, false, '\\') => escaped = true,
            (true, true, _) => escaped = false,
            (_, false, '"') => {
                inside = !inside;
                out.push('"');
            }
            (true, _, _) => {}
            (false, _, c) => out.push(c),
        }
    }
    out
}

#[test]
fn the_readme_and_the_library_name_the_stages_alike() {
    let lib = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs")).unwrap();
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md")).unwrap();
    for stage in ["spec", "check", "model", "progenitor", "emit", "format", "report", "drift"] {
        assert!(
            lib.contains(&format!("[`{stage}`]")) || lib.contains(&format!("[`{stage}`](mod@{stage})")),
            "lib.rs does not name `{stage}`"
        );
        assert!(readme.contains(&format!("`{stage}/`")) || readme.contains(&format!("`{stage}.rs`")), "README.md does not name `{stage}`");
    }
}
