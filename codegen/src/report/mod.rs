//! The *model summary*: a short, stable text listing every generated type (each field with its Rust
//! type and serde name, each enum variant with its wire value) and every operation (method, path,
//! Rust signature, parameters and documented errors). Snapshot tests commit it so a reviewer sees
//! model drift without reading thousands of generated lines; [`drift`] says what changed.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use quote::ToTokens;
use syn::{Attribute, Fields, Item, ItemEnum, ItemStruct};

use crate::error::{Error, Location, Result};
use crate::model::{ErrorBody, OperationInfo};

/// Renders the summary of generated `code` (from [`crate::generate_spec`]) for `spec_name`.
pub fn summarize(code: &str, operations: &[OperationInfo], spec_name: &str) -> Result<String> {
    let file: syn::File =
        syn::parse_file(code).map_err(|e| Error::Format { location: Location::file(spec_name), message: e.to_string() })?;
    let mut out = format!("# Model of {spec_name}\n\n## Schemas\n");
    if let Some(types) = module(&file.items, "types") {
        for item in types {
            match item {
                Item::Struct(s) => write_struct(&mut out, s),
                Item::Enum(e) => write_enum(&mut out, e),
                Item::Type(t) => {
                    let _ = write!(out, "\nalias {} = {}\n", t.ident, member_ty(&t.ty));
                }
                _ => {}
            }
        }
    }
    out.push_str("\n## Operations\n");
    let builders = module(&file.items, "builder").unwrap_or(&[]);
    // Each operation's client method, in the order the client declares them; the model says
    // which operation it sends.
    for sig in client_methods(&file.items) {
        let Some(info) = operations.iter().find(|o| sig.ident == crate::naming::method_name(&o.operation_id)) else { continue };
        let _ = write!(out, "\n{} {} ({})", info.method, info.path, info.operation_id);
        let _ = writeln!(out, "\n  fn {}", signature(&sig));
        if let Some(builder) = builder_name(&sig) {
            write_builder(&mut out, builders, &builder);
        }
        for error in &info.errors {
            let body = match &error.body {
                ErrorBody::Empty => "(no body)".to_owned(),
                ErrorBody::Schema(name) => name.clone(),
                ErrorBody::Raw(media) => format!("({media})"),
            };
            let _ = writeln!(out, "  error {}: {body}", error.status);
        }
    }
    Ok(out)
}

/// The text of the doc comments among `attrs`, joined by newlines.
fn doc_comment(attrs: &[Attribute]) -> String {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .filter_map(|a| match &a.meta {
            syn::Meta::NameValue(nv) => match &nv.value {
                syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(s.value()),
                _ => None,
            },
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The items of the inline module `name` among `items`.
fn module<'a>(items: &'a [Item], name: &str) -> Option<&'a [Item]> {
    items.iter().find_map(|item| match item {
        Item::Mod(m) if m.ident == name => m.content.as_ref().map(|(_, items)| items.as_slice()),
        _ => None,
    })
}

/// The signatures of the methods of `impl Client`.
fn client_methods(items: &[Item]) -> Vec<syn::Signature> {
    let is_client = |ty: &syn::Type| matches!(ty, syn::Type::Path(p) if p.path.is_ident("Client"));
    items
        .iter()
        .filter_map(|item| match item {
            Item::Impl(block) if block.trait_.is_none() && is_client(&block.self_ty) => Some(block),
            _ => None,
        })
        .flat_map(|block| {
            block.items.iter().filter_map(|item| match item {
                syn::ImplItem::Fn(f) => Some(f.sig.clone()),
                _ => None,
            })
        })
        .collect()
}

/// The builder type an operation method returns (`builder::CheckoutsGet<'_>` → `CheckoutsGet`).
fn builder_name(sig: &syn::Signature) -> Option<String> {
    let syn::ReturnType::Type(_, t) = &sig.output else { return None };
    let syn::Type::Path(p) = t.as_ref() else { return None };
    let first = p.path.segments.first()?;
    (first.ident == "builder").then(|| p.path.segments.last().map(|s| s.ident.to_string())).flatten()
}

/// The type of a field or alias inside the `types` module, written as typify writes its own
/// (`CheckoutStatus`), also for the types the emit stage supplies, which typify refers to as
/// `types::CheckoutStatus` (see `progenitor::settings_for`).
fn member_ty(t: &impl ToTokens) -> String {
    ty(t).replace("types::", "")
}

/// A type as a reviewer reads it: `Option<String>`, `Vec<types::Checkout>`, `uuid::Uuid`.
fn ty(t: &impl ToTokens) -> String {
    // Without whitespace, but for the space a keyword needs (`impl Into<String>`).
    let printed = t.to_token_stream().to_string();
    let mut s = String::new();
    for word in printed.split_whitespace() {
        s.push_str(word);
        let keyword = ["impl", "dyn"]
            .iter()
            .any(|k| word.strip_suffix(k).is_some_and(|before| !before.ends_with(|c: char| c.is_alphanumeric() || c == '_')));
        if keyword {
            s.push(' ');
        }
    }
    for prefix in [
        "::std::option::",
        "::std::string::",
        "::std::vec::",
        "::std::collections::",
        "::std::num::",
        "::std::boxed::",
        "::std::convert::",
        "::std::iter::",
        "::std::",
    ] {
        s = s.replace(prefix, "");
    }
    s.replace("::chrono::offset::", "chrono::")
        .replace("::chrono::", "chrono::")
        .replace("::uuid::", "uuid::")
        .replace("::serde_json::", "serde_json::")
        .replace(",>", ">")
        .replace(",)", ")")
        .replace(',', ", ")
}

/// The `#[serde(...)]` arguments of `attrs`, e.g. `rename = "x"`, `untagged`, `flatten`.
fn serde_args(attrs: &[Attribute]) -> Vec<(String, Option<String>)> {
    let mut args = Vec::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let _ = attr.parse_nested_meta(|meta| {
            let key = meta.path.to_token_stream().to_string();
            let value = match meta.value() {
                Ok(v) => Some(v.parse::<syn::Lit>().map(|l| match l {
                    syn::Lit::Str(s) => s.value(),
                    other => other.to_token_stream().to_string(),
                })?),
                Err(_) => None,
            };
            args.push((key, value));
            Ok(())
        });
    }
    args
}

fn serde_flags(attrs: &[Attribute], skip: &[&str]) -> String {
    let args = serde_args(attrs);
    // The emit stage's absent / null / value fields.
    let three_state = args.iter().any(|(k, v)| k == "deserialize_with" && v.as_deref() == Some("deserialize_present"));
    let flags: Vec<String> = args
        .into_iter()
        .filter(|(k, _)| !(three_state && k == "default"))
        .filter(|(k, _)| !skip.contains(&k.as_str()))
        .map(|(k, v)| match v {
            // typify's marker for a field that must be present but may be null.
            Some(v) if k == "deserialize_with" && v == "::std::option::Option::deserialize" => "required".to_owned(),
            Some(v) if k == "deserialize_with" && v == "deserialize_present" => "three-state".to_owned(),
            Some(v) => format!("{k} = {v:?}"),
            None => k,
        })
        .collect();
    if flags.is_empty() { String::new() } else { format!(" [{}]", flags.join(", ")) }
}

fn wire_name(attrs: &[Attribute], ident: &syn::Ident) -> String {
    serde_args(attrs)
        .into_iter()
        .find_map(|(k, v)| (k == "rename").then_some(v).flatten())
        .unwrap_or_else(|| ident.to_string().trim_start_matches("r#").to_owned())
}

fn write_struct(out: &mut String, s: &ItemStruct) {
    let flags = serde_flags(&s.attrs, &[]);
    match &s.fields {
        Fields::Named(fields) => {
            let _ = writeln!(out, "\nstruct {}{flags}", s.ident);
            for f in &fields.named {
                let ident = f.ident.as_ref().expect("named field");
                let extra = serde_flags(&f.attrs, &["rename", "skip_serializing_if"]);
                let _ = writeln!(out, "  {}: {} as {:?}{extra}", ident, member_ty(&f.ty), wire_name(&f.attrs, ident));
            }
        }
        Fields::Unnamed(fields) => {
            let inner: Vec<String> = fields.unnamed.iter().map(|f| member_ty(&f.ty)).collect();
            let _ = writeln!(out, "\nnewtype {}({}){flags}", s.ident, inner.join(", "));
        }
        Fields::Unit => {
            let _ = writeln!(out, "\nunit {}{flags}", s.ident);
        }
    }
}

/// The wire value of a unit variant: its serde rename, or for the enums the emit stage writes
/// (which serialize through `string_enum!`), the backticked value its doc comment starts with.
fn variant_wire(v: &syn::Variant) -> String {
    let doc = doc_comment(&v.attrs);
    if let Some(rename) = serde_args(&v.attrs).into_iter().find_map(|(k, v)| (k == "rename").then_some(v).flatten()) {
        return rename;
    }
    match doc.trim().strip_prefix('`').and_then(|d| d.split_once('`')) {
        Some((value, _)) => value.to_owned(),
        None => v.ident.to_string(),
    }
}

fn write_enum(out: &mut String, e: &ItemEnum) {
    let _ = writeln!(out, "\nenum {}{}", e.ident, serde_flags(&e.attrs, &[]));
    // An untagged variant has no wire name of its own: its payload's shape selects it.
    let untagged = serde_args(&e.attrs).iter().any(|(k, _)| k == "untagged");
    for v in &e.variants {
        let extra = serde_flags(&v.attrs, &["rename"]);
        match &v.fields {
            Fields::Unit => {
                let _ = writeln!(out, "  {} = {:?}{extra}", v.ident, variant_wire(v));
            }
            Fields::Unnamed(fields) => {
                let inner: Vec<String> = fields.unnamed.iter().map(|f| member_ty(&f.ty)).collect();
                let doc = doc_comment(&v.attrs);
                if untagged {
                    let _ = writeln!(out, "  {}({}){extra}", v.ident, inner.join(", "));
                } else if let Some(when) = doc.trim_start().strip_prefix("When ") {
                    // A discriminated union written by the emit stage: its doc says when.
                    let when = when.lines().next().unwrap_or_default().trim_end_matches('.');
                    let _ = writeln!(out, "  {}({}) when {when}", v.ident, inner.join(", "));
                } else if v.ident == "Unknown" && (doc.trim_start().starts_with("A `") || doc.trim_start().starts_with("A value")) {
                    // The emit stage's forward-compatible fallback.
                    let _ = writeln!(out, "  Unknown({}) for any other value, kept verbatim", inner.join(", "));
                } else {
                    let _ = writeln!(out, "  {}({}) as {:?}{extra}", v.ident, inner.join(", "), wire_name(&v.attrs, &v.ident));
                }
            }
            Fields::Named(fields) => {
                let inner: Vec<String> =
                    fields.named.iter().map(|f| format!("{}: {}", f.ident.as_ref().expect("named field"), member_ty(&f.ty))).collect();
                let _ = writeln!(out, "  {} {{ {} }} as {:?}{extra}", v.ident, inner.join(", "), wire_name(&v.attrs, &v.ident));
            }
        }
    }
}

fn signature(sig: &syn::Signature) -> String {
    let inputs: Vec<String> = sig.inputs.iter().map(ty).collect();
    let output = match &sig.output {
        syn::ReturnType::Default => String::new(),
        syn::ReturnType::Type(_, t) => format!(" -> {}", ty(t)),
    };
    format!("{}({}){output}", sig.ident, inputs.join(", "))
}

/// Parameters (builder fields other than `client`) and the `send` signature of one operation.
fn write_builder(out: &mut String, builders: &[Item], name: &str) {
    let mut params = BTreeMap::new();
    let mut setters = BTreeMap::new();
    let mut send = None;
    for item in builders {
        match item {
            Item::Struct(s) if s.ident == name => {
                for f in &s.fields {
                    let ident = f.ident.as_ref().map(|i| i.to_string()).unwrap_or_default();
                    // The client and a setter's refusal are the builder's own state.
                    if ident != "client" && ident != "_client" && ident != "invalid" {
                        params.insert(ident, param_type(&f.ty));
                    }
                }
            }
            Item::Impl(block) if block.trait_.is_none() && builder_self(&block.self_ty) == name => {
                for item in &block.items {
                    let syn::ImplItem::Fn(f) = item else { continue };
                    let ident = f.sig.ident.to_string();
                    if ident == "send" {
                        send = Some(signature(&f.sig));
                    } else if matches!(f.vis, syn::Visibility::Public(_))
                        && !["send_with_response", "options", "body", "body_map", "new"].contains(&ident.as_str())
                    {
                        let value = f.sig.inputs.iter().find_map(|arg| match arg {
                            syn::FnArg::Typed(t) => Some(ty(&t.ty)),
                            syn::FnArg::Receiver(_) => None,
                        });
                        setters.insert(ident, value.unwrap_or_else(|| "()".to_owned()));
                    }
                }
            }
            _ => {}
        }
    }
    for (param, t) in &params {
        let _ = writeln!(out, "  param {param}: {t}");
    }
    // A parameter's own setter (progenitor's, generic) is the parameter above.
    for (setter, t) in setters.iter().filter(|(s, _)| !params.contains_key(*s)) {
        let _ = writeln!(out, "  set {setter}: {t}");
    }
    if let Some(send) = send {
        let _ = writeln!(out, "  {send}");
    }
}

fn builder_self(t: &syn::Type) -> String {
    match t {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default(),
        _ => String::new(),
    }
}

/// Builder fields are `Result<T, String>` (the error is a conversion failure): report `T`.
fn param_type(t: &syn::Type) -> String {
    if let syn::Type::Path(p) = t
        && let Some(last) = p.path.segments.last()
        && last.ident == "Result"
        && let syn::PathArguments::AngleBracketed(args) = &last.arguments
        && let Some(syn::GenericArgument::Type(inner)) = args.args.first()
    {
        return ty(inner);
    }
    ty(t)
}

/// One difference between two model summaries, typed: what changed (a whole schema or
/// operation, or one of its members) and the summary lines on each side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// A schema or operation is gone.
    Removed {
        /// What it is.
        subject: Subject,
    },
    /// A schema or operation is new.
    Added {
        /// What it is.
        subject: Subject,
    },
    /// A member (a field, a variant, the declaration, a parameter, an error, the signature) is
    /// gone.
    MemberRemoved {
        /// Whose member.
        subject: Subject,
        /// Which member.
        member: Member,
        /// Its summary line before.
        was: String,
    },
    /// A member is new.
    MemberAdded {
        /// Whose member.
        subject: Subject,
        /// Which member.
        member: Member,
        /// Its summary line.
        line: String,
    },
    /// A member's summary line changed.
    MemberChanged {
        /// Whose member.
        subject: Subject,
        /// Which member.
        member: Member,
        /// Its line before.
        from: String,
        /// Its line now.
        to: String,
    },
}

/// A schema (by Rust name) or an operation (by method and path) of the model.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Subject {
    /// `schema Checkout`.
    Schema(String),
    /// `operation GET /v1/checkouts/{id}`.
    Operation(String),
}

/// A member of a schema or operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Member {
    /// The declaration line (`struct Checkout`, `GET /v1/x (x:get)`).
    Declaration,
    /// A field or variant of a schema, by name.
    Field(String),
    /// The client method of an operation.
    Method,
    /// The builder's `send` signature.
    Send,
    /// A builder parameter, `param <name>`.
    Param(String),
    /// A documented error status, `error <status>`.
    Error(String),
    /// A setter of the operation builder, `set <name>` (a body field set directly).
    Setter(String),
    /// Another member of an operation, by its summary name.
    Other(String),
}

impl Subject {
    fn from_key(key: &str) -> Subject {
        match key.split_once(' ') {
            Some(("schema", name)) => Subject::Schema(name.to_owned()),
            Some((_, name)) => Subject::Operation(name.to_owned()),
            None => Subject::Operation(key.to_owned()),
        }
    }
}

impl Member {
    fn new(subject: &Subject, name: &str) -> Member {
        match (subject, name) {
            (_, "(declaration)") => Member::Declaration,
            (Subject::Schema(_), _) => Member::Field(name.to_owned()),
            (Subject::Operation(_), "fn") => Member::Method,
            (Subject::Operation(_), "send") => Member::Send,
            (Subject::Operation(_), _) => match name.split_once(' ') {
                Some(("param", _)) => Member::Param(name.to_owned()),
                Some(("error", _)) => Member::Error(name.to_owned()),
                Some(("set", _)) => Member::Setter(name.to_owned()),
                _ => Member::Other(name.to_owned()),
            },
        }
    }
}

impl std::fmt::Display for Subject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Subject::Schema(name) => write!(f, "schema `{name}`"),
            Subject::Operation(name) => write!(f, "operation `{name}`"),
        }
    }
}

impl std::fmt::Display for Member {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Member::Declaration => f.write_str("declaration"),
            Member::Field(name) => write!(f, "field `{name}`"),
            Member::Method => f.write_str("`fn`"),
            Member::Send => f.write_str("`send`"),
            Member::Param(name) | Member::Error(name) | Member::Setter(name) | Member::Other(name) => write!(f, "`{name}`"),
        }
    }
}

impl std::fmt::Display for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Change::Removed { subject } => write!(f, "{subject}: removed"),
            Change::Added { subject } => write!(f, "{subject}: added"),
            Change::MemberRemoved { subject, member, was } => write!(f, "{subject}: {member} removed (was `{was}`)"),
            Change::MemberAdded { subject, member, line } => write!(f, "{subject}: {member} added (`{line}`)"),
            Change::MemberChanged { subject, member, from, to } => write!(f, "{subject}: {member} changed from `{from}` to `{to}`"),
        }
    }
}

/// The typed differences between two summaries, schemas and operations in order, then new ones.
pub fn changes(expected: &str, actual: &str) -> Vec<Change> {
    let old = blocks(expected);
    let new = blocks(actual);
    let mut changes = Vec::new();
    for (key, old_members) in &old {
        let subject = Subject::from_key(key);
        let Some(new_members) = new.get(key) else {
            changes.push(Change::Removed { subject });
            continue;
        };
        for (name, line) in old_members {
            let member = || Member::new(&subject, name);
            match new_members.get(name) {
                None => changes.push(Change::MemberRemoved { subject: subject.clone(), member: member(), was: line.clone() }),
                Some(now) if now != line => {
                    changes.push(Change::MemberChanged { subject: subject.clone(), member: member(), from: line.clone(), to: now.clone() })
                }
                Some(_) => {}
            }
        }
        for (name, line) in new_members {
            if !old_members.contains_key(name) {
                changes.push(Change::MemberAdded { subject: subject.clone(), member: Member::new(&subject, name), line: line.clone() });
            }
        }
    }
    for key in new.keys().filter(|k| !old.contains_key(*k)) {
        changes.push(Change::Added { subject: Subject::from_key(key) });
    }
    changes
}

/// Differences between two summaries, one line each, naming the schema or operation and the
/// member that changed, e.g. ``schema `Checkout`: field `foo` added (`foo: String as "foo"`)``.
pub fn drift(expected: &str, actual: &str) -> Vec<String> {
    changes(expected, actual).iter().map(Change::to_string).collect()
}

/// The semver bump a change to a generated crate's public API needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Bump {
    /// Documentation or formatting only.
    Patch,
    /// Additions a user's code keeps compiling with.
    Minor,
    /// A change that can break a user's code or behaviour.
    Major,
}

impl std::fmt::Display for Bump {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        })
    }
}

/// What a change of the model summary does to the public API, and why: each line of [`drift`]
/// classified. Unknown kinds of change count as major.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiChange {
    /// The bump it needs.
    pub bump: Bump,
    /// Why, in a few words.
    pub reason: &'static str,
    /// The change, as [`drift`] words it.
    pub change: String,
}

/// The public-API changes from summary `before` to summary `after` (see [`drift`]), each with its
/// bump, most severe first. Empty when the models are the same: then any change to the generated
/// code is documentation or formatting (a patch).
pub fn api_changes(before: &str, after: &str) -> Vec<ApiChange> {
    let mut changes: Vec<ApiChange> = changes(before, after)
        .into_iter()
        .map(|change| {
            let (bump, reason) = classify(&change);
            ApiChange { bump, reason, change: change.to_string() }
        })
        .collect();
    changes.sort_by_key(|c| std::cmp::Reverse(c.bump));
    changes
}

/// The bump a crate needs: the most severe change, or a patch when only the text changed.
pub fn bump(changes: &[ApiChange]) -> Bump {
    changes.iter().map(|c| c.bump).max().unwrap_or(Bump::Patch)
}

/// The Rust type of a struct-field summary line (`name: Type as "wire" [flags]`).
fn field_type(line: &str) -> Option<&str> {
    let (_, rest) = line.split_once(": ")?;
    Some(rest.split(" as \"").next().unwrap_or(rest))
}

fn classify(change: &Change) -> (Bump, &'static str) {
    match change {
        Change::Removed { subject: Subject::Schema(_) } => (Bump::Major, "a type was removed"),
        Change::Removed { subject: Subject::Operation(_) } => (Bump::Major, "an operation was removed"),
        Change::Added { subject: Subject::Schema(_) } => (Bump::Minor, "a new type"),
        Change::Added { subject: Subject::Operation(_) } => (Bump::Minor, "a new operation"),
        Change::MemberRemoved { member: Member::Declaration | Member::Method | Member::Send, .. }
        | Change::MemberAdded { member: Member::Declaration | Member::Method | Member::Send, .. }
        | Change::MemberChanged { member: Member::Declaration | Member::Method | Member::Send, .. } => {
            (Bump::Major, "a declaration or signature changed")
        }
        Change::MemberAdded { member: Member::Setter(_), .. } => (Bump::Minor, "a new setter"),
        Change::MemberRemoved { member: Member::Setter(_), .. } => (Bump::Major, "a setter was removed"),
        Change::MemberRemoved { subject: Subject::Schema(_), .. } => (Bump::Major, "a field or variant was removed"),
        Change::MemberRemoved { subject: Subject::Operation(_), .. } => (Bump::Major, "a parameter or documented error was removed"),
        Change::MemberAdded { member: Member::Error(_), .. } => {
            (Bump::Minor, "a new error status (error enums are `#[non_exhaustive]`; older clients decode it as `Unexpected`)")
        }
        Change::MemberAdded { subject: Subject::Operation(_), .. } => (Bump::Minor, "a new builder parameter"),
        Change::MemberAdded { line, .. } => {
            // An enum value (`Name = "value"`) or a union member (`Name(Type) when …`) is absorbed
            // by `Unknown` in older clients; a struct field needs a value in a struct literal.
            if line.contains(" = \"") || line.contains(") when ") {
                return (Bump::Minor, "a new enum value or union member (absorbed by `Unknown` before)");
            }
            match field_type(line) {
                Some(ty) if ty.starts_with("Option<") => (Bump::Minor, "a new optional field"),
                Some(_) => (Bump::Major, "a new required field"),
                None => (Bump::Major, "an addition of an unknown kind"),
            }
        }
        Change::MemberChanged { subject: Subject::Operation(_), .. } => (Bump::Major, "a parameter or documented error changed"),
        Change::MemberChanged { from, to, .. } => match (field_type(from), field_type(to)) {
            (Some(a), Some(b)) if a == b => (Bump::Minor, "serialization flags changed, not the type"),
            (Some(a), Some(b)) if a.strip_prefix("Option<").and_then(|x| x.strip_suffix('>')) == Some(b) => {
                (Bump::Major, "an optional field became required")
            }
            (Some(a), Some(b)) if b.strip_prefix("Option<").and_then(|x| x.strip_suffix('>')) == Some(a) => {
                (Bump::Major, "a required field became optional (its type changed)")
            }
            _ => (Bump::Major, "a field's type changed"),
        },
    }
}

type Blocks = BTreeMap<String, BTreeMap<String, String>>;

/// Splits a summary into blocks (a header line followed by indented member lines).
fn blocks(summary: &str) -> Blocks {
    let mut blocks = Blocks::new();
    let mut current: Option<String> = None;
    for line in summary.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(member) = line.strip_prefix("  ") {
            if let Some(key) = &current {
                let name = member_name(member);
                blocks.entry(key.clone()).or_default().insert(name, member.to_owned());
            }
        } else {
            let key = block_key(line);
            blocks.entry(key.clone()).or_default().insert(String::from("(declaration)"), line.to_owned());
            current = Some(key);
        }
    }
    blocks
}

/// `struct Checkout [..]` → `schema Checkout`; `GET /v1/x (op)` → `operation GET /v1/x`.
fn block_key(line: &str) -> String {
    let mut words = line.split_whitespace();
    match words.next() {
        Some("struct" | "enum" | "newtype" | "alias" | "unit") => {
            let name: String = words.next().unwrap_or("").chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            format!("schema {name}")
        }
        Some(method) => format!("operation {method} {}", words.next().unwrap_or("")),
        None => String::new(),
    }
}

fn member_name(member: &str) -> String {
    let end = member.find([':', ' ', '(', '=']).unwrap_or(member.len());
    let head = &member[..end];
    match head {
        "param" | "error" | "set" => member.split(':').next().unwrap_or(member).to_owned(),
        "fn" => "fn".into(),
        _ if member.starts_with("send(") => "send".into(),
        _ => head.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BEFORE: &str = "# Model\n\n## Schemas\n\nstruct Checkout\n  amount: i64 as \"amount\"\n  id: uuid::Uuid as \"id\"\n\nenum Status\n  Open = \"open\"\n\n## Operations\n\nGET /v1/x (x:get)\n  fn x_get(&self)\n  param id: uuid::Uuid\n  error 404: ResourceNotFound\n";

    #[test]
    fn drift_names_schema_and_field() {
        let after = BEFORE.replace("  id: uuid::Uuid as \"id\"\n", "  id: uuid::Uuid as \"id\"\n  note: Option<String> as \"note\"\n");
        assert_eq!(drift(BEFORE, &after), vec!["schema `Checkout`: field `note` added (`note: Option<String> as \"note\"`)"]);
        let after = BEFORE.replace("amount: i64", "amount: f64");
        assert_eq!(
            drift(BEFORE, &after),
            vec!["schema `Checkout`: field `amount` changed from `amount: i64 as \"amount\"` to `amount: f64 as \"amount\"`"]
        );
    }

    #[test]
    fn drift_names_removed_schemas_variants_and_errors() {
        let after = BEFORE.replace("enum Status\n  Open = \"open\"\n", "").replace("  error 404: ResourceNotFound\n", "");
        assert_eq!(
            drift(BEFORE, &after),
            vec!["operation `GET /v1/x`: `error 404` removed (was `error 404: ResourceNotFound`)", "schema `Status`: removed"]
        );
        assert!(drift(BEFORE, BEFORE).is_empty());
    }

    /// Changes are typed, and classified by their kind, not by the words that describe them.
    #[test]
    fn changes_are_typed_and_classified_by_kind() {
        let after = BEFORE
            .replace("  amount: i64 as \"amount\"\n", "")
            .replace("  Open = \"open\"\n", "  Open = \"open\"\n  Closed = \"closed\"\n")
            .replace("  error 404: ResourceNotFound\n", "  error 404: ResourceNotFound\n  error 429: (no body)\n");
        // Operations come before schemas (the summary's blocks are ordered by key).
        let found = changes(BEFORE, &after);
        assert!(matches!(&found[0], Change::MemberAdded { member: Member::Error(name), .. } if name == "error 429"));
        assert_eq!(
            found[1],
            Change::MemberRemoved {
                subject: Subject::Schema("Checkout".into()),
                member: Member::Field("amount".into()),
                was: "amount: i64 as \"amount\"".into(),
            }
        );
        assert!(matches!(&found[2], Change::MemberAdded { member: Member::Field(name), .. } if name == "Closed"));
        let bumps: Vec<(Bump, &str)> = found.iter().map(classify).collect();
        assert_eq!(
            bumps,
            [
                (Bump::Minor, "a new error status (error enums are `#[non_exhaustive]`; older clients decode it as `Unexpected`)"),
                (Bump::Major, "a field or variant was removed"),
                (Bump::Minor, "a new enum value or union member (absorbed by `Unknown` before)"),
            ]
        );
        // The words are what `drift` has always printed.
        assert_eq!(found[0].to_string(), "operation `GET /v1/x`: `error 429` added (`error 429: (no body)`)");
    }
}
